"""Identifiers: UUIDv7 record ids and short human participant codes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from uuid import UUID

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


_uuid7: Callable[[], UUID] | None = None


def new_id() -> str:
    """A time-ordered, globally unique record id (UUIDv7, text form)."""
    global _uuid7
    if _uuid7 is None:  # uuid6 reads package metadata when imported: not at start-up
        from uuid6 import uuid7

        _uuid7 = uuid7
    return str(_uuid7())


def device_prefix(device_id: str, length: int = 4) -> str:
    """A short Crockford base-32 tag drawn from the random bits of a device id."""
    import uuid  # with the platform module it loads: not needed to show the first screen

    value = uuid.UUID(device_id).int & ((1 << 62) - 1)
    out = []
    for _ in range(length):
        out.append(CROCKFORD[value & 31])
        value >>= 5
    return "".join(out)


def participant_code(site_prefix: str, device_tag: str, sequence: int) -> str:
    """E.g. ``CIF-7K3Q-0042``: site, device tag, per-device sequence. Unique without coordination
    as long as device tags differ: 20 random bits each, so among 30 laptops two share a tag with
    a chance of about one in two thousand. Should it happen, the coordinator refuses the second
    laptop's bundle with a message naming the tag (services.exchange), and nothing is merged."""
    return f"{site_prefix}-{device_tag}-{sequence:04d}"
