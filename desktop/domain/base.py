"""The declarative base shared by every entity, with a naming convention so that Alembic's batch
migrations on SQLite can find constraints by name."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, MetaData, TypeDecorator, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator):
    """A moment in time, stored as naive UTC and returned as aware UTC (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
        return value

    def process_result_value(self, value: dt.datetime | None, dialect):
        return value.replace(tzinfo=dt.timezone.utc) if value is not None else None


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """An editable record that two people may edit at once (several PCs on one server).

    `version` goes up by one with every write of the row; SQLAlchemy adds "AND version = <loaded>"
    to each UPDATE and DELETE, so a write based on a stale copy changes nothing and fails. The
    edit paths carry the version the user loaded, and the service refuses a save whose version
    is no longer the stored one (desktop/domain/concurrency.py), naming what the other person
    changed. Column added by migration 0019 (existing rows start at 1)."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        # The program sets the number (below), once per transaction: a save that SQLAlchemy
        # flushes in two steps is still one version, so "versions since you loaded it" counts
        # saves, which is what the conflict message shows.
        return {"version_id_col": cls.__table__.c.version, "version_id_generator": False}


_BUMPED = "versioned_rows_bumped"   # session.info: the rows whose version this transaction raised


@event.listens_for(Session, "before_flush")
def _bump_versions(session: Session, _context, _instances) -> None:
    bumped = session.info.setdefault(_BUMPED, set())
    for row in session.dirty:
        if isinstance(row, Versioned) and (type(row), row.id) not in bumped \
                and session.is_modified(row, include_collections=False):
            row.version = (row.version or 0) + 1
            bumped.add((type(row), row.id))


@event.listens_for(Session, "after_transaction_end")
def _forget_bumps(session: Session, transaction) -> None:
    if transaction.parent is None:
        session.info.pop(_BUMPED, None)


def _install_length_limits() -> None:
    # Every ORM write of every area is checked against its columns' lengths (desktop/domain/lengths.py).
    from desktop.domain import lengths

    lengths.install()


_install_length_limits()
