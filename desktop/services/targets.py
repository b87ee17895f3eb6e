"""The Connector Program's own targets, measured (Fuenlabrada's adaptation of Halifax's programme).

The period (both days included; either end may be open) selects the connector meetings held
by their date (a meeting planned or cancelled is not counted); the referrals counted are those
made at the period's meetings. The survey answers are
each newcomer's latest follow-up questionnaire (survey_response, form "followup"): its
questions ``connector_helped_inclusion`` and ``join_interest``, answered "yes" or "no"; a
newcomer who left a question empty is not among those who answered it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from desktop.domain import enums as E
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.services import accounts
from desktop.storage.store import Store

HELD = E.MeetingStatus.HELD.value
TARGET_ACTIVE_CONNECTORS = 20
TARGET_HELPED_SHARE = 0.5
TARGET_JOIN_SHARE = 0.3

# key -> (name, definition), translatable (context "Targets"), in the order shown
DEFINITIONS = {
    "active_connectors": (
        QT_TRANSLATE_NOOP("Targets", "Active connectors"),
        QT_TRANSLATE_NOOP("Targets", "Connectors marked active today, whatever the period."),
    ),
    "newcomers_met": (
        QT_TRANSLATE_NOOP("Targets", "Newcomers met"),
        QT_TRANSLATE_NOOP(
            "Targets", "Participants with at least one connector meeting held in the period."
        ),
    ),
    "helped_share": (
        QT_TRANSLATE_NOOP("Targets", "Say it helped their inclusion"),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Of the newcomers met who answered the follow-up survey's question \"The "
            'connector programme helped my inclusion", the share who answered yes '
            "(their latest follow-up).",
        ),
    ),
    "join_share": (
        QT_TRANSLATE_NOOP(
            "Targets",
            "Consider joining an association, the Coexistence Board or the Anti-Rumours network",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Of the newcomers met who answered the follow-up survey's question about "
            "joining a local association, the Coexistence Board or the Anti-Rumours "
            "network, the share who answered yes (their latest follow-up).",
        ),
    ),
    "meetings_per_newcomer": (
        QT_TRANSLATE_NOOP("Targets", "Meetings per newcomer"),
        QT_TRANSLATE_NOOP(
            "Targets", "Connector meetings held in the period divided by the newcomers met."
        ),
    ),
    "referrals_per_connector": (
        QT_TRANSLATE_NOOP("Targets", "Referrals per connector"),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Referrals made at the period's meetings divided by the connectors who held "
            "those meetings.",
        ),
    ),
    "referrals_happened": (
        QT_TRANSLATE_NOOP("Targets", "Referrals that happened"),
        QT_TRANSLATE_NOOP(
            "Targets", "Referrals made at the period's meetings whose introduction took place."
        ),
    ),
    "referrals_pending": (
        QT_TRANSLATE_NOOP("Targets", "Referrals pending"),
        QT_TRANSLATE_NOOP(
            "Targets", "Referrals made at the period's meetings still waiting for the introduction."
        ),
    ),
    "referrals_dropped": (
        QT_TRANSLATE_NOOP("Targets", "Referrals dropped"),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Referrals made at the period's meetings that were dropped (status Cancelled).",
        ),
    ),
}

TARGETS = {
    "active_connectors": TARGET_ACTIVE_CONNECTORS,
    "helped_share": TARGET_HELPED_SHARE,
    "join_share": TARGET_JOIN_SHARE,
}
SHARES = ("helped_share", "join_share")


@dataclass
class Figure:
    key: str
    value: float | int | None  # None: nothing to divide by
    target: float | int | None
    answered: int | None = None  # for a share: how many answered the question

    @property
    def met(self) -> bool | None:
        if self.target is None or self.value is None:
            return None
        return self.value >= self.target

    def as_dict(self) -> dict:
        return {
            "key": self.key,
            "value": self.value,
            "target": self.target,
            "met": self.met,
            "answered": self.answered,
        }


def _period(column: str, start: date | None, end: date | None) -> tuple[str, list]:
    clauses, params = [], []
    if start:
        clauses.append(f"{column} >= ?")
        params.append(start.isoformat())
    if end:
        clauses.append(f"{column} <= ?")
        params.append(end.isoformat())
    return (" AND ".join(clauses) or "1"), params


def _held(alias: str, start: date | None, end: date | None) -> tuple[str, list]:
    """The meetings held in the period (``alias``: "m." or ""), and their parameters."""
    where, params = _period(f"{alias}met_on", start, end)
    return f"{alias}status = ? AND {where}", [HELD, *params]


def _share(answers: list[str | None]) -> tuple[float | None, int]:
    given = [a for a in answers if a in ("yes", "no")]
    return (sum(a == "yes" for a in given) / len(given) if given else None), len(given)


def measure(store: Store, start: date | None = None, end: date | None = None) -> list[Figure]:
    accounts.require(store, "indicators")
    reader = store.reader()
    where, params = _held("", start, end)
    active = reader.execute(
        "SELECT COUNT(*) FROM connector WHERE COALESCE(active, 1) = 1"
    ).fetchone()[0]
    meetings, newcomers, hosts = reader.execute(
        "SELECT COUNT(*), COUNT(DISTINCT participant_id), COUNT(DISTINCT connector_id) "
        f"FROM connector_meeting WHERE {where}",
        params,
    ).fetchone()
    by_status = dict(
        reader.execute(
            "SELECT r.status, COUNT(*) FROM referral r JOIN connector_meeting m ON m.id ="
            f" r.meeting_id WHERE {_held('m.', start, end)[0]} GROUP BY r.status",
            params,
        ).fetchall()
    )
    referrals = sum(by_status.values())
    latest: dict[str, dict] = {}
    for pid, answers in reader.execute(
        "SELECT s.participant_id, s.answers FROM survey_response s "
        "WHERE s.form = 'followup' AND s.participant_id IN "
        f"(SELECT participant_id FROM connector_meeting WHERE {where}) "
        "ORDER BY s.answered_on, s.id",
        params,
    ):
        try:
            latest[pid] = json.loads(answers or "{}")
        except ValueError:
            continue
    helped, helped_n = _share([a.get("connector_helped_inclusion") for a in latest.values()])
    join, join_n = _share([a.get("join_interest") for a in latest.values()])
    return [
        Figure("active_connectors", active, TARGET_ACTIVE_CONNECTORS),
        Figure("newcomers_met", newcomers, None),
        Figure("helped_share", helped, TARGET_HELPED_SHARE, helped_n),
        Figure("join_share", join, TARGET_JOIN_SHARE, join_n),
        Figure("meetings_per_newcomer", meetings / newcomers if newcomers else None, None),
        Figure("referrals_per_connector", referrals / hosts if hosts else None, None),
        Figure("referrals_happened", by_status.get("happened", 0), None),
        Figure("referrals_pending", by_status.get("pending", 0), None),
        Figure("referrals_dropped", by_status.get("cancelled", 0), None),
    ]
