"""an index on the labs' end dates: the follow-ups due and the agenda's follow-up calls are read
from the labs that ended in a range of days outward, whatever the size of the store

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_lab_end_date", "lab", ["end_date"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_lab_end_date", table_name="lab")
