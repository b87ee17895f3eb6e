"""the register of erasures: which participants were erased on this store or reached it erased
(the stamp of their tombstone) and when it took effect here, for the backups that still hold them
(ids and times only); and the retention review's decisions to keep a person, with the reason.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erasure",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(), nullable=False),
        sa.Column("erased_ms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("participant_id"),
    )
    op.create_table(
        "retention_keep",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("kept_ms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("participant_id"),
    )


def downgrade() -> None:
    op.drop_table("retention_keep")
    op.drop_table("erasure")
