"""the areas that help inclusion: local associations (a reference list the coordinator keeps and
sends back to the laptops, like labs) and each participant's introductions to an area (their
neighbourhood, a local association, the Coexistence Board or the Anti-Rumours network), with the
date and their interest in joining.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "association",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("neighbourhood", sa.String(), nullable=True),
        sa.Column("address", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "inclusion_introduction",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stamps", sa.String(), nullable=False),
        sa.Column("participant_id", sa.String(), nullable=False),
        sa.Column("introduced_on", sa.Date(), nullable=False),
        sa.Column("area", sa.String(), nullable=False),
        sa.Column("association_id", sa.String(), nullable=True),
        sa.Column("interest", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"]),
        sa.ForeignKeyConstraint(["association_id"], ["association.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_inclusion_introduction_participant_id", "inclusion_introduction", ["participant_id"]
    )
    op.create_index(
        "ix_inclusion_introduction_association_id", "inclusion_introduction", ["association_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_inclusion_introduction_association_id", table_name="inclusion_introduction")
    op.drop_index("ix_inclusion_introduction_participant_id", table_name="inclusion_introduction")
    op.drop_table("inclusion_introduction")
    op.drop_table("association")
