"""participants list order and indexes: a folded name key (accents and case aside) that orders
the list; an index in that order (then code) that also holds what the list searches and
filters on, so a page of the list is read without sorting every participant; and one that
gives the participants of a lab and enrolment status for the list's filters

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

from desktop.storage.derived import participant_name_key

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_key", sa.String(), nullable=False, server_default=""))
    conn = op.get_bind()
    rows = (
        conn.execute(sa.text("SELECT id, first_name, last_name FROM participant")).mappings().all()
    )
    if rows:
        conn.execute(
            sa.text("UPDATE participant SET name_key = :key WHERE id = :id"),
            [{"id": r["id"], "key": participant_name_key(dict(r))} for r in rows],
        )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(
            "ix_participant_order",
            ["name_key", "code", "search_key", "site", "gender", "migrant_status"],
            unique=False,
        )
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_enrolment_filter", ["lab_id", "status", "participant_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.drop_index("ix_enrolment_filter")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index("ix_participant_order")
        batch_op.drop_column("name_key")
