"""The printed itinerary: content in the requested language, exact names, embedded fonts,
long plans over several pages, privacy, and the lab batch."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from stdnum.es import nie

from desktop.domain import enums as E
from desktop.i18n import catalogue, format_date
from desktop.reports import itinerary_texts as T
from desktop.services import itinerary_docs as docs
from desktop.services import records
from desktop.services.participants import count, register

PRINTED = date(2026, 11, 23)
TARGET = date(2026, 3, 5)


def make_lab(store, name="Catering 2026", niche="catering") -> dict:
    return records.create(
        store,
        "lab",
        {
            "name": name,
            "niche": niche,
            "site": "CIFE",
            "start_date": date(2026, 1, 12),
            "end_date": date(2026, 12, 18),
            "planned_hours": 360,
            "schedule": "L-V 9:00-14:00",
        },
    )


def _nie(store) -> str:
    """A document number of its own for each person (X1234567L for the first): registering one
    already registered needs a confirmation."""
    body = f"X{1234567 + count(store):07d}"
    return body + nie.calc_check_digit(body)


def make_person(
    store, lab, first="Françoise", last="Ndiaye", lang="fr", goals=3, sessions=2, **extra
) -> dict:
    person = register(
        store,
        {
            "first_name": first,
            "last_name": last,
            "birth_date": date(1990, 4, 2),
            "gender": "female",
            "migrant_status": "refugee",
            "nationality": "SN",
            "preferred_language": lang,
            "document_type": "NIE",
            "document_number": _nie(store),
            "next_steps": "Préparer l'entretien avec l'entreprise partenaire",
            **extra,
        },
    )
    pid = person["id"]
    records.create(
        store,
        "enrolment",
        {
            "participant_id": pid,
            "lab_id": lab["id"],
            "status": "enrolled",
            "enrolled_on": date(2026, 1, 10),
            "hours_attended": 120.5,
        },
    )
    for i in range(goals):
        records.create(
            store,
            "goal",
            {
                "participant_id": pid,
                "title": f"Goal number {i:02d} of the plan",
                "area": "technical",
                "status": "in_progress",
                "target_date": TARGET + timedelta(days=i),
            },
        )
    for i in range(sessions):
        records.create(
            store,
            "coaching_session",
            {
                "participant_id": pid,
                "starts_at": datetime(2026, 2, 1, 10, 0) + timedelta(days=i),
                "duration_minutes": 45,
                "kind": "individual",
                "topics": "cv,interview",
                "notes": "NOTESECRET private remarks",
                "agreed_actions": f"Action {i:02d} agreed",
            },
        )
    records.create(
        store,
        "life_story",
        {
            "participant_id": pid,
            "text": "STORYSECRET my journey",
            "recorded_on": date(2026, 2, 2),
            "consent_scope": "private",
        },
    )
    return person


def pdf_text(pdf: bytes) -> tuple[str, PdfReader]:
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(text.split()), reader


def tr(lang: str, text: str) -> str:
    return catalogue(lang).translate(T.CONTEXT, text)


@pytest.mark.parametrize("lang", ["es", "en", "fr"])
def test_itinerary_in_the_requested_language(store, lang):
    lab = make_lab(store)
    person = make_person(store, lab, lang="es")
    pdf, used = docs.participant_pdf(store, person["id"], lang, printed_on=PRINTED)
    assert used == lang
    text, _ = pdf_text(pdf)
    assert "Françoise Ndiaye" in text
    assert person["code"] in text
    assert "Catering 2026" in text
    assert "Goal number 00 of the plan" in text and "Goal number 02 of the plan" in text
    assert "Ana Técnica" in text  # the technician to contact
    for heading in (T.TITLE, T.H_LABS, T.H_PLAN, T.H_SESSIONS, T.H_NEXT, T.H_STEPS):
        assert tr(lang, heading) in text
    assert tr(lang, T.PAGE).format(page=1, pages=1) in text
    assert catalogue(lang).translate("Enum", E.GoalStatus("in_progress").label) in text
    assert format_date(TARGET, lang, "medium") in text
    assert format_date(PRINTED, lang, "long") in text
    # the real words of the shipped catalogues (translations/milma_*.qm)
    for words in {
        "es": ("Plan de desarrollo", "Página 1 de 1", "Próximos pasos acordados"),
        "en": ("Development plan", "Page 1 of 1", "Agreed next steps"),
        "fr": ("Plan de développement", "Page 1 sur 1", "Prochaines étapes convenues"),
    }[lang]:
        assert words in text
    month = {"es": "mar 2026", "en": "Mar 5, 2026", "fr": "5 mars 2026"}[lang]
    assert month in text
    assert {"es": "120,5", "en": "120.5", "fr": "120,5"}[lang] in text


def test_default_language_is_the_participants(store):
    lab = make_lab(store)
    person = make_person(store, lab, lang="fr")
    pdf, used = docs.participant_pdf(store, person["id"], printed_on=PRINTED)
    assert used == "fr"
    text, _ = pdf_text(pdf)
    assert "5 mars 2026" in text and "23 novembre 2026" in text


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("Ayşe", "Núñez Çelik"),
        ("Oleksandr", "Kovalenko"),
        ("Ștefan", "Țăranu"),
        ("Олександр", "Коваленко"),
        ("Françoise", "Ndiaye"),
    ],
)
def test_names_print_exactly_with_an_embedded_font(store, first, last):
    lab = make_lab(store)
    person = make_person(store, lab, first=first, last=last, goals=1, sessions=0)
    pdf, _ = docs.participant_pdf(store, person["id"], "en", printed_on=PRINTED)
    text, reader = pdf_text(pdf)
    assert f"{first} {last}" in text
    fonts = {}
    for page in reader.pages:
        for name, ref in page["/Resources"]["/Font"].items():
            fonts[name] = ref.get_object()
    assert fonts
    for font in fonts.values():
        if font["/Subtype"] == "/Type0":
            font = font["/DescendantFonts"][0].get_object()
        descriptor = font.get("/FontDescriptor")
        assert descriptor is not None, f"{font.get('/BaseFont')} is not embedded"
        assert "/FontFile2" in descriptor.get_object(), f"{font.get('/BaseFont')} is not embedded"


def test_long_plan_flows_onto_several_pages_without_cuts(store):
    lab = make_lab(store)
    person = make_person(store, lab, goals=40, sessions=60)
    pdf, _ = docs.participant_pdf(store, person["id"], "es", printed_on=PRINTED)
    text, reader = pdf_text(pdf)
    pages = len(reader.pages)
    assert pages >= 3
    for i in range(40):
        assert f"Goal number {i:02d} of the plan" in text
    for i in range(60):
        assert f"Action {i:02d} agreed" in text
    assert tr("es", T.PAGE).format(page=pages, pages=pages) in text
    # the column headings are repeated on the page a table continues on
    second = " ".join(reader.pages[1].extract_text().split())
    assert tr("es", T.C_GOAL) in second or tr("es", T.C_ACTIONS) in second
    assert "Françoise Ndiaye" in second  # running header


def test_no_special_category_data_or_life_story(store):
    lab = make_lab(store)
    person = make_person(store, lab, lang="en")
    pdf, _ = docs.participant_pdf(store, person["id"], printed_on=PRINTED)
    text, _ = pdf_text(pdf)
    for secret in (
        "X1234567L",
        "X 1234567",
        "Senegal",
        "Sénégal",
        "Refugee",
        "Réfugié",
        "STORYSECRET",
        "NOTESECRET",
        "1990",
    ):
        assert secret not in text
    data = docs.document_data(store, person["id"])
    assert set(data["participant"]) <= set(docs.PARTICIPANT_FIELDS)
    assert "nationality" not in repr(data) and "X1234567L" not in repr(data)


def test_appointments_referrals_and_placements(store):
    lab = make_lab(store)
    person = make_person(store, lab, lang="en", goals=1, sessions=0)
    pid = person["id"]
    soon = datetime.now().replace(microsecond=0, second=0) + timedelta(days=3)
    records.create(
        store,
        "coaching_session",
        {
            "participant_id": pid,
            "starts_at": datetime(2026, 2, 20, 9, 0),
            "duration_minutes": 30,
            "kind": "group",
            "next_appointment": soon,
        },
    )
    company = records.create(store, "company", {"name": "Jardines del Sur S.L."})
    records.create(
        store,
        "placement",
        {
            "participant_id": pid,
            "company_id": company["id"],
            "role": "Ayudante",
            "start_date": date(2026, 5, 4),
            "status": "planned",
        },
    )
    c1 = records.create(
        store,
        "connector",
        {"full_name": "Mariam Touré", "field": "Hostelería", "origin": "migrant"},
    )
    c2 = records.create(
        store, "connector", {"full_name": "Luis Gómez", "field": "Jardinería", "origin": "local"}
    )
    meeting = records.create(
        store,
        "connector_meeting",
        {
            "participant_id": pid,
            "connector_id": c1["id"],
            "met_on": date(2026, 3, 1),
            "mode": "virtual",
            "status": "held",
        },
    )
    records.create(
        store,
        "referral",
        {
            "meeting_id": meeting["id"],
            "participant_id": pid,
            "connector_id": c2["id"],
            "status": "pending",
        },
    )
    pdf, _ = docs.participant_pdf(store, pid, "en", printed_on=PRINTED)
    text, _ = pdf_text(pdf)
    assert format_date(soon.date(), "en", "full") in text
    assert "Jardines del Sur S.L." in text and "Ayudante" in text
    assert "Mariam Touré" in text and "Hostelería" in text
    assert tr("en", T.H_NETWORK) in text
    assert (
        "Met Mariam Touré (Hostelería) on March 1, 2026; through Mariam Touré, introduced to "
        "Luis Gómez (introduction pending)."
    ) in text
    assert "Préparer l'entretien avec l'entreprise partenaire" in text


def test_lab_batch_one_file_each_or_merged_with_own_page_numbers(store, tmp_path):
    lab = make_lab(store)
    a = make_person(store, lab, first="Ștefan", last="Popescu", lang="es", goals=40, sessions=60)
    b = make_person(store, lab, first="Ayşe", last="Núñez Çelik", lang="fr", goals=2, sessions=1)
    assert docs.find_lab(store, "CATERING 2026")["id"] == lab["id"]
    items = docs.lab_items(store, lab["id"])
    assert [lang for _d, lang in items] == ["fr", "es"]  # sorted by last name, own languages
    seen = []
    files = docs.lab_pdfs(
        items, merge=False, printed_on=PRINTED, progress=lambda d, t: seen.append((d, t))
    )
    assert [name for name, _ in files] == [docs.file_name(b["code"]), docs.file_name(a["code"])]
    assert seen[-1] == (2, 2)
    for name, _pdf in files:
        assert "Popescu" not in name and "Ayşe" not in name
    text_b, _ = pdf_text(files[0][1])
    text_a, _ = pdf_text(files[1][1])
    assert "Ayşe Núñez Çelik" in text_b and "Ștefan" not in text_b
    assert "Goal number 39 of the plan" in text_a and "Goal number 39 of the plan" not in text_b
    assert "Action 59 agreed" in text_a and "Action 59 agreed" not in text_b
    [(none, merged)] = docs.lab_pdfs(items, merge=True, printed_on=PRINTED)
    assert none is None
    text, reader = pdf_text(merged)
    pages_a = len(PdfReader(io.BytesIO(files[1][1])).pages)
    assert len(reader.pages) == 1 + pages_a
    assert tr("fr", T.PAGE).format(page=1, pages=1) in text
    assert tr("es", T.PAGE).format(page=pages_a, pages=pages_a) in text
    assert "Ștefan Popescu" in text and "Ayşe Núñez Çelik" in text


def test_cancelling_a_merged_batch_stops_it(store):
    lab = make_lab(store)
    for i in range(3):
        make_person(store, lab, last=f"Person{i}", goals=1, sessions=0)
    items = docs.lab_items(store, lab["id"])

    def progress(done, total):
        if done == 1:
            raise docs.Cancelled()

    with pytest.raises(docs.Cancelled):
        docs.lab_pdfs(items, merge=True, progress=progress)


def test_unknown_lab_and_unwritable_file_are_user_errors(store, tmp_path):
    from desktop.domain.messages import UserError

    with pytest.raises(UserError):
        docs.find_lab(store, "No such lab")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UserError):
        docs.save_pdf(out / "missing" / "x.pdf", b"%PDF-1.4")
    with pytest.raises(UserError):
        docs.save_pdf(out, b"%PDF-1.4")
    (out / "ok.pdf").write_bytes(b"old")
    target = docs.save_pdf(out / "ok.pdf", b"%PDF-1.4 test")
    assert target.read_bytes() == b"%PDF-1.4 test"
    assert [p.name for p in out.iterdir()] == ["ok.pdf"]  # no temporary file left


LETTERS = "".join(
    chr(c)
    for c in [*range(0xC0, 0x180), *range(0x218, 0x21C), *range(0x400, 0x460)]
    if chr(c).isalpha()
)


# words of names as long as real ones get (a word longer than the name's cell is split there)
WORDS = st.text(LETTERS, min_size=1, max_size=20)


@settings(max_examples=25, deadline=None)
@given(first=WORDS, last=st.lists(WORDS, min_size=1, max_size=4))
def test_any_latin_or_cyrillic_name_prints_exactly(first, last):
    from desktop.reports.itinerary import build

    last = " ".join(last)
    data = {
        "participant": {
            "code": "CIF-TEST-0001",
            "first_name": first,
            "last_name": last,
            "next_steps": "",
        },
        "site": None,
        "technician": None,
        "labs": [],
        "goals": [],
        "sessions": [],
        "appointments": [],
        "placements": [],
        "jobs": [],
        "meetings": [],
        "referrals": [],
    }
    text, _ = pdf_text(build([(data, "fr")], PRINTED))
    assert f"{first} {last}" in text
