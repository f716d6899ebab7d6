"""A PostgreSQL database opens like a file: the first connection creates the schema with the same
migrations, and a member written through the service is read back with its audit record."""

import datetime as dt

from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.members.queries import MemberFilter, MemberQueries
from desktop.domain.members.service import MemberService
from desktop.domain.members.inputs import MemberInput
from desktop.store.database import open_database
from desktop.store.migrations_runner import HEAD_REVISION, current_revision
from tests.domain.conftest import id_number_for


def test_an_empty_server_database_gets_the_schema_and_keeps_a_member(pg_url):
    db = open_database(pg_url)
    try:
        assert current_revision(db) == HEAD_REVISION
        member = MemberInput(name="张海生", id_number=id_number_for(dt.date(1985, 3, 12)),
                             mobile="13812345678", join_date=dt.date(2010, 9, 1), department="工会办")
        MemberService(db, LOCAL_ADMIN, today=dt.date(2024, 6, 1)).create(member)
        queries = MemberQueries(db, LOCAL_ADMIN)
        ids = queries.narrow(queries.ids(MemberFilter()), "张")
        assert [row.name for row in queries.rows(ids).values()] == ["张海生"]
    finally:
        db.close()
