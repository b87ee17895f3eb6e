"""a connector may be a former participant who found work: connector.participant_id links the
two records (empty for every connector recorded so far)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN with its REFERENCES clause, not a copy of the table: SQLite refuses to drop a
    # table that meetings and referrals point to while foreign keys are enforced
    op.execute(
        "ALTER TABLE connector ADD COLUMN participant_id VARCHAR REFERENCES participant (id)"
    )
    op.create_index("ix_connector_participant_id", "connector", ["participant_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_connector_participant_id", table_name="connector")
    with op.batch_alter_table("connector") as batch_op:  # a copy of the table, as in 0009
        batch_op.drop_column("participant_id")
