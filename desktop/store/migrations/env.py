"""Alembic environment: run against the open Database handed over in config.attributes.

Batch mode (copy-and-move tables) is what lets SQLite alter columns; foreign keys are switched off
while a batch migration runs and checked afterwards (docs/traps.md)."""

from alembic import context
from sqlalchemy import text

config = context.config
database = config.attributes["database"]


def target_metadata():
    """The entities' metadata, needed only when a developer autogenerates a new revision."""
    if not config.attributes.get("autogenerate"):
        return None
    from desktop.domain.entities import Base  # every entity module registered on Base

    return Base.metadata


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


run_migrations_online()
