"""participants list indexes: one in the list's default order (last name, code) that also
holds what the list searches and filters on, so a page of the list is read without sorting
every participant;
one that gives the participants of a lab and enrolment status for the list's filters

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
        batch_op.create_index('ix_participant_order', ['last_name', 'code', 'search_key', 'site', 'gender',
                                                          'migrant_status'], unique=False)
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.create_index('ix_enrolment_filter', ['lab_id', 'status', 'participant_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.drop_index('ix_enrolment_filter')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index('ix_participant_order')
