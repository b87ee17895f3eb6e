"""a lab's niche and planned hours may be empty (a lab brought in from the programme's history
has neither until a technician completes it).

SQLite cannot drop a NOT NULL in place, so the lab table is rebuilt. Enrolments and the labs'
partner companies refer to it while foreign keys are enforced (PRAGMA foreign_keys cannot change
inside the upgrade's one transaction), so the check is deferred to the commit instead: the rows
are kept aside, the table dropped (which counts every row referring to a lab as a violation for
now), made again and filled back with the same rows, ids and rowids (which settles each of
them). A row that found no lab again would make the commit fail and leave the old database.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04
"""

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_COLUMNS = (
    "id, stamps, name, niche, site, start_date, end_date, planned_hours, schedule, description"
)


def _rebuild(required: str) -> None:
    op.execute("PRAGMA defer_foreign_keys=ON")  # until the commit; reset by SQLite after it
    op.execute(f"CREATE TEMP TABLE lab_kept AS SELECT rowid AS kept_rowid, {_COLUMNS} FROM lab")
    op.execute("DROP INDEX ix_lab_end_date")
    op.execute("DROP TABLE lab")
    op.execute(f"""
        CREATE TABLE lab (
            id VARCHAR(36) NOT NULL,
            stamps VARCHAR NOT NULL,
            name VARCHAR NOT NULL,
            niche VARCHAR{required},
            site VARCHAR NOT NULL,
            start_date DATE NOT NULL,
            end_date DATE NOT NULL,
            planned_hours INTEGER{required},
            schedule VARCHAR,
            description VARCHAR,
            PRIMARY KEY (id)
        )""")
    op.execute(
        f"INSERT INTO lab (rowid, {_COLUMNS}) SELECT kept_rowid, {_COLUMNS} FROM lab_kept ORDER BY kept_rowid"
    )
    op.execute("DROP TABLE lab_kept")
    op.execute("CREATE INDEX ix_lab_end_date ON lab (end_date)")


def upgrade() -> None:
    _rebuild("")


def downgrade() -> None:
    # refused (and nothing changed) while a lab lacks its niche or planned hours
    _rebuild(" NOT NULL")
