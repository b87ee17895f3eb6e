"""Alembic environment: always run on a connection handed over by desktop.storage.migrate,
inside its single transaction."""

from alembic import context
from sqlmodel import SQLModel

import desktop.storage.models  # noqa: F401  (registers the tables)

config = context.config
target_metadata = SQLModel.metadata

connection = config.attributes.get("connection")
if connection is None:  # offline SQL generation for developers
    context.configure(
        url="sqlite://", target_metadata=target_metadata, literal_binds=True, render_as_batch=True
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        transactional_ddl=True,
        transaction_per_migration=False,
    )
    context.run_migrations()
