"""Tables of compact upserts (bundle format 3): decoded to the same changes as the upserts one
by one, and refused for exactly the values the decoder of each value refuses."""

from __future__ import annotations

import copy

import pytest

from desktop.domain.schema import KINDS
from desktop.exchange.changes import collect, columnar, decode, decode_table, table_shape_ok
from desktop.exchange.errors import BundleRejected
from desktop.services import participants
from desktop.services.duplicates import merge_participants
from tests.unit.test_bundle_support import new_laptop

DEVICE = "01a2-device"


@pytest.fixture(scope="module")
def changes(tmp_path_factory):
    store = new_laptop(tmp_path_factory.mktemp("tables") / "laptop", participants=12)
    # a merge, so that every kind of record travels; of two people with no job outcome, whose
    # records it rewrites (the kind must still travel whole from someone else)
    employed = {
        pid for (pid,) in store.reader().execute("SELECT participant_id FROM employment_outcome")
    }
    first, second = [p for p in participants.search(store) if p["id"] not in employed][:2]
    merge_participants(store, first["id"], second["id"])
    with store.read() as s:
        found, _first, _last = collect(s)
    store.close()
    return found


def _outcome(fn, arg):
    try:
        return fn(arg)
    except BundleRejected as exc:
        return "refused: " + str(exc.message)


def test_tables_decode_to_the_changes_of_their_upserts(changes):
    rest, tables = columnar(copy.deepcopy(changes))
    assert all(table_shape_ok(t) for t in tables)
    assert sum(len(t["ids"]) for t in tables) + len(rest) == len(changes)
    from_tables = [c for t in tables for c in decode_table(t)]
    one_by_one = [decode(c) for c in changes if "values" in c and "fields" not in c]
    assert sorted(from_tables) == sorted(one_by_one) and from_tables
    assert {t["kind"] for t in tables} >= {"participant", "enrolment", "coaching_session"}


def _single(kind: str, field: str, value, base: dict) -> tuple[dict, dict, dict]:
    """An upsert with ``field`` set to ``value``, as a change, and as a table after a first
    record holding ``base`` (the value at fault is not the first of its column)."""
    values = dict(base, **{field: value})
    base = base if field in base else values  # one set of fields a table
    first = {"kind": kind, "id": "r0", "op": "upsert", "stamp": [4, DEVICE], "values": base}
    change = {"kind": kind, "id": "r1", "op": "upsert", "stamp": [5, DEVICE], "values": values}
    table = {
        "kind": kind,
        "device": DEVICE,
        "fields": list(values),
        "ids": ["r0", "r1"],
        "hlcs": [4, 5],
        "columns": [[base.get(name), v] for name, v in values.items()],
    }
    return first, change, table


BAD = [
    None,
    12,
    1.5,
    True,
    "",
    "x" * 300,
    "2024-01-32",
    "2024-1-5",
    "20240105",
    "2024-01-05T10:00:00",
    "2024-01-05T10:00:00+01:00",
    [],
    {},
    ["a"],
    -1,
    0,
    10**6,
    "no-such-choice",
    "a,b",
    2**70,
]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_table_refuses_what_a_change_refuses(changes, kind):
    sample = next(c for c in changes if c["kind"] == kind and "values" in c and "fields" not in c)
    base = sample["values"]
    for f in KINDS[kind].fields:
        good = [v for v in (base.get(f.name),) if v is not None]
        for value in BAD + good:
            first, change, table = _single(kind, f.name, value, base)
            one = _outcome(decode, change)
            whole = _outcome(decode_table, table)
            if isinstance(one, str):
                assert whole == one, (f.name, value)
            else:
                assert whole == [decode(first), one], (f.name, value)


def test_malformed_tables_are_refused(changes):
    _rest, tables = columnar(copy.deepcopy(changes))
    table = next(t for t in tables if t["kind"] == "participant")
    cases = [
        ("kind", "nobody", "unknown kind"),
        ("device", "", "invalid clock or device"),
        ("device", 7, "invalid clock or device"),
        ("hlcs", [0] * len(table["ids"]), "invalid clock or device"),
        ("hlcs", ["5"] * len(table["ids"]), "invalid clock or device"),
        ("hlcs", [2**63] * len(table["ids"]), "invalid clock or device"),
        ("ids", [""] * len(table["ids"]), "invalid record id"),
        ("ids", [5] * len(table["ids"]), "invalid record id"),
        ("ids", ["x" * 37] * len(table["ids"]), "invalid record id"),
    ]
    for key, value, text in cases:
        bad = dict(table, **{key: value})
        with pytest.raises(BundleRejected, match=text):
            decode_table(bad)
    with pytest.raises(BundleRejected, match="no fields"):
        decode_table(dict(table, fields=[], columns=[]))
    twice = dict(
        table,
        fields=table["fields"] + table["fields"][:1],
        columns=table["columns"] + table["columns"][:1],
    )
    with pytest.raises(BundleRejected, match="invalid value"):
        decode_table(twice)
    unknown = dict(
        table,
        fields=table["fields"] + ["shoe_size"],
        columns=table["columns"] + [[1] * len(table["ids"])],
    )
    with pytest.raises(BundleRejected, match="unknown field"):
        decode_table(unknown)
    unnamed = dict(table, fields=table["fields"][:-1] + [["x"]])
    with pytest.raises(BundleRejected, match="unknown field"):
        decode_table(unnamed)
    assert decode_table(dict(table, ids=[], hlcs=[], columns=[[] for _ in table["fields"]])) == []


def test_tables_of_the_wrong_shape_are_told_apart(changes):
    _rest, tables = columnar(copy.deepcopy(changes))
    table = tables[0]
    assert table_shape_ok(table)
    for bad in (
        [],
        dict(table, kind=None),
        dict(table, ids="all"),
        dict(table, hlcs=table["hlcs"] + [5]),
        dict(table, columns=table["columns"][:-1]),
        dict(table, columns=[c[:-1] for c in table["columns"]]),
        dict(table, columns=[tuple(c) for c in table["columns"]]),
        {k: v for k, v in table.items() if k != "fields"},
    ):
        assert not table_shape_ok(bad)


def test_reference_data_holds_no_table_of_laptop_records(changes):
    from desktop.exchange.reference import REFERENCE_KINDS, check_body

    _rest, tables = columnar(copy.deepcopy(changes))
    reference = [t for t in tables if t["kind"] in REFERENCE_KINDS]
    assert reference and check_body({"changes": [], "tables": reference}) == ({}, [])
    with pytest.raises(BundleRejected, match="malformed"):
        check_body({"changes": [], "tables": tables})
