"""Ids and the hybrid logical clock: what makes USB merges exact later."""

from __future__ import annotations

import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.clock import HybridClock, unpack
from desktop.domain.ids import device_prefix, new_id
from desktop.services import participants
from desktop.services.setup import init_device
from desktop.storage.store import Store


def test_ids_are_uuid7_and_unique():
    ids = [new_id() for _ in range(20_000)]
    assert len(set(ids)) == len(ids)
    assert all(uuid.UUID(i).version == 7 for i in ids[:100])


def _person(i: int) -> dict:
    return {
        "first_name": f"Persona{i}",
        "last_name": "Prueba",
        "birth_date": "1990-01-01",
        "gender": "female",
        "migrant_status": "local",
    }


def test_ids_and_codes_never_collide_across_simulated_devices(tmp_path):
    seen_ids, seen_codes = set(), set()
    for device in range(4):
        store = Store.open(tmp_path / f"laptop{device}")
        init_device(store, "CIFE" if device % 2 else "LOS_ARCOS", f"laptop{device}")
        for i in range(25):
            p = participants.register(store, _person(i))
            assert p["id"] not in seen_ids
            assert p["code"] not in seen_codes
            seen_ids.add(p["id"])
            seen_codes.add(p["code"])
        store.close()
    assert len(seen_codes) == 100


@given(st.lists(st.integers(min_value=0, max_value=2**41), min_size=1, max_size=200))
@settings(max_examples=200)
def test_clock_is_monotonic_whatever_the_wall_clock_does(walls):
    it = iter(walls)
    clock = HybridClock(wall=lambda: next(it))
    stamps = [clock.now() for _ in walls]
    assert all(a < b for a, b in zip(stamps, stamps[1:], strict=False))


def test_clock_survives_wall_clock_jumping_back_an_hour():
    wall = [10_000_000]
    clock = HybridClock(wall=lambda: wall[0])
    before = clock.now()
    wall[0] -= 3_600_000
    after = [clock.now() for _ in range(5)]
    assert all(s > before for s in after)
    assert unpack(after[-1])[0] == 10_000_000  # keeps the later physical time, counts logically


def test_clock_observes_remote_stamps():
    clock = HybridClock(wall=lambda: 1000)
    remote = HybridClock(wall=lambda: 5000).now()
    assert clock.observe(remote) > remote


def test_persisted_clock_stays_monotonic_across_restarts(tmp_path, monkeypatch):
    store = Store.open(tmp_path / "d")
    init_device(store, "CIFE")
    first = participants.register(store, _person(1))
    last_hlc = int(store.meta["hlc"])
    store.close()
    # the laptop restarts with its wall clock set a day back
    import desktop.domain.clock as clock_mod

    monkeypatch.setattr(clock_mod, "system_ms", lambda: 0)
    store = Store.open(tmp_path / "d")
    store.clock._wall = lambda: 0
    second = participants.register(store, _person(2))
    import json

    stamp_first = json.loads(first["stamps"])["first_name"][0]
    stamp_second = json.loads(second["stamps"])["first_name"][0]
    assert stamp_second > stamp_first and stamp_second > last_hlc
    store.close()


def test_device_tags_differ_between_devices():
    tags = {device_prefix(new_id()) for _ in range(50)}
    assert len(tags) >= 49  # 20 random bits each: a clash among 50 is very unlikely
