"""A participant's network in the Connector Program: whom they met, and through whom they were
introduced to whom. Pure data, built from the participant's meetings and referrals as rows, for
the network view (desktop.ui.participants.network) and the printed itinerary's words alike.

- The connectors *met* are those of the meetings held (one planned or cancelled is no meeting
  yet); a connector met at several meetings is met once, on the first day.
- Through each connector met, the connectors the participant was referred to at those meetings,
  with the state of the introduction: happened (on a day), pending, or dropped. The same
  connector referred twice through the same one keeps the furthest state (happened, then
  pending, then dropped).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.domain import enums as E

HELD = E.MeetingStatus.HELD.value
HAPPENED = E.ReferralStatus.HAPPENED.value
PENDING = E.ReferralStatus.PENDING.value
DROPPED = E.ReferralStatus.CANCELLED.value
_RANK = {HAPPENED: 0, PENDING: 1, DROPPED: 2}
# a row read from the database, by column name (a SQLAlchemy row mapping's keys may also be columns)
Row = Mapping[Any, Any]


@dataclass(frozen=True)
class Introduction:
    """A connector the participant was referred to, through a connector met."""

    connector_id: str
    name: str
    field: str
    status: str  # HAPPENED, PENDING or DROPPED
    happened_on: date | None = None


@dataclass(frozen=True)
class Contact:
    """A connector the participant met, and whom they were introduced to through them."""

    connector_id: str
    name: str
    field: str
    met_on: date
    introductions: tuple[Introduction, ...] = ()


@dataclass(frozen=True)
class Network:
    contacts: tuple[Contact, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.contacts)

    def referred(self) -> dict[str, Introduction]:
        """Every connector referred to and not met themselves, by id (the furthest state of
        their introductions, through whoever)."""
        met = {c.connector_id for c in self.contacts}
        out: dict[str, Introduction] = {}
        for contact in self.contacts:
            for intro in contact.introductions:
                if intro.connector_id in met:
                    continue
                found = out.get(intro.connector_id)
                if found is None or _RANK.get(intro.status, 3) < _RANK.get(found.status, 3):
                    out[intro.connector_id] = intro
        return out


def build(meetings: Iterable[Row], referrals: Iterable[Row]) -> Network:
    """The network from the participant's meetings (rows with ``id``, ``connector_id``,
    ``connector_name``, ``field``, ``met_on``, ``status``) and referrals (rows with
    ``meeting_id``, ``connector_id``, ``connector_name``, ``field``, ``status``,
    ``happened_on``). Contacts come by the day first met, then name; introductions by name."""
    host_of: dict[str, str] = {}  # held meeting id -> connector met
    firsts: dict[str, Row] = {}
    for m in meetings:
        if m.get("status", HELD) != HELD or not m.get("connector_id"):
            continue
        host_of[m["id"]] = m["connector_id"]
        first = firsts.get(m["connector_id"])
        if first is None or m["met_on"] < first["met_on"]:
            firsts[m["connector_id"]] = m
    intros: dict[str, dict[str, Introduction]] = {cid: {} for cid in firsts}
    for r in referrals:
        host = host_of.get(r.get("meeting_id") or "")
        to = r.get("connector_id")
        if host is None or not to or to == host:
            continue
        given = r.get("status")
        status: str = given if isinstance(given, str) and given in _RANK else PENDING
        intro = Introduction(
            to,
            r.get("connector_name") or "",
            r.get("field") or "",
            status,
            r.get("happened_on") if status == HAPPENED else None,
        )
        found = intros[host].get(to)
        if found is None or _RANK[status] < _RANK[found.status]:
            intros[host][to] = intro
    contacts = [
        Contact(
            cid,
            m.get("connector_name") or "",
            m.get("field") or "",
            m["met_on"],
            tuple(sorted(intros[cid].values(), key=lambda i: (i.name.casefold(), i.connector_id))),
        )
        for cid, m in firsts.items()
    ]
    contacts.sort(key=lambda c: (c.met_on, c.name.casefold(), c.connector_id))
    return Network(tuple(contacts))
