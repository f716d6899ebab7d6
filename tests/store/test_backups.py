"""Backups as a union office relies on them: a restore brings back every row exactly; a backup taken
while someone keeps typing is a consistent picture of one moment; rotation keeps the backups a
person would want and never the ones made by hand; a missing USB stick is a message, not a crash."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.id_numbers import check_character
from desktop.domain.members.service import MemberService
from desktop.domain.members.inputs import MemberInput
from desktop.store import backups, sqlite_copy
from desktop.store.backups import Reason, RetentionPolicy
from desktop.store.database import Database, open_database
from desktop.store.errors import StoreError
from tests.demo_files import all_rows, build_template, fresh_copy

pytestmark = pytest.mark.sqlite_file  # copies of the SQLite file (server backups: pg_dump, issue 22's backup part)

TODAY = dt.date(2024, 6, 1)


def new_member(n: int) -> MemberInput:
    """A valid member whose ID number is unique for each n."""
    first17 = f"110105{dt.date(1980, 1, 1) + dt.timedelta(days=n // 400):%Y%m%d}{n % 400 * 2 + 1:03d}"[:17]
    return MemberInput(name=f"测试{n}", id_number=first17 + check_character(first17), mobile="",
                       join_date=dt.date(2010, 9, 1), department="工会办")


def members_on_register(db: Database) -> int:
    with db.engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM members WHERE deleted_at IS NULL")).scalar()


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    return build_template(tmp_path_factory.mktemp("template"), members=120, seed=5)


@pytest.fixture
def demo(tmp_path, demo_template) -> Database:
    database = open_database(str(fresh_copy(demo_template, tmp_path)))
    yield database
    database.close()


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "backups"


# -- backup and restore ----------------------------------------------------------------------------

def test_restore_brings_back_every_row_of_every_table(demo, folder):
    service = MemberService(demo, LOCAL_ADMIN, today=TODAY)
    service.delete([1, 2, 3])
    at_backup = all_rows(demo.file_path)
    backup = backups.make_backup(demo, folder, Reason.MANUAL)

    # Work goes on after the backup: members added, edited, deleted.
    service.create(new_member(1))
    service.delete([10, 11])
    service.restore([1])
    after_work = all_rows(demo.file_path)
    assert after_work != at_backup

    result = backups.restore_backup(demo.location, backup.path, folder)

    assert all_rows(demo.file_path) == at_backup
    assert members_on_register(demo) == backup.members == 117  # the open program sees it too
    # The state the restore replaced is itself kept, so the restore can be undone.
    assert result.safety_copy is not None and result.safety_copy.reason == "before-restore"
    assert all_rows(result.safety_copy.path) == after_work
    assert sqlite_copy.integrity_problems(demo.file_path) == []


def test_backup_says_when_why_and_how_many_members(demo, folder):
    moment = dt.datetime(2026, 3, 8, 17, 45, 12)
    info = backups.make_backup(demo, folder, Reason.EXIT, now=moment)
    assert info.path.name == "union_2026-03-08_174512_exit.sqlite3"
    assert info.members == 120 and info.size == info.path.stat().st_size > 0
    [listed] = backups.list_backups(folder)
    assert (listed.path, listed.reason, listed.members, listed.created) == (info.path, "exit", 120, info.created)


def test_backup_file_is_one_self_contained_file(demo, folder):
    info = backups.make_backup(demo, folder, Reason.MANUAL)
    assert sorted(p.name for p in folder.iterdir()) == [info.path.name, info.path.name + ".json"]
    with sqlite3.connect(info.path) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_backup_copied_without_its_json_still_lists_from_its_name(demo, folder, tmp_path):
    info = backups.make_backup(demo, folder, Reason.DAILY, now=dt.datetime(2026, 5, 1, 9, 0, 0))
    elsewhere = tmp_path / "stick"
    elsewhere.mkdir()
    (elsewhere / info.path.name).write_bytes(info.path.read_bytes())
    [listed] = backups.list_backups(elsewhere)
    assert listed.reason == "daily" and listed.created.replace(tzinfo=None) == dt.datetime(2026, 5, 1, 9)
    assert listed.members is None  # unknown until previewed
    assert backups.preview(listed.path).members == 120


def test_two_backups_in_the_same_second_both_kept(demo, folder):
    moment = dt.datetime(2026, 3, 8, 17, 45, 12)
    first = backups.make_backup(demo, folder, Reason.MANUAL, now=moment)
    second = backups.make_backup(demo, folder, Reason.MANUAL, now=moment)
    assert first.path != second.path and first.path.exists() and second.path.exists()
    assert len(backups.list_backups(folder)) == 2


def test_preview_shows_what_a_restore_brings_back(demo, folder):
    MemberService(demo, LOCAL_ADMIN, today=TODAY).delete([5, 6])
    info = backups.make_backup(demo, folder, Reason.MANUAL)
    seen = backups.preview(info.path)
    with demo.engine.connect() as c:
        events = c.execute(text("SELECT count(*) FROM membership_events")).scalar()
        audit = c.execute(text("SELECT count(*) FROM audit_records")).scalar()
    assert (seen.members, seen.members_in_trash, seen.events, seen.audit_records) == (118, 2, events, audit)
    assert seen.newest_change is not None
    assert abs(seen.newest_change - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=5)
    assert any("118" in line.render() for line in seen.lines())


def test_cancelled_backup_leaves_no_file(demo, folder):
    with pytest.raises(backups.Cancelled):
        backups.make_backup(demo, folder, Reason.MANUAL, progress=lambda done, total: False)
    assert list(folder.iterdir()) == []


def test_damaged_backup_is_refused_and_the_database_is_untouched(demo, folder):
    info = backups.make_backup(demo, folder, Reason.MANUAL)
    raw = bytearray(info.path.read_bytes())
    middle = len(raw) // 2  # a bad sector in the middle of the file (bits flipped: the middle may hold zeros)
    raw[middle:middle + 64] = bytes(b ^ 0xFF for b in raw[middle:middle + 64])
    info.path.write_bytes(bytes(raw))
    before = all_rows(demo.file_path)
    with pytest.raises(StoreError) as caught:
        backups.restore_backup(demo.location, info.path, folder)
    assert "damaged" in caught.value.message.render()
    assert all_rows(demo.file_path) == before
    assert [b.reason for b in backups.list_backups(folder)] == ["manual"]  # no restore began


def test_a_file_that_is_not_a_backup_is_refused(demo, folder, tmp_path):
    notes = tmp_path / "minutes.sqlite3"
    notes.write_bytes(b"Minutes of the committee meeting. " * 200)
    before = all_rows(demo.file_path)
    with pytest.raises(StoreError) as caught:
        backups.restore_backup(demo.location, notes, folder)
    assert "not a UnionDesk database" in caught.value.message.render()
    assert all_rows(demo.file_path) == before


def test_database_on_a_server_is_not_backed_up_here(folder):
    server = Database.__new__(Database)
    server.file_path, server.location = None, "postgresql://office/union"
    with pytest.raises(StoreError) as caught:
        backups.make_backup(server, folder, Reason.MANUAL)
    assert "uniondesk --db URL backup" in caught.value.message.render()  # the server way, said
    assert backups.on_exit_backup(server, [folder]).made == []


def test_backup_taken_while_members_are_being_added_is_one_consistent_moment(demo, folder, monkeypatch):
    """Another thread keeps adding members through the service while the backup runs in many small
    steps. The copy passes SQLite's check, and holds exactly the first k members added for some k
    between the counts committed when the backup started and when it ended: never a member without
    its history or audit record, never a gap."""
    monkeypatch.setattr(sqlite_copy, "STEP_PAGES", 2)
    service = MemberService(demo, LOCAL_ADMIN, today=TODAY)
    committed: list[int] = []
    stop = threading.Event()

    def keep_adding() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            committed.append(service.create(new_member(n)))

    writer = threading.Thread(target=keep_adding)
    writer.start()
    try:
        while len(committed) < 5:
            time.sleep(0.01)
        started_with = len(committed)

        def slow_steps(done: int, total: int) -> bool:
            time.sleep(0.003)  # let the writer commit between steps
            return True

        info = backups.make_backup(demo, folder, Reason.MANUAL, progress=slow_steps)
        ended_with = len(committed)
    finally:
        stop.set()
        writer.join()

    assert ended_with > started_with, "the writer made no commit during the backup: the test proves nothing"
    assert sqlite_copy.integrity_problems(info.path) == []
    added = info.members - 120
    assert started_with <= added <= ended_with
    with sqlite3.connect(info.path) as copy:
        new_ids = [r[0] for r in copy.execute("SELECT id FROM members WHERE name LIKE '测试%' ORDER BY id")]
        assert new_ids == committed[:added]
        incomplete = copy.execute(
            "SELECT count(*) FROM members m WHERE m.name LIKE '测试%' AND ("
            " NOT EXISTS (SELECT 1 FROM membership_events e WHERE e.member_id = m.id) OR"
            " NOT EXISTS (SELECT 1 FROM audit_records a WHERE a.entity = 'member' AND a.entity_id = m.id"
            "             AND a.action = 'create'))").fetchone()[0]
        assert incomplete == 0


# -- several folders -------------------------------------------------------------------------------

def test_missing_usb_stick_is_a_message_and_the_main_backup_is_still_made(demo, folder, tmp_path):
    stick = tmp_path / "E-drive" / "UnionDesk"   # the stick is not plugged in
    run = backups.backup_everywhere(demo, [folder, stick], Reason.EXIT)
    assert [b.path.parent for b in run.made] == [folder]
    [problem] = run.problems
    assert str(stick) in problem.render() and "USB" in problem.render()
    assert not stick.exists()  # no folder is invented where the stick should be


def test_second_folder_gets_a_copy_of_the_same_moment(demo, folder, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    run = backups.backup_everywhere(demo, [folder, stick], Reason.EXIT)
    assert run.ok and [b.path.parent for b in run.made] == [folder, stick]
    main, copy = run.made
    assert (copy.members, copy.reason, copy.created, copy.path.name) == (main.members, "exit", main.created,
                                                                         main.path.name)
    assert all_rows(copy.path) == all_rows(main.path)


def test_exit_backup_rotates_the_folder(demo, folder):
    for day in range(1, 11):
        backups.make_backup(demo, folder, Reason.EXIT, now=dt.datetime(2026, 1, day, 18, 0))
    policy = RetentionPolicy(keep_daily=3, keep_weekly=0, keep_monthly=0, keep_last=1)
    run = backups.on_exit_backup(demo, [folder], policy, now=dt.datetime(2026, 1, 11, 18, 0))
    assert run.ok
    assert [b.created.day for b in backups.list_backups(folder)] == [11, 10, 9]
    assert len(run.pruned) == 8


def test_daily_backup_is_due_once_a_day(demo, folder):
    morning = dt.datetime(2026, 4, 2, 8, 30)
    assert backups.scheduled_backup_due(folder, morning)          # nothing yet
    backups.make_backup(demo, folder, Reason.EXIT, now=dt.datetime(2026, 4, 1, 17, 0))
    assert backups.scheduled_backup_due(folder, morning)          # yesterday's does not count
    run = backups.run_scheduled_backup(demo, [folder], now=morning)
    assert run is not None and run.made[0].reason == "daily"
    assert not backups.scheduled_backup_due(folder, morning.replace(hour=15))
    assert backups.run_scheduled_backup(demo, [folder], now=morning.replace(hour=15)) is None


# -- rotation --------------------------------------------------------------------------------------

def test_rotation_keeps_days_weeks_months_and_every_backup_made_by_hand(demo, folder):
    day = dt.datetime(2026, 3, 1, 18, 0)
    while day <= dt.datetime(2026, 4, 10, 18, 0):
        backups.make_backup(demo, folder, Reason.EXIT, now=day)
        day += dt.timedelta(days=1)
    backups.make_backup(demo, folder, Reason.EXIT, now=dt.datetime(2026, 4, 10, 9, 0))
    backups.make_backup(demo, folder, Reason.MANUAL, now=dt.datetime(2026, 3, 2, 10, 0))
    backups.make_backup(demo, folder, Reason.BEFORE_RESTORE, now=dt.datetime(2026, 3, 3, 10, 0))

    policy = RetentionPolicy(keep_daily=3, keep_weekly=2, keep_monthly=2, keep_last=1)
    deleted = backups.prune(folder, policy)

    kept = [(b.created.strftime("%m-%d %H"), b.reason) for b in backups.list_backups(folder)]
    assert kept == [
        ("04-10 18", "exit"),            # newest: today, this week, this month
        ("04-09 18", "exit"),            # the last three days
        ("04-08 18", "exit"),
        ("04-05 18", "exit"),            # newest of last week (Sunday)
        ("03-31 18", "exit"),            # newest of March
        ("03-03 10", "before-restore"),  # never rotated away
        ("03-02 10", "manual"),
    ]
    assert len(deleted) == 41 + 1 + 2 - 7
    assert sorted(p.name for p in folder.iterdir() if p.suffix == ".json") == \
        sorted(b.path.name + ".json" for b in backups.list_backups(folder))


def test_rotation_keeps_each_databases_backups_apart(tmp_path, demo_template, folder):
    for name in ("a", "b"):
        path = tmp_path / f"{name}.sqlite3"
        path.write_bytes(demo_template.read_bytes())
        for day in (1, 2, 3):
            backups.backup_file(path, folder, Reason.EXIT, now=dt.datetime(2026, 2, day, 18, 0))
    backups.prune(folder, RetentionPolicy(keep_daily=1, keep_weekly=0, keep_monthly=0, keep_last=1))
    assert sorted((b.database, b.created.day) for b in backups.list_backups(folder)) == [("a", 3), ("b", 3)]


def test_default_policy_numbers():
    assert RetentionPolicy() == RetentionPolicy(keep_daily=7, keep_weekly=4, keep_monthly=12, keep_last=5)
    with pytest.raises(ValueError):
        RetentionPolicy(keep_daily=-1)


def test_default_folder_is_beside_the_database(tmp_path):
    assert backups.default_backup_folder(tmp_path / "union.sqlite3") == tmp_path.resolve() / "backups"


def test_migration_backup_is_listed_as_one(db_path):
    """The copy made before a schema upgrade goes through make_backup like every other backup."""
    from alembic import command

    from desktop.store import migrations_runner

    old = open_database(str(db_path), migrate=False)
    command.upgrade(migrations_runner.alembic_config(old), "0001")
    old.close()
    db = open_database(str(db_path))
    db.close()
    [info] = backups.list_backups(backups.default_backup_folder(db_path))
    assert info.reason == "migration" and info.detail == "before-upgrade-0001" and info.members == 0
    assert db.backups == [info.path]
