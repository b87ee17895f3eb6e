"""Every text of the printed information notice on the processing of personal data, marked for
pyside6-lupdate (context "Notice"). They are translated with ``catalogue(lang).translate(CONTEXT,
text)`` in the participant's language, whatever language the interface shows."""

from __future__ import annotations

from desktop.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "Notice"

TITLE = QT_TRANSLATE_NOOP("Notice", "Information on the processing of your personal data")
PARTICIPANT = QT_TRANSLATE_NOOP("Notice", "Participant")
CENTRE = QT_TRANSLATE_NOOP("Notice", "Training centre")
PRINTED_ON = QT_TRANSLATE_NOOP("Notice", "Printed on")
INTRO = QT_TRANSLATE_NOOP(
    "Notice",
    "Please read this notice before you register in the MILMA programme. Your technician will "
    "answer your questions. Registering needs your consent to the processing of your personal "
    "data; every other consent below is your free choice and can be withdrawn at any time.",
)

SECTIONS = (
    (
        QT_TRANSLATE_NOOP("Notice", "Who is responsible for your data"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "The municipal training centre CIFE of Fuenlabrada, which runs the MILMA "
            "programme at its sites CIFE and Los Arcos. You can exercise your rights at "
            "either site, with your technician.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Notice", "What we record and why"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "Your identity and contact details, your languages, education and work "
            "history, the labs you attend, your coaching sessions, goals, placements and "
            "jobs, and your answers to the programme's surveys. We use them to accompany "
            "you towards employment, and to report the programme's results to its funders "
            "and the city as figures in which nobody can be recognised.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Notice", "Data that need particular care"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "Your nationality, your immigration status and your life story are special "
            "categories of data. They are kept with particular care and never appear on "
            "the documents printed for you or for others.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Notice", "Who sees your data"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "The programme's technicians and coordinators, on the programme's laptops; the "
            "copies carried between them are encrypted. Partner companies see your CV or "
            "profile only if you consent to it below. Your data are never sold.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Notice", "How long we keep them"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "For five years after your last activity in the programme; they are then "
            "reviewed and erased, unless a law requires us to keep them longer.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Notice", "Your rights"),
        QT_TRANSLATE_NOOP(
            "Notice",
            "You can ask to see everything we hold about you and receive a copy, to correct "
            "it, to erase it, to restrict or object to its use, and to take it elsewhere. "
            "You can withdraw any consent at any time: it stops what it allowed from that "
            "day. You can also complain to the Spanish Data Protection Agency (AEPD, "
            "www.aepd.es).",
        ),
    ),
)

H_CONSENTS = QT_TRANSLATE_NOOP("Notice", "Your consents")
YES = QT_TRANSLATE_NOOP("Notice", "Yes")
NO = QT_TRANSLATE_NOOP("Notice", "No")
REQUIRED = QT_TRANSLATE_NOOP("Notice", "needed to register")
# (consent kind, what the person agrees to)
CONSENTS = (
    (
        "data_processing",
        QT_TRANSLATE_NOOP(
            "Notice", "I agree to the processing of my personal data as described above."
        ),
    ),
    (
        "life_story",
        QT_TRANSLATE_NOOP(
            "Notice",
            "I agree that my life story is recorded, and it may be: kept private / published "
            "anonymised / published with my name (circle one).",
        ),
    ),
    (
        "photos",
        QT_TRANSLATE_NOOP("Notice", "I agree to be photographed in the programme's activities."),
    ),
    (
        "share_with_companies",
        QT_TRANSLATE_NOOP(
            "Notice",
            "I agree that my CV and profile are shared with the programme's partner companies.",
        ),
    ),
    (
        "follow_up",
        QT_TRANSLATE_NOOP(
            "Notice",
            "I agree to be contacted after my lab for the follow-up surveys (at its end and "
            "six months later).",
        ),
    ),
)
SIGNATURE = QT_TRANSLATE_NOOP("Notice", "Signature of the participant")
DATE = QT_TRANSLATE_NOOP("Notice", "Date")
TECHNICIAN = QT_TRANSLATE_NOOP("Notice", "Technician")
FOOTER = QT_TRANSLATE_NOOP("Notice", "MILMA · information notice · printed on {date}")
PAGE = QT_TRANSLATE_NOOP("Notice", "Page {page} of {pages}")
