"""Reference data: what the coordinator sends back to the laptops.

Labs and their partner companies, companies, connectors, local associations, sites, merges of
duplicate participants, every erasure (tombstones, which carry no personal data), the
acknowledgements (for each laptop, up to which sequence its changes are merged) and the revoked
laptop keys.
It is always complete (the merge makes re-sending idempotent), so a lost stick costs nothing.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from desktop.domain.schema import KINDS
from desktop.exchange import keys as K
from desktop.exchange.errors import BundleRejected, fits, out_of_range
from desktop.storage.exchange_models import ExchangeAck

_ACK = ExchangeAck.__table__

REFERENCE_KINDS = frozenset(
    k
    for k in (
        "site",
        "lab",
        "lab_company",
        "company",
        "connector",
        "association",
        "participant_merge",
    )
    if k in KINDS
)


def is_reference(change: dict) -> bool:
    return change.get("op") == "delete" or change.get("kind") in REFERENCE_KINDS


def acknowledgements(session: Session) -> dict[str, int]:
    return {d: s for d, s in session.execute(select(_ACK.c.device_id, _ACK.c.seq)).all()}


def build_body(session: Session) -> tuple[dict, int | None]:
    """The reference body of a coordinator store and the last journal sequence it covers."""
    from desktop.exchange.changes import collect

    changes, _first, last = collect(session)
    body = {
        "changes": [c for c in changes if is_reference(c)],
        "acks": acknowledgements(session),
        "revocations": [
            {
                "fingerprint": r["fingerprint"],
                "device_id": r["device_id"],
                "revoked_ms": r["revoked_ms"],
            }
            for r in K.revocations(session)
        ],
    }
    return body, last


def _malformed() -> BundleRejected:
    return BundleRejected(
        Message(
            "Bundle", QT_TRANSLATE_NOOP("Bundle", "Refused: the bundle's content is malformed.")
        )
    )


def check_body(body: dict) -> tuple[dict[str, int], list[dict]]:
    """The acknowledgements and revocations of a reference body, checked."""
    acks = body.get("acks", {})
    revs = body.get("revocations", [])
    if not isinstance(acks, dict) or not all(
        isinstance(k, str) and type(v) is int for k, v in acks.items()
    ):
        raise _malformed()
    if not all(map(fits, acks.values())):
        raise out_of_range("acks")
    if not isinstance(revs, list):
        raise _malformed()
    for r in revs:
        if not (
            isinstance(r, dict)
            and isinstance(r.get("fingerprint"), str)
            and type(r.get("revoked_ms")) is int
            and (r.get("device_id") is None or isinstance(r.get("device_id"), str))
        ):
            raise _malformed()
        if not fits(r["revoked_ms"]):
            raise out_of_range("revocations.revoked_ms")
    for c in body["changes"]:
        if not is_reference(c):
            raise _malformed()
    if not all(table["kind"] in REFERENCE_KINDS for table in body.get("tables", ())):  # upserts all
        raise _malformed()
    return acks, revs
