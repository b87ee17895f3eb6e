"""a connector meeting has a status: planned, held or cancelled. A meeting may be planned for a
date still to come; only held meetings count towards the targets and the indicators. Every
meeting recorded so far took place (a future date was refused), so each becomes held.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN in place (no copy of the table, which referrals point to); the default fills
    # every meeting recorded so far as held
    op.execute("ALTER TABLE connector_meeting ADD COLUMN status VARCHAR NOT NULL DEFAULT 'held'")


def downgrade() -> None:
    with op.batch_alter_table("connector_meeting") as batch_op:
        batch_op.drop_column("status")
