"""consents gate what may be done with a person's data: a consent to the life story gains its
scope (private, anonymised or named), and being contacted for follow-up becomes a consent kind
of its own (a new value of consent.kind, no column). Nothing is filled in by guess: a life-story
consent recorded before has no scope, which counts as private until a technician records the
scope the person gave.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("consent", sa.Column("scope", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("consent") as batch_op:
        batch_op.drop_column("scope")
