"""Operations held in quarantine instead of being applied, each with its reason: those received
with a clock far in the future (a laptop whose date was wrong: applied, they would win every
later edit), and a laptop's changes outside what it may do (another site's participants,
reference data: desktop.exchange.rights). A coordinator reviews them and releases (applies,
knowingly) or discards each."""

from __future__ import annotations

import json
import logging

from sqlalchemy import func, select

from desktop.domain.clock import wall_ms_of
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, NotFound
from desktop.domain.schema import KINDS
from desktop.exchange.merge import MergeReport, apply
from desktop.services import accounts
from desktop.storage import bookkeeping
from desktop.storage.merge_models import MergeQuarantine
from desktop.storage.store import Store

log = logging.getLogger("milma.exchange.quarantine")

Q = MergeQuarantine.__table__


def _gone() -> NotFound:
    return NotFound(
        Message(
            "Quarantine",
            QT_TRANSLATE_NOOP("Quarantine", "This held change was already released or discarded."),
        )
    )


def count_held(store: Store) -> int:
    with store.read() as s:
        return s.execute(select(func.count()).select_from(Q)).scalar_one()


def list_held(store: Store) -> list[dict]:
    """Held operations, oldest first: kind, record id, operation, the date it claims, the
    device, how many fields, why it is held (source text, context "Quarantine"). No values."""
    with store.read() as s:
        rows = s.execute(select(Q).order_by(Q.c.id)).mappings().all()
    out = []
    for q in rows:
        change = json.loads(q["change"])
        out.append(
            {
                "id": q["id"],
                "kind": q["table_name"],
                "kind_label": KINDS[q["table_name"]].label,
                "row_id": q["row_id"],
                "op": q["op"],
                "claimed_ms": wall_ms_of(q["hlc"]),
                "device_id": q["device_id"],
                "received_ms": q["received_ms"],
                "reason": q["reason"],
                "fields": sorted(change.get("fields", {})),
            }
        )
    return out


def release(store: Store, quarantine_id: int) -> MergeReport:
    """Apply a held operation as it is (its stamps unchanged) and drop it from quarantine."""
    accounts.require(store, "merge")
    with store.transaction() as tx:
        body = tx.session.execute(select(Q.c.change).where(Q.c.id == quarantine_id)).scalar()
        if body is None:
            raise _gone()
        bookkeeping.drop_held(tx.session, quarantine_id)
        report = apply(tx, [json.loads(body)], release=True)
    log.info("quarantined change %s released", quarantine_id)
    return report


def discard(store: Store, quarantine_id: int) -> None:
    accounts.require(store, "merge")
    with store.transaction() as tx:
        if bookkeeping.drop_held(tx.session, quarantine_id) == 0:
            raise _gone()
    log.info("quarantined change %s discarded", quarantine_id)
