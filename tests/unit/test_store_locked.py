"""An encrypted store opened without its key, or with a key that is not its own, says it is
locked and needs a password, in the user's language; a file that is no database says it is
damaged. Neither leaves a traceback nor a connection open."""

from __future__ import annotations

import pytest

from desktop.i18n import render
from desktop.services import encryption, participants
from desktop.storage import engine
from desktop.storage import keyslots as K
from desktop.storage.engine import db_path
from desktop.storage.store import StorageError, Store


@pytest.fixture
def locked(store, fast_key_slots):
    """The store fixture's data, encrypted, closed and locked again."""
    participants.register(
        store,
        {
            "first_name": "Zebulonia",
            "last_name": "Quillantha",
            "birth_date": "1990-02-03",
            "gender": "female",
            "migrant_status": "refugee",
        },
    )
    encryption.encrypt(store, "demo", "milma-demo")
    store.close()
    encryption.lock(store.data_dir)
    return store.data_dir


def _refusal(data_dir) -> str:
    with pytest.raises(StorageError) as refused:
        Store.open(data_dir)
    return render(refused.value.message)


def test_an_encrypted_store_without_its_key_says_it_is_locked(locked, language):
    language("en")
    assert _refusal(locked) == (
        f"The data store {locked} is encrypted and locked: it opens with the password of "
        "one of its accounts, or with its recovery key."
    )
    language("es")
    said = _refusal(locked)
    assert said.startswith(f"La base de datos {locked} está cifrada y bloqueada")
    assert "dañad" not in said


def test_an_encrypted_store_with_another_key_says_it_is_locked(locked, language):
    language("en")
    engine.use_key(db_path(locked), K.new_key())  # not this store's key
    assert "encrypted and locked" in _refusal(locked)
    language("fr")
    assert "chiffrée et verrouillée" in _refusal(locked)
    encryption.unlock(locked, "demo", "milma-demo")  # the right key in its place: it opens
    assert participants.count(Store.open(locked)) == 1


def test_a_damaged_file_still_says_it_is_damaged(data_dir, language):
    language("en")
    data_dir.mkdir(parents=True)
    db_path(data_dir).write_bytes(
        b"SQLite format 3\x00" + b"\x07" * 8192
    )  # a plain header, then noise
    assert (
        _refusal(data_dir) == f"The file {db_path(data_dir)} is not a MILMA database or is damaged."
    )
    db_path(data_dir).write_bytes(
        b"these are notes, not a database" * 100
    )  # and no key file beside it
    language("es")
    assert "dañad" in _refusal(data_dir)
