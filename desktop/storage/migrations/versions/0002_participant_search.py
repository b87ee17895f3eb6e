"""participant search key: accent- and case-free text for search-as-you-type

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

from desktop.storage.derived import participant_search_key

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_key", sa.String(), nullable=False, server_default=""))
        batch_op.create_index("ix_participant_birth_date", ["birth_date"], unique=False)
        batch_op.create_index(
            "ix_participant_list",
            [
                "search_key",
                "last_name",
                "first_name",
                "code",
                "birth_date",
                "gender",
                "migrant_status",
                "site",
                "id",
            ],
            unique=False,
        )
    conn = op.get_bind()
    rows = (
        conn.execute(
            sa.text(
                "SELECT id, code, first_name, last_name, document_number, phone FROM participant"
            )
        )
        .mappings()
        .all()
    )
    if rows:
        conn.execute(
            sa.text("UPDATE participant SET search_key = :key WHERE id = :id"),
            [{"id": r["id"], "key": participant_search_key(dict(r))} for r in rows],
        )


def downgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index("ix_participant_list")
        batch_op.drop_index("ix_participant_birth_date")
        batch_op.drop_column("search_key")
