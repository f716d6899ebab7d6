"""A PostgreSQL database opens like a file: the first connection creates the schema with the same
migrations, and a member written through the service is read back with its audit record."""

import datetime as dt

import pytest
from sqlalchemy.exc import InternalError

from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.members.queries import MemberFilter, MemberQueries
from desktop.domain.members.service import MemberService
from desktop.domain.members.inputs import MemberInput
from desktop.store.database import open_database, open_read_only
from desktop.store.errors import StoreError
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


def test_a_server_that_refuses_is_named_without_the_password_with_the_fix(pg_cluster, tmp_path):
    socket = pg_cluster.socket_folder
    cases = {
        f"postgresql://postgres:s3cret@/no_such_db?host={socket}": "has no database named",
        f"postgresql://nobody:s3cret@/postgres?host={socket}": "has no user named",
        f"postgresql://postgres:s3cret@/postgres?host={tmp_path}": "cannot be reached",  # no server there
    }
    for url, said in cases.items():
        with pytest.raises(StoreError) as refused:
            open_database(url)
        text = refused.value.message.render()
        assert said in text and "s3cret" not in text and ":***@" in text


def test_plain_postgresql_urls_open_with_psycopg_and_verify_reads_only(pg_url):
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")
    open_database(plain).close()
    db = open_read_only(plain)
    try:
        with pytest.raises(InternalError), db.engine.begin() as connection:  # the server refuses writes
            connection.exec_driver_sql("DELETE FROM members")
    finally:
        db.close()


def test_verify_refuses_an_empty_server_database_and_creates_nothing(pg_url):
    with pytest.raises(StoreError) as refused:
        open_read_only(pg_url)
    assert "holds no tables" in refused.value.message.render()
    db = open_database(pg_url, migrate=False)
    try:
        assert current_revision(db) is None  # still empty: no schema was made
    finally:
        db.close()
