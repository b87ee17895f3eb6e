"""A laptop's data store: the database file, this device's identity and its clock."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from desktop.domain.clock import HybridClock
from desktop.domain.ids import device_prefix, new_id
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.storage import migrate
from desktop.storage.engine import db_path, make_engine
from desktop.storage.journal import Tx
from desktop.storage.models import Meta

_META = Meta.__table__


class StorageError(UserError):
    pass


class Store:
    """Open with :meth:`open`. Writes happen in :meth:`transaction`, reads in :meth:`read`."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.path = db_path(self.data_dir)
        self.engine = None
        self.clock = HybridClock()
        self.meta: dict[str, str] = {}
        self.last_backup: Path | None = None

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        store = cls(data_dir)
        store._open()
        return store

    def _open(self) -> None:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise StorageError(Message("Storage", QT_TRANSLATE_NOOP("Storage", "Cannot create the data folder {path}."),
                                       {"path": str(self.data_dir)})) from None
        if not os.access(self.data_dir, os.W_OK):
            raise StorageError(Message("Storage", QT_TRANSLATE_NOOP("Storage", "The data folder {path} is not writable."),
                                       {"path": str(self.data_dir)}))
        self.engine = make_engine(self.path)
        try:
            self.last_backup = migrate.upgrade(self.engine, self.path)
        except (DatabaseError, sqlite3.DatabaseError):
            self.engine.dispose()
            raise StorageError(Message("Storage", QT_TRANSLATE_NOOP("Storage", "The file {path} is not a MILMA database or is damaged."),
                                       {"path": str(self.path)})) from None
        except UserError:
            self.engine.dispose()
            raise
        self.reload_meta()

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None

    def reload_meta(self) -> None:
        with self.engine.connect() as conn:
            self.meta = {k: v for k, v in conn.execute(select(_META.c.key, _META.c.value)).all()}
        self.clock.last = max(self.clock.last, int(self.meta.get("hlc", "0")))

    # ---- identity ------------------------------------------------------------------------
    @property
    def initialized(self) -> bool:
        return "device_id" in self.meta

    @property
    def device_id(self) -> str:
        if not self.initialized:
            raise StorageError(Message("Storage", QT_TRANSLATE_NOOP(
                "Storage", "This laptop is not set up yet: run 'milma init --site CIFE' or start the application.")))
        return self.meta["device_id"]

    @property
    def device_tag(self) -> str:
        return device_prefix(self.device_id)

    def set_meta(self, tx: Tx, key: str, value: str) -> None:
        tx.session.execute(_META.delete().where(_META.c.key == key))
        tx.session.execute(_META.insert().values(key=key, value=value))
        self.meta[key] = value

    def create_device_identity(self, session: Session) -> str:
        device_id = new_id()
        session.execute(_META.insert().values(key="device_id", value=device_id))
        self.meta["device_id"] = device_id
        return device_id

    # ---- units of work -------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        """One user action: everything inside commits together or not at all."""
        try:
            with Session(self.engine) as session, session.begin():
                if "device_id" not in self.meta:
                    self.create_device_identity(session)
                # re-read the persisted clock: another process (the CLI) may have written since
                row = session.execute(select(_META.c.value).where(_META.c.key == "hlc")).first()
                if row:
                    self.clock.last = max(self.clock.last, int(row[0]))
                yield Tx(session, self.meta["device_id"], self.clock)
                session.execute(_META.delete().where(_META.c.key == "hlc"))
                session.execute(_META.insert().values(key="hlc", value=str(self.clock.last)))
        except BaseException:
            self.reload_meta()  # what set_meta changed in memory was rolled back on disk
            raise
        self.meta["hlc"] = str(self.clock.last)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session
