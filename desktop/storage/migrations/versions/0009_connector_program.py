"""the Connector Program: participants' desired occupation and connectors' field gain an ISCO-08
occupation group (a sub-major group code) beside their free text; connectors gain a sector, an
availability (in person, virtual or both) and the date they agreed to be contacted; a referral
keeps why it was dropped. Nothing is filled in by guess: existing records keep their text and
have no group until a technician chooses one.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COLUMNS = (
    ("participant", "desired_occupation_group", sa.String()),
    ("connector", "occupation_group", sa.String()),
    ("connector", "sector", sa.String()),
    ("connector", "availability", sa.String()),
    ("connector", "contact_consent_on", sa.Date()),
    ("referral", "dropped_reason", sa.String()),
)


def upgrade() -> None:
    for table, column, type_ in COLUMNS:
        op.add_column(table, sa.Column(column, type_, nullable=True))


def downgrade() -> None:
    for table, column, _type in reversed(COLUMNS):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column(column)
