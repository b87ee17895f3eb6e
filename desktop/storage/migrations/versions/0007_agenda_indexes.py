"""indexes for the agenda and the technician filter: a week's coaching sessions, next
appointments and connector meetings are read from their dates outward (an empty week costs
nothing, whatever the size of the store), and whom a technician coached is read from an index

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

SESSION_INDEXES = (
    ("ix_coaching_session_starts_at", ["starts_at"], None),
    ("ix_coaching_session_technician_starts_at", ["technician_id", "starts_at"], None),
    ("ix_coaching_session_next_appointment", ["next_appointment"], "next_appointment IS NOT NULL"),
    (
        "ix_coaching_session_technician_next_appointment",
        ["technician_id", "next_appointment"],
        "next_appointment IS NOT NULL",
    ),
    ("ix_coaching_session_person_time", ["participant_id", "starts_at", "next_appointment"], None),
    ("ix_coaching_session_technician_person", ["technician_id", "participant_id"], None),
)


def upgrade() -> None:
    import sqlalchemy as sa

    for name, columns, where in SESSION_INDEXES:
        op.create_index(
            name,
            "coaching_session",
            columns,
            unique=False,
            sqlite_where=sa.text(where) if where else None,
        )
    op.create_index("ix_connector_meeting_met_on", "connector_meeting", ["met_on"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_connector_meeting_met_on", table_name="connector_meeting")
    for name, _columns, _where in reversed(SESSION_INDEXES):
        op.drop_index(name, table_name="coaching_session")
