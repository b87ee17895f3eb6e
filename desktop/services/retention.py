"""Retention: the people whose last activity is older than the retention period (5 years unless
the coordinator chose another) are listed for review, to be erased (desktop.services.erasure)
or kept with a reason (``milma retention``, ``milma retention keep CODE --reason TEXT``).

A person's last activity is the latest of the days their records hold (a session, a lab day, a
survey answered, a job started...) and of the days any of those records was last written. A
person kept is listed again a year after the decision, with the reason given. People merged into
another are reviewed with them. Coordinators and administrators review, as they erase.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import text

from desktop.domain.clock import wall_ms_of
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.domain.person_records import links
from desktop.domain.schema import KINDS
from desktop.services import erasure
from desktop.storage import erasure as E
from desktop.storage import stamps as codec
from desktop.storage.store import Store

DEFAULT_YEARS = 5
MIN_YEARS, MAX_YEARS = 1, 30
META = "retention_years"  # store meta: the period chosen, in years
KEPT_FOR = timedelta(days=365)  # a person kept is listed again after this


class RetentionError(UserError):
    pass


@dataclass(frozen=True)
class Due:
    id: str
    code: str
    name: str
    last_activity: date | None  # None: no day at all in their records
    kept_reason: str | None = None  # the reason of a decision to keep them, older than a year
    kept_on: date | None = None


def _error(text_: str, **params) -> RetentionError:
    return RetentionError(Message("Retention", text_, params))


def _refuse(store: Store) -> None:
    why = erasure.refusal(store)
    if why is not None:
        raise erasure.ErasureRefused(why)


def period(store: Store) -> int:
    """The retention period in years."""
    try:
        years = int(store.meta.get(META) or DEFAULT_YEARS)
    except ValueError:
        return DEFAULT_YEARS
    return years if MIN_YEARS <= years <= MAX_YEARS else DEFAULT_YEARS


def set_period(store: Store, years: int) -> None:
    _refuse(store)
    if not MIN_YEARS <= int(years) <= MAX_YEARS:
        raise _error(
            QT_TRANSLATE_NOOP("Retention", "The retention period is from {low} to {high} years."),
            low=MIN_YEARS,
            high=MAX_YEARS,
        )
    with store.transaction() as tx:
        store.set_meta(tx, META, str(int(years)))


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _as_day(value) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def last_activity(session) -> dict[str, date]:
    """participant id -> the day of their last activity (see the module's docstring)."""
    out: dict[str, date] = {}

    def seen(pid, value) -> None:
        day = _as_day(value)
        if pid and day is not None and (pid not in out or day > out[pid]):
            out[pid] = day

    def seen_hlc(pid, hlc) -> None:
        if pid and hlc:
            seen(pid, datetime.fromtimestamp(wall_ms_of(int(hlc)) / 1000, UTC).date().isoformat())

    conn = session.connection()
    for pid, hlc in conn.execute(
        text(f"SELECT t.id, {codec.latest_hlc_sql('t')} FROM participant t")
    ).all():
        seen_hlc(pid, hlc)
    # how each kind about a person reaches the participant: its own column, or its parent's
    # (a lab day through its enrolment)
    direct = {
        link.kind: link.field
        for link in links()
        if link.parent is None and KINDS[link.kind].field(link.field).required
    }
    reach: dict[str, tuple[str, str]] = {
        kind: (f"{kind} t", f"t.{field}") for kind, field in direct.items()
    }
    for link in links():
        if link.parent in direct and link.kind not in reach:
            reach[link.kind] = (
                f"{link.kind} t JOIN {link.parent} p ON p.id = t.{link.field}",
                f"p.{direct[link.parent]}",
            )
    for kind, (joins, column) in reach.items():
        for pid, hlc in conn.execute(
            text(
                f"SELECT {column}, max({codec.latest_hlc_sql('t')}) FROM {joins} GROUP BY {column}"
            )
        ).all():
            seen_hlc(pid, hlc)
        for f in KINDS[kind].fields:
            if f.type in ("date", "datetime"):
                for pid, value in conn.execute(
                    text(f"SELECT {column}, max(t.{f.name}) FROM {joins} GROUP BY {column}")
                ).all():
                    seen(pid, value)
    return out


def due(store: Store, *, years: int | None = None, today: date | None = None) -> list[Due]:
    """The people to review, the longest inactive first."""
    _refuse(store)
    today = today or date.today()
    limit = _years_before(today, years or period(store))
    again = int((datetime.now(UTC) - KEPT_FOR).timestamp() * 1000)
    with store.read() as s:
        activity = last_activity(s)
        kept = E.kept(s)
        merged = {
            r[0]
            for r in s.execute(
                text("SELECT duplicate_id FROM participant_merge WHERE active")
            ).all()
        }
        people = s.execute(text("SELECT id, code, first_name, last_name FROM participant")).all()
    out = []
    for pid, code, first, last in people:
        if pid in merged:
            continue
        day = activity.get(pid)
        if day is not None and day >= limit:
            continue
        reason, kept_ms = kept.get(pid, (None, None))
        if kept_ms is not None and kept_ms > again:
            continue
        kept_on = (
            datetime.fromtimestamp(kept_ms / 1000, UTC).date() if kept_ms is not None else None
        )
        out.append(Due(pid, code, f"{first} {last}", day, reason, kept_on))
    out.sort(key=lambda d: (d.last_activity or date.min, d.code))
    return out


def keep(store: Store, code: str, reason: str) -> None:
    """Keep a person listed for review, for a reason (required); they are listed again in a year."""
    from desktop.services.participants import by_code

    _refuse(store)
    reason = (reason or "").strip()
    if not reason:
        raise _error(
            QT_TRANSLATE_NOOP("Retention", "Say why the person is kept: the reason is required.")
        )
    if len(reason) > 300:
        raise _error(
            QT_TRANSLATE_NOOP("Retention", "The reason is too long: at most {n} characters."), n=300
        )
    person = by_code(store, code)
    with store.transaction() as tx:
        E.keep(tx.session, person["id"], reason, int(datetime.now(UTC).timestamp() * 1000))
