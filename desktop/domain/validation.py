"""Validation of records before they are written. Invalid input raises ValidationError naming
each field; callers write nothing then."""

from __future__ import annotations

import re
from datetime import date, datetime

from babel import Locale
from stdnum.es import dni, nie

from desktop.domain import enums as E
from desktop.domain import occupations, phones
from desktop.domain.messages import QT_TRANSLATE_NOOP, FieldProblem, Message, ValidationError
from desktop.domain.schema import KINDS, F, Kind

CTX = "Validation"
MIN_AGE, MAX_AGE = 14, 100
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LANG = re.compile(r"^[a-z]{2,3}$")
_PASSPORT = re.compile(r"^[A-Z0-9]{5,20}$")
_COUNTRIES = frozenset(Locale("en").territories)


def _m(text: str, f: F | None = None, **params) -> Message:
    if f is not None:
        params["field"] = Message("Field", f.label)
    return Message(CTX, text, params)


def _as_date(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value).strip())


def _as_datetime(value) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return datetime.fromisoformat(str(value).strip())


def _empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == []


def coerce_field(f: F, value):
    """Bring a value (typed, or text from a CLI/JSON) to the field's Python type.
    Raises ValueError with a Message as its argument."""
    t = f.type
    if t in ("str", "text"):
        value = str(value).strip() if t == "str" else str(value)
        if f.max_len and len(value) > f.max_len:
            raise ValueError(
                _m(
                    QT_TRANSLATE_NOOP("Validation", "{field}: at most {max} characters."),
                    f,
                    max=f.max_len,
                )
            )
        return value
    if t == "int":
        try:
            number = int(value) if not isinstance(value, bool) else None
        except (TypeError, ValueError):
            number = None
        if number is None or (isinstance(value, float) and value != int(value)):
            raise ValueError(
                _m(QT_TRANSLATE_NOOP("Validation", "{field}: enter a whole number."), f)
            )
        return _in_range(f, number)
    if t == "float":
        try:
            real = float(str(value).replace(",", ".")) if not isinstance(value, bool) else None
        except (TypeError, ValueError):
            real = None
        if real is None or real != real:
            raise ValueError(_m(QT_TRANSLATE_NOOP("Validation", "{field}: enter a number."), f))
        return _in_range(f, real)
    if t == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("1", "true", "yes", "si", "sí", "oui"):
            return True
        if text in ("0", "false", "no", "non"):
            return False
        raise ValueError(_m(QT_TRANSLATE_NOOP("Validation", "{field}: answer yes or no."), f))
    if t == "date":
        try:
            return _as_date(value)
        except (TypeError, ValueError):
            raise ValueError(
                _m(QT_TRANSLATE_NOOP("Validation", "{field}: enter a valid date (YYYY-MM-DD)."), f)
            ) from None
    if t == "datetime":
        try:
            return _as_datetime(value)
        except (TypeError, ValueError):
            raise ValueError(
                _m(QT_TRANSLATE_NOOP("Validation", "{field}: enter a valid date and time."), f)
            ) from None
    if t == "enum":
        text = str(value.value if hasattr(value, "value") else value).strip()
        if text not in f.choices:
            raise ValueError(
                _m(QT_TRANSLATE_NOOP("Validation", "{field}: choose one of the listed options."), f)
            )
        return text
    if t == "enums":
        items = value.split(",") if isinstance(value, str) else list(value)
        items = [
            str(getattr(i, "value", i)).strip()
            for i in items
            if str(getattr(i, "value", i)).strip()
        ]
        allowed = f.choices
        if any(i not in allowed for i in items):
            raise ValueError(
                _m(QT_TRANSLATE_NOOP("Validation", "{field}: choose one of the listed options."), f)
            )
        return ",".join(dict.fromkeys(items))
    if t == "country":
        code = str(value).strip().upper()
        if code not in _COUNTRIES:
            raise ValueError(
                _m(QT_TRANSLATE_NOOP("Validation", "{field}: choose a country from the list."), f)
            )
        return code
    if t in ("langs", "lang"):
        items = value.split(",") if isinstance(value, str) else list(value)
        items = [str(i).strip().lower() for i in items if str(i).strip()]
        if any(not _LANG.match(i) for i in items) or (t == "lang" and len(items) > 1):
            raise ValueError(
                _m(QT_TRANSLATE_NOOP("Validation", "{field}: choose a language from the list."), f)
            )
        return ",".join(dict.fromkeys(items))
    if t == "isco":
        code = str(value).strip()
        if not occupations.is_group(code):
            raise ValueError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "Validation", "{field}: choose an occupation group from the list."
                    ),
                    f,
                )
            )
        return code
    if t == "ref":
        return str(value).strip()
    raise AssertionError(f"unknown field type {t}")


def _in_range(f: F, number):
    if (f.min is not None and number < f.min) or (f.max is not None and number > f.max):
        if f.min is not None and f.max is not None:
            raise ValueError(
                _m(
                    QT_TRANSLATE_NOOP("Validation", "{field}: enter a value from {min} to {max}."),
                    f,
                    min=_num(f.min),
                    max=_num(f.max),
                )
            )
        raise ValueError(
            _m(QT_TRANSLATE_NOOP("Validation", "{field}: the value is out of range."), f)
        )
    return number


def _num(x: float):
    return int(x) if float(x).is_integer() else x


def validate(kind: str | Kind, values: dict, *, today: date | None = None) -> dict:
    """Return the cleaned values of a whole record, or raise ValidationError listing every
    invalid field. ``values`` holds the complete record (for an update: old merged with new)."""
    spec = KINDS[kind] if isinstance(kind, str) else kind
    today = today or date.today()
    problems: list[FieldProblem] = []
    clean: dict = {}
    for f in spec.fields:
        value = values.get(f.name)
        if _empty(value):
            if f.required:
                problems.append(
                    FieldProblem(
                        f.name, _m(QT_TRANSLATE_NOOP("Validation", "{field} is required."), f)
                    )
                )
            clean[f.name] = None
            continue
        try:
            clean[f.name] = coerce_field(f, value)
        except ValueError as exc:
            problems.append(FieldProblem(f.name, exc.args[0]))
            clean[f.name] = None
    bad = {p.field for p in problems}
    for rule in _RULES.get(spec.name, ()):
        for problem in rule(clean, today):
            if problem.field not in bad:
                problems.append(problem)
                bad.add(problem.field)
    if problems:
        raise ValidationError(problems)
    return clean


# ---- cross-field and domain rules -------------------------------------------------------


def _after(field_name: str, start_name: str, text: str):
    def rule(v: dict, today: date):
        start, end = v.get(start_name), v.get(field_name)
        if start is not None and end is not None and end < start:
            yield FieldProblem(field_name, Message(CTX, text))

    return rule


def _not_future(field_name: str, text: str):
    def rule(v: dict, today: date):
        value = v.get(field_name)
        if value is not None and _as_date(value) > today:
            yield FieldProblem(field_name, Message(CTX, text))

    return rule


def _participant(v: dict, today: date):
    birth = v.get("birth_date")
    if birth is not None:
        age = (today - birth).days / 365.25
        if birth > today:
            yield FieldProblem(
                "birth_date",
                Message(
                    CTX, QT_TRANSLATE_NOOP("Validation", "Birth date: the date is in the future.")
                ),
            )
        elif age < MIN_AGE or age > MAX_AGE:
            yield FieldProblem(
                "birth_date",
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Birth date: the person would be {age} years old; participants are {min} to"
                        " {max}.",
                    ),
                    {"age": int(age), "min": MIN_AGE, "max": MAX_AGE},
                ),
            )
        for name in ("arrival_date", "unemployed_since"):
            d = v.get(name)
            if d is not None and d < birth:
                yield FieldProblem(
                    name,
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Validation", "{field}: the date is before the birth date."
                        ),
                        {"field": Message("Field", KINDS["participant"].field(name).label)},
                    ),
                )
    kind, number = v.get("document_type"), v.get("document_number")
    if number and not kind:
        yield FieldProblem(
            "document_type",
            Message(
                CTX,
                QT_TRANSLATE_NOOP("Validation", "Identity document: choose the type of document."),
            ),
        )
    elif number and kind:
        yield from _document(kind, number)
    yield from _contact(v, today)


def _document(kind: str, number: str):
    compact = "".join(ch for ch in number.upper() if ch.isalnum())
    if kind == E.DocumentType.DNI:
        if not dni.is_valid(compact):
            yield FieldProblem(
                "document_number",
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Document number: not a valid DNI (8 digits and the right check letter).",
                    ),
                ),
            )
    elif kind == E.DocumentType.NIE:
        if not nie.is_valid(compact):
            yield FieldProblem(
                "document_number",
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Document number: not a valid NIE (X, Y or Z, 7 digits and the right check"
                        " letter).",
                    ),
                ),
            )
    elif kind == E.DocumentType.PASSPORT and not _PASSPORT.match(compact):
        yield FieldProblem(
            "document_number",
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Document number: a passport number has 5 to 20 letters and digits.",
                ),
            ),
        )


def _contact(v: dict, today: date):
    email = v.get("email")
    if email and not _EMAIL.match(email):
        yield FieldProblem(
            "email",
            Message(
                CTX,
                QT_TRANSLATE_NOOP("Validation", "Email: enter an address like name@example.org."),
            ),
        )
    phone = v.get("phone")
    if phone:
        stored = phones.normalise(phone)
        if stored is None:
            yield FieldProblem(
                "phone",
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Phone: not a valid phone number. Write a Spanish number such as 612 34 56"
                        " 78, or another country's with its code first, such as +33 6 12 34 56 78.",
                    ),
                ),
            )
        else:
            v["phone"] = stored  # E.164: "+34612345678"


def _one_employer(v: dict, today: date):
    if v.get("company_id") and v.get("employer_name"):
        yield FieldProblem(
            "employer_name",
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Employer not in the companies list: the employer is already chosen from the"
                    " list; leave one of the two empty.",
                ),
            ),
        )


def _session(v: dict, today: date):
    start, nxt = v.get("starts_at"), v.get("next_appointment")
    if start is not None and nxt is not None and nxt <= start:
        yield FieldProblem(
            "next_appointment",
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Validation", "Next appointment: it must come after the session."
                ),
            ),
        )


def _story(v: dict, today: date):
    yield from _not_future(
        "recorded_on", QT_TRANSLATE_NOOP("Validation", "Recorded on: the date is in the future.")
    )(v, today)


def _attendance(v: dict, today: date):
    yield from _not_future(
        "day",
        QT_TRANSLATE_NOOP(
            "Validation", "Date: attendance cannot be recorded for a day still to come."
        ),
    )(v, today)
    status, hours = v.get("status"), v.get("hours")
    if hours is None:
        return
    if status == E.AttendanceStatus.PRESENT and hours <= 0:
        yield FieldProblem(
            "hours",
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Hours: someone present attended more than 0 hours (or mark them absent).",
                ),
            ),
        )
    elif status in (E.AttendanceStatus.ABSENT, E.AttendanceStatus.EXCUSED) and hours > 0:
        yield FieldProblem(
            "hours",
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Validation", "Hours: someone absent or excused attended 0 hours."
                ),
            ),
        )


def _meeting(v: dict, today: date):
    """A meeting may be planned for a day still to come; one held has taken place."""
    if v.get("status") == E.MeetingStatus.HELD:
        yield from _not_future(
            "met_on",
            QT_TRANSLATE_NOOP(
                "Validation",
                "Date: a meeting held cannot be in the future (choose the status Scheduled to plan"
                " it).",
            ),
        )(v, today)


NO_DROP_REASON = Message(
    CTX,
    QT_TRANSLATE_NOOP("Validation", "Why it was dropped: say why the introduction was cancelled."),
)


def _referral(v: dict, today: date):
    """A referral cancelled says why (the Connector Program reviews the dropped ones)."""
    if (
        v.get("status") == E.ReferralStatus.CANCELLED
        and not (v.get("dropped_reason") or "").strip()
    ):
        yield FieldProblem("dropped_reason", NO_DROP_REASON)


def _introduction(v: dict, today: date):
    """An introduction took place (never a day still to come); the association is named when
    the area is a local association, and only then."""
    yield from _not_future(
        "introduced_on",
        QT_TRANSLATE_NOOP(
            "Validation", "Date: an introduction cannot be recorded for a day still to come."
        ),
    )(v, today)
    is_association = v.get("area") == E.InclusionArea.ASSOCIATION
    if is_association and not v.get("association_id"):
        yield FieldProblem(
            "association_id",
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Association: choose the local association the participant was introduced to.",
                ),
            ),
        )
    elif v.get("association_id") and v.get("area") and not is_association:
        yield FieldProblem(
            "association_id",
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Association: only an introduction to a local association names one (leave it"
                    " empty, or choose the area A local association).",
                ),
            ),
        )


_RULES = {
    "participant": (_participant,),
    "technician": (_contact,),
    "company": (_contact,),
    "connector": (_contact,),
    "lab": (
        _after(
            "end_date",
            "start_date",
            QT_TRANSLATE_NOOP("Validation", "End date: a lab ends after it starts."),
        ),
    ),
    "attendance": (_attendance,),
    "enrolment": (
        _after(
            "ended_on",
            "enrolled_on",
            QT_TRANSLATE_NOOP("Validation", "Ended on: the date is before the enrolment."),
        ),
    ),
    "placement": (
        _after(
            "end_date",
            "start_date",
            QT_TRANSLATE_NOOP("Validation", "End date: a placement ends after it starts."),
        ),
    ),
    "employment_outcome": (
        _after(
            "end_date",
            "start_date",
            QT_TRANSLATE_NOOP("Validation", "End date: a job ends after it starts."),
        ),
        _one_employer,
    ),
    "coaching_session": (_session,),
    "life_story": (_story,),
    "consent": (
        _after(
            "withdrawn_on",
            "given_on",
            QT_TRANSLATE_NOOP(
                "Validation", "Withdrawn on: the date is before the consent was given."
            ),
        ),
    ),
    "connector_meeting": (_meeting,),
    "referral": (_referral,),
    "association": (_contact,),
    "inclusion_introduction": (_introduction,),
}
