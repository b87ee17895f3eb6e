"""Follow-ups due: who needs an end survey or a 6-month follow-up survey, and who is overdue.

For each enrolment still in force (completed or enrolled, not dropped out) in a lab that has
ended:

- the end survey is due from the lab's end day until one calendar month after it, unless the
  person answered an end survey on or after the lab's start;
- the follow-up survey's window opens 5 calendar months after the lab's end and it is due by
  6 calendar months after it ("no later than 6 months"), unless the person answered a follow-up
  survey after the lab's end.

A follow-up is *overdue* once its due day has passed, *due* while its window is open, and
*upcoming* when its window opens within the days asked for. Each comes with the person's phone
and next coaching appointment, if the person's consent to being contacted for follow-up is in
force: without it the survey stays listed (it is still missing from the indicators) as not to be
contacted, without the phone, and the agenda holds no call for it. Read with the store's quick
sqlite3 reader: one query over the ended labs' enrolments, one over the end and follow-up
responses, one over the appointments to come.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta

from desktop.domain.indicators import add_months
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.services import consents
from desktop.storage.store import Store

END_DUE_MONTHS = 1
FOLLOWUP_OPENS_MONTHS, FOLLOWUP_DUE_MONTHS = 5, 6
DEFAULT_WITHIN_DAYS = 7
# states, in the order listed: key -> source text (context "Follow-ups")
STATES = {
    "overdue": QT_TRANSLATE_NOOP("Follow-ups", "Overdue"),
    "due": QT_TRANSLATE_NOOP("Follow-ups", "Due now"),
    "upcoming": QT_TRANSLATE_NOOP("Follow-ups", "Coming up"),
}
_RANK = {state: i for i, state in enumerate(STATES)}


@dataclass(frozen=True)
class FollowUp:
    participant_id: str
    code: str
    first_name: str
    last_name: str
    phone: str | None  # as stored; shown through desktop.domain.phones.display
    lab_name: str
    lab_end: date
    form: str  # "end" or "followup"
    opens: date
    due: date
    state: str  # a key of STATES
    next_appointment: datetime | None
    may_contact: bool = (
        True  # the consent to being contacted for follow-up is in force (else no phone)
    )

    def as_dict(self) -> dict:
        return asdict(self)


def _windows(lab_end: date) -> dict[str, tuple[date, date]]:
    return {
        "end": (lab_end, add_months(lab_end, END_DUE_MONTHS)),
        "followup": (
            add_months(lab_end, FOLLOWUP_OPENS_MONTHS),
            add_months(lab_end, FOLLOWUP_DUE_MONTHS),
        ),
    }


_ANSWERED = {"end": "s.answered_on >= l.start_date", "followup": "s.answered_on > l.end_date"}


def _pending(
    reader: sqlite3.Connection,
    form: str,
    low: date,
    high: date,
    today: date,
    *,
    technician_id: str | None = None,
    site: str | None = None,
) -> list[tuple]:
    """The enrolments in force in labs ending from ``low`` to ``high`` (excluded) whose
    ``form`` survey is not answered yet: (participant id, code, first name, last name, phone,
    lab name, lab start, lab end, may be contacted on ``today``). Read from the labs' end dates
    outward (an index)."""
    scope, params = "", [today.isoformat(), low.isoformat(), high.isoformat()]
    if technician_id:
        scope, params = " AND +p.technician_id = ?", params + [technician_id]
    elif site:
        scope, params = " AND +p.site = ?", params + [site]
    return reader.execute(
        "SELECT p.id, p.code, p.first_name, p.last_name, p.phone, l.name, l.start_date,"
        f" l.end_date, {consents.contact_allowed_sql('p.id')} FROM lab AS l CROSS JOIN enrolment AS"
        " e ON e.lab_id = l.id CROSS JOIN participant AS p ON p.id = e.participant_id WHERE"
        f" l.end_date >= ? AND l.end_date < ? AND e.status IN ('completed', 'enrolled'){scope} AND"
        " NOT EXISTS (SELECT 1 FROM survey_response AS s WHERE s.form = ? AND s.participant_id ="
        f" p.id AND {_ANSWERED[form]})",
        params + [form],
    ).fetchall()


def _ends_for(form: str, start: date | None, end: date) -> tuple[date, date]:
    """The lab end days whose ``form`` survey can be due from ``start`` to ``end`` (a little
    wider than exact: calendar months are not undone exactly; callers filter)."""
    months = END_DUE_MONTHS if form == "end" else FOLLOWUP_DUE_MONTHS
    slack = timedelta(days=4)
    low = date.min if start is None else add_months(start, -months) - slack
    return low, add_months(end, -months) + slack


def _next_appointments(reader: sqlite3.Connection, now: datetime) -> dict[str, datetime]:
    found = {}
    for pid, when in reader.execute(
        "SELECT participant_id, min(next_appointment) FROM coaching_session"
        " WHERE next_appointment >= ? GROUP BY participant_id",
        (now.isoformat(" "),),
    ):
        found[pid] = datetime.fromisoformat(when)
    return found


def due(
    store: Store,
    *,
    today: date | None = None,
    within_days: int = DEFAULT_WITHIN_DAYS,
    now: datetime | None = None,
) -> list[FollowUp]:
    """The surveys overdue, due now, or whose window opens within ``within_days`` days:
    overdue first (the longest overdue first), then by due day and name."""
    today = today or date.today()
    horizon = today + timedelta(days=max(0, within_days))
    reader = store.reader()
    latest = {"end": horizon, "followup": add_months(horizon, -FOLLOWUP_OPENS_MONTHS)}
    pending = []
    for form in ("end", "followup"):
        for row in _pending(reader, form, date.min, latest[form] + timedelta(days=4), today):
            opens, due_day = _windows(date.fromisoformat(row[7]))[form]
            if opens <= horizon:
                pending.append((row, form, opens, due_day))
    appointments = (
        _next_appointments(reader, now or datetime.combine(today, datetime.min.time()))
        if pending
        else {}
    )
    out = []
    for (
        (
            pid,
            code,
            first,
            last,
            phone,
            lab_name,
            _start,
            end,
            allowed,
        ),
        form,
        opens,
        due_day,
    ) in pending:
        state = "overdue" if due_day < today else ("due" if opens <= today else "upcoming")
        out.append(
            FollowUp(
                pid,
                code,
                first,
                last,
                phone if allowed else None,
                lab_name,
                date.fromisoformat(end),
                form,
                opens,
                due_day,
                state,
                appointments.get(pid),
                bool(allowed),
            )
        )
    return sorted(
        out,
        key=lambda f: (
            _RANK[f.state],
            f.due,
            f.last_name.casefold(),
            f.first_name.casefold(),
            f.code,
            f.form,
        ),
    )


def due_between(
    reader: sqlite3.Connection,
    start: date,
    end: date,
    *,
    technician_id: str | None = None,
    site: str | None = None,
    today: date | None = None,
) -> list[tuple[tuple, str, date]]:
    """(person and lab row, form, due day) of the surveys not answered yet whose due day falls
    from ``start`` to ``end`` (excluded): the agenda's follow-up calls, for the people whose
    consent to being contacted for follow-up is in force ``today``."""
    today = today or date.today()
    out = []
    for form in ("end", "followup"):
        low, high = _ends_for(form, start, end)
        for row in _pending(reader, form, low, high, today, technician_id=technician_id, site=site):
            due_day = _windows(date.fromisoformat(row[7]))[form][1]
            if row[8] and start <= due_day < end:
                out.append((row[:8], form, due_day))
    return out
