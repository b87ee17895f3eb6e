"""Encryption at rest: opening an encrypted store with an account's password, encrypting a plain
one, and keeping the key slots in step with the accounts.

A store is encrypted once it has a key file (desktop/storage/keyslots.py) beside its database.
Opening it: :func:`unlock` with the user name and password (or :func:`unlock_with_recovery`)
unwraps the database key from that account's slot and registers it with the engine
(desktop/storage/engine.py), after which ``Store.open`` works as for a plain store. A wrong
password opens nothing; a missing or damaged key file says so and points to the recovery key.

A store made before encryption is encrypted by :func:`encrypt` (when its administrator is
created, or at the first log-in of an administrator of a store with accounts:
:func:`at_login`): an encrypted backup first, then the key file, then the database exported
encrypted and renamed over the plain one, which is overwritten with zeros and removed, as are the
plain backups of the data folder and of the second backup folder; the drafts of unsaved forms are
sealed with the key (storage/sealed.py). A crash at any point is finished at the next
:func:`unlock` (:func:`finish`): the plain file is never removed before its encrypted copy is
whole.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.storage import backups as B
from desktop.storage import device_state, engine, sealed
from desktop.storage import keyslots as K
from desktop.storage.engine import db_path

log = logging.getLogger("milma.encryption")

RECOVERY = K.RECOVERY


class EncryptionError(UserError):
    pass


def _error(text: str, **params) -> EncryptionError:
    return EncryptionError(Message("Encryption", text, params))


class WrongPassword(EncryptionError):
    """The password (or the user name) opens no slot."""


def _wrong() -> WrongPassword:
    return WrongPassword(
        Message("Encryption", QT_TRANSLATE_NOOP("Encryption", "Wrong user name or password."))
    )


def _damaged(data_dir: Path) -> EncryptionError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Encryption",
            "The key file {file} is missing or damaged: open the data store with its recovery key, "
            "then set the passwords again.",
        ),
        file=str(K.path_of(data_dir)),
    )


def is_encrypted(data_dir: Path) -> bool:
    """Whether the store in ``data_dir`` is encrypted (has a key file, or a database that is
    not plain SQLite)."""
    return K.exists(data_dir) or not engine.is_plain(db_path(data_dir))


def is_unlocked(data_dir: Path) -> bool:
    return engine.key_of(db_path(data_dir)) is not None


class NoSlot(WrongPassword):
    """The user name typed has no slot: an account made before the store was encrypted (or
    switched off), or a name mistyped."""


def _no_slot(username: str) -> NoSlot:
    return NoSlot(
        Message(
            "Encryption",
            QT_TRANSLATE_NOOP(
                "Encryption",
                "The account {name} does not open this encrypted data store: check the user name,"
                " or ask an administrator to give the account a new password (File > Accounts).",
            ),
            {"name": username},
        )
    )


def unlock(data_dir: Path, username: str, password: str) -> bytes:
    """Open the encrypted store of ``data_dir`` for ``username`` (as typed: case and accents
    aside, as the accounts are named): its database key, registered with the engine
    (Store.open then opens it). EncryptionError, translated, if not."""
    from desktop.domain.text import fold

    data_dir, name = Path(data_dir), fold(" ".join((username or "").split()))
    try:
        keys = K.load(data_dir)
        if name not in keys.slots:
            raise _no_slot(name)
        key = keys.open(name, password or "")
    except K.WrongSecret:
        raise _wrong() from None
    except K.KeyFileError:
        raise _damaged(data_dir) from None
    return _use(data_dir, key)


def slot_names(data_dir: Path) -> set[str]:
    """The accounts that open the encrypted store of ``data_dir`` (none for a plain store)."""
    if not K.exists(data_dir):
        return set()
    try:
        return set(K.load(Path(data_dir)).slots) - {RECOVERY}
    except K.KeyFileError:
        raise _damaged(Path(data_dir)) from None


def unlock_with_recovery(data_dir: Path, recovery_key: str) -> bytes:
    data_dir = Path(data_dir)
    try:
        key = K.unlock(data_dir, RECOVERY, recovery_key)
    except K.WrongSecret:
        raise _error(
            QT_TRANSLATE_NOOP("Encryption", "This is not the recovery key of this data store.")
        ) from None
    except K.KeyFileError:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Encryption",
                "The key file {file} is missing or damaged, and the recovery key needs it: copy the"
                " key file kept with the backups ({copy}) in its place.",
            ),
            file=str(K.path_of(data_dir)),
            copy=str(K.path_of(B.folder_of(data_dir))),
        ) from None
    return _use(data_dir, key)


def _use(data_dir: Path, key: bytes) -> bytes:
    finish(data_dir, key)
    db = db_path(data_dir)
    engine.use_key(db, key)
    try:
        engine.open_file(db).close()
    except engine.Error:
        engine.use_key(db, None)
        raise _error(
            QT_TRANSLATE_NOOP(
                "Encryption",
                "The database {path} does not open with this key file: it is damaged, or the key"
                " file belongs to another data store.",
            ),
            path=str(db),
        ) from None
    return key


def lock(data_dir: Path) -> None:
    """Forget the key of the store (its connections must be closed)."""
    engine.use_key(db_path(data_dir), None)


# ---- the two calls of a log-in -------------------------------------------------------------------
class WaitToUnlock(EncryptionError):
    """Too many wrong passwords in a row: ``seconds`` before the next try."""

    def __init__(self, seconds: float):
        self.seconds = max(1, int(seconds + 0.999))
        super().__init__(
            Message(
                "Encryption",
                QT_TRANSLATE_NOOP(
                    "Encryption", "Too many wrong passwords in a row: try again in {seconds} s."
                ),
                {"seconds": self.seconds},
            )
        )


def before_open(
    data_dir: Path, username: str, password: str, *, delay=None, now: float | None = None
) -> None:
    """Where a log-in checks the password, before ``Store.open``: an encrypted store is
    unlocked with the account's slot (EncryptionError, translated, if the password is wrong);
    a plain store, or one unlocked already in this process, is left as it is. Wrong passwords
    in a row are counted beside the database (device-state.json, the name hashed); ``delay``
    (failures -> seconds, the accounts' rule) makes the next try wait (WaitToUnlock)."""
    if not is_encrypted(data_dir) or is_unlocked(data_dir):
        return
    now = time.time() if now is None else now
    failures, at = device_state.unlock_failures(data_dir, username)
    left = (delay(failures) if delay and failures else 0.0) - (now - at)
    if left > 0:
        raise WaitToUnlock(left)
    try:
        unlock(data_dir, username, password)
    except WrongPassword:
        _count(data_dir, username, failures + 1, now)
        if delay and delay(failures + 1) > 0:
            raise WaitToUnlock(delay(failures + 1)) from None
        raise
    if failures:
        _count(data_dir, username, 0, now)


def _count(data_dir: Path, username: str, failures: int, now: float) -> None:
    try:
        device_state.set_unlock_failures(data_dir, username, failures, now)
    except OSError:
        log.warning("the count of wrong passwords cannot be written")


def after_login(store, username: str, password: str) -> str | None:
    """Once the password is verified (an administrator created, or a log-in): a plain store is
    encrypted now, and the recovery key returned, to be shown once (RecoveryKeyDialog); an
    encrypted one gets a slot for an account that has none yet (one made before the store was
    encrypted, whose password was verified against its hash). None when nothing was shown."""
    data_dir = Path(store.data_dir)
    if not is_encrypted(data_dir):
        return encrypt(store, username, password)
    if is_unlocked(data_dir):
        try:
            if username not in K.load(data_dir).slots:
                set_slot(data_dir, username, password)
        except K.KeyFileError:
            raise _damaged(data_dir) from None
    return None


def at_login(store, username: str, password: str) -> str | None:
    """A log-in's password verified (``store.account`` logged in): a plain store that has
    accounts, made before encryption, is encrypted now when the account manages the keys (an
    administrator: the recovery key returned, to be shown once, is theirs to keep, and they give
    the other accounts a new password, which makes their slots); an encrypted store gets a slot
    for an account that has none yet (see :func:`after_login`). The demo's account, whose
    password is public, leaves a plain store plain. None when nothing is to be shown."""
    from desktop.domain.roles import allowed

    if not is_encrypted(Path(store.data_dir)):
        account = store.account
        if account is None or not allowed(account.role, "keys"):
            return None
        from desktop.services.accounts import DEMO_PASSWORD, DEMO_USER

        if account.username == DEMO_USER and password == DEMO_PASSWORD:
            return None
    return after_login(store, getattr(store.account, "username", username), password)


# ---- encrypting a plain store -------------------------------------------------------------------
def encrypt(store, username: str, password: str) -> str:
    """Encrypt the plain ``store`` (open; it is closed and opened again, encrypted) with a new
    database key in a slot for ``username`` and one for a new recovery key, returned to be
    shown once."""
    data_dir = Path(store.data_dir)
    if is_encrypted(data_dir):
        raise _error(QT_TRANSLATE_NOOP("Encryption", "This data store is encrypted already."))
    key, recovery = K.new_key(), K.new_recovery_key()
    keys = K.KeyFile().add(username, password, key).add(RECOVERY, recovery, key)
    store.close()  # no plain connection may stay open while SQLCipher reads the file
    try:
        B.automatic(data_dir, db_path(data_dir), B.MIGRATION, encrypt_with=key)
        K.save(data_dir, keys)
        _copy_keys(data_dir, keys)
    except BaseException:
        store._open()  # still plain, as it was
        raise
    # from here the key file is there: a failure leaves the store closed, and the next unlock
    # finishes the conversion (finish)
    finish(data_dir, key)
    engine.use_key(db_path(data_dir), key)
    store._open()
    log.info("the data store is encrypted")
    return recovery


def finish(data_dir: Path, key: bytes) -> None:
    """Bring an interrupted conversion to its end: the database encrypted with ``key``, no
    plain copy left (its WAL included), the backups and the drafts encrypted."""
    db = db_path(data_dir)
    for folder in (
        Path(data_dir),
        B.folder_of(data_dir),
    ):  # copies a killed conversion left half made
        for left in folder.glob(".milma-encrypt-*.tmp*"):
            left.unlink(missing_ok=True)
        sealed.finish_swaps(folder)
    if db.exists() and engine.is_plain(db) and db.stat().st_size:
        tmp = db.with_name(f".milma-encrypt-{os.getpid()}.tmp")
        tmp.unlink(missing_ok=True)
        try:
            B.export(db, tmp, None, key)  # reads the plain WAL too, and checkpoints it on closing
            for side in ("-wal", "-shm"):  # the plain database's, if any is left
                sealed.wipe(db.with_name(db.name + side))
            sealed.swap_in(tmp, db)
        finally:
            tmp.unlink(missing_ok=True)
    for copies in (B.folder_of(data_dir), device_state.second_folder(data_dir)):
        if copies is not None:
            sealed.finish_swaps(copies)
            encrypt_backups(copies, key)
    try:
        sealed.seal_drafts(data_dir, key)
    except OSError:
        log.warning("a draft could not be sealed")


def encrypt_backups(folder: Path, key: bytes) -> int:
    """Encrypt the plain database files of a backup folder (backups, databases put aside)."""
    done = 0
    try:
        names = sorted(
            p for p in Path(folder).iterdir() if p.name.endswith(".sqlite3") and p.is_file()
        )
    except OSError:
        return 0
    for path in names:
        try:
            done += B.encrypt_file(path, key)
        except (OSError, *engine.Error):
            log.warning("a plain backup could not be encrypted")
    return done


# ---- slots of the accounts ----------------------------------------------------------------------
def _key(data_dir: Path) -> bytes:
    key = engine.key_of(db_path(data_dir))
    if key is None:
        raise _error(QT_TRANSLATE_NOOP("Encryption", "Unlock the data store first."))
    return key


def _update(data_dir: Path, change) -> None:
    try:
        keys = K.update(Path(data_dir), change)
    except K.KeyFileError:
        raise _damaged(Path(data_dir)) from None
    _copy_keys(Path(data_dir), keys)


def _copy_keys(data_dir: Path, keys: K.KeyFile) -> None:
    """A copy of the key file with the backups (and on the second backup drive): without it
    the backups open for no one. It holds only wrapped keys."""
    for folder in (B.folder_of(data_dir), device_state.second_folder(data_dir)):
        if folder is None:
            continue
        try:
            folder.mkdir(parents=True, exist_ok=True)
            K.save(folder, keys)
        except OSError:
            log.warning("the key file could not be copied to a backup folder")


def set_slot(data_dir: Path, username: str, password: str) -> None:
    """The account ``username`` opens the (unlocked) store with ``password``: its slot is added,
    or replaced by one for the new password. Only that slot changes."""
    if not K.exists(data_dir):
        return  # a plain store: nothing to wrap
    key = _key(data_dir)
    _update(data_dir, lambda keys: keys.add(username, password, key))


def remove_slot(data_dir: Path, username: str) -> None:
    """The account ``username`` no longer opens the store (removed or switched off)."""
    if not K.exists(data_dir):
        return
    _update(data_dir, lambda keys: keys.remove(username) if username in keys.slots else keys)


def new_recovery_key(data_dir: Path) -> str:
    """A new recovery key (the old one no longer opens the store), to be shown once."""
    key, recovery = _key(data_dir), K.new_recovery_key()
    _update(data_dir, lambda keys: keys.add(RECOVERY, recovery, key))
    return recovery
