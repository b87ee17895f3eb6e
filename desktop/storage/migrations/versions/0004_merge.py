"""merge engine: participant merges (a synced kind), conflicts kept for review, quarantined
operations, values waiting for their record

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "participant_merge",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("survivor_id", sa.String(), nullable=False),
        sa.Column("duplicate_id", sa.String(), nullable=False),
        sa.Column("repointed", sa.String(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["duplicate_id"],
            ["participant.id"],
        ),
        sa.ForeignKeyConstraint(
            ["survivor_id"],
            ["participant.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("participant_merge", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participant_merge_duplicate_id"), ["duplicate_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_participant_merge_survivor_id"), ["survivor_id"], unique=False
        )

    op.create_table(
        "merge_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("row_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("loser", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("loser_hlc", sa.Integer(), nullable=False),
        sa.Column("loser_device", sa.String(), nullable=False),
        sa.Column("winner_hlc", sa.Integer(), nullable=False),
        sa.Column("winner_device", sa.String(), nullable=False),
        sa.Column("detected_ms", sa.Integer(), nullable=False),
        sa.Column("resolved", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("merge_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_merge_conflict_row_id"), ["row_id"], unique=False)

    op.create_table(
        "merge_quarantine",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("row_id", sa.String(), nullable=False),
        sa.Column("op", sa.String(), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(), nullable=False),
        sa.Column("digest", sa.String(), nullable=False),
        sa.Column("change", sa.String(), nullable=False),
        sa.Column("received_ms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("merge_quarantine", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_merge_quarantine_digest"), ["digest"], unique=False)
        batch_op.create_index(batch_op.f("ix_merge_quarantine_row_id"), ["row_id"], unique=False)

    op.create_table(
        "merge_pending",
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("row_id", sa.String(), nullable=False),
        sa.Column("fields", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id"),
    )


def downgrade() -> None:
    op.drop_table("merge_pending")
    with op.batch_alter_table("merge_quarantine", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_merge_quarantine_row_id"))
        batch_op.drop_index(batch_op.f("ix_merge_quarantine_digest"))

    op.drop_table("merge_quarantine")
    with op.batch_alter_table("merge_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_merge_conflict_row_id"))

    op.drop_table("merge_conflict")
    with op.batch_alter_table("participant_merge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_merge_survivor_id"))
        batch_op.drop_index(batch_op.f("ix_participant_merge_duplicate_id"))

    op.drop_table("participant_merge")
