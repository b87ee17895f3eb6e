"""Where the data lives and the one place SQLite connections are made: the SQLAlchemy engine
for writes and full reads, and plain DB-API connections for the quick reads of the first screen
(SQLAlchemy is imported only when the engine is first needed, which keeps start-up fast).

A store becomes encrypted (SQLCipher 4, the sqlcipher3 binding: ``engine.dbapi``, imported on
first use) when it gets key slots (storage/keyslots.py, services/encryption.py); its database
key, once unwrapped, is registered here with :func:`use_key` and every connection to that file is
made by SQLCipher and keyed with it, the backups' included. A file without a key is opened by
the standard library's sqlite3, as before encryption. One file is never opened by both
libraries at once: two copies of SQLite in one process do not see each other's locks (a WAL
reader of one would recover the WAL under the other's feet), so converting a store closes its
connections first.
Temporary tables and indices stay in memory (temp_store); the WAL and the journals are
encrypted with the database.

Several writers share one database: the application's threads (a USB import in its worker, a
form saved meanwhile) and other processes (the `milma` command). A write transaction begins with
BEGIN IMMEDIATE, taking the write lock before it reads anything: a second writer then waits its
turn (up to BUSY_TIMEOUT_MS) instead of failing at once with "database is locked", which is what
SQLite does when a deferred transaction that has read tries to upgrade to a write (the busy
timeout does not apply there). Reads stay deferred and never take the write lock (WAL lets them
run beside a writer).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

APP_NAME = "milma-desktop"
APP_AUTHOR = "MILMA"
DB_FILE = "milma.sqlite3"
ENV_DATA_DIR = "MILMA_DATA_DIR"
# how long a writer waits for another one to finish: a full USB import may hold its transaction
# for tens of seconds at 50,000 participants
BUSY_TIMEOUT_MS = 60_000
WRITE = "milma_write"  # the execution option of connections whose transactions write


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """--data-dir, else $MILMA_DATA_DIR, else the platform's user data directory."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def db_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_FILE


def _cipher():
    """SQLCipher's DB-API module, imported when a keyed file is first opened (not at start-up)."""
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def __getattr__(name: str):
    """``dbapi`` (SQLCipher's module) and what a failing statement raises: ``Error``,
    ``DatabaseError``, ``OperationalError``, each the tuple of SQLCipher's class and the standard
    library's, so that both are caught where either is (an ``except`` evaluates it only when an
    exception reaches it: a plain store never imports SQLCipher)."""
    if name == "dbapi":
        return _cipher()
    if name in ("Error", "DatabaseError", "OperationalError"):
        return (getattr(_cipher(), name), getattr(sqlite3, name))
    raise AttributeError(name)


PLAIN_HEADER = b"SQLite format 3\x00"  # the first bytes of an unencrypted database

_keys: dict[str, bytes] = {}


class WrongKey(sqlite3.DatabaseError):
    """The file does not open with the key given (or without one): a wrong key, an encrypted
    store opened without its key, or not a database at all."""


def _name(path: str | os.PathLike) -> str:
    return os.path.abspath(os.fspath(path))


def use_key(path: str | os.PathLike, key: bytes | None) -> None:
    """Every connection to the database file ``path`` made from now on is keyed with ``key``
    (a 32-byte database key; None: the file is plain)."""
    if key is None:
        _keys.pop(_name(path), None)
    else:
        if len(key) != 32:
            raise ValueError("a database key has 32 bytes")
        _keys[_name(path)] = bytes(key)


def key_of(path: str | os.PathLike) -> bytes | None:
    """The key registered for the database file ``path`` (None: plain)."""
    return _keys.get(_name(path))


def keys_in_use() -> list[bytes]:
    """The keys registered in this process (the stores unlocked here)."""
    return list(dict.fromkeys(_keys.values()))


def is_plain(path: str | os.PathLike) -> bool:
    """Whether the file holds an unencrypted SQLite database (or is empty or missing)."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except (FileNotFoundError, NotADirectoryError):  # no database yet (Store.open says why)
        return True
    return header in (b"", PLAIN_HEADER)


def key_pragma(key: bytes) -> str:
    """The raw-key form of PRAGMA key / ATTACH ... KEY (no passphrase derivation by SQLCipher:
    the key is random already)."""
    return f"\"x'{key.hex()}'\""


def open_file(
    target: str | os.PathLike,
    *,
    key: bytes | None | bool = True,
    readonly: bool = False,
    immutable: bool = False,
    timeout: float = 5.0,
    cipher: bool = False,
) -> sqlite3.Connection:
    """A bare connection to a database file (a backup, a copy being made), keyed with ``key``:
    True (default) the key registered for it, None none; ``readonly`` never writes to it,
    ``immutable`` also makes no file beside it (a backup); ``cipher``: made by SQLCipher even
    without a key (to export a plain file encrypted). No WAL or other setting: the backups and
    the device state read files with it. Raises WrongKey when a key is given and the file does
    not open with it (or is not a database)."""
    if key is True:
        key = key_of(target)
    name, uri = os.fspath(target), False
    if readonly or immutable:
        name, uri = (
            f"file:{Path(target).resolve()}?mode=ro{'&immutable=1' if immutable else ''}",
            True,
        )
    if not key and not cipher:
        return sqlite3.connect(name, uri=uri, timeout=timeout, check_same_thread=False)
    dbapi = _cipher()
    conn = dbapi.connect(name, uri=uri, timeout=timeout, check_same_thread=False)
    try:
        conn.execute(
            "PRAGMA cipher_log_level = NONE"
        )  # a wrong key is reported by us, not on stderr
        if key:
            conn.execute(f"PRAGMA key = {key_pragma(key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi.DatabaseError:
        conn.close()
        raise WrongKey("the database does not open with this key") from None
    return conn


# The page cache of a connection to an encrypted database, in KiB. A page read from the file is
# decrypted (and its HMAC checked) each time it enters the cache, where a plain store's reads are
# served by the system's file cache: with SQLite's default (a few MiB), a search at 50,000
# participants decrypted again most of what it had read at the keystroke before (2.1x the plain
# store's p95; 1.3x with this cache, larger caches giving no more). Pages are taken as needed.
CIPHER_CACHE_KIB = 32 * 1024


def configure(dbapi_conn: sqlite3.Connection) -> None:
    """Every connection: WAL, foreign keys, durable commits, and transactions begun by us."""
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see make_engine)
    cur = dbapi_conn.cursor()
    if not isinstance(dbapi_conn, sqlite3.Connection):  # SQLCipher's (see CIPHER_CACHE_KIB)
        cur.execute(f"PRAGMA cache_size=-{CIPHER_CACHE_KIB}")
    cur.execute("PRAGMA temp_store=MEMORY")  # nothing decrypted goes to a temporary file
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA secure_delete=ON")  # erased personal data is overwritten on disk
    cur.close()


def connect(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection set up like the engine's, for quick reads (each statement
    sees the latest committed data). A statement that must wait for a lock (the WAL being
    checkpointed or recovered) waits as long as a writer would."""
    conn = open_file(path, timeout=BUSY_TIMEOUT_MS / 1000)
    configure(conn)
    return conn


def make_engine(path: Path) -> Engine:
    """SQLite with WAL, foreign keys, durable commits and real transactions (DDL included,
    so that an interrupted migration rolls back whole). Transactions of :func:`writer` (the
    engine with the WRITE option) begin IMMEDIATE; the others are deferred reads."""
    from sqlalchemy import create_engine, event

    if key_of(path) is None:
        engine = create_engine(f"sqlite:///{path}", future=True)
    else:  # the pysqlite dialect over SQLCipher's module: its errors become SQLAlchemy's
        engine = create_engine(
            f"sqlite:///{path}",
            future=True,
            module=_cipher(),
            creator=lambda: open_file(path, timeout=BUSY_TIMEOUT_MS / 1000),
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        configure(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql(
            "BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN"
        )

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine (and pool) whose transactions take the write lock when they begin."""
    return engine.execution_options(**{WRITE: True})
