"""Bring a database to the current schema: refuse one written by a newer version, back up the
file before any upgrade, and run every step in one transaction so that an interrupted upgrade
leaves the old database as it was."""

from __future__ import annotations

import functools
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.storage import backups, engine
from desktop.storage.engine import writer

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
def _revision_graph() -> tuple[frozenset[str], frozenset[str]]:
    """(revisions, parents), read once from the migration files themselves (cheap: Alembic is
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
    return frozenset(revisions), frozenset(parents)


def head_revision() -> str:
    """The newest revision."""
    revisions, parents = _revision_graph()
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {sorted(heads)}")
    return next(iter(heads))


def known_revisions() -> frozenset[str]:
    """Every revision this version can open (and upgrade from)."""
    return _revision_graph()[0]


def revision_of(conn: sqlite3.Connection) -> str | None:
    """The schema revision of a database, read with plain sqlite3 (None for a new file)."""
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except engine.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise
    return row[0] if row else None


def current_revision(engine: Engine) -> str | None:
    conn = engine.raw_connection()
    try:
        driver = conn.driver_connection
        assert driver is not None  # None only once invalidated, which one just checked out is not
        return revision_of(driver)
    finally:
        conn.close()


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
        raise SchemaTooNew(
            Message(
                "Storage",
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "This data was written by a newer version of MILMA Desktop (schema {revision})."
                    " Install the newer version to open it.",
                ),
                {"revision": current},
            )
        )
    wanted = script.get_current_head() if target == "head" else target
    if current == wanted:
        return None
    backup = backups.automatic(db.parent, db, backups.MIGRATION) if current is not None else None
    cfg = alembic_config()
    # the write lock first (BEGIN IMMEDIATE): a second process opening the same old database
    # waits, then finds it upgraded already and Alembic has nothing left to do
    with writer(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    if current is not None and wanted is not None and current < LEAN_STAMPS <= wanted:
        _give_back_free_pages(db)
    return backup


LEAN_STAMPS = "0019"  # the conversion to one stamp a record frees most of a store's pages


def _give_back_free_pages(db: Path) -> None:
    """VACUUM (outside any transaction, as it must be): the file, and every backup copied from
    it, shrinks to what the data needs."""
    con = engine.open_file(db)  # keyed, when the store is encrypted
    con.isolation_level = None
    try:
        con.execute("VACUUM")
    finally:
        con.close()
