"""a record keeps its stamp once: the clock and device of the write that made it (``hlc``, ``dev``,
the devices numbered in ``sync_device``), and ``stamps`` names only the fields stamped
otherwise (desktop.storage.stamps). Every field's (clock, device) stays what it was.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04
"""
import json

import sqlalchemy as sa
from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None

# the columns of a synced record that are not its fields: the stamps and the derived ones
NOT_FIELDS = {"id", "stamps", "hlc", "dev", "search_key", "name_key"}
BATCH = 5000


def _encode(fields, row, stamps, numbers):
    """The (hlc, dev, stamps) of one row, as desktop.storage.stamps.encode makes them (kept
    here as it is today: a migration does not change with the code)."""
    items = [(name, row[i], stamps.get(name)) for i, name in fields]
    counts = {}
    for _name, value, stamp in items:
        if value is not None and stamp is not None:
            key = (int(stamp[0]), numbers[stamp[1]])
            counts[key] = counts.get(key, 0) + 1
    base = max(counts, key=lambda s: (counts[s], s)) if counts else (0, 0)
    out = []
    for name, value, stamp in items:
        own = None if stamp is None else (int(stamp[0]), numbers[stamp[1]])
        if value is None:
            if own is not None:
                out.append(f'"{name}":[{own[0]},{own[1]}]')
        elif own is None:
            if base[1]:
                out.append(f'"{name}":null')
        elif own != base:
            out.append(f'"{name}":[{own[0]},{own[1]}]')
    return base[0], base[1], ("{" + ",".join(out) + "}") if out else ""


def _record_tables(conn) -> list[str]:
    """The synced record tables: those with per-field stamps."""
    names = [r[0] for r in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()]
    return [n for n in names if "stamps" in {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({n})")}]


def upgrade() -> None:
    conn = op.get_bind()
    op.create_table(
        "sync_device",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("device"),
    )
    tables = _record_tables(conn)
    for table in tables:
        op.execute(f"ALTER TABLE {table} ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0")
        op.execute(f"ALTER TABLE {table} ADD COLUMN dev INTEGER NOT NULL DEFAULT 0")
    numbers: dict[str, int] = {}
    devices = set()
    for table in tables:
        for (text,) in conn.exec_driver_sql(f"SELECT stamps FROM {table}"):
            for stamp in json.loads(text or "{}").values():
                devices.add(stamp[1])
    for device in sorted(devices):
        numbers[device] = conn.exec_driver_sql("INSERT INTO sync_device (device) VALUES (?)", (device,)).lastrowid
    for table in tables:
        columns = [row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")]
        fields = [(i + 2, name) for i, name in enumerate(c for c in columns if c not in NOT_FIELDS)]
        sql = f"SELECT rowid, stamps, {', '.join(name for _i, name in fields)} FROM {table}"
        rows = conn.exec_driver_sql(sql).fetchall()
        for start in range(0, len(rows), BATCH):
            batch = []
            for row in rows[start:start + BATCH]:
                batch.append((*_encode(fields, row, json.loads(row[1] or "{}"), numbers), row[0]))
            conn.exec_driver_sql(f"UPDATE {table} SET hlc = ?, dev = ?, stamps = ? WHERE rowid = ?", batch)


def downgrade() -> None:
    conn = op.get_bind()
    names = dict(conn.exec_driver_sql("SELECT id, device FROM sync_device").fetchall())
    for table in _record_tables(conn):
        columns = [row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")]
        fields = [name for name in columns if name not in NOT_FIELDS]
        updates = []
        for row in conn.exec_driver_sql(f"SELECT rowid, hlc, dev, stamps, {', '.join(fields)} FROM {table}").fetchall():
            exceptions = json.loads(row[3]) if row[3] else {}
            stamps = {}
            for name, value in zip(fields, row[4:], strict=True):
                if name in exceptions:
                    if exceptions[name] is not None:
                        stamps[name] = [exceptions[name][0], names[exceptions[name][1]]]
                elif value is not None and row[2]:
                    stamps[name] = [row[1], names[row[2]]]
            updates.append((json.dumps(stamps, separators=(",", ":")), row[0]))
        conn.exec_driver_sql(f"UPDATE {table} SET stamps = ? WHERE rowid = ?", updates)
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("dev")
            batch_op.drop_column("hlc")
    op.drop_table("sync_device")
