"""Backups of a union on a PostgreSQL server: `uniondesk --db URL backup` makes a checked pg_dump (or,
without pg_dump, an export of every table into an SQLite file), `restore` brings either back into an
empty server database and refuses one that holds data, an upgrade is preceded by a backup, and the
daily backup is made only by the PC that is the backup station."""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from desktop.commands import CommandContext
from desktop.commands import backup as backup_command
from desktop.commands import restore as restore_command
from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.operations.service import OperationsService, scheduled_backup, this_pc
from desktop.messages import UserError
from desktop.store import server_backups, union_copy
from desktop.store.backups import RetentionPolicy, list_backups
from desktop.store.database import open_database, open_read_only
from desktop.store.errors import StoreError
from desktop.store.integrity import verify_database
from desktop.store.migrations_runner import HEAD_REVISION, current_revision, upgrade_on
from tests.demo_files import build_template

pytestmark = pytest.mark.file_and_server  # tests/conftest.py: FILE_AND_SERVER_REASON


@pytest.fixture(autouse=True)
def setting(monkeypatch, tmp_path):
    monkeypatch.setattr(CommandContext, "actor", lambda self, db: LOCAL_ADMIN)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # this PC's backups folder


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    return build_template(tmp_path_factory.mktemp("template"), members=40, seed=3)


@pytest.fixture
def server_union(template, pg_url) -> str:
    """A union of 40 members on the server."""
    union_copy.copy_union(str(template), pg_url)
    return pg_url


def run(module, argv: list[str], location: str) -> int:
    parser = argparse.ArgumentParser()
    module.add_arguments(parser)
    context = CommandContext("en", location, module.NAME)
    try:
        return module.run(parser.parse_args(argv), context)
    finally:
        context.close()


def members_on(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT COUNT(*) FROM members WHERE deleted_at IS NULL")).scalar()
    finally:
        engine.dispose()


def checks_out(location: str) -> bool:
    db = open_read_only(location)
    try:
        return verify_database(db).ok
    finally:
        db.close()


def test_pg_dump_backup_is_checked_listed_and_restores_into_an_empty_database(
        server_union, pg_cluster, tmp_path, capsys):
    assert run(backup_command, ["--to", str(tmp_path / "dumps")], server_union) == 0
    assert "Backed up 40 members" in capsys.readouterr().out
    [info] = list_backups(tmp_path / "dumps")
    assert info.path.suffix == ".dump" and info.members == 40 and info.reason == "manual"
    listing = subprocess.run([str(server_backups.client_program("pg_restore")), "--list", str(info.path)],
                             capture_output=True, text=True, check=True).stdout
    assert "TABLE DATA public members" in listing

    new_url = pg_cluster.create_database("restored_from_dump")
    try:
        assert run(restore_command, [str(info.path)], new_url) == 0
        assert "40 members" in capsys.readouterr().out
        assert members_on(new_url) == 40
        assert checks_out(new_url)
    finally:
        pg_cluster.drop_database("restored_from_dump")


def test_without_pg_dump_every_table_is_exported_and_restores_too(server_union, pg_cluster, tmp_path, monkeypatch):
    monkeypatch.setattr(server_backups, "client_program", lambda name: None)  # a PC without PostgreSQL's programs
    db = open_database(server_union)
    try:
        [info] = OperationsService(db, LOCAL_ADMIN).back_up([tmp_path / "exports"]).made
    finally:
        db.close()
    assert info.path.suffix == ".sqlite3" and info.members == 40
    assert checks_out(str(info.path))  # an SQLite file the program opens and verify checks

    new_url = pg_cluster.create_database("restored_from_export")
    try:
        assert run(restore_command, [str(info.path)], new_url) == 0
        assert members_on(new_url) == 40
        assert checks_out(new_url)
    finally:
        pg_cluster.drop_database("restored_from_export")


def test_restore_refuses_a_server_database_that_holds_data(server_union, tmp_path):
    db = open_database(server_union)
    try:
        [info] = OperationsService(db, LOCAL_ADMIN).back_up([tmp_path / "dumps"]).made
    finally:
        db.close()
    with pytest.raises(StoreError) as refused:
        run(restore_command, [str(info.path)], server_union)
    assert "already holds data" in str(refused.value.message.source)
    assert members_on(server_union) == 40


def test_a_server_database_of_an_older_release_is_backed_up_before_it_is_upgraded(pg_url, tmp_path):
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        upgrade_on(connection, "0017")  # the layout of the release before this one
        connection.execute(text("INSERT INTO union_profile (union_name, unit_name, credit_code, address, chair, "
                                "is_demo, backup_roles, created_at) VALUES ('新光工会', '新光厂', '', '', '', "
                                "false, '', now())"))
    engine.dispose()
    db = open_database(pg_url)
    try:
        assert current_revision(db) == HEAD_REVISION
        [copy] = db.backups
    finally:
        db.close()
    assert copy.parent == server_backups.server_backup_folder(pg_url)
    [info] = list_backups(copy.parent)
    assert info.reason == "migration" and info.detail == "before-upgrade-0017"


def test_only_the_backup_station_makes_the_daily_backup_of_a_server_database(server_union, tmp_path):
    db = open_database(server_union)
    folder = tmp_path / "daily"
    try:
        operations = OperationsService(db, LOCAL_ADMIN)
        assert scheduled_backup(db, [folder], RetentionPolicy()) is None  # no station named yet
        operations.set_backup_station("front-desk-pc")
        assert scheduled_backup(db, [folder], RetentionPolicy()) is None  # another PC is the station
        assert list_backups(folder) == []
        operations.set_backup_station()  # this PC
        assert operations.backup_station() == this_pc()
        run_ = scheduled_backup(db, [folder], RetentionPolicy())
        assert run_ is not None and run_.ok and run_.made[0].reason == "daily"
        assert scheduled_backup(db, [folder], RetentionPolicy()) is None  # one a day
    finally:
        db.close()


def test_naming_the_backup_station_is_the_chairs(server_union):
    from desktop.domain.accounts.actor import Actor
    from desktop.domain.accounts.permissions import Role

    db = open_database(server_union)
    try:
        officer = Actor("officer", "李干事", Role.OFFICER)
        with pytest.raises(UserError):
            OperationsService(db, officer).set_backup_station()
        assert OperationsService(db, LOCAL_ADMIN).backup_station() == ""
    finally:
        db.close()


def test_backups_of_a_server_are_named_after_its_database(server_union, tmp_path):
    """Backups of a server are named after the database, like file backups, and sort by time."""
    made = dt.datetime(2026, 12, 5, 9, 30, tzinfo=dt.timezone.utc)
    info = server_backups.back_up_server(server_union, tmp_path, "manual", now=made)
    assert info.path.name.startswith(server_backups.database_name(server_union) + "_2026-12-05_")
