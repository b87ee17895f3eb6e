"""The exchange's own bookkeeping, and its only writer: the history of bundles exported and
imported, the sequence ranges received from each laptop, and how far each laptop's changes
are acknowledged (a laptop's next export starts there).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, insert, select

from desktop.exchange import bundle as B
from desktop.exchange import keys as K
from desktop.exchange import reference as R
from desktop.storage.exchange_models import ExchangeAck, ExchangeHistory, ExchangeSeqRange
from desktop.storage.store import Store

_HIST = ExchangeHistory.__table__
_ACK = ExchangeAck.__table__
_RANGE = ExchangeSeqRange.__table__

AUDIT_ACKED = (
    "audit_acked_seq"  # store meta on a laptop: its audit entries the coordinator holds whole
)


# ---- positions --------------------------------------------------------------------------------


def acked(session, device_id: str) -> int:
    """The last sequence number of ``device_id`` acknowledged (0: none)."""
    row = session.execute(select(_ACK.c.seq).where(_ACK.c.device_id == device_id)).first()
    return int(row[0]) if row else 0


def set_acked(session, device_id: str, seq: int, now: int) -> None:
    session.execute(delete(_ACK).where(_ACK.c.device_id == device_id))
    session.execute(insert(_ACK).values(device_id=device_id, seq=seq, updated_ms=now))


def keep_acknowledged(tx, device_id: str, seq: int) -> None:
    """After a restore: this laptop's acknowledged position is never lower than ``seq``, the
    highest the coordinator ever told it (its next export starts there)."""
    row = tx.session.execute(select(_ACK.c.seq).where(_ACK.c.device_id == device_id)).first()
    if row is not None and int(row[0]) >= seq:
        return
    set_acked(tx.session, device_id, seq, K.now_ms())


def acknowledged(store: Store) -> dict[str, int]:
    with store.read() as s:
        return R.acknowledgements(s)


def contiguous(session, device_id: str, extra: tuple[int, int] | None = None) -> int:
    """How far the ranges received from ``device_id`` run without a hole, from 0."""
    ranges = [
        (a, b)
        for a, b in session.execute(
            select(_RANGE.c.since_seq, _RANGE.c.last_seq).where(_RANGE.c.device_id == device_id)
        ).all()
    ]
    if extra:
        ranges.append(extra)
    covered = 0
    for since, last in sorted(ranges):
        if since > covered:
            break
        covered = max(covered, last)
    return covered


def gaps(session, opened: B.Opened) -> list[dict]:
    """The changes of the bundle's laptop missing between what is held and the bundle."""
    if opened.bundle_type != B.CHANGES:
        return []
    seq = opened.manifest["sequence"]
    have = contiguous(session, opened.device_id)
    if seq["since"] > have:
        return [{"device_id": opened.device_id, "from": have + 1, "to": seq["since"]}]
    return []


def already_imported(session, bundle_id: str) -> bool:
    return (
        session.execute(
            select(_HIST.c.id).where(
                (_HIST.c.bundle_id == bundle_id) & (_HIST.c.direction == "import")
            )
        ).first()
        is not None
    )


def note_changes_bundle(s, opened: B.Opened, now: int, site: str | None = None) -> None:
    """A laptop's bundle applied: its key is seen (and its site, the first time), its range is
    held, its position moves on."""
    m = opened.manifest
    dev = m["device_id"]
    K.note_import(s, m["signer_fingerprint"], dev, now, m.get("age_public_key"), site)
    seq = m["sequence"]
    exists = s.execute(
        select(_RANGE.c.device_id).where(
            (_RANGE.c.device_id == dev)
            & (_RANGE.c.since_seq == seq["since"])
            & (_RANGE.c.last_seq == seq["last"])
        )
    ).first()
    if exists is None:
        s.execute(
            insert(_RANGE).values(
                device_id=dev,
                since_seq=seq["since"],
                last_seq=seq["last"],
                bundle_id=m["bundle_id"],
            )
        )
    set_acked(s, dev, contiguous(s, dev), now)


# ---- history ----------------------------------------------------------------------------------


def note_export(session, manifest: dict, file_name: str, body_hash: str) -> None:
    seq = manifest["sequence"]
    session.execute(
        insert(_HIST).values(
            bundle_id=manifest["bundle_id"],
            direction="export",
            bundle_type=manifest["type"],
            device_id=manifest["device_id"],
            since_seq=seq["since"],
            last_seq=seq["last"],
            clock=manifest["clock"],
            at_ms=K.now_ms(),
            file_name=file_name,
            body_hash=body_hash,
            summary=json.dumps(
                {"counts": manifest["counts"], "device_name": manifest.get("device_name")},
                separators=(",", ":"),
            ),
        )
    )


def note_import(session, m: dict, path: Path, report: dict, now: int) -> None:
    session.execute(
        insert(_HIST).values(
            bundle_id=m["bundle_id"],
            direction="import",
            bundle_type=m["type"],
            device_id=m["device_id"],
            since_seq=m["sequence"]["since"],
            last_seq=m["sequence"]["last"],
            clock=m["clock"],
            at_ms=now,
            file_name=Path(path).name,
            body_hash=m["body_hash"],
            summary=json.dumps(
                {
                    "counts": m["counts"],
                    "report": report,
                    "device_name": m["device_name"][:80]
                    if isinstance(m.get("device_name"), str)
                    else None,
                },
                separators=(",", ":"),
            ),
        )
    )


def history(store: Store, limit: int = 200) -> list[dict]:
    with store.read() as s:
        rows = (
            s.execute(select(_HIST).order_by(_HIST.c.at_ms.desc(), _HIST.c.id.desc()).limit(limit))
            .mappings()
            .all()
        )
    out = []
    for r in rows:
        item = dict(r)
        try:
            item["summary"] = json.loads(r["summary"] or "{}")
        except ValueError:
            item["summary"] = {}
        item["at"] = datetime.fromtimestamp(r["at_ms"] / 1000, UTC)
        out.append(item)
    names = laptop_names(store, out)
    for item in out:
        item["device_name"] = names.get(item["device_id"])
    return out


def laptop_names(store: Store, history_rows: list[dict] | None = None) -> dict[str, str]:
    """Device id -> the laptop's name, as its latest bundle gave it (and this computer's own);
    a laptop whose bundles carried no name (made by an older version) is missing."""
    rows = history(store) if history_rows is None else history_rows
    names: dict[str, str] = {}
    for item in rows:  # newest first
        name = (item.get("summary") or {}).get("device_name")
        if isinstance(name, str) and name.strip():
            names.setdefault(item["device_id"], name.strip())
    if store.meta.get("device_name"):
        names[store.device_id] = store.meta["device_name"]
    return names
