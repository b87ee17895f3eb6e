"""An erased person never comes back: three laptops hold Zelmira and someone else, edit them
offline (before the coordinator erases her, and after, still not knowing), and the coordinator
imports their bundles in a random order, erasing her after a random number of them. Whatever
the order and the edits, nothing of her is left on the coordinator nor, once they receive the
reference data, on the laptops (no record, no conflict, no value waiting, no quarantined edit);
the other person's edits all arrive; and the coordinator ends the same as one that imported the
bundles in the opposite order."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.domain.clock import pack, system_ms
from desktop.domain.ids import new_id
from desktop.exchange.reference import is_reference
from desktop.services import erasure as ER
from desktop.services import exchange as X
from desktop.services import participants, records
from desktop.storage.engine import db_path
from desktop.storage.store import Store
from tests.unit.merge_support import Laptop, export_all, import_into, new_store, person, snapshot

NAME = "Zelmira"
LAPTOPS = 3
edit = st.one_of(
    st.tuples(
        st.just("field"),
        st.sampled_from(["neighbourhood", "desired_occupation", "phone"]),
        st.integers(0, 2),
    ),
    st.tuples(st.just("goal")),  # a new goal of hers
    st.tuples(st.just("session")),  # a new coaching session of hers
    st.tuples(st.just("her_goal")),  # an edit of the goal she already has
    st.tuples(st.just("future")),  # an edit stamped two days ahead (quarantined)
    st.tuples(st.just("other")),  # a goal of the other person
)
VALUES = {
    "neighbourhood": ["Loranca", "El Naranjo", "Centro"],
    "desired_occupation": ["Cocina", "Jardinería", None],
    "phone": ["+34 600 000 001", "+34 600 000 002", None],
}
plan = st.fixed_dictionaries(
    {
        "before": st.lists(st.tuples(st.integers(0, LAPTOPS - 1), edit), max_size=6),
        "after": st.lists(st.tuples(st.integers(0, LAPTOPS - 1), edit), max_size=6),
        "order": st.permutations(range(LAPTOPS)),
        "erase_after": st.integers(0, LAPTOPS),
    }
)


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    return tmp_path_factory.mktemp("erasure-properties")


@pytest.fixture(scope="module")
def coordinator_db(root):
    """A coordinator's empty store, copied for each coordinator (making keys is slow)."""
    store = new_store(root, "coordinator-template")
    X.init_coordinator(store, "a long passphrase")
    store.close()
    return db_path(store.data_dir)


def _coordinator(root: Path, template: Path, n: list[int]) -> Store:
    n[0] += 1
    folder = root / f"coordinator-{n[0]}"
    folder.mkdir()
    shutil.copyfile(template, db_path(folder))
    return Store.open(folder)


def _act(laptop: Laptop, people: dict, action: tuple, n: int) -> None:
    """One offline edit on a laptop; an edit stamped ahead waits in ``people["ahead"]`` for the
    laptop's next bundle (a laptop's clock set two days ahead, without moving the laptop's own)."""
    store, her, other = laptop.store, people["her"], people["other"]
    if action[0] == "field":
        participants.update(store, her, {action[1]: VALUES[action[1]][action[2]]})
    elif action[0] == "goal":
        records.create(
            store, "goal", {"participant_id": her, "title": f"{NAME} goal {n}", "status": "planned"}
        )
    elif action[0] == "session":
        records.create(
            store,
            "coaching_session",
            {
                "participant_id": her,
                "starts_at": datetime(2025, 3, 11, 9, n % 60),
                "duration_minutes": 30,
                "kind": "individual",
                "notes": f"{NAME} {n}",
            },
        )
    elif action[0] == "her_goal":
        records.update(store, "goal", people["goal"], {"notes": f"{NAME} note {n}"})
    elif action[0] == "future":
        people["ahead"].setdefault(id(laptop), []).append(
            {
                "kind": "goal",
                "id": new_id(),
                "op": "upsert",
                "stamp": [pack(system_ms() + 2 * 24 * 3600 * 1000, 0), store.device_id],
                "values": {
                    "participant_id": her,
                    "title": f"{NAME} future {n}",
                    "status": "planned",
                },
            }
        )
    else:
        records.create(
            store, "goal", {"participant_id": other, "title": f"Otro {n}", "status": "planned"}
        )


def _mentions(store: Store, needle: str) -> list[str]:
    con = sqlite3.connect(db_path(store.data_dir))
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return [
            t for t in tables for row in con.execute(f'SELECT * FROM "{t}"') if needle in repr(row)
        ]
    finally:
        con.close()


@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(plan=plan)
# a quarantined edit of hers arriving before the erasure on one coordinator, after it on the
# other: both tombstone its record
@example(plan={"before": [(0, ("future",))], "after": [], "order": [0, 1, 2], "erase_after": 1})
def test_an_erased_person_never_comes_back(root, coordinator_db, plan):
    n = [len(list(root.iterdir()))]
    # laptop 0 registers both; the others receive them (so all three can edit them)
    laptops = [Laptop(root, f"l{n[0]}-{i}") for i in range(LAPTOPS)]
    her = participants.register(
        laptops[0].store, person(0, first_name=NAME, last_name="Quintanilla")
    )
    other = participants.register(laptops[0].store, person(1))
    goal = records.create(
        laptops[0].store,
        "goal",
        {"participant_id": her["id"], "title": f"{NAME} first", "status": "planned"},
    )
    people = {"her": her["id"], "other": other["id"], "goal": goal["id"], "ahead": {}}

    def export(laptop: Laptop) -> list[dict]:
        return laptop.export() + people["ahead"].pop(id(laptop), [])

    bundle = laptops[0].export()
    order = list(plan["order"])
    coordinators = [_coordinator(root, coordinator_db, n) for _ in range(2)]
    try:
        for store in [laptop.store for laptop in laptops[1:]] + coordinators:
            import_into(store, json.loads(json.dumps(bundle)))
        for laptop in laptops[1:]:
            laptop.export()
        for k, (who, action) in enumerate(plan["before"]):
            _act(laptops[who], people, action, k)
        first = [export(laptop) for laptop in laptops]
        # the coordinator, and its mirror importing in the opposite order, erase her after some
        # bundles
        for coordinator, sequence in zip(coordinators, (order, order[::-1]), strict=True):
            for i in sequence[: plan["erase_after"]]:
                import_into(coordinator, first[i])
            ER.erase(coordinator, people["her"])
        for k, (who, action) in enumerate(
            plan["after"]
        ):  # after the erasure's clock, not knowing of it
            _act(laptops[who], people, action, 100 + k)
        second = [export(laptop) for laptop in laptops]
        for coordinator, sequence in zip(coordinators, (order, order[::-1]), strict=True):
            for i in sequence[plan["erase_after"] :]:
                import_into(coordinator, first[i])
            for i in sequence:
                import_into(coordinator, second[i])
        coordinator, mirror = coordinators
        assert _mentions(coordinator, NAME) == [] and _mentions(coordinator, "Quintanilla") == []
        assert _mentions(mirror, NAME) == []
        others = [a for a in plan["before"] + plan["after"] if a[1][0] == "other"]
        goals = records.list_all(coordinator, "goal")
        assert len([g for g in goals if g["participant_id"] == people["other"]]) == len(others)
        assert snapshot(coordinator) == snapshot(mirror)
        # the reference data reaches each laptop: she is gone there too, and stays gone
        reference = [c for c in export_all(coordinator) if is_reference(c)]
        for laptop in laptops:
            import_into(laptop.store, json.loads(json.dumps(reference)))
            assert _mentions(laptop.store, NAME) == []
            import_into(coordinator, laptop.export())
        assert _mentions(coordinator, NAME) == []
    finally:
        for store in coordinators + [laptop.store for laptop in laptops]:
            store.close()
