"""The audit log in bundles: a laptop's chain reaches the coordinator whole and is kept per
laptop, a tampered chain is reported on import, reference data acknowledges it, and bundles
without an audit section (made before it existed) still import."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.exchange import audit_bundle as AB
from desktop.exchange import bundle as B
from desktop.services import audit
from desktop.services import exchange as X
from desktop.storage import audit as A
from tests.unit.test_bundle_support import pair


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def stores(tmp_path, tmp_path_factory):
    laptop, coordinator = pair(tmp_path, tmp_path_factory, participants=2)
    with laptop.transaction() as tx:  # the demo writes no audit entries: give the laptop a few
        for action in ("view", "print", "view"):
            audit.note(tx, action, "participant", None)
    yield laptop, coordinator
    laptop.close()
    coordinator.close()


def _chain(store, device_id):
    with store.read() as s:
        return A.chain(s, device_id)


def test_the_chain_survives_export_and_import(stores, usb):
    laptop, coordinator = stores
    path = X.export(laptop, usb).path
    own = _chain(
        laptop, laptop.device_id
    )  # the export itself is the last entry, written after the bundle
    preview = X.preview_import(coordinator, path)
    assert preview["report"]["audit"]["problems"] == []
    assert _chain(coordinator, laptop.device_id) == []  # a preview keeps nothing
    result = X.apply_import(coordinator, path)
    assert result["report"]["audit"] == {
        "device_id": laptop.device_id,
        "received": len(own) - 1,
        "added": len(own) - 1,
        "held": len(own) - 1,
        "problems": [],
    }
    assert _chain(coordinator, laptop.device_id) == own[:-1]
    statuses = audit.verify(coordinator)
    assert [(c.device_id, c.own, c.intact) for c in statuses] == [
        (coordinator.device_id, True, True),
        (laptop.device_id, False, True),
    ]
    # the coordinator's own log says it imported the bundle, and how the laptop's log was found
    imported = audit.entries(coordinator, actions=["import"])[0]
    assert imported["device_id"] == coordinator.device_id
    assert (
        imported["detail"]["device_id"] == laptop.device_id
        and imported["detail"]["audit_problems"] == 0
    )
    # the reference data acknowledges the chain: the laptop's next bundle starts after it
    ref = X.export(coordinator, usb, passphrase="correct horse battery").path
    X.apply_import(laptop, ref)
    assert laptop.meta[X.AUDIT_ACKED] == str(len(own) - 1)
    audit.viewed_participant(laptop, None)
    again = X.export(laptop, usb).path
    result = X.apply_import(coordinator, again)
    assert result["report"]["audit"]["received"] == 3  # the first export, the import, a view
    assert result["report"]["audit"]["problems"] == []
    assert len(_chain(coordinator, laptop.device_id)) == len(own) + 2


def test_a_tampered_chain_is_reported_on_import(stores, usb):
    laptop, coordinator = stores
    conn = sqlite3.connect(laptop.path)
    with conn:
        conn.execute("UPDATE audit_entry SET action = 'view' WHERE seq = 2")
    conn.close()
    path = X.export(laptop, usb).path
    result = X.apply_import(coordinator, path)  # the data still arrives; the log's state is told
    assert result["report"]["audit"]["problems"] == [{"problem": "altered", "seq": 2, "last": None}]
    assert result["report"]["kinds"]["participant"]["new"] == 2
    laptop_status = next(c for c in audit.verify(coordinator) if c.device_id == laptop.device_id)
    assert [(p.problem, p.seq) for p in laptop_status.problems] == [("altered", 2)]


def test_a_rewritten_history_is_reported_as_a_conflict(stores, usb):
    laptop, coordinator = stores
    X.apply_import(coordinator, X.export(laptop, usb).path)
    # the laptop rewrites its second entry (rehashing the rest) and sends everything again
    conn = sqlite3.connect(laptop.path)
    with conn:
        rows = conn.execute(
            f"SELECT {', '.join(A.COLUMNS)} FROM audit_entry ORDER BY seq"
        ).fetchall()
        prev = A.GENESIS
        for row in rows:
            e = dict(zip(A.COLUMNS, row, strict=True))
            e["prev_hash"] = prev
            if e["seq"] == 2:
                e["action"] = "view"
            e["hash"] = prev = A.entry_hash(e)
            conn.execute(
                "UPDATE audit_entry SET action = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                (e["action"], e["prev_hash"], e["hash"], e["seq"]),
            )
    conn.close()
    result = X.apply_import(coordinator, X.export(laptop, usb, full=True).path)
    problems = result["report"]["audit"]["problems"]
    # the entries held keep the first version; the rewritten ones are refused, and the first new
    # entry no longer follows the chain the coordinator holds
    assert [(p["problem"], p["seq"]) for p in problems] == [
        ("conflict", 2),
        ("conflict", 3),
        ("broken", 4),
    ]


def test_entries_removed_before_the_export_are_reported(stores, usb, monkeypatch):
    laptop, coordinator = stores
    section = AB.section

    def without_second(session, device_id, since):
        found = section(session, device_id, since)
        found["entries"] = [e for e in found["entries"] if e[A.COLUMNS.index("seq")] != 2]
        return found

    monkeypatch.setattr(AB, "section", without_second)
    result = X.apply_import(coordinator, X.export(laptop, usb).path)
    assert {"problem": "missing", "seq": 2, "last": 2} in result["report"]["audit"]["problems"]


def test_a_bundle_without_an_audit_section_still_imports(stores, usb, monkeypatch):
    laptop, coordinator = stores
    encode = B.encode_body
    monkeypatch.setattr(
        B, "encode_body", lambda body: encode({k: v for k, v in body.items() if k != AB.KEY})
    )
    path = X.export(laptop, usb).path
    monkeypatch.undo()
    result = X.apply_import(coordinator, path)
    assert "audit" not in result["report"]
    assert result["report"]["kinds"]["participant"]["new"] == 2
    assert _chain(coordinator, laptop.device_id) == []


def test_a_malformed_audit_section_refuses_the_bundle(stores, usb, monkeypatch):
    laptop, coordinator = stores
    encode = B.encode_body
    monkeypatch.setattr(B, "encode_body", lambda body: encode({**body, AB.KEY: {"device_id": 5}}))
    path = X.export(laptop, usb).path
    monkeypatch.undo()
    with pytest.raises(X.BundleRejected):
        X.apply_import(coordinator, path)
