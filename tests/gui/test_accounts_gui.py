"""Signing in, first-run setup, roles in the member pane, idle lock."""

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Role
from desktop.domain.accounts.service import authenticate, needs_setup
from desktop.domain.audit.entities import AuditRecord
from desktop.store.database import open_database
from desktop.views.accounts.idle_lock import IdleLock
from desktop.views.accounts.sign_in import LoginDialog, SetupDialog
from desktop.views.context import AppContext
from desktop.views.members.pane import MembersPane
from tests.gui.typing import type_text


def test_a_wrong_password_is_said_in_the_dialog_and_the_right_one_logs_in(qtbot, db):
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "nope")
    dialog._try()
    assert "wrong" in dialog.error.text() and dialog.actor is None
    qtbot.keyClicks(dialog.password, "demo-admin")
    dialog._try()
    assert dialog.actor is not None and dialog.actor.role == Role.ADMIN


def test_the_demo_log_in_shows_the_demo_accounts(qtbot, db):
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert any("demo-admin" in label.text() for label in dialog.findChildren(type(dialog.error)))


def test_first_start_creates_the_union_and_its_administrator(qtbot, tmp_path):
    db = open_database(str(tmp_path / "new.sqlite3"))
    try:
        dialog = SetupDialog(db)
        qtbot.addWidget(dialog)
        type_text(dialog.fields["union_name"], "某某公司工会委员会")
        type_text(dialog.fields["unit_name"], "某某公司")
        dialog.fields["username"].setText("chair")
        qtbot.keyClicks(dialog.password, "chair-pass-1")
        qtbot.keyClicks(dialog.password_again, "chair-pass-1")
        dialog._create()
        assert dialog.actor is not None and not needs_setup(db)
        assert authenticate(db, "chair", "chair-pass-1").role == Role.ADMIN
    finally:
        db.close()


def test_a_read_only_user_sees_no_way_to_change_members_and_masked_ids(qtbot, db, settings):
    pane = MembersPane(AppContext(db, Actor("viewer", role=Role.READONLY), "zh_CN", settings))
    qtbot.addWidget(pane)
    pane.show()
    assert not pane.add_action.isVisible() and not pane.delete_action.isVisible()
    assert "*" in pane.model.member_row(0).id_number
    assert not pane.detail.reveal_button.isVisible()


def test_finance_reveals_a_masked_number_and_the_reveal_is_recorded(qtbot, db, settings):
    pane = MembersPane(AppContext(db, Actor("cashier", role=Role.FINANCE), "zh_CN", settings))
    qtbot.addWidget(pane)
    pane.show()
    pane.table.selectRow(0)
    assert "*" in pane.detail._values["id_number"].text()
    qtbot.mouseClick(pane.detail.reveal_button, Qt.LeftButton)
    assert "*" not in pane.detail._values["id_number"].text()
    with db.session() as session:
        actions = session.scalars(select(AuditRecord.action).where(AuditRecord.actor == "cashier")).all()
    assert actions.count("reveal") == 2  # ID number and phone


def test_the_window_locks_after_the_idle_time(qtbot):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    locked = []
    idle = IdleLock(window, minutes=1, lock=lambda: locked.append(True))
    idle._last_activity -= 61  # a minute and a second without a key or a click
    idle._check()
    assert locked == [True]
    qtbot.mouseMove(window)  # activity resets the clock
    assert idle.idle_seconds() < 5


def test_on_a_server_the_chair_sees_who_is_connected_in_the_accounts_dialog(qtbot, pg_url):
    """Two PCs on one PostgreSQL database: the chair's accounts dialog lists both programs."""
    from desktop.domain.accounts.service import AccountService
    from desktop.domain.accounts.sessions import SessionBoard, connected_users
    from desktop.views.accounts.accounts_dialog import AccountsDialog

    chair = Actor("admin", "王主席", Role.ADMIN)
    office, hall = open_database(pg_url), open_database(pg_url)
    try:
        mine = SessionBoard(office, chair, pc_name="工会办公室")
        mine.start()
        SessionBoard(hall, Actor("clerk", "李干事", Role.OFFICER), pc_name="车间电脑").start()
        dialog = AccountsDialog(AccountService(office, chair),
                                connected=lambda: connected_users(office, chair, mine.session_id))
        qtbot.addWidget(dialog)
        dialog.show()
        table = dialog.connected_table
        rows = [[table.item(r, c).text() for c in range(2)] for r in range(table.rowCount())]
        assert rows == [["王主席 (this window)", "工会办公室"], ["李干事", "车间电脑"]]
        dialog.grab().save("/tmp/accounts_connected.png")
    finally:
        office.close()
        hall.close()
