"""USB exchange bookkeeping: keys, enrolled devices, revocations, history, acknowledgements,
sequence ranges

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_key",
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("public_key", sa.String(), nullable=False),
        sa.Column("secret_key", sa.String(), nullable=True),
        sa.Column("protected", sa.Boolean(), nullable=False),
        sa.Column("created_ms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("role"),
    )
    op.create_table(
        "exchange_device",
        sa.Column("fingerprint", sa.String(), nullable=False),
        sa.Column("signing_public_key", sa.String(), nullable=False),
        sa.Column("device_id", sa.String(), nullable=True),
        sa.Column("age_public_key", sa.String(), nullable=True),
        sa.Column("enrolled_ms", sa.Integer(), nullable=False),
        sa.Column("last_import_ms", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("fingerprint"),
    )
    with op.batch_alter_table("exchange_device", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_device_device_id"), ["device_id"], unique=False
        )

    op.create_table(
        "exchange_revocation",
        sa.Column("fingerprint", sa.String(), nullable=False),
        sa.Column("device_id", sa.String(), nullable=True),
        sa.Column("revoked_ms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("fingerprint"),
    )
    op.create_table(
        "exchange_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bundle_id", sa.String(), nullable=False),
        sa.Column("direction", sa.String(), nullable=False),
        sa.Column("bundle_type", sa.String(), nullable=False),
        sa.Column("device_id", sa.String(), nullable=False),
        sa.Column("since_seq", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("clock", sa.Integer(), nullable=False),
        sa.Column("at_ms", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("body_hash", sa.String(), nullable=False),
        sa.Column("summary", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("exchange_history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_history_at_ms"), ["at_ms"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_exchange_history_bundle_id"), ["bundle_id"], unique=False
        )

    op.create_table(
        "exchange_ack",
        sa.Column("device_id", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("updated_ms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("device_id"),
    )
    op.create_table(
        "exchange_seq_range",
        sa.Column("device_id", sa.String(), nullable=False),
        sa.Column("since_seq", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("bundle_id", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "since_seq", "last_seq"),
    )


def downgrade() -> None:
    op.drop_table("exchange_seq_range")
    op.drop_table("exchange_ack")
    with op.batch_alter_table("exchange_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_history_bundle_id"))
        batch_op.drop_index(batch_op.f("ix_exchange_history_at_ms"))
    op.drop_table("exchange_history")
    op.drop_table("exchange_revocation")
    with op.batch_alter_table("exchange_device", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_device_device_id"))
    op.drop_table("exchange_device")
    op.drop_table("exchange_key")
