"""The backups pane as the union's chair uses it: "Back up now" adds a checked backup to the list
with its member count; a restore shows what it brings back, asks, keeps the present state and
closes the program; a missing USB stick is said plainly; the choices are remembered."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.members.service import MemberService
from desktop.store import backups
from desktop.views.backups.pane import BackupPane
from desktop.views.backups.schedule import BackupScheduler, backup_on_exit
from desktop.views.backups.settings import KEEP_DAILY_KEY, SECOND_FOLDER_KEY, retention_policy
from tests.gui.conftest import DEMO_MEMBERS


@pytest.fixture
def backup_pane(qtbot, context):
    widget = BackupPane(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    return widget


def column(pane: BackupPane, index: int) -> list[str]:
    return [pane.table.item(row, index).text() for row in range(pane.table.rowCount())]


def on_register(db) -> int:
    from sqlalchemy import text

    with db.engine.connect() as c:
        return c.execute(text("SELECT count(*) FROM members WHERE deleted_at IS NULL")).scalar()


def test_back_up_now_adds_a_row_with_the_member_count(backup_pane):
    assert backup_pane.table.rowCount() == 0
    assert backup_pane.empty_label.isVisible()
    backup_pane.back_up_now()
    assert backup_pane.table.rowCount() == 1
    assert column(backup_pane, 2) == [str(DEMO_MEMBERS)]
    assert backup_pane.status.isVisible() and f"{DEMO_MEMBERS} members" in backup_pane.status.text()
    assert not backup_pane.empty_label.isVisible()


def test_the_list_shows_each_backups_member_count_newest_first(backup_pane, db):
    backups.make_backup(db, backup_pane.folder, "exit", now=dt.datetime(2026, 3, 1, 17, 0))
    MemberService(db, LOCAL_ADMIN).delete([1, 2, 3])
    backups.make_backup(db, backup_pane.folder, "daily", now=dt.datetime(2026, 3, 2, 9, 0))
    backup_pane.refresh()
    assert column(backup_pane, 0) == ["2026-03-02 09:00", "2026-03-01 17:00"]
    assert column(backup_pane, 2) == [str(DEMO_MEMBERS - 3), str(DEMO_MEMBERS)]
    assert all(size.endswith("KB") or size.endswith("MB") for size in column(backup_pane, 3))


def test_restore_shows_the_preview_keeps_the_present_state_and_closes(backup_pane, db, monkeypatch):
    backups.make_backup(db, backup_pane.folder, "exit", now=dt.datetime(2026, 3, 1, 17, 0))
    MemberService(db, LOCAL_ADMIN).delete([1, 2, 3, 4, 5])
    backup_pane.refresh()
    asked, told = [], []

    def confirm(incoming, present):
        asked.append((incoming.members, present.members))
        return True

    monkeypatch.setattr(backup_pane, "confirm_restore", confirm)
    monkeypatch.setattr(backup_pane, "inform", lambda title, text: told.append(text))
    backup_pane.table.selectRow(0)
    assert backup_pane.restore_button.isEnabled()

    result = backup_pane.restore_selected()

    assert asked == [(DEMO_MEMBERS, DEMO_MEMBERS - 5)]   # the backup's count beside today's
    assert result is not None and on_register(db) == DEMO_MEMBERS
    assert "start it again" in told[0].lower()
    assert str(result.safety_copy.path) in told[0]
    assert not backup_pane.isVisible()                    # the window closed
    reasons = [b.reason for b in backups.list_backups(backup_pane.folder)]
    assert "before-restore" in reasons


def test_declining_the_restore_changes_nothing(backup_pane, db, monkeypatch):
    backups.make_backup(db, backup_pane.folder, "exit")
    MemberService(db, LOCAL_ADMIN).delete([1])
    backup_pane.refresh()
    monkeypatch.setattr(backup_pane, "confirm_restore", lambda incoming, present: False)
    backup_pane.table.selectRow(0)
    assert backup_pane.restore_selected() is None
    assert on_register(db) == DEMO_MEMBERS - 1
    assert backup_pane.table.rowCount() == 1 and backup_pane.isVisible()


def test_a_damaged_backup_is_refused_with_a_message(backup_pane, db, monkeypatch, tmp_path):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database at all " * 100)
    warnings = []
    monkeypatch.setattr(backup_pane, "warn", lambda title, text: warnings.append(text))
    monkeypatch.setattr(backup_pane, "_choose_backup_file", lambda: str(broken))
    assert backup_pane.restore_from_file() is None
    assert "not a UnionDesk database" in warnings[0]
    assert on_register(db) == DEMO_MEMBERS


def test_missing_usb_stick_is_said_and_the_backup_is_still_made(backup_pane, context, tmp_path):
    context.settings.setValue(SECOND_FOLDER_KEY, str(tmp_path / "stick-not-plugged-in"))
    backup_pane.back_up_now()
    assert backup_pane.table.rowCount() == 1
    assert "USB" in backup_pane.status.text() and "stick-not-plugged-in" in backup_pane.status.text()


def test_second_folder_gets_a_copy_and_the_choice_is_remembered(backup_pane, context, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    backup_pane.set_second_folder(stick)
    assert context.settings.value(SECOND_FOLDER_KEY) == str(stick)
    run = backup_pane.back_up_now()
    assert [b.path.parent for b in run.made] == [backup_pane.folder, stick]
    backup_pane.set_second_folder(None)
    assert context.settings.value(SECOND_FOLDER_KEY) == ""


def test_retention_numbers_are_stored(backup_pane, context):
    backup_pane.keep_daily.setValue(14)
    backup_pane.keep_monthly.setValue(24)
    assert int(context.settings.value(KEEP_DAILY_KEY)) == 14
    assert retention_policy(context.settings).keep_daily == 14
    assert retention_policy(context.settings).keep_monthly == 24


def test_scheduler_makes_the_daily_backup_when_due(qtbot, context):
    scheduler = BackupScheduler(context, first_check_ms=10_000_000)
    with qtbot.waitSignal(scheduler.finished, timeout=10_000) as signal:
        scheduler.check()
    run = signal.args[0]
    assert run.ok and run.made[0].reason == "daily" and run.made[0].members == DEMO_MEMBERS
    scheduler.check()        # already made today: nothing more
    scheduler.wait()
    assert len(backups.list_backups(backups.default_backup_folder(context.db.file_path))) == 1


def test_exit_backup_uses_the_chosen_folders(context, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    context.settings.setValue(SECOND_FOLDER_KEY, str(stick))
    run = backup_on_exit(context)
    assert run.ok and [b.reason for b in run.made] == ["exit", "exit"]


def test_the_chair_lets_finance_make_backups_and_it_is_recorded(backup_pane, db):
    from desktop.domain.accounts.actor import Actor
    from desktop.domain.accounts.permissions import Role
    from desktop.domain.operations.service import OperationsService
    from sqlalchemy import text

    finance = OperationsService(db, Actor("finance", "", Role.FINANCE))
    assert not finance.may_back_up()
    backup_pane.backup_role_boxes[Role.FINANCE].setChecked(True)
    assert finance.may_back_up() and not finance.may_restore()
    with db.engine.connect() as c:
        actor, action, changes = c.execute(text(
            "SELECT actor, action, changes FROM audit_records ORDER BY id DESC LIMIT 1")).one()
    assert (actor, action) == ("admin", "backup_roles") and "finance" in changes


def test_only_the_chair_can_change_who_may_back_up(qtbot, context):
    import dataclasses

    from desktop.domain.accounts.actor import Actor
    from desktop.domain.accounts.permissions import Role

    pane = BackupPane(dataclasses.replace(context, actor=Actor("finance", "", Role.FINANCE)))
    qtbot.addWidget(pane)
    assert not any(box.isEnabled() for box in pane.backup_role_boxes.values())
    assert not pane.backup_button.isEnabled() and not pane.restore_file_button.isEnabled()


def test_a_role_granted_backup_only_sees_the_pane_and_can_back_up_but_not_restore(qtbot, context, db):
    import dataclasses

    from desktop.domain.accounts.actor import Actor
    from desktop.domain.accounts.permissions import Role
    from desktop.domain.operations.service import OperationsService
    from desktop.views.main_window import MainWindow

    finance = dataclasses.replace(context, actor=Actor("finance", "", Role.FINANCE))
    window = MainWindow(finance)
    qtbot.addWidget(window)
    assert "backups" not in [p.key for p in window._pane_classes]
    OperationsService(db, LOCAL_ADMIN).set_backup_roles([Role.FINANCE])
    window = MainWindow(finance)
    qtbot.addWidget(window)
    assert "backups" in [p.key for p in window._pane_classes]
    pane = BackupPane(finance)
    qtbot.addWidget(pane)
    assert pane.backup_button.isEnabled()
    assert not pane.restore_file_button.isEnabled()
