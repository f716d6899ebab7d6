"""Two unions on one server, each in its own schema; the federation's account sees how many members
each has and their yearly figures, and cannot read a single aid case, member or audit record."""

from __future__ import annotations

import argparse
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop.commands import CommandContext
from desktop.commands import federation as federation_command
from desktop.store import federation, union_copy
from desktop.store.database import open_database
from desktop.store.errors import StoreError
from tests.demo_files import build_template

pytestmark = pytest.mark.file_and_server  # tests/conftest.py: FILE_AND_SERVER_REASON


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    return build_template(tmp_path_factory.mktemp("template"), members=30, seed=5)


@pytest.fixture
def two_unions(template, pg_url) -> str:
    """The demo union as union_east, and again as union_west with a name of its own and 5 members
    fewer on the register."""
    for schema in ("union_east", "union_west"):
        union_copy.copy_union(str(template), federation.union_url(pg_url, schema))
    engine = create_engine(federation.union_url(pg_url, "union_west"))
    with engine.begin() as connection:
        connection.execute(text("UPDATE union_profile SET union_name = '西区工会'"))
        connection.execute(text("UPDATE members SET deleted_at = now() WHERE id <= 5"))
    engine.dispose()
    return pg_url


def run(argv: list[str], location: str, capsys) -> str:
    parser = argparse.ArgumentParser()
    federation_command.add_arguments(parser)
    context = CommandContext("en", location, federation_command.NAME)
    try:
        assert federation_command.run(parser.parse_args(argv), context) == 0
    finally:
        context.close()
    return capsys.readouterr().out


def as_account(url: str, account: str) -> str:
    return make_url(url).set(username=account).render_as_string(hide_password=False)


def test_each_union_opens_as_its_own_database(two_unions):
    db = open_database(federation.union_url(two_unions, "union_west"))
    try:
        with db.session() as session:
            assert session.execute(text("SELECT union_name FROM union_profile")).scalar() == "西区工会"
            assert session.execute(text("SELECT COUNT(*) FROM members WHERE deleted_at IS NULL")).scalar() == 25
    finally:
        db.close()


def test_the_federation_sees_the_figures_of_both_unions_and_no_aid_case(two_unions, capsys, monkeypatch):
    monkeypatch.setenv(federation_command.PASSWORD_VAR, "联合会-2026")
    out = run(["setup", "--account", "federation"], two_unions, capsys)
    assert "2 union(s)" in out

    reader = as_account(two_unions, "federation")
    out = run(["figures"], reader, capsys)
    east_name = federation.read_figures(reader).members[0].union_name
    assert f"{east_name} (union_east): 30 members" in out
    assert "西区工会 (union_west): 25 members" in out
    assert "Members in all: 55" in out
    assert "Yearly figures:" in out and "workforce" in out

    parsed = make_url(reader)
    with psycopg.connect(host=parsed.query["host"], user="federation", dbname=parsed.database) as connection:
        for table in ("union_east.aid_cases", "union_west.aid_payments", "union_east.members",
                      "union_east.audit_records"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(f"SELECT * FROM {table}")
            connection.rollback()
        assert connection.execute("SELECT COUNT(*) FROM federation.members_by_union").fetchone()[0] == 2


def test_names_that_could_carry_sql_are_refused(pg_url):
    with pytest.raises(StoreError):
        federation.union_url(pg_url, "east; DROP TABLE members")
    with pytest.raises(StoreError):
        federation.setup(pg_url, "Robert'); --")
