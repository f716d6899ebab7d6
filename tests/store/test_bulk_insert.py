"""insert_values (the imports' executemany) stores exactly what SQLAlchemy's own insert stores."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, MetaData, String, Table, create_engine, insert, select

from desktop.domain.base import UtcDateTime
from desktop.store.bulk_insert import insert_values


def _table(metadata: MetaData, name: str) -> Table:
    return Table(name, metadata, Column("id", Integer, primary_key=True), Column("name", String(20)),
                 Column("day", Date), Column("moment", DateTime), Column("utc", UtcDateTime),
                 Column("flag", Boolean), Column("count", Integer, default=1))


def test_insert_values_stores_what_sqlalchemys_insert_stores():
    engine = create_engine("sqlite://")
    metadata = MetaData()
    bulk, plain = _table(metadata, "bulk"), _table(metadata, "plain")
    metadata.create_all(engine)
    shared = dt.datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=dt.timezone.utc)   # one object in every row
    beijing = dt.timezone(dt.timedelta(hours=8))
    rows = [{"id": n, "name": f"会员{n}", "day": dt.date(2024, 1, 1 + n % 28) if n % 3 else None,
             "moment": shared if n % 2 else shared.astimezone(beijing),   # equal moments, other clocks
             "utc": shared if n % 4 else dt.datetime(2023, 1, 1, n % 24, tzinfo=beijing), "flag": n % 5 == 0}
            for n in range(1, 60)]
    with engine.begin() as connection:
        insert_values(connection, bulk, rows)
        connection.execute(insert(plain), rows)
        stored = connection.execute(select(bulk).order_by(bulk.c.id)).all()
        expected = connection.execute(select(plain).order_by(plain.c.id)).all()
    assert stored == expected
    assert stored[1].moment != stored[0].moment      # the two clocks were not taken for one value
    assert {r.count for r in stored} == {1}


def test_insert_values_with_a_single_column():
    engine = create_engine("sqlite://")
    metadata = MetaData()
    days = Table("days", metadata, Column("id", Integer, primary_key=True), Column("day", Date))
    metadata.create_all(engine)
    with engine.begin() as connection:
        insert_values(connection, days, [{"day": dt.date(2024, 2, d)} for d in (1, 29)] + [{"day": None}])
        stored = connection.execute(select(days.c.day).order_by(days.c.id)).scalars().all()
    assert stored == [dt.date(2024, 2, 1), dt.date(2024, 2, 29), None]
