"""Storage: SQLModel tables, the engine, migrations, queries and the one write path."""
