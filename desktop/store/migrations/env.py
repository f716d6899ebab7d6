"""Alembic environment: run against the open Database handed over in config.attributes.

Batch mode (copy-and-move tables) is what lets SQLite alter columns; foreign keys are switched off
while a batch migration runs and checked afterwards (docs/traps.md)."""

from alembic import context
from sqlalchemy import text

config = context.config
database = config.attributes.get("database")
# A connection handed over by the caller (desktop.store.union_copy): the schema is created inside the
# caller's transaction, which the caller commits or rolls back with the rows it copies.
given_connection = config.attributes.get("connection")


def target_metadata():
    """The entities' metadata, needed only when a developer autogenerates a new revision."""
    if not config.attributes.get("autogenerate"):
        return None
    from desktop.domain.entities import Base  # every entity module registered on Base

    return Base.metadata


def run_in_given_connection() -> None:
    context.configure(connection=given_connection, target_metadata=None, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = database.engine
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        context.configure(connection=connection, target_metadata=target_metadata(), render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        if sqlite:
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            if problems:
                raise RuntimeError(f"foreign key check failed after migration: {problems[:5]}")
        connection.commit()


if given_connection is not None:
    run_in_given_connection()
else:
    run_migrations_online()
