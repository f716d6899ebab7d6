"""Moving a union up to a PostgreSQL server and back (`uniondesk migrate`): every row arrives with
its id, the audit trail checks on every side, new rows on the server get new ids, and a refused or
cancelled copy leaves the target as empty as it was."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from desktop.commands import CommandContext
from desktop.commands import migrate as migrate_command
from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.members.service import MemberService
from desktop.domain.members.inputs import MemberInput
from desktop.store import union_copy
from desktop.store.database import open_database, open_read_only
from desktop.messages import UserError
from desktop.store.errors import StoreError
from desktop.store.integrity import verify_database
from desktop.store.sqlite_copy import Cancelled
from tests.demo_files import all_rows, build_template, fresh_copy
from tests.domain.conftest import id_number_for

pytestmark = pytest.mark.file_and_server  # tests/conftest.py: FILE_AND_SERVER_REASON


@pytest.fixture(autouse=True)
def acting_admin(monkeypatch):
    monkeypatch.setattr(CommandContext, "actor", lambda self, db: LOCAL_ADMIN)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    return build_template(tmp_path_factory.mktemp("template"), members=60, seed=7)


@pytest.fixture
def union(tmp_path, template) -> Path:
    return fresh_copy(template, tmp_path)


def migrate(source: str, target: str, capsys) -> str:
    parser = argparse.ArgumentParser()
    migrate_command.add_arguments(parser)
    context = CommandContext("en", "", migrate_command.NAME)
    try:
        assert migrate_command.run(parser.parse_args(["--from", source, "--to", target]), context) == 0
    finally:
        context.close()
    return capsys.readouterr().out


def tables_on(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        return inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_a_demo_union_goes_to_the_server_and_back_with_every_row(union, pg_url, tmp_path, capsys):
    out = migrate(str(union), pg_url, capsys)
    assert "every table has as many rows as the source" in out
    after_first = all_rows(union)  # the source now also records that it was copied
    back = tmp_path / "back.sqlite3"
    out = migrate(pg_url, str(back), capsys)
    assert "is unbroken" in out

    returned = all_rows(back)
    assert set(returned) == set(after_first)
    for table in after_first:
        if table != "audit_records":
            # tables keyed by text come back in key order, not in the order they were first written
            assert sorted(returned[table], key=repr) == sorted(after_first[table], key=repr), table
    # the trip down is recorded on the server before it copies: one record more, the rest identical
    assert returned["audit_records"][:-1] == after_first["audit_records"]
    assert returned["audit_records"][-1][3] == "copy_union"

    for location in (str(union), pg_url, str(back)):
        db = open_read_only(location)
        try:
            report = verify_database(db)
        finally:
            db.close()
        assert report.ok, location
        assert report.records_checked in (len(after_first["audit_records"]), len(returned["audit_records"]))
    checked_back = open_read_only(str(back))
    try:
        back_report = verify_database(checked_back)
    finally:
        checked_back.close()
    assert back_report.rows_checked and not back_report.row_problems  # every row seal still matches


def test_a_member_added_on_the_server_after_the_move_gets_a_new_id(union, pg_url, capsys):
    migrate(str(union), pg_url, capsys)
    db = open_database(pg_url)
    try:
        member = MemberInput(name="林新来", id_number=id_number_for(dt.date(1990, 5, 6)), mobile="13900001111",
                             join_date=dt.date(2024, 3, 1), department="工会办")
        created = MemberService(db, LOCAL_ADMIN, today=dt.date(2024, 6, 1)).create(member)
        report = verify_database(db)
    finally:
        db.close()
    assert created == 61  # the 60 demo members keep 1..60; the sequence continues after them
    assert report.ok


def test_a_plain_postgresql_url_as_the_readme_writes_it_is_a_target(union, pg_url, capsys):
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")   # what users and PostgreSQL's tools write
    migrate(str(union), plain, capsys)
    assert "members" in tables_on(pg_url)
    assert len(all_rows(pg_url)["members"]) == 60


def test_a_target_that_holds_data_is_refused_and_left_alone(union, pg_url, tmp_path):
    open_database(pg_url).close()  # a server database that already has the schema
    before = all_rows(union)
    with pytest.raises(StoreError) as refused:
        union_copy.copy_union(str(union), pg_url)
    assert "already holds data" in str(refused.value.message.source)
    with pytest.raises(StoreError):
        union_copy.copy_union(pg_url, str(union))  # an existing file is never overwritten
    assert all_rows(union) == before


@pytest.mark.parametrize("side", ["server", "file"])
def test_a_cancelled_copy_leaves_the_target_empty(union, pg_url, tmp_path, side):
    target = pg_url if side == "server" else str(tmp_path / "new.sqlite3")
    seen: list[tuple[int, int]] = []

    def stop_halfway(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < total // 2

    with pytest.raises(Cancelled):
        union_copy.copy_union(str(union), target, stop_halfway)
    done, total = seen[-1]
    assert 0 < done < total  # it had copied rows when it stopped
    if side == "server":
        assert tables_on(pg_url) == []
    else:
        assert list(tmp_path.glob("new.sqlite3*")) == []
    assert union_copy.is_empty(target)


def test_a_server_database_that_does_not_exist_is_named_in_the_message(union, pg_cluster):
    missing = pg_cluster.url("never_created")
    with pytest.raises(StoreError) as refused:
        union_copy.copy_union(str(union), missing)
    shown = refused.value.message.render()
    assert shown.startswith("Cannot connect to") and "never_created" in shown


def test_an_empty_server_database_is_no_source(pg_url, tmp_path):
    parser = argparse.ArgumentParser()
    migrate_command.add_arguments(parser)
    context = CommandContext("en", "", migrate_command.NAME)
    with pytest.raises(UserError) as refused:
        migrate_command.run(parser.parse_args(["--from", pg_url, "--to", str(tmp_path / "u.sqlite3")]), context)
    context.close()
    assert "There is no union" in refused.value.message.render()
    assert tables_on(pg_url) == [] and not (tmp_path / "u.sqlite3").exists()
