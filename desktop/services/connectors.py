"""The Connector Program's network: connectors with their current load, referrals followed to
the end (happened, or dropped with the reason) and the ones still waiting."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.domain import enums as E
from desktop.services import matching, reference
from desktop.services.records import update
from desktop.storage.store import Store

WAITING_DAYS = 21
"""A referral still pending this many days after its meeting is listed as waiting."""


def connector_list(store: Store, today: date | None = None) -> list[dict]:
    """Every connector (reference.connector_rows) with their load and capacity (matching)."""
    loads = matching.loads(store, today)
    rows = reference.connector_rows(store)
    extra = dict(
        (r[0], r[1:])
        for r in store.reader().execute(
            "SELECT id, occupation_group, sector, availability, contact_consent_on FROM connector"
        )
    )
    for row in rows:
        row["load"] = loads.get(row["id"], 0)
        row["recorded_capacity"] = row["capacity"]  # as entered (None: not recorded)
        row["capacity"] = matching.capacity_of(row["capacity"])  # what matching counts
        group, sector, availability, consent = extra.get(row["id"], (None, None, None, None))
        row.update(
            occupation_group=group,
            sector=sector,
            availability=availability,
            contact_consent_on=date.fromisoformat(consent) if consent else None,
        )
    return rows


def waiting_referrals(
    store: Store, days: int = WAITING_DAYS, today: date | None = None
) -> list[dict]:
    """Referrals still pending whose meeting is more than ``days`` days old, oldest first, with
    the participant, the connector referred to (and their phone) and the connector met."""
    limit = ((today or date.today()) - timedelta(days=days)).isoformat()
    sql = """
        SELECT r.id, r.participant_id, p.code, p.first_name, p.last_name, r.connector_id,
               c.full_name AS connector_name, c.phone AS connector_phone,
               m.connector_id AS met_connector_id, mc.full_name AS met_connector_name, m.met_on
          FROM referral r
          JOIN connector_meeting m ON m.id = r.meeting_id
          JOIN participant p ON p.id = r.participant_id
          JOIN connector c ON c.id = r.connector_id
          LEFT JOIN connector mc ON mc.id = m.connector_id
         WHERE r.status = 'pending' AND m.met_on < ?
         ORDER BY m.met_on, p.code, c.full_name"""
    cursor = store.reader().execute(sql, (limit,))
    names = [d[0] for d in cursor.description]
    today = today or date.today()
    out = []
    for values in cursor.fetchall():
        row = dict(zip(names, values, strict=True))
        row["met_on"] = date.fromisoformat(row["met_on"])
        row["days"] = (today - row["met_on"]).days
        out.append(row)
    return out


def mark_happened(store: Store, referral_id: str, on: date) -> dict:
    """The introduction took place on ``on``."""
    return update(
        store,
        "referral",
        referral_id,
        {"status": E.ReferralStatus.HAPPENED.value, "happened_on": on, "dropped_reason": None},
    )


def mark_dropped(store: Store, referral_id: str, reason: str) -> dict:
    """The introduction will not happen, for ``reason``: a referral cancelled says why, the
    rule of the referral record (desktop.domain.validation), which refuses a blank reason."""
    return update(
        store,
        "referral",
        referral_id,
        {
            "status": E.ReferralStatus.CANCELLED.value,
            "happened_on": None,
            "dropped_reason": (reason or "").strip() or None,
        },
    )
