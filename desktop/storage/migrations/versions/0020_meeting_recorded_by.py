"""a connector meeting names who logged it: the technician of the account logged in
(``recorded_by``, like a life story's). Meetings logged before stay without one: nobody knows
who logged them, and an empty field takes no stamp, so no stamp changes.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-04
"""

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN in place (referrals point to the table): a NULL default, so SQLite accepts the
    # foreign key without a copy
    op.execute(
        "ALTER TABLE connector_meeting ADD COLUMN recorded_by VARCHAR REFERENCES technician (id)"
    )
    op.create_index("ix_connector_meeting_recorded_by", "connector_meeting", ["recorded_by"])


def downgrade() -> None:
    # DROP COLUMN in place too (SQLite 3.35 and later): a copy of the table would count every
    # referral to it as a broken foreign key
    op.drop_index("ix_connector_meeting_recorded_by", "connector_meeting")
    op.execute("ALTER TABLE connector_meeting DROP COLUMN recorded_by")
