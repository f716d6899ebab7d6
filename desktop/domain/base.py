"""The declarative base shared by every entity, with a naming convention so that Alembic's batch
migrations on SQLite can find constraints by name."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, MetaData, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

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
        return {"version_id_col": cls.__table__.c.version}


def _install_length_limits() -> None:
    # Every ORM write of every area is checked against its columns' lengths (desktop/domain/lengths.py).
    from desktop.domain import lengths

    lengths.install()


_install_length_limits()
