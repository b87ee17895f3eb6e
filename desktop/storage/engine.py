"""Where the data lives and the one place SQLite connections are made: the SQLAlchemy engine
for writes and full reads, and plain sqlite3 connections for the quick reads of the first screen
(SQLAlchemy is imported only when the engine is first needed, which keeps start-up fast).

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


def configure(dbapi_conn: sqlite3.Connection) -> None:
    """Every connection: WAL, foreign keys, durable commits, and transactions begun by us."""
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see make_engine)
    cur = dbapi_conn.cursor()
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
    conn = sqlite3.connect(path, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    configure(conn)
    return conn


def make_engine(path: Path) -> Engine:
    """SQLite with WAL, foreign keys, durable commits and real transactions (DDL included,
    so that an interrupted migration rolls back whole). Transactions of :func:`writer` (the
    engine with the WRITE option) begin IMMEDIATE; the others are deferred reads."""
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        configure(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine (and pool) whose transactions take the write lock when they begin."""
    return engine.execution_options(**{WRITE: True})
