"""why a change is held in quarantine, and the site of each enrolled laptop.

A laptop's bundle is applied only within what the laptop may do (its site's participants, no
reference data): a change outside is held in quarantine with its reason. The changes held so
far were all held for being dated more than a day in the future, and say so. An enrolled
laptop's site is learnt from its key file or its next bundle (none is known yet).

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

FUTURE = "dated more than a day in the future"  # desktop.exchange.rights.FUTURE, as it was


def upgrade() -> None:
    with op.batch_alter_table("merge_quarantine") as batch:
        batch.add_column(sa.Column("reason", sa.String(), nullable=False, server_default=FUTURE))
    with op.batch_alter_table("merge_quarantine") as batch:
        batch.alter_column("reason", server_default=None)
    op.add_column("exchange_device", sa.Column("site", sa.String(), nullable=True))


def downgrade() -> None:
    op.drop_column("exchange_device", "site")
    op.drop_column("merge_quarantine", "reason")
