"""Encryption at rest: a plain store encrypted, then nothing of a participant is found in any
file of the data folder (database, WAL, backups, key file); it opens with an account's password
or the recovery key only, and a conversion stopped half-way is finished at the next opening."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.services import backups, encryption, participants, records
from desktop.storage import backups as B
from desktop.storage import engine, migrate
from desktop.storage import keyslots as K
from desktop.storage.drafts import Drafts
from desktop.storage.engine import db_path
from desktop.storage.store import StorageError, Store

NAME, SURNAME, DOCUMENT = "Zebulonia", "Quillantha", "XK4471239"
STORY = "Crucé el estrecho en una patera con mi hermana pequeña"


@pytest.fixture(autouse=True)
def _fast_slots(fast_key_slots):
    """Every test here makes key slots."""


def _person(first: str = NAME, last: str = SURNAME, document: str = DOCUMENT) -> dict:
    return {
        "first_name": first,
        "last_name": last,
        "birth_date": "1990-02-03",
        "gender": "female",
        "migrant_status": "refugee",
        "document_type": "PASSPORT",
        "document_number": document,
    }


def _needles() -> list[bytes]:
    return [
        text.encode(codec)
        for text in (SURNAME, DOCUMENT, STORY)
        for codec in ("utf-8", "utf-16-le", "utf-16-be")
    ]


def _files_holding_them(folder: Path) -> list[str]:
    found = []
    for root, _dirs, names in os.walk(folder):
        for name in names:
            data = (Path(root) / name).read_bytes()
            if any(needle in data for needle in _needles()):
                found.append(name)
    return found


def test_an_encrypted_store_holds_a_participant_in_no_file_of_its_data_folder(store):
    participants.register(store, _person())
    backups.back_up(store)  # a plain backup made before encryption
    drafts = Drafts(store.data_dir)
    drafts.save(
        "participant:new", {"last_name": SURNAME, "life_story": STORY}
    )  # a form left unsaved
    assert len(_files_holding_them(store.data_dir)) >= 3  # the test finds them in a plain store
    recovery = encryption.encrypt(store, "demo", "milma-demo")
    assert drafts.load("participant:new") == {
        "last_name": SURNAME,
        "life_story": STORY,
    }  # sealed, still read
    drafts.save("participant:other", {"document_number": DOCUMENT, "life_story": STORY})
    assert len(recovery.split("-")) == 8
    participants.register(
        store, _person("Ariadna", SURNAME, "XK4471240")
    )  # written since, in the WAL
    store.reader().execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    participants.register(store, _person("Berenice", SURNAME, "XK4471241"))
    backups.back_up(store)
    assert store.path.with_name(store.path.name + "-wal").exists()
    assert len(B.list_backups(B.folder_of(store.data_dir))) >= 3
    assert _files_holding_them(store.data_dir) == []
    assert sorted(p["first_name"] for p in records.list_all(store, "participant")) == [
        "Ariadna",
        "Berenice",
        NAME,
    ]
    assert sorted(drafts.pending()) == ["participant:new", "participant:other"]
    store.close()
    encryption.lock(store.data_dir)
    assert Drafts(store.data_dir).load("participant:other") is None  # locked: not readable


def test_the_store_opens_with_a_password_or_the_recovery_key_only(store):
    participants.register(store, _person())
    recovery = encryption.encrypt(store, "demo", "milma-demo")
    data_dir = store.data_dir
    store.close()
    encryption.lock(data_dir)
    with pytest.raises(StorageError):  # without its key the database is not readable
        Store.open(data_dir)
    with pytest.raises(encryption.EncryptionError) as wrong:
        encryption.unlock(data_dir, "demo", "not-the-password")
    assert "Wrong user name or password" in str(wrong.value)
    with pytest.raises(encryption.EncryptionError):
        encryption.unlock(data_dir, "someone", "milma-demo")
    encryption.unlock(data_dir, "demo", "milma-demo")
    reopened = Store.open(data_dir)
    assert [p["first_name"] for p in records.list_all(reopened, "participant")] == [NAME]
    reopened.close()
    encryption.lock(data_dir)
    with pytest.raises(encryption.EncryptionError):
        encryption.unlock_with_recovery(data_dir, K.new_recovery_key())
    encryption.unlock_with_recovery(data_dir, recovery.lower().replace("-", " "))
    Store.open(data_dir).close()


def test_a_damaged_key_file_says_so_and_its_copy_with_the_backups_opens_the_store(store):
    recovery = encryption.encrypt(store, "demo", "milma-demo")
    encryption.set_slot(store.data_dir, "luis", "luis-password")
    store.close()
    encryption.lock(store.data_dir)
    K.path_of(store.data_dir).write_bytes(b"{ half a file")
    with pytest.raises(encryption.EncryptionError) as damaged:
        encryption.unlock(store.data_dir, "demo", "milma-demo")
    assert "recovery key" in str(damaged.value)
    with pytest.raises(encryption.EncryptionError) as needs_it:
        encryption.unlock_with_recovery(store.data_dir, recovery)
    copy = K.path_of(B.folder_of(store.data_dir))
    assert str(copy) in str(needs_it.value)
    K.path_of(store.data_dir).write_bytes(copy.read_bytes())  # the copy kept with the backups
    encryption.unlock(store.data_dir, "luis", "luis-password")  # the latest slots
    Store.open(store.data_dir).close()


def test_slots_follow_the_accounts(store):
    encryption.encrypt(store, "demo", "milma-demo")
    encryption.set_slot(store.data_dir, "luis", "luis-password")
    encryption.set_slot(store.data_dir, "demo", "new-password")
    before = encryption.new_recovery_key(store.data_dir)
    assert K.load(store.data_dir).names() == sorted(["demo", "luis", K.RECOVERY])
    key = engine.key_of(store.path)
    assert K.unlock(store.data_dir, "luis", "luis-password") == key
    assert K.unlock(store.data_dir, "demo", "new-password") == key
    assert K.unlock(store.data_dir, K.RECOVERY, before) == key
    encryption.remove_slot(store.data_dir, "luis")
    with pytest.raises(encryption.EncryptionError):
        encryption.unlock(store.data_dir, "luis", "luis-password")


def test_a_conversion_stopped_before_the_encrypted_copy_took_the_place_of_the_plain_one_is_finished(
    store, monkeypatch
):
    participants.register(store, _person())
    real = os.replace
    calls = []

    def cut(src, dst):
        calls.append(dst)
        if Path(dst) == store.path:  # the power goes as the encrypted copy is renamed
            raise OSError("power cut")
        return real(src, dst)

    monkeypatch.setattr(encryption.os, "replace", cut)
    with pytest.raises(OSError):
        encryption.encrypt(store, "demo", "milma-demo")
    monkeypatch.undo()
    store.close()
    engine._keys.clear()
    assert not store.path.exists()  # the plain database is aside, whole
    encryption.unlock(store.data_dir, "demo", "milma-demo")
    reopened = Store.open(store.data_dir)
    assert [p["first_name"] for p in records.list_all(reopened, "participant")] == [NAME]
    reopened.close()
    assert _files_holding_them(store.data_dir) == []


def test_a_backup_of_the_encrypted_store_restores(store):
    participants.register(store, _person())
    encryption.encrypt(store, "demo", "milma-demo")
    saved = backups.back_up(store)
    assert not engine.is_plain(saved)
    participants.register(store, _person("Ariadna", "Other", "XK4471240"))
    backups.restore(store.data_dir, saved, store)
    assert [p["first_name"] for p in records.list_all(store, "participant")] == [NAME]


def test_a_log_in_unlocks_before_opening_and_encrypts_a_plain_store_after(store):
    data_dir = store.data_dir
    encryption.before_open(data_dir, "demo", "whatever")  # a plain store: nothing to check
    recovery = encryption.after_login(store, "demo", "milma-demo")
    assert recovery and encryption.is_encrypted(data_dir)
    assert encryption.after_login(store, "demo", "milma-demo") is None  # once only
    store.close()
    encryption.lock(data_dir)
    with pytest.raises(encryption.EncryptionError):
        encryption.before_open(data_dir, "demo", "wrong-password")
    encryption.before_open(data_dir, "demo", "milma-demo")
    reopened = Store.open(data_dir)
    # an account whose password was verified against its hash, made before encryption, gets its slot
    encryption.after_login(reopened, "luis", "luis-password")
    reopened.close()
    encryption.lock(data_dir)
    encryption.before_open(data_dir, "luis", "luis-password")
    assert encryption.is_unlocked(data_dir)


def test_an_encrypted_store_of_an_older_schema_upgrades_with_an_encrypted_backup_first(data_dir):
    fixture = Path(__file__).parents[1] / "fixtures" / "store-0011.sqlite3"
    data_dir.mkdir(parents=True)
    key = K.new_key()
    B.export(fixture, db_path(data_dir), None, key)
    engine.use_key(db_path(data_dir), key)
    store = Store.open(data_dir)
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert store.last_backup is not None and not engine.is_plain(store.last_backup)
        assert (
            B.read(store.last_backup, set(migrate.known_revisions()), store.path).revision == "0011"
        )
        assert participants.count(store) > 0
    finally:
        store.close()


def test_every_connection_of_an_encrypted_store_is_sqlcipher_4_with_temporary_storage_in_memory(
    store,
):
    encryption.encrypt(store, "demo", "milma-demo")
    assert store.reader().execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    assert store.reader().execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar().startswith("4.")
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    with engine.open_file(store.path, readonly=True) as conn:
        assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")


def test_a_plain_backup_kept_elsewhere_restores_into_the_encrypted_store_and_leaves_no_plain_copy(
    store, tmp_path
):
    participants.register(store, _person())
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    saved = backups.back_up(store, elsewhere)  # a copy on a stick, made before encryption
    participants.register(store, _person("Ariadna", "Other", "XK4471240"))
    encryption.encrypt(store, "demo", "milma-demo")
    assert engine.is_plain(saved)  # not in a folder of this store: left as it is
    backups.restore(store.data_dir, saved, store)
    assert [p["first_name"] for p in records.list_all(store, "participant")] == [NAME]
    assert not engine.is_plain(store.path)
    store.reader().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    assert _files_holding_them(store.data_dir) == []


def test_wrong_passwords_in_a_row_make_the_next_try_wait_and_a_right_one_clears_the_count(store):
    encryption.encrypt(store, "demo", "milma-demo")
    data_dir = store.data_dir
    store.close()
    encryption.lock(data_dir)

    def delay(failures):
        return 0.0 if failures < 5 else 30.0 * 2 ** (failures - 5)

    for n in range(4):
        with pytest.raises(encryption.EncryptionError) as wrong:
            encryption.before_open(data_dir, "demo", f"wrong-{n}", delay=delay, now=1000.0 + n)
        assert not isinstance(wrong.value, encryption.WaitToUnlock)
    with pytest.raises(encryption.WaitToUnlock) as fifth:
        encryption.before_open(data_dir, "demo", "wrong-4", delay=delay, now=1004.0)
    assert fifth.value.seconds == 30
    with pytest.raises(encryption.WaitToUnlock):  # even the right password waits its turn
        encryption.before_open(data_dir, "demo", "milma-demo", delay=delay, now=1010.0)
    assert not encryption.is_unlocked(data_dir)
    assert b"demo" not in (data_dir / "device-state.json").read_bytes()  # the name is not kept
    encryption.before_open(data_dir, "demo", "milma-demo", delay=delay, now=1040.0)
    assert encryption.is_unlocked(data_dir)
    encryption.lock(data_dir)
    with pytest.raises(encryption.EncryptionError) as again:  # counted from zero again
        encryption.before_open(data_dir, "demo", "wrong", delay=delay, now=1041.0)
    assert not isinstance(again.value, encryption.WaitToUnlock)
