"""accounts of the people who use a laptop: a user name, the synced technician it stands for,
a role (technician, coordinator or administrator), the argon2id hash of its password (the
parameters are part of the hash) and the count of wrong passwords in a row. Local bookkeeping of
the laptop, never a synced record nor part of a bundle.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("username", sa.String(), nullable=False),
        sa.Column("technician_id", sa.String(), nullable=True),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("password_hash", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("failures", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("failed_at", sa.Float(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_account_username", "account", ["username"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_account_username", table_name="account")
    op.drop_table("account")
