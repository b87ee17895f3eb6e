"""The agenda: a week's appointments, by day, for one technician or for the whole site.

Read with the store's quick sqlite3 reader, one query per kind of appointment over its dated
records in the week (never a pass over the participants):

- coaching: a session dated in the week (held, or entered ahead), and the next appointment a
  session set for a day of the week, unless a later session of the same person kept it (one on
  that day) or replaced it (one that set another appointment). "Mine": sessions naming me.
- connector meetings dated in the week, planned or held (one cancelled is not an appointment):
  a meeting has a day, no time; a planned one may be dated ahead. "Mine": meetings of the people
  registered under me, the technician who organises their meetings.

The whole site is the people registered at this laptop's site.

Extension point: each kind of appointment is a *source*, a function
``source(reader, window) -> list[Appointment]`` listed in SOURCES. Another kind (the follow-up
calls the monitoring records will bring) is one more source appended there; the screen, the
printed week and the command line show whatever the sources give.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta

from desktop.domain import enums as E
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.text import person_name
from desktop.storage.store import Store

# kinds of appointment: key -> source text (context "Agenda"), translated where shown
KINDS = {
    "coaching_appointment": QT_TRANSLATE_NOOP("Agenda", "Coaching appointment"),
    "coaching_session": QT_TRANSLATE_NOOP("Agenda", "Coaching session"),
    "connector_meeting": QT_TRANSLATE_NOOP("Agenda", "Connector meeting"),
    "planned_connector_meeting": QT_TRANSLATE_NOOP("Agenda", "Planned connector meeting"),
    "follow_up_call": QT_TRANSLATE_NOOP("Agenda", "Follow-up call"),
}
# whom the participant meets: key -> source text (context "Agenda")
WITH = {
    "technician": QT_TRANSLATE_NOOP("Agenda", "Technician"),
    "connector": QT_TRANSLATE_NOOP("Agenda", "Connector"),
}


@dataclass(frozen=True)
class Appointment:
    day: date
    time: datetime | None  # None: the record has a day only
    kind: str  # a key of KINDS
    participant_id: str
    code: str
    first_name: str
    last_name: str
    with_kind: str  # a key of WITH
    with_name: str  # "" when the record names nobody
    tab: str  # the participant page's tab that shows the record: "coaching" or "meetings"
    record_id: str
    detail: str = ""  # a stored value telling more (session kind, meeting mode), or ""

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Window:
    """The days asked for, and whose appointments: ``technician_id`` for "mine", else the
    ``site`` (None: everybody in the store)."""

    start: date
    end: date  # excluded
    technician_id: str | None = None
    site: str | None = None


def week_start(day: date) -> date:
    """The Monday of the week holding ``day`` (weeks begin on Monday in Spain and France)."""
    return day - timedelta(days=day.weekday())


def _bounds(w: Window) -> list[str]:
    return [w.start.isoformat(), w.end.isoformat()]


_PERSON = "p.code, p.first_name, p.last_name"


# The dated records drive each query (CROSS JOIN keeps them the outer loop; "+" keeps SQLite
# from walking the people of a site or a technician instead): a week costs what it holds.


def _coaching(reader: sqlite3.Connection, w: Window) -> list[Appointment]:
    scope, params = "", []
    if w.technician_id:
        scope, params = " AND cs.technician_id = ?", [w.technician_id]
    elif w.site:
        scope, params = " AND +p.site = ?", [w.site]
    base = (
        " FROM coaching_session AS cs CROSS JOIN participant AS p ON p.id = cs.participant_id"
        " LEFT JOIN technician AS t ON t.id = cs.technician_id"
    )
    held = reader.execute(
        f"SELECT cs.id, cs.participant_id, cs.starts_at, cs.kind, t.full_name, {_PERSON}{base}"
        f" WHERE cs.starts_at >= ? AND cs.starts_at < ?{scope}",
        _bounds(w) + params,
    ).fetchall()
    # kept: a later session on the appointment's day; replaced: a later one setting another
    planned = reader.execute(
        f"SELECT cs.id, cs.participant_id, cs.next_appointment, NULL, t.full_name, {_PERSON}{base}"
        f" WHERE cs.next_appointment >= ? AND cs.next_appointment < ?{scope} AND NOT EXISTS (SELECT"
        " 1 FROM coaching_session AS later WHERE later.participant_id = cs.participant_id AND"
        " later.starts_at > cs.starts_at AND (date(later.starts_at) = date(cs.next_appointment) OR"
        " later.next_appointment IS NOT NULL))",
        _bounds(w) + params,
    ).fetchall()
    out = []
    for kind, rows in (("coaching_session", held), ("coaching_appointment", planned)):
        for rid, pid, when, detail, with_name, code, first, last in rows:
            at = datetime.fromisoformat(when)  # never empty: it is within the window
            out.append(
                Appointment(
                    at.date(),
                    at,
                    kind,
                    pid,
                    code,
                    first,
                    last,
                    "technician",
                    with_name or "",
                    "coaching",
                    rid,
                    detail or "",
                )
            )
    return out


def _meetings(reader: sqlite3.Connection, w: Window) -> list[Appointment]:
    scope, params = "", []
    if w.technician_id:
        scope, params = " AND +p.technician_id = ?", [w.technician_id]
    elif w.site:
        scope, params = " AND +p.site = ?", [w.site]
    rows = reader.execute(
        f"SELECT m.id, m.participant_id, m.met_on, m.mode, m.status, c.full_name, {_PERSON}"
        " FROM connector_meeting AS m CROSS JOIN participant AS p ON p.id = m.participant_id"
        " LEFT JOIN connector AS c ON c.id = m.connector_id"
        f" WHERE m.met_on >= ? AND m.met_on < ? AND m.status != ?{scope}",
        _bounds(w) + [E.MeetingStatus.CANCELLED.value] + params,
    ).fetchall()
    planned = E.MeetingStatus.PLANNED.value
    return [
        Appointment(
            date.fromisoformat(day),
            None,
            "planned_connector_meeting" if status == planned else "connector_meeting",
            pid,
            code,
            first,
            last,
            "connector",
            with_name or "",
            "meetings",
            rid,
            mode or "",
        )
        for rid, pid, day, mode, status, with_name, code, first, last in rows
    ]


def _follow_up_calls(reader: sqlite3.Connection, w: Window) -> list[Appointment]:
    """A call to answer the end or follow-up survey on the day it is due (services.followups);
    its detail is the survey (initial, end, followup)."""
    from desktop.services.followups import due_between

    return [
        Appointment(
            due,
            None,
            "follow_up_call",
            row[0],
            row[1],
            row[2],
            row[3],
            "technician",
            "",
            "surveys",
            row[0],
            form,
        )
        for row, form, due in due_between(
            reader, w.start, w.end, technician_id=w.technician_id, site=w.site
        )
    ]


Source = Callable[[sqlite3.Connection, Window], list[Appointment]]
SOURCES: list[Source] = [_coaching, _meetings, _follow_up_calls]


def _order(a: Appointment) -> tuple:
    # a day's undated records first (as a calendar shows a whole day's), then by time
    return a.day, a.time is not None, a.time or datetime.min, a.last_name.casefold(), a.code, a.kind


def week(store: Store, day: date, *, mine: bool = False) -> list[Appointment]:
    """The appointments of the week holding ``day``, in order of day and time: the current
    technician's with ``mine`` (none when no technician is chosen), else the whole site's."""
    start = week_start(day)
    if mine:
        technician = store.meta.get("technician_id") or None
        if technician is None:
            return []
        window = Window(start, start + timedelta(days=7), technician_id=technician)
    else:
        window = Window(start, start + timedelta(days=7), site=store.meta.get("site") or None)
    reader = store.reader()
    found = [a for source in SOURCES for a in source(reader, window)]
    return sorted(found, key=_order)


def by_day(appointments: list[Appointment], day: date) -> list[tuple[date, list[Appointment]]]:
    """The seven days of the week holding ``day``, each with its appointments."""
    start = week_start(day)
    days = [start + timedelta(days=i) for i in range(7)]
    return [(d, [a for a in appointments if a.day == d]) for d in days]


def has_technician(store: Store) -> bool:
    """Whether "mine" means someone: a technician is chosen on this laptop."""
    return bool(store.meta.get("technician_id"))


# ---- wording, shared by the screen, the printed week and the command line -----------------
# ``words(context, text)`` translates in the language wanted (the interface's, or a document's)
Translate = Callable[[str, str], str]
_DETAIL_ENUMS = {
    "coaching_session": E.SessionKind,
    "connector_meeting": E.MeetingMode,
    "planned_connector_meeting": E.MeetingMode,
    "follow_up_call": E.SurveyForm,
}
KIND_DETAIL = QT_TRANSLATE_NOOP("Agenda", "{kind} · {detail}")
ROLE_NAME = QT_TRANSLATE_NOOP("Agenda", "{role}: {name}")
NAME_CODE = QT_TRANSLATE_NOOP("Agenda", "{name} ({code})")


def kind_text(a: Appointment, words: Translate) -> str:
    """ "Coaching session · Group", "Connector meeting · Virtual": the kind, with the stored
    detail that tells it apart when there is one."""
    text = words("Agenda", KINDS[a.kind]) if a.kind in KINDS else a.kind
    enum = _DETAIL_ENUMS.get(a.kind)
    if enum is not None and a.detail:
        try:
            detail = words("Enum", enum(a.detail).label)
        except ValueError:
            return text
        return words("Agenda", KIND_DETAIL).format(kind=text, detail=detail)
    return text


def with_text(a: Appointment, words: Translate) -> str:
    """ "Connector: Marta Gil"; the role alone when the record names nobody."""
    role = words("Agenda", WITH[a.with_kind]) if a.with_kind in WITH else a.with_kind
    if not a.with_name:
        return role
    return words("Agenda", ROLE_NAME).format(role=role, name=a.with_name)


def participant_text(a: Appointment, words: Translate) -> str:
    name = person_name({"first_name": a.first_name, "last_name": a.last_name})
    return words("Agenda", NAME_CODE).format(name=name, code=a.code)


def scope_name(store: Store, mine: bool, words: Translate) -> str:
    """Whose agenda: the technician's name, or the site's."""
    if mine:
        from desktop.services.setup import technician_name

        return technician_name(store)
    site = store.meta.get("site")
    if site in {s.value for s in E.Site}:
        return words("Enum", E.Site(site).label)
    return ""


def week_pdf(store: Store, day: date, *, mine: bool = False, lang: str | None = None) -> bytes:
    """The printed week (names and times only) in ``lang`` (default: the interface's)."""
    from desktop.i18n import catalogue, current_language, format_time
    from desktop.reports import agenda as report

    lang = lang or current_language()
    words = catalogue(lang).translate
    days = [
        (
            d,
            [
                (
                    format_time(a.time, lang, "short") if a.time else "",
                    participant_text(a, words),
                    kind_text(a, words),
                    with_text(a, words),
                )
                for a in items
            ],
        )
        for d, items in by_day(week(store, day, mine=mine), day)
    ]
    return report.build(days, scope_name(store, mine, words), lang)


def pdf_file_name(day: date) -> str:
    """agenda-2026-11-30.pdf: the week's Monday, never a name."""
    return f"agenda-{week_start(day).isoformat()}.pdf"
