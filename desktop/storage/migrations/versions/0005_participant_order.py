"""participant list order: an index in the list's default order (last name, code) that also
holds the search key, so the first page of the list is read without sorting every participant

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index('ix_participant_order', ['last_name', 'code', 'search_key'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index('ix_participant_order')
