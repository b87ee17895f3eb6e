"""Lab attendance: enrolling several participants in a lab at once, the register of a lab day
(each enrolled participant present, absent or excused, with the hours attended), the hours an
enrolment attended computed from its register, and a lab's attendance by participant.

An attendance record's id is made from its enrolment and its day (:func:`attendance_id`). The
same day recorded for the same enrolment on two laptops is therefore the same record: the USB
merge joins it field by field, last writer wins, and a differing status or hours of the other
laptop waits in the conflict review. It never becomes two rows counted twice. (A consequence:
a day once recorded is corrected, not deleted; a deleted record's id could never be used again.)

Where an enrolment has a register, its hours attended are the sum of its days; an enrolment
without one keeps the hours typed in it, so data recorded before the register keeps its meaning.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import func, select

from desktop.domain.enums import AttendanceStatus, EnrolmentStatus
from desktop.domain.messages import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    UserError,
    ValidationError,
)
from desktop.domain.text import person_name
from desktop.domain.validation import validate
from desktop.i18n import format_date
from desktop.services.records import create_in, not_found
from desktop.storage import stamps as codec
from desktop.storage.models import RECORD_MODELS
from desktop.storage.store import Store

CTX = "Attendance"
DEFAULT_THRESHOLD = 0.75  # the share of hours below which the lab's page warns
# a day's hours when neither the register, the schedule nor the planned hours say them (a lab
# brought in from the history): a morning of the labs' usual 9:00-14:00
DEFAULT_DAY_HOURS = 5.0
# the ids of attendance records: uuid5 in this namespace of "<enrolment id>/<day>"
_NAMESPACE = uuid.UUID("0190c2f4-7a1e-7c3d-9b52-5d0a6e7c1a06")
_SCHEDULE_TIMES = re.compile(r"(\d{1,2})[:.h](\d{2})\s*[-–]\s*(\d{1,2})[:.h](\d{2})")

LAB, EN, ATT, P = (
    RECORD_MODELS[k].__table__ for k in ("lab", "enrolment", "attendance", "participant")
)


class AttendanceError(UserError):
    """A register that cannot be saved; ``enrolment_id`` names the row at fault, if one is."""

    def __init__(self, message: Message, enrolment_id: str | None = None, field: str | None = None):
        super().__init__(message)
        self.enrolment_id = enrolment_id
        self.field = field


def _error(text: str, **params) -> AttendanceError:
    return AttendanceError(Message(CTX, text, params))


def attendance_id(enrolment_id: str, day: date) -> str:
    """The id of an enrolment's attendance on ``day``: the same on every laptop."""
    return str(uuid.uuid5(_NAMESPACE, f"{enrolment_id}/{day.isoformat()}"))


# ---- hours attended ------------------------------------------------------------------------


def register_hours(session, enrolment_ids: Iterable[str]) -> dict[str, float]:
    """The hours of each enrolment that has a register (the sum of its days); enrolments
    without one are absent from the result."""
    ids = list(dict.fromkeys(enrolment_ids))
    out: dict[str, float] = {}
    for i in range(0, len(ids), 400):
        chunk = ids[i : i + 400]
        for enrolment_id, hours in session.execute(
            select(ATT.c.enrolment_id, func.sum(ATT.c.hours))
            .where(ATT.c.enrolment_id.in_(chunk))
            .group_by(ATT.c.enrolment_id)
        ).all():
            out[enrolment_id] = round(float(hours or 0), 2)
    return out


def hours_attended_column(enrolment_table=EN):
    """A query column: an enrolment's hours attended, from its register when it has one, else
    as typed (for queries that read enrolments, such as the printed itinerary)."""
    from_register = (
        select(func.sum(ATT.c.hours))
        .where(ATT.c.enrolment_id == enrolment_table.c.id)
        .scalar_subquery()
    )
    return func.coalesce(from_register, enrolment_table.c.hours_attended)


def with_register_hours(session, enrolments: list[dict]) -> list[dict]:
    """Enrolment rows (with ``id`` and ``hours_attended``) as a participant's itinerary shows
    them: hours from the register where there is one (``hours_from_register`` True), the typed
    value kept as ``typed_hours_attended``."""
    computed = register_hours(session, [e["id"] for e in enrolments])
    out = []
    for e in enrolments:
        if e["id"] in computed:
            e = {
                **e,
                "typed_hours_attended": e.get("hours_attended"),
                "hours_attended": computed[e["id"]],
                "hours_from_register": True,
            }
        else:
            e = {**e, "hours_from_register": False}
        out.append(e)
    return out


def has_register(store: Store, enrolment_id: str) -> bool:
    with store.read() as s:
        return (
            s.execute(select(ATT.c.id).where(ATT.c.enrolment_id == enrolment_id).limit(1)).first()
            is not None
        )


# ---- enrolling several participants --------------------------------------------------------


def enrolled_participants(store: Store, lab_id: str) -> set[str]:
    """The participants who have an enrolment in the lab (whatever its status)."""
    with store.read() as s:
        return {
            pid
            for (pid,) in s.execute(select(EN.c.participant_id).where(EN.c.lab_id == lab_id)).all()
        }


def enrol_many(
    store: Store, lab_id: str, participant_ids: Iterable[str], enrolled_on: date | None = None
) -> dict:
    """Enrol the participants in the lab, in one transaction: all of them or none. Those
    already enrolled in it are left as they are. Returns ``enrolled`` (the new enrolment ids)
    and ``already`` (how many were enrolled before)."""
    wanted = list(dict.fromkeys(p for p in participant_ids if p))
    if not wanted:
        raise _error(QT_TRANSLATE_NOOP("Attendance", "Choose at least one participant to enrol."))
    enrolled_on = enrolled_on or date.today()
    with store.transaction() as tx:
        lab = tx.row("lab", lab_id)
        if lab is None:
            raise not_found("lab")
        if enrolled_on > lab["end_date"]:
            raise ValidationError(
                [
                    FieldProblem(
                        "enrolled_on",
                        Message(
                            CTX,
                            QT_TRANSLATE_NOOP(
                                "Attendance",
                                "Enrolled on: the lab ended on {end}; choose a date within the"
                                " lab.",
                            ),
                            {"end": format_date(lab["end_date"], fmt="medium")},
                        ),
                    )
                ]
            )
        already = {
            pid
            for (pid,) in tx.session.execute(
                select(EN.c.participant_id).where(EN.c.lab_id == lab_id)
            ).all()
        }
        created = []
        for pid in wanted:
            if pid in already:
                continue
            created.append(
                create_in(
                    tx,
                    "enrolment",
                    {
                        "participant_id": pid,
                        "lab_id": lab_id,
                        "status": EnrolmentStatus.ENROLLED.value,
                        "enrolled_on": enrolled_on,
                    },
                )["id"]
            )
        return {"enrolled": created, "already": len(wanted) - len(created)}


# ---- the register of a day -------------------------------------------------------------------


def _lab(session, lab_id: str) -> dict:
    row = session.execute(select(LAB).where(LAB.c.id == lab_id)).mappings().first()
    if row is None:
        raise not_found("lab")
    return dict(row)


def schedule_hours(schedule: str | None) -> float | None:
    """The hours of a day from a schedule such as "L-V 9:00-14:00" (5), or None."""
    found = _SCHEDULE_TIMES.search(schedule or "")
    if not found:
        return None
    h1, m1, h2, m2 = (int(x) for x in found.groups())
    minutes = (h2 * 60 + m2) - (h1 * 60 + m1)
    return round(minutes / 60 * 2) / 2 if 0 < minutes <= 24 * 60 else None


def _weekdays(start: date, end: date) -> int:
    days = (end - start).days + 1
    return sum(1 for i in range(max(days, 0)) if (start + timedelta(days=i)).weekday() < 5)


def default_day_hours(session, lab: dict) -> float:
    """The hours a new day of the lab lasts: those of its last recorded day, else what its
    schedule says, else its planned hours spread over its weekdays (to the half hour), else
    DEFAULT_DAY_HOURS."""
    last = session.execute(
        select(ATT.c.day, func.max(ATT.c.hours))
        .join(EN, EN.c.id == ATT.c.enrolment_id)
        .where(EN.c.lab_id == lab["id"])
        .group_by(ATT.c.day)
        .order_by(ATT.c.day.desc())
        .limit(1)
    ).first()
    if last is not None and last[1]:
        return float(last[1])
    from_schedule = schedule_hours(lab.get("schedule"))
    if from_schedule:
        return from_schedule
    if not lab["planned_hours"]:
        return DEFAULT_DAY_HOURS
    spread = lab["planned_hours"] / max(_weekdays(lab["start_date"], lab["end_date"]), 1)
    return min(max(round(spread * 2) / 2, 0.5), 24.0)


def register(store: Store, lab_id: str, day: date) -> dict:
    """The register of the lab on ``day``: each participant enrolled that day (enrolled on or
    before it and not ended before it, or already recorded that day) with their attendance
    (as recorded, else present for the whole day), ``day_hours`` and whether the day was
    ``recorded`` before."""
    with store.read() as s:
        lab = _lab(s, lab_id)
        people = (
            s.execute(
                select(
                    EN.c.id.label("enrolment_id"),
                    EN.c.participant_id,
                    EN.c.status.label("enrolment_status"),
                    EN.c.enrolled_on,
                    EN.c.ended_on,
                    P.c.code,
                    P.c.first_name,
                    P.c.last_name,
                )
                .join(P, P.c.id == EN.c.participant_id)
                .where(EN.c.lab_id == lab_id)
                .order_by(P.c.name_key, P.c.code)
            )
            .mappings()
            .all()
        )
        recorded = {
            r["enrolment_id"]: dict(r)
            for r in (
                s.execute(
                    select(ATT.c.enrolment_id, ATT.c.status, ATT.c.hours, ATT.c.note)
                    .join(EN, EN.c.id == ATT.c.enrolment_id)
                    .where(EN.c.lab_id == lab_id, ATT.c.day == day)
                )
                .mappings()
                .all()
            )
        }
        day_hours = max((r["hours"] for r in recorded.values()), default=0.0) or default_day_hours(
            s, lab
        )
    rows = []
    for p in people:
        mine = recorded.get(p["enrolment_id"])
        if mine is None and (
            p["enrolled_on"] > day or (p["ended_on"] is not None and p["ended_on"] < day)
        ):
            continue
        rows.append(
            {
                **dict(p),
                "recorded": mine is not None,
                "status": mine["status"] if mine else AttendanceStatus.PRESENT.value,
                "hours": mine["hours"] if mine else day_hours,
                "note": mine["note"] if mine else None,
            }
        )
    return {
        "lab": {k: v for k, v in lab.items() if k not in codec.SYNC_COLUMNS},
        "day": day,
        "day_hours": day_hours,
        "recorded": bool(recorded),
        "rows": rows,
    }


def recorded_days(store: Store, lab_id: str) -> list[date]:
    """The days recorded in the lab's register, latest first."""
    with store.read() as s:
        return [
            d
            for (d,) in s.execute(
                select(ATT.c.day)
                .join(EN, EN.c.id == ATT.c.enrolment_id)
                .where(EN.c.lab_id == lab_id)
                .group_by(ATT.c.day)
                .order_by(ATT.c.day.desc())
            ).all()
        ]


def save_day(
    store: Store, lab_id: str, day: date, entries: list[dict], today: date | None = None
) -> int:
    """Record the lab's register on ``day``: ``entries`` of ``enrolment_id``, ``status``,
    ``hours`` and ``note``, in one transaction, all or nothing. A day recorded before is
    corrected in place. Returns how many records changed."""
    if not entries:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Attendance",
                "Nobody is enrolled in the lab on that day: there is nothing to record.",
            )
        )
    changed = 0
    with store.transaction() as tx:
        lab = _lab(tx.session, lab_id)
        if day is None or not lab["start_date"] <= day <= lab["end_date"]:
            raise AttendanceError(
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Attendance",
                        "Date: the lab runs from {start} to {end}; choose a day within it.",
                    ),
                    {
                        "start": format_date(lab["start_date"], fmt="medium"),
                        "end": format_date(lab["end_date"], fmt="medium"),
                    },
                ),
                field="day",
            )
        people = {
            r["id"]: dict(r)
            for r in (
                tx.session.execute(
                    select(EN.c.id, EN.c.lab_id, P.c.code, P.c.first_name, P.c.last_name)
                    .join(P, P.c.id == EN.c.participant_id)
                    .where(EN.c.id.in_([e.get("enrolment_id") for e in entries]))
                )
                .mappings()
                .all()
            )
        }
        seen = set()
        for entry in entries:
            enrolment_id = entry.get("enrolment_id")
            person = people.get(enrolment_id)
            if enrolment_id is None or person is None or person["lab_id"] != lab_id:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Attendance",
                        "A participant of the register is no longer enrolled in this lab. Open the"
                        " register again.",
                    )
                )
            if enrolment_id in seen:
                continue
            seen.add(enrolment_id)
            values = {
                "enrolment_id": enrolment_id,
                "day": day,
                "status": entry.get("status"),
                "hours": entry.get("hours"),
                "note": entry.get("note"),
            }
            try:
                clean = validate("attendance", values, **({"today": today} if today else {}))
            except ValidationError as exc:
                problem = exc.problems[0]
                raise AttendanceError(
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP("Attendance", "{name} ({code}): {problem}"),
                        {
                            "name": person_name(person),
                            "code": person["code"],
                            "problem": problem.message,
                        },
                    ),
                    enrolment_id,
                    problem.field,
                ) from None
            row_id = attendance_id(enrolment_id, day)
            if tx.row("attendance", row_id) is None:
                tx.insert("attendance", clean, row_id=row_id)
                changed += 1
            elif tx.update("attendance", row_id, clean):
                changed += 1
    return changed


# ---- a lab's attendance by participant -----------------------------------------------------


def summary(store: Store, lab_id: str, today: date | None = None) -> dict[str, dict]:
    """Per enrolment of the lab: days ``present``, ``absent`` and ``excused``, ``hours``
    attended (from the register, else as typed; ``from_register`` says which), ``held`` (the
    hours the lab held on the days recorded for them: each day as long as its longest
    attendance) and ``share``: hours over held; without a register, typed hours over the lab's
    planned hours once the lab has ended (while it runs, how many hours it has held is not
    known); None when not known."""
    today = today or date.today()
    with store.read() as s:
        lab = _lab(s, lab_id)
        enrolments = s.execute(
            select(EN.c.id, EN.c.hours_attended).where(EN.c.lab_id == lab_id)
        ).all()
        days = s.execute(
            select(ATT.c.enrolment_id, ATT.c.day, ATT.c.status, ATT.c.hours)
            .join(EN, EN.c.id == ATT.c.enrolment_id)
            .where(EN.c.lab_id == lab_id)
        ).all()
    length: dict[date, float] = {}
    for _e, day, _status, hours in days:
        length[day] = max(length.get(day, 0.0), hours or 0.0)
    out = {
        e: {
            "present": 0,
            "absent": 0,
            "excused": 0,
            "hours": typed,
            "held": None,
            "from_register": False,
        }
        for e, typed in enrolments
    }
    for enrolment_id, day, status, hours in days:
        row = out.get(enrolment_id)
        if row is None:
            continue
        if not row["from_register"]:
            row.update(hours=0.0, held=0.0, from_register=True)
        if status in row:
            row[status] += 1
        row["hours"] += hours or 0.0
        row["held"] += length[day]
    for row in out.values():
        if row["from_register"]:
            row["hours"] = round(row["hours"], 2)
            row["share"] = row["hours"] / row["held"] if row["held"] else None
        else:
            typed, ended = row["hours"], lab["end_date"] < today
            row["share"] = (
                typed / lab["planned_hours"]
                if typed is not None and ended and lab["planned_hours"]
                else None
            )
    return out


def below(share: float | None, threshold: float) -> bool:
    """Whether a share of hours falls below the threshold (an unknown share does not)."""
    return share is not None and share < threshold - 1e-9
