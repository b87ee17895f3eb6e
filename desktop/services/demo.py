"""Realistic, deterministic demo data over the whole programme (same seed, same data).

Dates are anchored to a fixed reference day so that a seed always gives the same records;
only ids and participant codes (which carry this laptop's tag) differ between laptops.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from faker import Faker
from stdnum.es import dni, nie

from desktop.domain import enums as E
from desktop.domain.enums import SITE_CODE_PREFIX
from desktop.domain.ids import new_id, participant_code
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.domain.validation import validate
from desktop.services import demo_inclusion
from desktop.services import demo_names as D
from desktop.services.attendance import attendance_id, schedule_hours
from desktop.services.setup import init_device
from desktop.storage.store import Store

REFERENCE_DAY = date(2026, 11, 16)
MAX_PARTICIPANTS = 200_000

# Labs from the programme's reports, plus the current term's.
LABS = [
    (
        "Health Institution Warden",
        E.Niche.HEALTH_WARDEN,
        E.Site.CIFE,
        date(2021, 11, 15),
        date(2022, 3, 8),
        405,
    ),
    (
        "Gardening Assistant",
        E.Niche.GARDENING,
        E.Site.LOS_ARCOS,
        date(2022, 2, 9),
        date(2022, 5, 20),
        390,
    ),
    (
        "Light Floor Installation",
        E.Niche.FLOOR_INSTALLATION,
        E.Site.CIFE,
        date(2023, 3, 6),
        date(2023, 6, 16),
        320,
    ),
    ("Catering", E.Niche.CATERING, E.Site.LOS_ARCOS, date(2024, 1, 15), date(2024, 5, 10), 360),
    (
        "Elderly Care Assistant",
        E.Niche.ELDERLY_CARE,
        E.Site.CIFE,
        date(2026, 9, 14),
        date(2027, 1, 22),
        380,
    ),
    (
        "Urban Recycling and Creation",
        E.Niche.URBAN_RECYCLING,
        E.Site.LOS_ARCOS,
        date(2026, 10, 5),
        date(2027, 2, 12),
        350,
    ),
    ("Catering 2026", E.Niche.CATERING, E.Site.CIFE, date(2026, 10, 19), date(2027, 3, 5), 360),
]
# the versions of the questionnaires in resources/surveys/ that the demo answers
SURVEY_VERSION = {"initial": "2026.1", "end": "2026.1", "followup": "2026.1"}
SCHEDULES = ["L-V 9:00-14:00", "L-J 9:30-14:30", "L-V 15:30-20:00"]

ORIGINS = [  # (country, weight, status weights local/migrant/refugee/asylum)
    ("ES", 62),
    ("MA", 9),
    ("RO", 5),
    ("CO", 5),
    ("VE", 4),
    ("SN", 4),
    ("UA", 4),
    ("PE", 2),
    ("ML", 2),
    ("NG", 1),
    ("HN", 1),
    ("TR", 1),
]


class DemoError(UserError):
    pass


def _weighted(rng: random.Random, items):
    return rng.choices([i[0] for i in items], weights=[i[1] for i in items])[0]


class _Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        # the consents beyond data processing, drawn apart: the rest of the data keeps its seed
        self.consents = random.Random(seed * 7919 + 3)
        self.fakers: dict[str, Faker] = {}
        self.seed = seed

    def faker(self, locale: str) -> Faker:
        if locale not in self.fakers:
            f = Faker(locale)
            f.seed_instance(self.seed)
            self.fakers[locale] = f
        return self.fakers[locale]

    def day(self, start: date, end: date) -> date:
        span = max((end - start).days, 0)
        return start + timedelta(days=self.rng.randint(0, span))

    def name(self, country: str, gender: str) -> tuple[str, str]:
        sex = (
            "female"
            if gender == "female"
            else "male"
            if gender == "male"
            else self.rng.choice(["female", "male"])
        )
        if country in D.POOLS:
            pool = D.POOLS[country]
            return self.rng.choice(pool[sex]), self.rng.choice(pool["last"])
        f = self.faker(D.FAKER_LOCALES.get(country, "es_ES"))
        first = f.first_name_female() if sex == "female" else f.first_name_male()
        if country in ("ES", "CO", "VE", "PE", "HN"):
            return first, f"{f.last_name()} {f.last_name()}"
        return first, f.last_name()

    def document(self, status: str) -> tuple[str, str]:
        digits = self.rng.randint(0, 99_999_999)
        if status == "local":
            body = f"{digits:08d}"
            return "DNI", body + dni.calc_check_digit(body)
        if status == "asylum_seeker" and self.rng.random() < 0.5:
            return "PASSPORT", "".join(
                self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)
            )
        body = f"{self.rng.choice('XYZ')}{digits % 10_000_000:07d}"
        return "NIE", body + nie.calc_check_digit(body)


def generate(
    store: Store,
    participants: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Add demo data with ``participants`` people to the store, in one transaction."""
    if participants < 0 or participants > MAX_PARTICIPANTS:
        raise DemoError(
            Message(
                "Demo",
                QT_TRANSLATE_NOOP(
                    "Demo", "The number of participants must be between 0 and {max}."
                ),
                {"max": MAX_PARTICIPANTS},
            )
        )
    if not store.meta.get("site"):
        init_device(store, E.Site.CIFE.value, None, None)
    g = _Gen(seed)
    rng = g.rng
    rows: dict[str, list[dict]] = {
        k: []
        for k in (
            "technician",
            "company",
            "lab",
            "lab_company",
            "connector",
            "participant",
            "enrolment",
            "attendance",
            "goal",
            "coaching_session",
            "life_story",
            "consent",
            "connector_meeting",
            "referral",
            "placement",
            "employment_outcome",
            "survey_response",
            "association",
            "inclusion_introduction",
        )
    }
    ids: dict[str, list[str]] = {k: [] for k in rows}

    def add(kind: str, values: dict, row_id: str | None = None) -> str:
        row_id = row_id or new_id()
        rows[kind].append(validate(kind, values, today=REFERENCE_DAY + timedelta(days=400)))
        ids[kind].append(row_id)
        return row_id

    techs = [
        add(
            "technician",
            {
                "full_name": n,
                "site": rng.choice(list(E.Site)).value,
                "active": True,
                "email": f"tecnico{i + 1}@cife.example.org",
            },
        )
        for i, n in enumerate(D.TECHNICIANS)
    ]
    companies = [
        add(
            "company",
            {
                "name": name,
                "sector": sector,
                "contact_name": g.faker("es_ES").name(),
                "phone": (
                    f"+34 91 {rng.randint(600, 699)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
                ),
                "collaboration": ",".join(
                    rng.sample([c.value for c in E.CollaborationType], rng.randint(1, 3))
                ),
                "address": f"{g.faker('es_ES').street_address()}, Fuenlabrada",
            },
        )
        for name, sector in D.COMPANIES
    ]
    labs = []
    for name, niche, lab_site, start, end, hours in LABS:
        lab = add(
            "lab",
            {
                "name": name,
                "niche": niche.value,
                "site": lab_site.value,
                "start_date": start,
                "end_date": end,
                "planned_hours": hours,
                "schedule": rng.choice(SCHEDULES),
            },
        )
        labs.append((lab, start, end, hours))
        for company in rng.sample(companies, 3):
            add("lab_company", {"lab_id": lab, "company_id": company})
    connectors: list[str] = []
    for i in range(30):
        country = _weighted(rng, ORIGINS[:8])
        gender = rng.choice(["female", "male"])
        first, last = g.name(country, gender)
        connectors.append(
            add(
                "connector",
                {
                    "full_name": f"{first} {last}",
                    "field": (field := rng.choice(D.CONNECTOR_FIELDS)),
                    "occupation_group": FIELD_GROUPS.get(field),
                    "sector": field,
                    "languages": ",".join(
                        ["es"] + (D.POOLS[country]["langs"][:1] if country in D.POOLS else [])
                    ),
                    "neighbourhood": rng.choice(D.NEIGHBOURHOODS),
                    "origin": "local" if country == "ES" else "migrant",
                    "referred_by_id": (
                        rng.choice(connectors) if connectors and rng.random() < 0.6 else None
                    ),
                    "capacity": rng.randint(1, 5),
                    "active": True,
                    **_connector_extra(i),
                    "phone": (
                        f"+34 6{rng.randint(10, 99)} {rng.randint(100, 999)}"
                        f" {rng.randint(100, 999)}"
                    ),
                },
            )
        )

    site = store.meta["site"]
    seq0 = int(store.meta.get("participant_seq", "0"))
    for n in range(participants):
        country = _weighted(rng, ORIGINS)
        if country == "ES":
            status = "local"
        else:
            status = _weighted(rng, [("migrant", 70), ("refugee", 15), ("asylum_seeker", 15)])
        gender = _weighted(
            rng, [("female", 52), ("male", 46), ("non_binary", 1), ("undisclosed", 1)]
        )
        first, last = g.name(country, gender)
        birth = g.day(date(1964, 1, 1), date(2006, 6, 30))
        doc_type, doc_number = g.document(status)
        pool = D.POOLS.get(country)
        languages = ["es"] if status == "local" else (pool["langs"] if pool else ["es"])
        pref = "es" if status == "local" else rng.choice(pool["doc_lang"]) if pool else "es"
        lab_id, lab_start, lab_end, lab_hours = rng.choice(labs)
        unemployed = g.day(lab_start - timedelta(days=900), lab_start - timedelta(days=30))
        pid = add(
            "participant",
            {
                "code": participant_code(
                    SITE_CODE_PREFIX[E.Site(site)], store.device_tag, seq0 + n + 1
                ),
                "site": site,
                "first_name": first,
                "last_name": last,
                "birth_date": birth,
                "gender": gender,
                "nationality": country,
                "migrant_status": status,
                "arrival_date": (
                    None
                    if status == "local"
                    else g.day(max(birth + timedelta(days=16 * 365), date(2010, 1, 1)), lab_start)
                ),
                "languages": ",".join(languages),
                "spanish_level": (
                    "native"
                    if status == "local" or country in ("CO", "VE", "PE", "HN")
                    else rng.choice(["A1", "A2", "B1", "B2"])
                ),
                "education": rng.choice([e.value for e in E.Education]),
                "employment_history": (
                    rng.choice(
                        [
                            "",
                            "Hostelería (3 años)",
                            "Limpieza y cuidados",
                            "Construcción",
                            "Agricultura en origen",
                            "Comercio minorista",
                        ]
                    )
                    or None
                ),
                "unemployed_since": unemployed,
                "desired_occupation": (occupation := rng.choice(D.OCCUPATIONS)),
                "desired_occupation_group": OCCUPATION_GROUPS.get(occupation),
                "neighbourhood": rng.choice(D.NEIGHBOURHOODS),
                "phone": (
                    f"+34 6{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
                ),
                "email": f"p{seq0 + n + 1}@correo.example.org" if rng.random() < 0.6 else None,
                "preferred_language": pref,
                "document_type": doc_type,
                "document_number": doc_number,
                "technician_id": rng.choice(techs),
                "next_steps": rng.choice(
                    [
                        "Preparar entrevista con empresa colaboradora",
                        "Actualizar el CV",
                        "Asistir a la visita de empresa",
                        "Continuar con el laboratorio",
                    ]
                ),
            },
        )
        _itinerary(
            g, add, pid, lab_id, lab_start, lab_end, lab_hours, techs, companies, connectors, status
        )
        if progress and n % 500 == 0:
            progress(n, participants)

    _registers(random.Random(seed * 1_000_003 + 19), add, rows, ids)
    demo_inclusion.inclusion(random.Random(seed * 1_000_003 + 23), add, rows, REFERENCE_DAY)

    with store.transaction() as tx:
        now = int(store.meta.get("participant_seq", "0"))
        if now != seq0:  # someone was registered meanwhile (the application, another command)
            prefix = SITE_CODE_PREFIX[E.Site(site)]
            for n, values in enumerate(rows["participant"]):
                values["code"] = participant_code(prefix, store.device_tag, now + n + 1)
        for kind, items in rows.items():
            tx.insert_many(kind, items, ids=ids[kind])
        store.set_meta(tx, "participant_seq", str(now + participants))
    if progress:
        progress(participants, participants)
    return {k: len(v) for k, v in rows.items()}


REGISTER_GROUP = 20  # the participants of a running lab whose attendance is registered (one ETEI)
_SCHEDULE_DAYS = {"L-V": 5, "L-J": 4}  # Monday to Friday, Monday to Thursday


def _registers(
    rng: random.Random, add, rows: dict[str, list[dict]], ids: dict[str, list[str]]
) -> None:
    """The attendance register of the labs still running, for the first participants enrolled in
    each: every lab day up to the reference day. Their hours attended then come from it (the
    typed value is left empty). A generator of its own, so that the rest of the data of a seed
    is the same as before the register existed."""
    labs = {
        lab_id: lab
        for lab_id, lab in zip(ids["lab"], rows["lab"], strict=True)
        if lab["end_date"] > REFERENCE_DAY
    }
    group: dict[str, int] = {}
    for enrolment_id, enrolment in zip(ids["enrolment"], rows["enrolment"], strict=True):
        lab = labs.get(enrolment["lab_id"])
        if lab is None or group.get(enrolment["lab_id"], 0) >= REGISTER_GROUP:
            continue
        group[enrolment["lab_id"]] = group.get(enrolment["lab_id"], 0) + 1
        enrolment["hours_attended"] = None
        weekdays = _SCHEDULE_DAYS.get(lab["schedule"].split()[0], 5)
        length = schedule_hours(lab["schedule"]) or 5.0
        day = max(lab["start_date"], enrolment["enrolled_on"])
        present = 60 if rng.random() < 0.2 else 92  # one in five comes irregularly
        while day <= REFERENCE_DAY:
            if day.weekday() < weekdays:
                status = _weighted(
                    rng,
                    [
                        ("present", present),
                        ("absent", (100 - present) * 2 // 3),
                        ("excused", (100 - present) // 3),
                    ],
                )
                hours = (length - (1 if rng.random() < 0.05 else 0)) if status == "present" else 0.0
                add(
                    "attendance",
                    {
                        "enrolment_id": enrolment_id,
                        "day": day,
                        "status": status,
                        "hours": hours,
                        "note": (
                            "Cita médica" if status == "excused" and rng.random() < 0.5 else None
                        ),
                    },
                    row_id=attendance_id(enrolment_id, day),
                )
            day += timedelta(days=1)


# ISCO-08 sub-major groups of the demo's occupations and connectors' fields (no random draw, so
# the rest of the demo data stays as it was for a seed)
OCCUPATION_GROUPS = {
    "Auxiliar de jardinería": "92",
    "Celador/a": "53",
    "Ayudante de cocina": "94",
    "Camarero/a": "51",
    "Instalador/a de suelos": "71",
    "Cuidador/a de personas mayores": "53",
    "Mozo/a de almacén": "93",
    "Dependiente/a": "52",
    "Limpieza de oficinas": "91",
    "Operario/a de reciclaje": "96",
    "Técnico/a de drones": "31",
    "Montador/a de dispositivos IoT": "74",
}
FIELD_GROUPS = {
    "Hostelería": "51",
    "Jardinería": "61",
    "Sanidad": "32",
    "Cuidados": "53",
    "Construcción": "71",
    "Comercio": "52",
    "Logística": "93",
    "Tecnología": "35",
    "Educación": "23",
    "Administración": "41",
}


def _connector_extra(i: int) -> dict:
    """The i-th demo connector's availability and agreement to be contacted (one in ten has not
    agreed yet); their group and sector follow from their field, filled in by the caller."""
    return {
        "availability": ("in_person", "both", "virtual")[i % 3],
        "contact_consent_on": None if i % 10 == 9 else REFERENCE_DAY - timedelta(days=60 + 9 * i),
    }


def _itinerary(
    g: _Gen, add, pid, lab_id, lab_start, lab_end, lab_hours, techs, companies, connectors, status
):
    rng = g.rng
    ongoing = lab_end > REFERENCE_DAY
    state = "enrolled" if ongoing else _weighted(rng, [("completed", 75), ("dropped_out", 25)])
    enrolled_on = lab_start - timedelta(days=rng.randint(0, 20))
    elapsed = min((REFERENCE_DAY - lab_start).days, (lab_end - lab_start).days) / max(
        (lab_end - lab_start).days, 1
    )
    attended = round(
        lab_hours
        * max(elapsed, 0)
        * (rng.uniform(0.3, 0.6) if state == "dropped_out" else rng.uniform(0.8, 1.0))
    )
    add(
        "enrolment",
        {
            "participant_id": pid,
            "lab_id": lab_id,
            "status": state,
            "enrolled_on": enrolled_on,
            "ended_on": (
                None
                if state == "enrolled"
                else lab_end
                if state == "completed"
                else g.day(lab_start, lab_end)
            ),
            "hours_attended": attended,
        },
    )
    add(
        "consent",
        {
            "participant_id": pid,
            "kind": "data_processing",
            "granted": True,
            "given_on": enrolled_on,
        },
    )
    c = g.consents
    for kind, share in (("follow_up", 0.85), ("share_with_companies", 0.7), ("photos", 0.5)):
        if c.random() < share:
            withdrawn = None
            if c.random() < 0.05 and REFERENCE_DAY > enrolled_on:  # a few changed their minds since
                withdrawn = enrolled_on + timedelta(
                    days=c.randint(1, (REFERENCE_DAY - enrolled_on).days)
                )
            add(
                "consent",
                {
                    "participant_id": pid,
                    "kind": kind,
                    "granted": True,
                    "given_on": enrolled_on,
                    "withdrawn_on": withdrawn,
                },
            )
    for area in rng.sample(list(D.GOALS), rng.randint(2, 4)):
        target = g.day(lab_start, lab_end + timedelta(days=60))
        add(
            "goal",
            {
                "participant_id": pid,
                "title": rng.choice(D.GOALS[area]),
                "area": area,
                "status": (
                    "achieved"
                    if target < REFERENCE_DAY and rng.random() < 0.7
                    else rng.choice(["planned", "in_progress"])
                ),
                "target_date": target,
            },
        )
    last = min(lab_end, REFERENCE_DAY)
    sessions = sorted(g.day(lab_start, last) for _ in range(rng.randint(1, 5)))
    for i, day in enumerate(sessions):
        start = datetime.combine(
            day, time(rng.choice([9, 10, 11, 12, 16, 17]), rng.choice([0, 30]))
        )
        nxt = None
        if i == len(sessions) - 1 and ongoing:
            nxt = datetime.combine(
                REFERENCE_DAY + timedelta(days=rng.randint(1, 21)),
                time(rng.choice([9, 10, 11, 12]), 0),
            )
        add(
            "coaching_session",
            {
                "participant_id": pid,
                "technician_id": rng.choice(techs),
                "starts_at": start,
                "duration_minutes": rng.choice([30, 45, 60, 90]),
                "kind": rng.choice(["individual", "individual", "group"]),
                "topics": ",".join(
                    rng.sample([t.value for t in E.SessionTopic], rng.randint(1, 3))
                ),
                "notes": "Sesión de seguimiento del plan de desarrollo.",
                "agreed_actions": "Revisar objetivos la próxima sesión.",
                "next_appointment": nxt,
            },
        )
    if rng.random() < 0.15:
        scope = rng.choice(["private", "anonymised", "named"])
        add(
            "consent",
            {
                "participant_id": pid,
                "kind": "life_story",
                "granted": True,
                "given_on": enrolled_on,
                "scope": scope,
            },
        )
        add(
            "life_story",
            {
                "participant_id": pid,
                "text": " ".join(rng.sample(D.STORY_SNIPPETS, 3)),
                "language": "es",
                "recorded_on": g.day(lab_start, last),
                "recorded_by": rng.choice(techs),
                "consent_scope": scope,
            },
        )
    if status != "local" and rng.random() < 0.5:
        met = g.day(lab_start, last)
        connector = rng.choice(connectors)
        meeting = add(
            "connector_meeting",
            {
                "participant_id": pid,
                "connector_id": connector,
                "met_on": met,
                "mode": rng.choice(["in_person", "in_person", "virtual"]),
                "notes": "Presentación y objetivos profesionales.",
                "status": "held",
                "recorded_by": techs[connectors.index(connector) % len(techs)],
            },
        )
        for other in rng.sample([c for c in connectors if c != connector], rng.randint(0, 3)):
            happened = rng.random() < 0.5 and met + timedelta(days=14) < REFERENCE_DAY
            add(
                "referral",
                {
                    "meeting_id": meeting,
                    "participant_id": pid,
                    "connector_id": other,
                    "status": "happened" if happened else "pending",
                    "happened_on": met + timedelta(days=14) if happened else None,
                },
            )
    add("survey_response", _survey(rng, pid, "initial", enrolled_on, False))
    if state == "completed":
        add("survey_response", _survey(rng, pid, "end", lab_end, False))
        if rng.random() < 0.55:
            company = rng.choice(companies)
            p_start = lab_end - timedelta(days=rng.randint(20, 40))
            add(
                "placement",
                {
                    "participant_id": pid,
                    "company_id": company,
                    "role": "Prácticas",
                    "start_date": p_start,
                    "end_date": p_start + timedelta(days=21),
                    "status": "completed",
                },
            )
        employed = rng.random() < 0.4
        if employed:
            add(
                "employment_outcome",
                {
                    "participant_id": pid,
                    "company_id": rng.choice(companies),
                    "occupation": rng.choice(D.OCCUPATIONS),
                    "contract_type": rng.choice(["temporary", "temporary", "permanent", "other"]),
                    "start_date": lab_end + timedelta(days=rng.randint(5, 85)),
                },
            )
        follow = lab_end + timedelta(days=rng.randint(150, 180))
        if follow < REFERENCE_DAY:
            add("survey_response", _survey(rng, pid, "followup", follow, employed))


def _survey(rng: random.Random, pid: str, form: str, day: date, employed: bool) -> dict:
    """A response to one of the questionnaires of resources/surveys/ (a test checks that each
    validates against its form)."""
    lift = {"initial": 0, "end": 1, "followup": 1}[form]
    score = lambda: min(5, rng.randint(1, 4) + lift)  # noqa: E731
    yes_no = lambda share: "yes" if rng.random() < share else "no"  # noqa: E731
    answers: dict = {
        "drive": score(),
        "empowerment": score(),
        "creativity": score(),
        "setbacks": score(),
    }
    if form == "initial":
        answers.update(
            employment_status="unemployed",
            worked_before=yes_no(0.7),
            employability=score(),
            inclusion=score(),
            excluded=rng.randint(1, 5),
        )
    elif form == "end":
        answers.update(
            training_useful=score(),
            company_contact=yes_no(0.6),
            employability=score(),
            improved_opportunities=yes_no(0.55),
        )
    else:
        answers.update(
            employment_situation="employed" if employed else rng.choice(["unemployed", "training"]),
            expectations_met=score(),
            improved_opportunities=yes_no(0.55),
            inclusion=score(),
            connector_helped_inclusion=yes_no(0.5),
            join_interest=yes_no(0.35),
        )
    return {
        "participant_id": pid,
        "form": form,
        "form_version": SURVEY_VERSION[form],
        "answered_on": day,
        "language": "es",
        "answers": json.dumps(answers, separators=(",", ":")),
    }
