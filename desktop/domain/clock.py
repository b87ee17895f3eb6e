"""Hybrid logical clock.

A timestamp is one integer: milliseconds since the epoch shifted left by 16 bits, plus a
16-bit logical counter. It never goes backwards, even when the wall clock does, and it
absorbs the timestamps of merged changes so that causality survives USB exchanges.
Changes are ordered by (timestamp, device id).
"""

from __future__ import annotations

import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(wall_ms: int, counter: int) -> int:
    return (wall_ms << COUNTER_BITS) | counter


def unpack(stamp: int) -> tuple[int, int]:
    return stamp >> COUNTER_BITS, stamp & COUNTER_MASK


def wall_ms_of(stamp: int) -> int:
    return stamp >> COUNTER_BITS


def system_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """A hybrid logical clock; ``last`` is persisted by the store after every tick."""

    def __init__(self, last: int = 0, wall: Callable[[], int] = system_ms):
        self.last = last
        self._wall = wall

    def now(self) -> int:
        wall, counter = unpack(self.last)
        physical = self._wall()
        if physical > wall:
            wall, counter = physical, 0
        else:
            counter += 1
            if counter > COUNTER_MASK:  # counter exhausted: borrow the next millisecond
                wall, counter = wall + 1, 0
        self.last = pack(wall, counter)
        return self.last

    def observe(self, remote: int) -> int:
        """Advance past a received timestamp (merge), keeping monotonicity."""
        if remote > self.last:
            self.last = remote
        return self.now()
