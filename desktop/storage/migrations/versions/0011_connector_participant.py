"""a connector may be a former participant who found work: connector.participant_id links the
two records (empty for every connector recorded so far)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("connector") as batch_op:
        batch_op.add_column(sa.Column("participant_id", sa.String(), nullable=True))
        batch_op.create_foreign_key("fk_connector_participant_id", "participant", ["participant_id"], ["id"])
        batch_op.create_index("ix_connector_participant_id", ["participant_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("connector") as batch_op:
        batch_op.drop_index("ix_connector_participant_id")
        batch_op.drop_constraint("fk_connector_participant_id", type_="foreignkey")
        batch_op.drop_column("participant_id")
