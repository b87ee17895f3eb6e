"""The audit log's section of a bundle (its own member of the body, ``"audit"``).

A laptop's changes bundle carries the entries of its own chain after the position the
coordinator acknowledged (all of them in a full export):

    "audit": {"device_id": D, "since": N, "last": M, "columns": [...], "entries": [[...], ...]}

The coordinator keeps them under the laptop's device id and checks the laptop's whole chain on
import; what is wrong is reported with the import, never hidden, and never refuses the data
(the log is evidence: a broken one must reach the coordinator). A coordinator's reference bundle
carries ``"audit": {"acks": {device id: position}}``: for each laptop, up to which position its
chain arrived whole, so that the laptop's next bundle starts there. Bundles made before the audit
log have no such section and import as before. A section of the wrong shape refuses the bundle,
as any malformed content does.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop.exchange.errors import BundleRejected, fits
from desktop.storage import audit as A

KEY = "audit"
_TYPES: dict[str, type | tuple[type, ...]] = {
    "device_id": str,
    "seq": int,
    "at": str,
    "actor": (str, type(None)),
    "action": str,
    "kind": (str, type(None)),
    "record_id": (str, type(None)),
    "code": (str, type(None)),
    "detail": str,
    "prev_hash": str,
    "hash": str,
}


def _malformed() -> BundleRejected:
    return BundleRejected(
        Message(
            "Bundle", QT_TRANSLATE_NOOP("Bundle", "Refused: the bundle's content is malformed.")
        )
    )


def section(session: Session, device_id: str, since: int) -> dict:
    """This laptop's entries after position ``since``, for its changes bundle."""
    items = A.chain(session, device_id, after=since)
    last = items[-1]["seq"] if items else since
    return {
        "device_id": device_id,
        "since": since,
        "last": last,
        "columns": list(A.COLUMNS),
        "entries": [[e[c] for c in A.COLUMNS] for e in items],
    }


def acknowledged(session: Session, own_device: str) -> dict[str, int]:
    """Per laptop whose chain this store keeps: the last position up to which it holds every
    entry (the ack its next bundle starts from)."""
    out = {}
    for device in A.chains(session):
        if device == own_device:
            continue
        position = 0
        for entry in A.chain(session, device):
            if entry["seq"] != position + 1:
                break
            position = entry["seq"]
        out[device] = position
    return out


def ack_section(session: Session, own_device: str) -> dict:
    """The audit section of a coordinator's reference bundle."""
    return {"acks": acknowledged(session, own_device)}


def read(body: dict) -> dict | None:
    """The body's audit section checked for shape, entries as dicts; None when it has none (a
    bundle made before the audit log). A section of the wrong shape refuses the bundle."""
    found = body.get(KEY)
    if found is None:
        return None
    if not isinstance(found, dict):
        raise _malformed()
    if "acks" in found:
        acks = found["acks"]
        if not isinstance(acks, dict) or not all(
            isinstance(k, str) and type(v) is int and fits(v) and v >= 0 for k, v in acks.items()
        ):
            raise _malformed()
        return {"acks": dict(acks)}
    columns, rows = found.get("columns"), found.get("entries")
    if not (
        isinstance(found.get("device_id"), str)
        and type(found.get("since")) is int
        and type(found.get("last")) is int
        and 0 <= found["since"] <= found["last"]
        and fits(found["last"])
        and isinstance(columns, list)
        and set(columns) == set(A.COLUMNS)
        and len(columns) == len(A.COLUMNS)
        and isinstance(rows, list)
        and all(isinstance(r, list) and len(r) == len(columns) for r in rows)
    ):
        raise _malformed()
    entries = [dict(zip(columns, r, strict=True)) for r in rows]
    for e in entries:
        if (
            not all(
                isinstance(e[k], t) and not (t is int and type(e[k]) is bool)
                for k, t in _TYPES.items()
            )
            or not fits(e["seq"])
            or not found["since"] < e["seq"] <= found["last"]
        ):
            raise _malformed()
    if len({e["seq"] for e in entries}) != len(entries):
        raise _malformed()
    return {**found, "entries": entries}


def receive(session: Session, found: dict, device_id: str) -> dict:
    """Keep a laptop's entries brought by its bundle and check its whole chain as now held.
    Returns what the import reports: entries received and added, and every problem found
    ({"problem", "seq", "last"}), none when the chain is whole."""
    problems: list[A.Problem] = []
    entries = found["entries"]
    if found["device_id"] != device_id:
        problems.append(A.Problem(device_id, found["since"] + 1, "altered"))
        entries = []
    # positions the section says it holds but does not: removed before the export
    seqs = sorted(e["seq"] for e in entries)
    expected = found["since"] + 1
    for seq in seqs + [found["last"] + 1]:
        if seq > expected:
            problems.append(A.Problem(device_id, expected, "missing", seq - 1))
        expected = seq + 1
    problems += [
        A.Problem(device_id, e["seq"], "altered") for e in entries if e["device_id"] != device_id
    ]
    added, conflicts = A.keep_received(session, [e for e in entries if e["device_id"] == device_id])
    problems += conflicts
    held = A.chain(session, device_id)
    for p in A.verify_chain(device_id, held):
        if p not in problems:
            problems.append(p)
    problems.sort(key=lambda p: (p.seq, p.problem))
    return {
        "device_id": device_id,
        "received": len(found["entries"]),
        "added": added,
        "held": len(held),
        "problems": [{"problem": p.problem, "seq": p.seq, "last": p.last} for p in problems],
    }
