"""Fixtures for the Qt-free domain tests: a fresh, migrated database file per test, a service
acting on a fixed "today" (2024-06-01), valid ID numbers for any birth date, and member input
with sensible defaults."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Callable

import pytest

from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.members.queries import MemberQueries
from desktop.domain.members.service import MemberService
from desktop.domain.members.inputs import MemberInput
from desktop.store.database import Database, open_database

# Every date-dependent test measures against this day, so results never depend on the calendar.
TODAY = dt.date(2024, 6, 1)

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_number_for(birth: dt.date, sequence: int = 1, area: str = "110105") -> str:
    """A valid 18-character ID number (computed here, independently of the code under test).

    An odd sequence makes a man's number, an even one a woman's."""
    first17 = f"{area}{birth:%Y%m%d}{sequence:03d}"
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS))
    return first17 + "10X98765432"[total % 11]


@pytest.fixture
def make_id_number() -> Callable[..., str]:
    return id_number_for


@pytest.fixture
def make_member() -> Callable[..., MemberInput]:
    """MemberInput for a valid member; keyword arguments override any field.

    `birth` picks the birth date written into the generated ID number; `sequence` its 15th-17th
    digits (odd = man, even = woman)."""

    counter = iter(range(1, 999, 2))

    def build(name: str = "张海生", birth: dt.date = dt.date(1985, 3, 12), sequence: int | None = None,
              **fields) -> MemberInput:
        seq = sequence if sequence is not None else next(counter)
        base = MemberInput(name=name, id_number=id_number_for(birth, seq), mobile="13812345678",
                           join_date=dt.date(2010, 9, 1), department="工会办")
        return replace(base, **fields)

    return build


@pytest.fixture
def db(migrated_db_location) -> Database:
    database = open_database(migrated_db_location)
    yield database
    database.close()


@pytest.fixture
def service(db) -> MemberService:
    return MemberService(db, LOCAL_ADMIN, today=TODAY)


@pytest.fixture
def queries(db) -> MemberQueries:
    return MemberQueries(db, LOCAL_ADMIN)
