"""A laptop's data store: the database file, this device's identity and its clock.

Opening a store that is up to date reads only with plain sqlite3: SQLAlchemy, the models and
the journal are imported when the first transaction or full read needs the engine, so the
application shows its first screen without them.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.clock import HybridClock
from desktop.domain.ids import device_prefix, new_id
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.storage import engine, migrate
from desktop.storage.engine import connect, db_path, make_engine, writer

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

    from desktop.storage.journal import Tx


def _meta_table():
    from desktop.storage.models import Meta

    return Meta.__table__


class StorageError(UserError):
    pass


def _closed() -> StorageError:
    return StorageError(
        Message("Storage", QT_TRANSLATE_NOOP("Storage", "The data store is closed."))
    )


class Store:
    """Open with :meth:`open`. Writes happen in :meth:`transaction`, reads in :meth:`read`."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.path = db_path(self.data_dir)
        self._engine: Engine | None = None
        self._writer: Engine | None = None
        self._open_state = False
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()
        self.clock = HybridClock()
        self.meta: dict[str, str] = {}
        self.last_backup: Path | None = None
        # who is logged in (a desktop.services.accounts.Account): their technician is the one
        # stamped on what is recorded (meta technician_id, rewritten by each transaction)
        self.account = None

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        store = cls(data_dir)
        store._open()
        return store

    def _open(self) -> None:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise StorageError(
                Message(
                    "Storage",
                    QT_TRANSLATE_NOOP("Storage", "Cannot create the data folder {path}."),
                    {"path": str(self.data_dir)},
                )
            ) from None
        if not os.access(self.data_dir, os.W_OK):
            raise StorageError(
                Message(
                    "Storage",
                    QT_TRANSLATE_NOOP("Storage", "The data folder {path} is not writable."),
                    {"path": str(self.data_dir)},
                )
            )
        self._open_state = True
        try:
            if migrate.revision_of(self.reader()) != migrate.head_revision():
                from sqlalchemy.exc import DatabaseError

                try:
                    self.last_backup = migrate.upgrade(self.engine, self.path)
                except DatabaseError:
                    raise sqlite3.DatabaseError from None
            self.reload_meta()
        except (
            sqlite3.DatabaseError,
            *engine.DatabaseError,
        ):  # the standard library's and SQLCipher's
            self.close()
            raise self._unreadable() from None
        except BaseException:
            self.close()
            raise

    def _unreadable(self) -> StorageError:
        """Why the database does not open: encrypted and locked (no key, or not its key: a
        password is needed), or not a MILMA database at all, or damaged."""
        from desktop.storage import keyslots

        if not engine.is_plain(self.path) and (
            engine.key_of(self.path) is not None or keyslots.exists(self.data_dir)
        ):
            return StorageError(
                Message(
                    "Storage",
                    QT_TRANSLATE_NOOP(
                        "Storage",
                        "The data store {path} is encrypted and locked: it opens with the password"
                        " of one of its accounts, or with its recovery key.",
                    ),
                    {"path": str(self.data_dir)},
                )
            )
        return StorageError(
            Message(
                "Storage",
                QT_TRANSLATE_NOOP(
                    "Storage", "The file {path} is not a MILMA database or is damaged."
                ),
                {"path": str(self.path)},
            )
        )

    @property
    def is_open(self) -> bool:
        return self._open_state

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made on first use; StorageError once the store is closed."""
        if self._engine is None:
            if not self._open_state:
                raise _closed()
            self._engine = make_engine(self.path)
        return self._engine

    @property
    def write_engine(self) -> Engine:
        """The engine's write face: its transactions begin IMMEDIATE (see storage.engine)."""
        if self._writer is None:
            self._writer = writer(self.engine)
        return self._writer

    def reader(self) -> sqlite3.Connection:
        """This thread's plain sqlite3 connection, for quick read-only queries."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if not self._open_state:
                raise _closed()
            conn = self._local.conn = connect(self.path)
            with self._connections_lock:
                self._connections.append(conn)
        return conn

    def close(self) -> None:
        self._open_state = False
        with self._connections_lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()
        self._writer = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def reload_meta(self) -> None:
        self.meta = dict(self.reader().execute("SELECT key, value FROM meta").fetchall())
        self.clock.last = max(self.clock.last, int(self.meta.get("hlc", "0")))
        self._own_technician()

    def log_in(self, account) -> None:
        """``account`` is logged in (None: nobody): what is recorded is stamped with its
        technician."""
        self.account = account
        self._own_technician()

    def _own_technician(self) -> str | None:
        actor = getattr(self.account, "technician_id", None)
        if actor:
            self.meta["technician_id"] = actor
        return actor

    # ---- identity ------------------------------------------------------------------------
    @property
    def initialized(self) -> bool:
        return "device_id" in self.meta

    @property
    def device_id(self) -> str:
        if not self.initialized:
            raise StorageError(
                Message(
                    "Storage",
                    QT_TRANSLATE_NOOP(
                        "Storage",
                        "This laptop is not set up yet: run 'milma init --site CIFE' or start the"
                        " application.",
                    ),
                )
            )
        return self.meta["device_id"]

    @property
    def device_tag(self) -> str:
        return device_prefix(self.device_id)

    def set_meta(self, tx: Tx, key: str, value: str) -> None:
        _META = _meta_table()
        tx.session.execute(_META.delete().where(_META.c.key == key))
        tx.session.execute(_META.insert().values(key=key, value=value))
        self.meta[key] = value

    def create_device_identity(self, session: Session) -> str:
        _META = _meta_table()
        device_id = new_id()
        session.execute(_META.insert().values(key="device_id", value=device_id))
        self.meta["device_id"] = device_id
        return device_id

    # ---- units of work -------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        """One user action: everything inside commits together or not at all. It begins by
        taking the write lock (BEGIN IMMEDIATE): another writer, in this process or another,
        waits for it, and it waits for them."""
        from sqlalchemy.orm import Session

        from desktop.storage.journal import Tx, committed

        try:
            with Session(self.write_engine) as session, session.begin():
                # re-read what another writer (a thread, the CLI) may have changed since: the
                # clock, the last participant code...; nobody else writes until we commit
                # the meta row statements on the database connection itself: a write's fixed
                # cost (issue 17), the session's statement layer being for the records
                conn = session.connection().connection.dbapi_connection
                assert conn is not None  # None only once invalidated, which one in use is not
                self.meta.update(dict(conn.execute("SELECT key, value FROM meta").fetchall()))
                if "device_id" not in self.meta:
                    self.create_device_identity(session)
                self.clock.last = max(self.clock.last, int(self.meta.get("hlc", "0")))
                before = int(self.meta.get("seq", "0"))
                tx = Tx(session, self.meta["device_id"], self.clock, before)
                actor = getattr(self.account, "technician_id", None)
                if (
                    actor and self.meta.get("technician_id") != actor
                ):  # another process's login wrote it
                    self.set_meta(tx, "technician_id", actor)
                yield tx
                # the clock, and the journal position when it moved on, in one statement
                if tx.journal_top() != before:
                    conn.execute(
                        "INSERT OR REPLACE INTO meta (key, value) VALUES ('hlc', ?), ('seq', ?)",
                        (str(self.clock.last), str(tx.journal_top())),
                    )
                else:
                    conn.execute(
                        "INSERT OR REPLACE INTO meta (key, value) VALUES ('hlc', ?)",
                        (str(self.clock.last),),
                    )
        except BaseException:
            self.reload_meta()  # what set_meta changed in memory was rolled back on disk
            raise
        self.meta["hlc"] = str(self.clock.last)
        if tx.journal_top() != before:
            self.meta["seq"] = str(tx.journal_top())
        committed(tx)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session: its transaction is deferred and never takes the write lock."""
        from sqlalchemy.orm import Session

        with Session(self.engine) as session:
            yield session
