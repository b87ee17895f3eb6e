"""Every heading and label of the printed itinerary, marked for pyside6-lupdate (context
"Itinerary"). They are translated with ``catalogue(lang).translate(CONTEXT, text)`` in the
participant's language, whatever language the interface shows."""

from __future__ import annotations

from desktop.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "Itinerary"

PROGRAMME = QT_TRANSLATE_NOOP("Itinerary", "MILMA programme – labour integration in Fuenlabrada")
TITLE = QT_TRANSLATE_NOOP("Itinerary", "Training and job-search itinerary")
INTRO = QT_TRANSLATE_NOOP(
    "Itinerary",
    "This is your personal pathway in the programme: your training, your goals and your next "
    "steps. Please bring it to your appointments.",
)

PARTICIPANT = QT_TRANSLATE_NOOP("Itinerary", "Participant")
CODE = QT_TRANSLATE_NOOP("Itinerary", "Participant code")
SITE = QT_TRANSLATE_NOOP("Itinerary", "Training centre")
TECHNICIAN = QT_TRANSLATE_NOOP("Itinerary", "Your contact technician")
PRINTED_ON = QT_TRANSLATE_NOOP("Itinerary", "Printed on")
PHONE = QT_TRANSLATE_NOOP("Itinerary", "Phone: {phone}")
EMAIL = QT_TRANSLATE_NOOP("Itinerary", "Email: {email}")

H_LABS = QT_TRANSLATE_NOOP("Itinerary", "Training labs")
H_PLAN = QT_TRANSLATE_NOOP("Itinerary", "Development plan")
H_SESSIONS = QT_TRANSLATE_NOOP("Itinerary", "Coaching sessions held")
H_NEXT = QT_TRANSLATE_NOOP("Itinerary", "Next appointments")
H_PLACEMENTS = QT_TRANSLATE_NOOP("Itinerary", "Work placements")
H_JOBS = QT_TRANSLATE_NOOP("Itinerary", "Jobs")
H_CONNECTORS = QT_TRANSLATE_NOOP("Itinerary", "Connectors met")
H_NETWORK = QT_TRANSLATE_NOOP("Itinerary", "Your network")
H_STEPS = QT_TRANSLATE_NOOP("Itinerary", "Agreed next steps")

C_LAB = QT_TRANSLATE_NOOP("Itinerary", "Lab and employment niche")
C_DATES = QT_TRANSLATE_NOOP("Itinerary", "Dates")
C_SCHEDULE = QT_TRANSLATE_NOOP("Itinerary", "Schedule")
C_HOURS = QT_TRANSLATE_NOOP("Itinerary", "Hours attended")
C_STATUS = QT_TRANSLATE_NOOP("Itinerary", "Status")
C_GOAL = QT_TRANSLATE_NOOP("Itinerary", "Goal")
C_AREA = QT_TRANSLATE_NOOP("Itinerary", "Area")
C_TARGET = QT_TRANSLATE_NOOP("Itinerary", "Target date")
C_DATE = QT_TRANSLATE_NOOP("Itinerary", "Date")
C_TYPE = QT_TRANSLATE_NOOP("Itinerary", "Type")
C_TOPICS = QT_TRANSLATE_NOOP("Itinerary", "Topics")
C_DURATION = QT_TRANSLATE_NOOP("Itinerary", "Duration")
C_ACTIONS = QT_TRANSLATE_NOOP("Itinerary", "Agreed actions")
C_COMPANY = QT_TRANSLATE_NOOP("Itinerary", "Company")
C_ROLE = QT_TRANSLATE_NOOP("Itinerary", "Role")
C_OCCUPATION = QT_TRANSLATE_NOOP("Itinerary", "Occupation")
C_EMPLOYER = QT_TRANSLATE_NOOP("Itinerary", "Employer")
C_CONTRACT = QT_TRANSLATE_NOOP("Itinerary", "Contract")
C_CONNECTOR = QT_TRANSLATE_NOOP("Itinerary", "Connector")
C_FIELD = QT_TRANSLATE_NOOP("Itinerary", "Professional field")
C_MODE = QT_TRANSLATE_NOOP("Itinerary", "Meeting")

DATES = QT_TRANSLATE_NOOP("Itinerary", "{start} – {end}")
SINCE = QT_TRANSLATE_NOOP("Itinerary", "since {start}")
HOURS = QT_TRANSLATE_NOOP("Itinerary", "{attended} of {planned} hours")
HOURS_ATTENDED = QT_TRANSLATE_NOOP(
    "Itinerary", "{attended} hours"
)  # the lab's planned hours not recorded
MINUTES = QT_TRANSLATE_NOOP("Itinerary", "{minutes} min")
PLANNED_ON = QT_TRANSLATE_NOOP("Itinerary", "{date} (planned)")
# the network in words: "Met Ana López (Hospitality) on 3 March 2026; through Ana López,
# introduced to Luis Pérez (introduction happened on 8 March 2026) and Rosa Vidal
# (introduction pending)."
MET = QT_TRANSLATE_NOOP("Itinerary", "Met {connector} on {date}.")
MET_THROUGH = QT_TRANSLATE_NOOP(
    "Itinerary", "Met {connector} on {date}; through {name}, introduced to {introductions}."
)
WITH_FIELD = QT_TRANSLATE_NOOP("Itinerary", "{name} ({field})")
INTRO_HAPPENED = QT_TRANSLATE_NOOP("Itinerary", "{connector} (introduction happened on {date})")
INTRO_DONE = QT_TRANSLATE_NOOP("Itinerary", "{connector} (introduction happened)")
INTRO_PENDING = QT_TRANSLATE_NOOP("Itinerary", "{connector} (introduction pending)")
AT_TIME = QT_TRANSLATE_NOOP("Itinerary", "{date} at {time}")
NOTHING_YET = QT_TRANSLATE_NOOP("Itinerary", "Nothing recorded yet.")
NO_APPOINTMENT = QT_TRANSLATE_NOOP(
    "Itinerary", "No appointment planned yet: your technician will contact you."
)
NO_STEPS = QT_TRANSLATE_NOOP(
    "Itinerary", "To be agreed with your technician at the next appointment."
)
PAGE = QT_TRANSLATE_NOOP("Itinerary", "Page {page} of {pages}")
FOOTER = QT_TRANSLATE_NOOP("Itinerary", "MILMA itinerary · {code} · printed on {date}")
PREPARED_FOR = QT_TRANSLATE_NOOP("Itinerary", "Prepared for")
SHARED_WITH = QT_TRANSLATE_NOOP(
    "Itinerary", "{company}, a partner company, with the participant's consent to sharing their CV"
)
