"""Every number read from a bundle is range-checked when decoded: a bundle signed by an enrolled
laptop (or by the trusted coordinator) carrying an integer that SQLite cannot hold (2^63 or more,
or below -2^63) is refused whole, with the field named, and nothing is written."""

from __future__ import annotations

import json
import zlib

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.schema import KINDS
from desktop.exchange import bundle as B
from desktop.exchange import reference as R
from desktop.exchange.errors import BundleRejected
from desktop.i18n import render
from desktop.services import exchange as X
from desktop.storage.migrate import head_revision
from tests.unit.test_bundle import _craft
from tests.unit.test_bundle_properties import DEVICE, READER
from tests.unit.test_bundle_support import pair, snapshot

TOO_BIG = 1 << 63
HUGE = st.one_of(
    st.integers(min_value=TOO_BIG, max_value=1 << 200),
    st.integers(max_value=-TOO_BIG - 1, min_value=-(1 << 200)),
)


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    laptop, coordinator = pair(tmp_path_factory.mktemp("numbers"), tmp_path_factory, participants=1)
    yield laptop, coordinator
    laptop.close()
    coordinator.close()


def _refused_naming(store, path, field: str) -> None:
    before = snapshot(store)
    for attempt in (X.apply_import, X.preview_import):
        with pytest.raises(BundleRejected) as info:
            attempt(store, path)
        text = str(info.value)
        assert field in text and "out of range" in text, text
        assert field in render(info.value.message)  # translated, the field named as it is
    assert snapshot(store) == before


MANIFEST_PLACES = {
    "clock": lambda n: {"clock": n},
    "sequence.since": lambda n: {"sequence": {"since": n, "first": 1, "last": n if n > 0 else 1}},
    "sequence.last": lambda n: {"sequence": {"since": 0, "first": 1, "last": n}},
    "sequence.first": lambda n: {"sequence": {"since": 0, "first": n, "last": 1}},
    "counts.participant": lambda n: {"counts": {"participant": n}},
}


@pytest.mark.parametrize("field", sorted(MANIFEST_PLACES))
@pytest.mark.parametrize("number", [TOO_BIG, -TOO_BIG - 1, 10**30])
def test_a_manifest_number_out_of_range_is_refused_naming_it(stores, tmp_path, field, number):
    laptop, coordinator = stores
    path = tmp_path / "big.milma.age"
    path.write_bytes(_craft(laptop, coordinator, manifest=MANIFEST_PLACES[field](number)))
    _refused_naming(coordinator, path, field)


def test_the_largest_numbers_sqlite_holds_still_open(stores, tmp_path):
    laptop, coordinator = stores
    path = tmp_path / "largest.milma.age"
    path.write_bytes(
        _craft(
            laptop,
            coordinator,
            manifest={"clock": TOO_BIG - 1, "sequence": {"since": 0, "first": 1, "last": 1}},
        )
    )
    assert X.preview_import(coordinator, path)["changes"] == 0


def _body(body: dict) -> bytes:
    """A body as a laptop's would be encoded, written with the standard library's JSON (which,
    unlike orjson, writes integers of any size)."""
    return zlib.compress(json.dumps(body).encode("ascii"))


CHANGE_PLACES = {
    # a stamp's clock, one field at a time, the one stamp of a compact upsert, a deletion's
    "clock": lambda device, n: {
        "kind": "company",
        "id": "c1",
        "op": "upsert",
        "fields": {"name": ["Taller", n, device]},
    },
    "compact clock": lambda device, n: {
        "kind": "company",
        "id": "c1",
        "op": "upsert",
        "stamp": [n, device],
        "values": {"name": "Taller"},
    },
    "deletion clock": lambda device, n: {
        "kind": "company",
        "id": "c1",
        "op": "delete",
        "hlc": n,
        "device": device,
    },
    # numbers of a record: whole numbers and decimals
    "connector.capacity": lambda device, n: {
        "kind": "connector",
        "id": "k1",
        "op": "upsert",
        "stamp": [5, device],
        "values": {"full_name": "Rosa", "capacity": n},
    },
    "enrolment.hours_attended": lambda device, n: {
        "kind": "enrolment",
        "id": "e1",
        "op": "upsert",
        "fields": {"hours_attended": [n, 5, device]},
    },
}


@pytest.mark.parametrize("place", sorted(CHANGE_PLACES))
def test_a_change_carrying_a_number_out_of_range_is_refused_naming_it(stores, tmp_path, place):
    laptop, coordinator = stores
    before = snapshot(coordinator)
    for i, number in enumerate((TOO_BIG, (1 << 64) - 1, -TOO_BIG - 1, 10**30)):
        path = tmp_path / f"change-{i}.milma.age"
        path.write_bytes(
            _craft(
                laptop,
                coordinator,
                body=_body({"changes": [CHANGE_PLACES[place](laptop.device_id, number)]}),
            )
        )
        with pytest.raises(BundleRejected) as info:
            X.apply_import(coordinator, path)
        text = str(info.value)
        if "clock" in place:
            assert "invalid clock" in text, text
        else:
            kind, name = place.split(".")
            assert KINDS[kind].field(name).label in text, text
    assert snapshot(coordinator) == before


def test_a_table_of_records_carrying_a_clock_out_of_range_is_refused(stores, tmp_path):
    laptop, coordinator = stores
    table = {
        "kind": "company",
        "device": laptop.device_id,
        "fields": ["name"],
        "ids": ["c1"],
        "hlcs": [TOO_BIG],
        "columns": [["Taller"]],
    }
    body = _body({"tables": [table], "changes": []})
    path = tmp_path / "table.milma.age"
    path.write_bytes(_craft(laptop, coordinator, body=body))
    before = snapshot(coordinator)
    with pytest.raises(BundleRejected, match="clock"):
        X.apply_import(coordinator, path)
    assert snapshot(coordinator) == before


REFERENCE_PLACES = {
    "acks": lambda device, n: {"acks": {device: n}},
    "revocations.revoked_ms": lambda device, n: {
        "revocations": [{"fingerprint": "ed25519:x", "device_id": "d", "revoked_ms": n}]
    },
}


@pytest.mark.parametrize("field", sorted(REFERENCE_PLACES))
def test_reference_data_carrying_a_number_out_of_range_is_refused_naming_it(
    stores, tmp_path, monkeypatch, field
):
    laptop, coordinator = stores
    build = R.build_body

    def crafted(session):
        body, last = build(session)
        body.update(REFERENCE_PLACES[field](laptop.device_id, TOO_BIG))
        return body, last

    monkeypatch.setattr(R, "build_body", crafted)
    path = X.export(coordinator, tmp_path).path
    monkeypatch.undo()
    _refused_naming(laptop, path, field.split(".")[0] if field == "acks" else field)


# ---- the same, as a property of decoding (no store) ------------------------------------------

BASE = {
    "type": "changes",
    "bundle_id": "b",
    "device_id": "d",
    "schema_version": head_revision(),
    "sequence": {"since": 0, "first": 1, "last": 2},
    "clock": 5,
    "counts": {"company": 1},
}
BODY = B.encode_body({"changes": []})


def _plain(manifest: dict) -> bytes:
    return pyrage.decrypt(B.seal(manifest, BODY, DEVICE, [str(READER.to_public())]), [READER])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field=st.sampled_from(sorted(MANIFEST_PLACES)), number=HUGE)
def test_any_manifest_number_sqlite_cannot_hold_is_refused_naming_its_field(field, number):
    manifest = {**BASE, **MANIFEST_PLACES[field](number)}
    with pytest.raises(BundleRejected) as info:
        B.open_plain(_plain(manifest), head_revision())
    assert field in str(info.value)


@settings(max_examples=60, deadline=None)
@given(number=st.integers(min_value=0, max_value=TOO_BIG - 1))
def test_any_clock_sqlite_holds_is_accepted(number):
    assert (
        B.open_plain(_plain({**BASE, "clock": number}), head_revision()).manifest["clock"] == number
    )
