"""Bring a database to the current schema: refuse one written by a newer version, back up the
file before any upgrade, and run every step in one transaction so that an interrupted upgrade
leaves the old database as it was."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError

MIGRATIONS = Path(__file__).with_name("migrations")


class SchemaTooNew(UserError):
    pass


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_file(db: Path, label: str) -> Path:
    """A consistent copy of the database (SQLite online backup) in backups/ beside it."""
    folder = db.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{db.stem}-{label}-{datetime.now():%Y%m%d-%H%M%S-%f}.sqlite3"
    src = sqlite3.connect(db)
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
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
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
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    return backup
