"""Bring a database to the current schema: refuse one written by a newer version, back up the
file before any upgrade, and run every step in one transaction so that an interrupted upgrade
leaves the old database as it was."""

from __future__ import annotations

import functools
import re
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.storage.engine import BUSY_TIMEOUT_MS, writer

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


class SchemaTooNew(UserError):
    pass


def alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@functools.cache
def head_revision() -> str:
    """The newest revision, read once from the migration files themselves (cheap: Alembic is
    only imported when a database actually needs upgrading, which keeps start-up fast)."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev = re.search(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", source, re.M)
        down = re.search(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", source, re.M)
        if rev:
            revisions.add(rev.group(1))
        if down:
            parents.add(down.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()


def revision_of(conn: sqlite3.Connection) -> str | None:
    """The schema revision of a database, read with plain sqlite3 (None for a new file)."""
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise
    return row[0] if row else None


def current_revision(engine: Engine) -> str | None:
    conn = engine.raw_connection()
    try:
        return revision_of(conn.driver_connection)
    finally:
        conn.close()


def backup_file(db: Path, label: str) -> Path:
    """A consistent copy of the database (SQLite online backup) in backups/ beside it."""
    folder = db.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{db.stem}-{label}-{datetime.now():%Y%m%d-%H%M%S-%f}.sqlite3"
    src = sqlite3.connect(db, timeout=BUSY_TIMEOUT_MS / 1000)  # waits for a writer's commit
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def upgrade(engine: Engine, db: Path, target: str = "head") -> Path | None:
    """Upgrade to ``target``. Returns the backup made before upgrading, if any."""
    current = current_revision(engine)
    if target == "head" and current == head_revision():
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise SchemaTooNew(Message("Storage", QT_TRANSLATE_NOOP(
            "Storage", "This data was written by a newer version of MILMA Desktop (schema {revision}). "
                       "Install the newer version to open it."), {"revision": current}))
    wanted = script.get_current_head() if target == "head" else target
    if current == wanted:
        return None
    backup = backup_file(db, f"before-{wanted}") if current is not None else None
    cfg = alembic_config()
    # the write lock first (BEGIN IMMEDIATE): a second process opening the same old database
    # waits, then finds it upgraded already and Alembic has nothing left to do
    with writer(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    return backup
