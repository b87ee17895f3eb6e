"""Where the data lives and the one place SQLite connections are made: the SQLAlchemy engine
for writes and full reads, and plain sqlite3 connections for the quick reads of the first screen
(SQLAlchemy is imported only when the engine is first needed, which keeps start-up fast)."""

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


def configure(dbapi_conn: sqlite3.Connection) -> None:
    """Every connection: WAL, foreign keys, durable commits, and transactions begun by us."""
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see make_engine)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA secure_delete=ON")  # erased personal data is overwritten on disk
    cur.close()


def connect(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection set up like the engine's, for quick reads (each statement
    sees the latest committed data)."""
    conn = sqlite3.connect(path, check_same_thread=False)
    configure(conn)
    return conn


def make_engine(path: Path) -> Engine:
    """SQLite with WAL, foreign keys, durable commits and real transactions (DDL included,
    so that an interrupted migration rolls back whole)."""
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        configure(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN")

    return engine
