"""the audit log: an append-only, hash-chained list of who viewed, changed, exported, printed,
imported, merged or erased which record, when and on which laptop. Local bookkeeping, never a
synced record: each laptop's chain is kept under its device id (a coordinator keeps the chains of
every laptop it imported), and holds record ids and codes, no personal data.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("device_id", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("actor", sa.String(), nullable=True),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=True),
        sa.Column("record_id", sa.String(), nullable=True),
        sa.Column("code", sa.String(), nullable=True),
        sa.Column("detail", sa.String(), nullable=False, server_default="{}"),
        sa.Column("prev_hash", sa.String(), nullable=False),
        sa.Column("hash", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "seq"),
    )
    op.create_index("ix_audit_entry_record_id", "audit_entry", ["record_id"], unique=False)
    op.create_index("ix_audit_entry_action", "audit_entry", ["action"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_audit_entry_action", table_name="audit_entry")
    op.drop_index("ix_audit_entry_record_id", table_name="audit_entry")
    op.drop_table("audit_entry")
