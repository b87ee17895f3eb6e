"""Bundles: export and import between a laptop and the coordinator, the standard age format,
atomic writing, acknowledgements, gaps, and every refusal (with the database left unchanged)."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import pyrage
import pytest

from desktop.exchange import bundle as B
from desktop.exchange import keys as K
from desktop.exchange.errors import BundleRejected
from desktop.exchange.reference import REFERENCE_KINDS
from desktop.i18n import render
from desktop.services import exchange as X
from desktop.services import records
from desktop.storage.migrate import head_revision
from tests.unit.test_bundle_support import PASSPHRASE, count, new_laptop, pair, snapshot


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def stores(tmp_path, tmp_path_factory):
    laptop, coordinator = pair(tmp_path, tmp_path_factory, participants=3)
    yield laptop, coordinator
    laptop.close()
    coordinator.close()


def _participant_names(store) -> set[str]:
    return {p["last_name"] for p in records.list_all(store, "participant")}


def test_export_then_import_brings_every_record_and_is_idempotent(stores, usb):
    laptop, coordinator = stores
    result = X.export(laptop, usb)
    assert result.path.parent == usb and result.path.exists()
    assert list(usb.iterdir()) == [result.path]  # no temporary file left behind
    assert result.counts["participant"] == 3
    preview = X.preview_import(coordinator, result.path)
    assert preview["report"]["kinds"]["participant"]["new"] == 3
    assert count(coordinator, "participant") == 0  # a preview writes nothing
    applied = X.apply_import(coordinator, result.path)
    assert applied["report"]["kinds"]["participant"]["new"] == 3
    assert _participant_names(coordinator) == _participant_names(laptop)
    before = snapshot(coordinator)
    again = X.apply_import(coordinator, result.path)
    assert again["already_imported"] is True
    assert again["report"]["totals"]["new"] == again["report"]["totals"]["updated"] == 0
    after = snapshot(coordinator)
    assert {
        t: v
        for t, v in after.items()
        if not t.startswith("exchange_") and t not in ("meta", "audit_entry")
    } == {
        t: v
        for t, v in before.items()
        if not t.startswith("exchange_") and t not in ("meta", "audit_entry")
    }
    assert [h["direction"] for h in X.history(coordinator)] == ["import", "import"]
    assert [h["direction"] for h in X.history(laptop)] == ["export"]


def test_file_name_and_bytes_carry_no_personal_data(stores, usb):
    laptop, _ = stores
    path = X.export(laptop, usb).path
    names = _participant_names(laptop)
    codes = {p["code"] for p in records.list_all(laptop, "participant")}
    assert not any(n in path.name for n in names | codes)
    data = path.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n")
    assert not any(n.encode() in data for n in names | codes)


@pytest.mark.skipif(
    shutil.which("age") is None,
    reason="the age command-line tool is not installed (apt-get install age)",
)
def test_the_age_tool_decrypts_a_bundle_with_the_coordinator_identity(stores, usb, tmp_path):
    laptop, coordinator = stores
    path = X.export(laptop, usb).path
    with coordinator.read() as s:
        identity = K.unlock_coordinator(s, PASSPHRASE)
    key_file = tmp_path / "coordinator.key"
    key_file.write_text(K.identity_file_text(identity))
    out = subprocess.run(
        ["age", "-d", "-i", str(key_file), str(path)], capture_output=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    plain = out.stdout
    assert plain.startswith(B.MAGIC)
    manifest = json.loads(plain[len(B.MAGIC) : plain.index(b"\n", len(B.MAGIC))])
    assert manifest["format"] == "milma-bundle" and manifest["schema_version"] == head_revision()
    assert manifest["device_id"] == laptop.device_id
    body = plain.split(b"\n", 3)[3]
    assert manifest["body_hash"] == B.body_hash(body)
    content = json.loads(zlib.decompress(body))
    in_tables = sum(len(table["ids"]) for table in content.get("tables", []))
    assert len(content["changes"]) + in_tables == sum(manifest["counts"].values())
    assert in_tables  # format 3: the upserts made by one write travel as tables


def test_manifest_describes_the_bundle(stores, usb):
    laptop, coordinator = stores
    path = X.export(laptop, usb).path
    opened = X.open_bundle(coordinator, path)
    m = opened.manifest
    assert m["type"] == "changes" and m["format_version"] == B.FORMAT_VERSION
    assert m["sequence"]["since"] == 0 and m["sequence"]["last"] >= m["sequence"]["first"] > 0
    assert m["signer_fingerprint"] == X.key_info(laptop)["fingerprint"]
    assert m["clock"] > 0 and m["counts"]["participant"] == 3


# ---- acknowledgements, gaps, reference data ---------------------------------------------------


def test_a_bundle_of_format_2_from_an_older_laptop_still_imports(
    stores, usb, tmp_path, monkeypatch
):
    laptop, coordinator = stores
    before = snapshot(coordinator)
    # the laptop writes as format 2 did: every upsert a JSON object, no tables
    encode, seal = B.encode_body, B.seal
    monkeypatch.setattr(B, "encode_body", lambda body: encode(body, format_version=2))
    monkeypatch.setattr(B, "seal", lambda *args, **kw: seal(*args, **kw, format_version=2))
    path = X.export(laptop, usb).path
    monkeypatch.undo()
    with coordinator.read() as s:
        identity = K.unlock_coordinator(s, PASSPHRASE)
    plain = pyrage.decrypt(path.read_bytes(), [identity])
    opened = B.open_plain(plain, head_revision())
    assert opened.manifest["format_version"] == 2 and "tables" not in opened.body
    assert opened.count == len(opened.body["changes"]) == sum(opened.manifest["counts"].values())
    assert any("values" in c for c in opened.body["changes"])
    applied = X.apply_import(coordinator, path)
    assert applied["report"]["kinds"]["participant"]["new"] == 3
    assert _participant_names(coordinator) == _participant_names(laptop)
    assert snapshot(coordinator) != before
    # the same data as format 3 brings nothing more
    merged = snapshot(coordinator)
    current = X.export(laptop, usb, full=True).path
    assert X.open_bundle(coordinator, current).manifest["format_version"] == B.FORMAT_VERSION == 3
    again = X.apply_import(coordinator, current)
    assert again["report"]["totals"]["new"] == again["report"]["totals"]["updated"] == 0
    assert {
        t: v
        for t, v in snapshot(coordinator).items()
        if not t.startswith("exchange_") and t not in ("meta", "audit_entry")
    } == {
        t: v
        for t, v in merged.items()
        if not t.startswith("exchange_") and t not in ("meta", "audit_entry")
    }


def test_acknowledged_changes_are_not_exported_again(stores, usb):
    laptop, coordinator = stores
    first = X.export(laptop, usb)
    X.apply_import(coordinator, first.path)
    ref = X.export(coordinator, usb)
    assert ref.bundle_type == "reference" and ref.laptops == 1
    result = X.apply_import(laptop, ref.path)
    assert result["report"]["acknowledged"] == first.last
    pid = records.list_all(laptop, "participant")[0]["id"]
    records.update(laptop, "participant", pid, {"next_steps": "Llamar a la empresa"})
    second = X.export(laptop, usb)
    assert second.since == first.last
    # only the new edit, besides reference records the laptop just took from the coordinator
    assert {k: n for k, n in second.counts.items() if k not in REFERENCE_KINDS} == {
        "participant": 1
    }
    full = X.export(laptop, usb, full=True)
    assert full.since == 0 and full.counts["participant"] == 3


def test_a_missing_bundle_shows_as_a_gap_until_it_arrives(stores, usb):
    laptop, coordinator = stores
    pids = [p["id"] for p in records.list_all(laptop, "participant")]
    one = X.export(laptop, usb)
    # without acknowledgements each export starts again from 0: acknowledge by hand as the
    # coordinator would, through a reference bundle
    X.apply_import(coordinator, one.path)
    X.apply_import(laptop, X.export(coordinator, usb).path)
    records.update(laptop, "participant", pids[0], {"next_steps": "Paso dos"})
    two = X.export(laptop, usb)
    with laptop.transaction() as tx:  # the laptop believes `two` was acknowledged (e.g. lost stick)
        tx.session.execute(
            X.ledger._ACK.update()
            .where(X.ledger._ACK.c.device_id == laptop.device_id)
            .values(seq=two.last)
        )
    records.update(laptop, "participant", pids[1], {"next_steps": "Paso tres"})
    three = X.export(laptop, usb)
    assert three.since == two.last
    preview = X.preview_import(coordinator, three.path)
    assert preview["gaps"] == [
        {"device_id": laptop.device_id, "from": one.last + 1, "to": two.last}
    ]
    X.apply_import(coordinator, three.path)
    assert X.acknowledged(coordinator)[laptop.device_id] == one.last
    X.apply_import(coordinator, two.path)
    assert X.acknowledged(coordinator)[laptop.device_id] == three.last
    assert X.preview_import(coordinator, three.path)["gaps"] == []


def test_reference_data_carries_revocations_to_laptops(stores, usb, tmp_path):
    laptop, coordinator = stores
    other = new_laptop(tmp_path / "other")
    X.trust_coordinator(other, X.key_info(coordinator)["age_public_key"])
    fp = X.enrol_device(coordinator, K.parse_enrolment(json.dumps(X.key_info(other))))[
        "fingerprint"
    ]
    X.revoke_device(coordinator, fp[:9])
    ref = X.export(coordinator, usb)
    result = X.apply_import(laptop, ref.path)
    assert result["report"]["revocations"] == 1
    with laptop.read() as s:
        assert fp in K.revoked_fingerprints(s)
    # the revoked laptop cannot read reference data any more, and its bundles are refused
    with pytest.raises(BundleRejected, match="wrong recipient"):
        X.apply_import(other, ref.path)
    bundle = X.export(other, usb)
    before = snapshot(coordinator)
    with pytest.raises(BundleRejected, match="revoked"):
        X.apply_import(coordinator, bundle.path)
    assert snapshot(coordinator) == before
    other.close()


def test_reference_data_not_made_by_the_trusted_coordinator_is_refused(
    stores, usb, tmp_path, tmp_path_factory
):
    laptop, coordinator = stores
    impostor = Store_open_coordinator(tmp_path / "impostor")
    X.enrol_device(impostor, K.parse_enrolment(json.dumps(X.key_info(laptop))))
    ref = X.export(impostor, usb)
    before = snapshot(laptop)
    with pytest.raises(BundleRejected, match="not from the coordinator"):
        X.apply_import(laptop, ref.path)
    assert snapshot(laptop) == before
    impostor.close()


def Store_open_coordinator(folder: Path):  # noqa: N802 - a second, different coordinator identity
    from desktop.services.setup import init_device
    from desktop.storage.store import Store

    store = Store.open(folder)
    init_device(store, "CIFE", "impostor")
    X.init_coordinator(store, "another passphrase")
    return store


def test_a_restored_identity_reads_bundles_in_transit(stores, usb, tmp_path):
    laptop, coordinator = stores
    path = X.export(laptop, usb).path
    backup = tmp_path / "identity.age"
    X.backup_identity(coordinator, backup, PASSPHRASE)
    # the backup is a standard age passphrase file holding an age identity
    text = pyrage.passphrase.decrypt(backup.read_bytes(), PASSPHRASE).decode()
    assert str(K.parse_identity_text(text).to_public()) == X.key_info(coordinator)["age_public_key"]
    K.lock_all()
    new = new_laptop(tmp_path / "new-coordinator")
    X.restore_identity(new, backup, PASSPHRASE)
    assert X.key_info(new)["age_public_key"] == X.key_info(coordinator)["age_public_key"]
    X.enrol_device(new, K.parse_enrolment(X.key_info(laptop)["signing_public_key"]))
    K.lock_all()
    with pytest.raises(K.KeysError):
        X.open_bundle(new, path, "wrong passphrase")
    result = X.apply_import(new, path, PASSPHRASE)
    assert result["report"]["kinds"]["participant"]["new"] == 3
    new.close()


# ---- refusals: nothing written --------------------------------------------------------------


def _coordinator_key(coordinator) -> str:
    return X.key_info(coordinator)["age_public_key"]


def _craft(
    laptop,
    coordinator,
    *,
    manifest: dict | None = None,
    body: bytes | None = None,
    signature: bytes | None = None,
) -> bytes:
    """A bundle as a laptop would make it, with parts replaced."""
    device = X.device_keys(laptop)
    base = {
        "type": "changes",
        "bundle_id": "b-1",
        "device_id": laptop.device_id,
        "schema_version": head_revision(),
        "sequence": {"since": 0, "first": 1, "last": 1},
        "clock": 1,
        "counts": {},
    }
    base.update(manifest or {})
    body = B.encode_body({"changes": []}) if body is None else body
    if signature is None:
        return B.seal(base, body, device, [_coordinator_key(coordinator)])
    full = dict(
        base,
        format=B.FORMAT,
        format_version=B.FORMAT_VERSION,
        body_hash=B.body_hash(body),
        body_size=len(body),
        signer_fingerprint=device.fingerprint,
    )
    plain = B.MAGIC + B._json_line(full) + b"\n" + signature + b"\n" + body
    return pyrage.encrypt(plain, [K.parse_age_recipient(_coordinator_key(coordinator))])


def _refused(coordinator, path: Path, match: str) -> None:
    before = snapshot(coordinator)
    with pytest.raises(BundleRejected, match=match) as info:
        X.apply_import(coordinator, path)
    assert "\n" not in str(info.value)
    with pytest.raises(BundleRejected, match=match):
        X.preview_import(coordinator, path)
    assert snapshot(coordinator) == before


def test_unsigned_bundle_is_refused(stores, tmp_path):
    laptop, coordinator = stores
    path = tmp_path / "unsigned.milma.age"
    path.write_bytes(_craft(laptop, coordinator, signature=b"{}"))
    _refused(coordinator, path, "not signed")


def test_bundle_of_an_unknown_laptop_is_refused(stores, usb, tmp_path):
    _, coordinator = stores
    stranger = new_laptop(tmp_path / "stranger", participants=1)
    X.trust_coordinator(stranger, _coordinator_key(coordinator))
    _refused(coordinator, X.export(stranger, usb).path, "unknown laptop")
    stranger.close()


def test_bundle_of_a_revoked_laptop_is_refused(stores, usb):
    laptop, coordinator = stores
    path = X.export(laptop, usb).path
    X.revoke_device(coordinator, laptop.device_id)
    _refused(coordinator, path, "revoked")


def test_bundle_for_another_recipient_is_refused(stores, usb, tmp_path):
    laptop, coordinator = stores
    path = X.export(laptop, usb).path
    other = new_laptop(tmp_path / "other")
    _refused(other, path, "wrong recipient")
    other.close()
    impostor = Store_open_coordinator(tmp_path / "impostor")
    X.enrol_device(impostor, K.parse_enrolment(json.dumps(X.key_info(laptop))))
    _refused(impostor, path, "wrong recipient")
    impostor.close()


def test_altered_bundle_is_refused(stores, usb):
    laptop, coordinator = stores
    path = X.export(laptop, usb).path
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    _refused(coordinator, path, "damaged, altered or truncated")


def test_truncated_bundle_is_refused(stores, usb):
    laptop, coordinator = stores
    path = X.export(laptop, usb).path
    data = path.read_bytes()
    for cut in (len(data) - 1, len(data) // 2, 40):
        path.write_bytes(data[:cut])
        _refused(coordinator, path, "damaged, altered or truncated|not an encrypted")


def test_signature_over_other_content_is_refused(stores, tmp_path):
    laptop, coordinator = stores
    genuine = B.MAGIC + b'{"other":"manifest"}'
    device = X.device_keys(laptop)
    sig = B._json_line(
        {
            "alg": "ed25519",
            "public_key": device.signing_public,
            "signature": K.sign(device.signing, genuine),
        }
    )
    path = tmp_path / "resigned.milma.age"
    path.write_bytes(_craft(laptop, coordinator, signature=sig))
    _refused(coordinator, path, "signature does not match")


def test_bundle_with_a_newer_schema_is_refused(stores, tmp_path):
    laptop, coordinator = stores
    path = tmp_path / "newer.milma.age"
    path.write_bytes(_craft(laptop, coordinator, manifest={"schema_version": "9999"}))
    _refused(coordinator, path, "newer data schema")


def test_bundle_of_a_newer_format_is_refused(stores, tmp_path):
    laptop, coordinator = stores
    device = X.device_keys(laptop)
    body = B.encode_body({"changes": []})
    manifest = {
        "type": "changes",
        "bundle_id": "b-2",
        "device_id": laptop.device_id,
        "schema_version": head_revision(),
        "sequence": {"since": 0, "first": 1, "last": 1},
        "clock": 1,
        "counts": {},
        "format": B.FORMAT,
        "format_version": B.FORMAT_VERSION + 1,
        "body_hash": B.body_hash(body),
        "body_size": len(body),
        "signer_fingerprint": device.fingerprint,
    }
    signed = B.MAGIC + B._json_line(manifest)
    sig = B._json_line(
        {
            "alg": "ed25519",
            "public_key": device.signing_public,
            "signature": K.sign(device.signing, signed),
        }
    )
    for i, plain in enumerate((signed + b"\n" + sig + b"\n" + body, b"MILMA-BUNDLE/2\n{}\n{}\n")):
        path = tmp_path / f"newer-{i}.milma.age"
        path.write_bytes(
            pyrage.encrypt(plain, [K.parse_age_recipient(_coordinator_key(coordinator))])
        )
        _refused(coordinator, path, "newer version")


def test_bundle_with_malformed_content_is_refused(stores, tmp_path):
    laptop, coordinator = stores
    bad_value = {
        "changes": [
            {
                "kind": "participant",
                "id": "01a2",
                "op": "upsert",
                "fields": {"first_name": [12, 1, laptop.device_id]},
            }
        ]
    }
    cases = [
        B.encode_body(bad_value),
        B.encode_body({"changes": "all"}),
        zlib.compress(b"not json"),
        b"\x00\x01",
    ]
    for i, body in enumerate(cases):
        path = tmp_path / f"malformed-{i}.milma.age"
        path.write_bytes(_craft(laptop, coordinator, body=body))
        _refused(coordinator, path, "malformed")
    path = tmp_path / "bad-manifest.milma.age"
    path.write_bytes(_craft(laptop, coordinator, manifest={"sequence": "all"}))
    _refused(coordinator, path, "malformed")


def test_a_file_that_is_no_bundle_is_refused(stores, tmp_path):
    _, coordinator = stores
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 not a bundle")
    _refused(coordinator, path, "not an encrypted MILMA bundle")


def test_a_process_killed_mid_import_leaves_the_database_as_it_was(stores, usb):
    laptop, coordinator = stores
    path = X.export(laptop, usb).path
    data_dir = coordinator.data_dir
    before = snapshot(coordinator)
    coordinator.close()
    script = (
        "import os, signal, sys\n"
        "import desktop.exchange.merge as m\n"
        "real = m.apply\n"
        "def apply(tx, changes, **kw):\n"
        "    report = real(tx, changes, **kw)\n"
        "    if not kw.get('dry_run'):\n"
        "        tx.session.flush()\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    return report\n"
        "m.apply = apply\n"
        "from desktop.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = dict(os.environ, MILMA_KEY_PASSPHRASE=PASSPHRASE)
    proc = subprocess.run(
        [sys.executable, "-c", script, "--data-dir", str(data_dir), "import", str(path)],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == -9, proc.stderr.decode()
    from desktop.storage.store import Store

    reopened = Store.open(data_dir)
    try:
        assert snapshot(reopened) == before
        assert (
            X.apply_import(reopened, path, PASSPHRASE)["report"]["kinds"]["participant"]["new"] == 3
        )
    finally:
        reopened.close()


# ---- writing: nothing marked exported when the write fails ------------------------------------


def _nothing_exported(laptop, usb_dir: Path) -> None:
    assert X.history(laptop) == []
    if usb_dir.is_dir():
        assert list(usb_dir.iterdir()) == []


def test_export_to_a_missing_folder_fails_cleanly(stores, tmp_path):
    laptop, _ = stores
    with pytest.raises(B.BundleWriteError, match="nothing was exported"):
        X.export(laptop, tmp_path / "gone")
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    with pytest.raises(B.BundleWriteError):
        X.export(laptop, not_a_dir)
    _nothing_exported(laptop, tmp_path / "gone")


def test_a_write_error_leaves_nothing_marked_exported(stores, usb, monkeypatch):
    laptop, _ = stores

    def failing_fsync(fd):
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(B.BundleWriteError, match="was the drive removed"):
        X.export(laptop, usb)
    _nothing_exported(laptop, usb)


def test_a_stick_pulled_after_the_rename_leaves_nothing_marked_exported(stores, usb, monkeypatch):
    laptop, _ = stores
    real_replace = os.replace

    def pulled(src, dst):
        real_replace(src, dst)
        shutil.rmtree(usb)

    monkeypatch.setattr(os, "replace", pulled)
    with pytest.raises(B.BundleWriteError):
        X.export(laptop, usb)
    _nothing_exported(laptop, usb)


def test_a_full_drive_says_so(stores, usb, monkeypatch):
    laptop, _ = stores

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(B.BundleWriteError, match="is full"):
        X.export(laptop, usb)
    _nothing_exported(laptop, usb)


def test_a_bundle_that_reads_back_wrong_is_not_recorded(stores, usb, monkeypatch):
    laptop, _ = stores
    real = B.read_file
    monkeypatch.setattr(B, "read_file", lambda path: real(path)[:-10])
    with pytest.raises(B.BundleWriteError, match="read back"):
        X.export(laptop, usb)
    _nothing_exported(laptop, usb)


def test_an_unwritable_folder_fails_cleanly(stores, usb, monkeypatch):
    laptop, _ = stores
    usb.chmod(0o500)
    try:
        if os.access(usb, os.W_OK):  # root writes anywhere: refuse the creation as the kernel would

            def refused(*args, **kwargs):
                raise PermissionError(errno.EACCES, "Permission denied", str(usb))

            monkeypatch.setattr(tempfile, "mkstemp", refused)
        with pytest.raises(B.BundleWriteError, match="nothing was exported"):
            X.export(laptop, usb)
        _nothing_exported(laptop, usb)
    finally:
        usb.chmod(0o700)


def test_records_arriving_after_a_duplicate_merge_join_the_survivor_on_import(stores, usb):
    from desktop.services import duplicates, participants

    laptop, coordinator = stores
    X.apply_import(coordinator, X.export(laptop, usb).path)
    a, b = sorted(records.list_all(coordinator, "participant"), key=lambda p: p["code"])[:2]
    duplicates.merge_participants(coordinator, a["id"], b["id"])
    # the laptop, not yet aware of the merge, plans a goal with the merged-away person
    goal = records.create(
        laptop,
        "goal",
        {"participant_id": b["id"], "title": "Carné de carretillero", "status": "planned"},
    )
    applied = X.apply_import(coordinator, X.export(laptop, usb).path)
    assert applied["report"]["repointed"] == 1
    assert records.get(coordinator, "goal", goal["id"])["participant_id"] == a["id"]
    assert participants.count(coordinator) >= 2


def test_enrolling_a_laptop_with_its_own_tag_gives_no_warning(stores, tmp_path):
    _, coordinator = stores
    other = new_laptop(tmp_path / "other", "other")
    assert (
        X.enrol_device(coordinator, K.parse_enrolment(json.dumps(X.key_info(other))))["warning"]
        is None
    )
    other.close()


def test_two_laptops_sharing_a_code_tag_are_told_apart_not_merged_blindly(
    stores, usb, tmp_path, monkeypatch
):
    """Codes are unique; if two laptops drew the same random tag, the second one's people would
    get codes already taken: its bundle is refused whole, naming the tag, and nothing is written."""
    from desktop.services import participants
    from desktop.storage import store as store_module
    from tests.unit.merge_support import person

    laptop, coordinator = stores
    for module in (store_module, X.identity, X.importing):  # every laptop draws the tag AAAA
        monkeypatch.setattr(module, "device_prefix", lambda device_id: "AAAA")
    other = new_laptop(tmp_path / "other", "other")
    X.trust_coordinator(other, X.key_info(coordinator)["age_public_key"])
    enrolled = X.enrol_device(coordinator, K.parse_enrolment(json.dumps(X.key_info(other))))
    # the coordinator is warned at once, naming the tag and the laptop that has it already
    warning = render(enrolled["warning"])
    assert "AAAA" in warning and X.key_info(laptop)["fingerprint"] in warning
    mine = participants.register(laptop, person(1))  # after the laptop's 3 demo participants
    theirs = [participants.register(other, person(i)) for i in range(2, 6)][-1]
    assert mine["code"] == theirs["code"]  # the same tag, the same sequence
    X.apply_import(coordinator, X.export(laptop, usb).path)
    clash = X.export(other, usb).path
    before = snapshot(coordinator)
    for step in (X.preview_import, X.apply_import):
        with pytest.raises(BundleRejected) as err:
            step(coordinator, clash)
        assert "AAAA" in str(err.value) and "Nothing was imported" in str(err.value)
    assert snapshot(coordinator) == before
    other.close()
