"""a record keeps its stamp once: the clock, device and journal position of the write that made
it (``hlc``, ``dev``, ``seq``; the devices numbered in ``sync_device``), and ``stamps`` names
only the fields stamped otherwise (desktop.storage.stamps). The change log goes: each field's
journal position is that of the latest change-log entry naming it, a tombstone's that of its
deletion, and meta "seq" the last position handed out, so the numbering goes on and every
incremental export sends what it sent. Every field's (clock, device) stays what it was.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

# the columns of a synced record that are not its fields: the stamps and the derived ones
NOT_FIELDS = {"id", "stamps", "hlc", "dev", "seq", "search_key", "name_key"}
BASE_SEQ = "@"
BATCH = 5000


def _record_tables(conn) -> list[str]:
    """The synced record tables: those with per-field stamps."""
    names = [
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
    ]
    return [
        n
        for n in names
        if "stamps" in {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({n})")}
    ]


def _encode(items):
    """(hlc, dev, seq, stamps) from each field's (name, value, (hlc, dev, seq) or None), as
    desktop.storage.stamps.encode makes them (kept here as it is today: a migration does not
    change with the code)."""
    counts: dict[tuple[int, int, int], int] = {}
    latest = 0
    for _name, value, stamp in items:
        if stamp is not None:
            latest = max(latest, stamp[2])
            if value is not None:
                counts[stamp] = counts.get(stamp, 0) + 1
    base = max(counts, key=lambda s: (counts[s], s)) if counts else (0, 0, 0)
    out = [f'"{BASE_SEQ}":{base[2]}'] if base[1] and base[2] != latest else []
    for name, value, stamp in items:
        if value is None:
            if stamp is not None:
                out.append(f'"{name}":[{stamp[0]},{stamp[1]},{stamp[2]}]')
        elif stamp is None:
            if base[1]:
                out.append(f'"{name}":null')
        elif stamp != base:
            out.append(f'"{name}":[{stamp[0]},{stamp[1]},{stamp[2]}]')
    return base[0], base[1], latest, ("{" + ",".join(out) + "}") if out else ""


def _positions(conn, table: str) -> dict[str, dict[str, int]]:
    """Record id -> field -> the position of the latest change-log entry naming the field."""
    out: dict[str, dict[str, int]] = {}
    for row_id, seq, names in conn.exec_driver_sql(
        "SELECT row_id, seq, fields FROM change_log WHERE table_name = ? AND op = 'upsert' ORDER BY seq",
        (table,),
    ):
        found = out.setdefault(row_id, {})
        for name in names.split(","):
            if name:
                found[name] = seq
    return out


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
        for column in ("hlc", "dev", "seq"):
            op.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER NOT NULL DEFAULT 0")
    numbers: dict[str, int] = {}
    devices = set()
    for table in tables:
        for (text,) in conn.exec_driver_sql(f"SELECT stamps FROM {table}"):
            for stamp in json.loads(text or "{}").values():
                devices.add(stamp[1])
    for device in sorted(devices):
        numbers[device] = conn.exec_driver_sql(
            "INSERT INTO sync_device (device) VALUES (?)", (device,)
        ).lastrowid
    for table in tables:
        positions = _positions(conn, table)
        columns = [row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")]
        fields = [(i + 2, name) for i, name in enumerate(c for c in columns if c not in NOT_FIELDS)]
        sql = f"SELECT rowid, id, stamps, {', '.join(name for _i, name in fields)} FROM {table}"
        fields = [(i + 1, name) for i, name in fields]
        rows = conn.exec_driver_sql(sql).fetchall()
        for start in range(0, len(rows), BATCH):
            batch = []
            for row in rows[start : start + BATCH]:
                stamps = json.loads(row[2] or "{}")
                at = positions.get(row[1], {})
                items = [
                    (
                        name,
                        row[i],
                        None
                        if name not in stamps
                        else (int(stamps[name][0]), numbers[stamps[name][1]], at.get(name, 0)),
                    )
                    for i, name in fields
                ]
                batch.append((*_encode(items), row[0]))
            conn.exec_driver_sql(
                f"UPDATE {table} SET hlc = ?, dev = ?, seq = ?, stamps = ? WHERE rowid = ?", batch
            )
        op.execute(f"CREATE INDEX ix_{table}_seq ON {table} (seq)")
    op.execute("ALTER TABLE tombstone ADD COLUMN seq INTEGER NOT NULL DEFAULT 0")
    op.execute(
        "UPDATE tombstone SET seq = coalesce((SELECT max(c.seq) FROM change_log c WHERE c.row_id = tombstone.row_id "
        "AND c.table_name = tombstone.table_name AND c.op = 'delete'), 0)"
    )
    top = conn.exec_driver_sql("SELECT max(seq) FROM change_log").scalar()
    if top:
        op.execute("DELETE FROM meta WHERE key = 'seq'")
        conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('seq', ?)", (str(top),))
    op.execute("DROP INDEX ix_change_log_hlc")
    op.execute("DROP INDEX ix_change_log_row_id")
    op.drop_table("change_log")


def downgrade() -> None:
    conn = op.get_bind()
    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(), nullable=False),
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("row_id", sa.String(), nullable=False),
        sa.Column("op", sa.String(), nullable=False),
        sa.Column("fields", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_index("ix_change_log_hlc", "change_log", ["hlc"])
    op.create_index("ix_change_log_row_id", "change_log", ["row_id"])
    names: dict[int, str] = dict(
        conn.exec_driver_sql("SELECT id, device FROM sync_device").fetchall()
    )
    logs: list[
        tuple
    ] = []  # (seq, hlc, device, kind, id, op, fields): a record's fields by the write that made them
    for table in _record_tables(conn):
        columns = [row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")]
        fields = [name for name in columns if name not in NOT_FIELDS]
        updates = []
        for row in conn.exec_driver_sql(
            f"SELECT rowid, id, hlc, dev, seq, stamps, {', '.join(fields)} FROM {table}"
        ).fetchall():
            exceptions = json.loads(row[5]) if row[5] else {}
            base = (row[2], row[3], exceptions.get(BASE_SEQ, row[4]))
            stamps = {}
            for name, value in zip(fields, row[6:], strict=True):
                if name in exceptions:
                    if exceptions[name] is not None:
                        stamps[name] = tuple(exceptions[name])
                elif value is not None and row[3]:
                    stamps[name] = base
            groups: dict[tuple, list[str]] = {}
            for name, stamp in stamps.items():
                if stamp[2]:
                    groups.setdefault(stamp, []).append(name)
            logs.extend(
                (s[2], s[0], names[s[1]], table, row[1], "upsert", ",".join(n))
                for s, n in groups.items()
            )
            updates.append(
                (
                    json.dumps(
                        {n: [s[0], names[s[1]]] for n, s in stamps.items()}, separators=(",", ":")
                    ),
                    row[0],
                )
            )
        if updates:
            conn.exec_driver_sql(f"UPDATE {table} SET stamps = ? WHERE rowid = ?", updates)
        op.drop_index(f"ix_{table}_seq", table_name=table)
        for column in ("seq", "dev", "hlc"):  # in place: no copy of tables others refer to
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    logs.extend(
        conn.exec_driver_sql(
            "SELECT seq, hlc, device_id, table_name, row_id, 'delete', '' FROM tombstone WHERE seq > 0"
        ).fetchall()
    )
    # one entry a position: several writes of one transaction take the next free numbers
    taken: set[int] = set()
    for entry in sorted(logs):
        seq = entry[0]
        while seq in taken:
            seq += 1
        taken.add(seq)
        conn.exec_driver_sql(
            "INSERT INTO change_log (seq, hlc, device_id, table_name, row_id, op, fields) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (seq, *entry[1:]),
        )
    op.execute("ALTER TABLE tombstone DROP COLUMN seq")
    op.execute("DELETE FROM meta WHERE key = 'seq'")
    op.drop_table("sync_device")
