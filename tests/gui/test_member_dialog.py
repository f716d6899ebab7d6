"""The add/edit dialog, driven like a person would: type, see the message, save."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.members.entities import Member
from desktop.domain.members.service import MemberService
from desktop.views.members.member_dialog import MemberDialog
from tests.gui.typing import type_text


def _dialog(qtbot, db, **kwargs):
    dialog = MemberDialog(MemberService(db, LOCAL_ADMIN), "zh_CN", ["机修车间"], **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.Save)


def test_adding_a_member_stores_it_with_birth_date_and_gender_from_the_id(qtbot, db):
    dialog = _dialog(qtbot, db)
    assert not _save_button(dialog).isEnabled()  # nothing typed yet
    type_text(dialog.widgets["name"], "李秀英")
    qtbot.keyClicks(dialog.widgets["id_number"], "34052419800101001x")
    dialog.widgets["join_date"].set_value(dt.date(2015, 3, 1))
    assert dialog.widgets["birth_date"].value() == dt.date(1980, 1, 1)
    assert dialog.widgets["gender"].code() == "1"  # 17th digit 1: odd, male
    assert _save_button(dialog).isEnabled()
    qtbot.mouseClick(_save_button(dialog), Qt.LeftButton)

    assert dialog.result() == dialog.DialogCode.Accepted
    with db.session() as session:
        member = session.scalars(select(Member).where(Member.name == "李秀英")).one()
    assert member.id_number == "34052419800101001X"
    assert member.birth_date == dt.date(1980, 1, 1)
    assert member.status == "active"


def test_an_id_with_a_wrong_check_character_is_named_next_to_the_field(qtbot, db):
    dialog = _dialog(qtbot, db)
    type_text(dialog.widgets["name"], "王五")
    qtbot.keyClicks(dialog.widgets["id_number"], "340524198001010011")
    error = dialog.findChild(type(dialog.summary), "error_id_number")
    assert error.isVisible()
    assert "X" in error.text()  # the message says which check character it should be
    assert not _save_button(dialog).isEnabled()
    with db.session() as session:
        assert session.scalars(select(Member).where(Member.name == "王五")).first() is None


def test_errors_of_untouched_fields_wait_until_save_is_pressed(qtbot, db):
    dialog = _dialog(qtbot, db)
    type_text(dialog.widgets["name"], "赵六")
    assert dialog.error_text("id_number") == ""        # not touched yet: no red text
    # ID number, gender and join date are still missing: the summary counts them
    assert "3" in dialog.summary.text()


def test_editing_keeps_the_id_and_changes_the_phone(qtbot, db):
    service = MemberService(db, LOCAL_ADMIN)
    from desktop.domain.members.queries import MemberQueries

    detail = MemberQueries(db, LOCAL_ADMIN).detail(1)
    dialog = _dialog(qtbot, db, member_id=1, initial=detail.data)
    dialog.widgets["mobile"].clear()
    qtbot.keyClicks(dialog.widgets["mobile"], "13900001111")
    qtbot.mouseClick(_save_button(dialog), Qt.LeftButton)
    assert MemberQueries(db, LOCAL_ADMIN).detail(1).data.mobile == "13900001111"
    assert MemberQueries(db, LOCAL_ADMIN).detail(1).data.id_number == detail.data.id_number
    assert service  # the dialog used its own service on the same database


def test_a_duplicate_id_number_is_refused_next_to_the_field(qtbot, db):
    from desktop.domain.members.queries import MemberQueries

    existing = MemberQueries(db, LOCAL_ADMIN).detail(2).data
    dialog = _dialog(qtbot, db)
    type_text(dialog.widgets["name"], "重复者")
    qtbot.keyClicks(dialog.widgets["id_number"], existing.id_number)
    dialog.widgets["join_date"].set_value(dt.date(2015, 3, 1))
    qtbot.mouseClick(_save_button(dialog), Qt.LeftButton)
    assert dialog.isVisible()
    assert existing.name in dialog.error_text("id_number")


def test_a_save_over_someone_elses_change_shows_their_change_and_keeps_the_typing(qtbot, db):
    """Two PCs: the member was changed (here by a second connection, as the command line or
    another PC would) after this dialog loaded it."""
    from dataclasses import replace

    from desktop.domain.members.queries import MemberQueries
    from desktop.store.database import open_database

    queries = MemberQueries(db, LOCAL_ADMIN)
    detail = queries.detail(1)
    dialog = _dialog(qtbot, db, member_id=1, initial=detail.data, version=detail.version,
                     reload=lambda: queries.detail(1))
    other_pc = open_database(db.location)
    try:
        MemberService(other_pc, LOCAL_ADMIN).update(1, replace(detail.data, department="机修车间"), detail.version)
    finally:
        other_pc.close()
    dialog.widgets["mobile"].clear()
    qtbot.keyClicks(dialog.widgets["mobile"], "13900001111")
    qtbot.mouseClick(_save_button(dialog), Qt.LeftButton)

    assert dialog.result() != dialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.conflict.isVisible()
    assert "机修车间" in dialog.conflict.text.text() and "Department" in dialog.conflict.text.text()
    assert dialog.widgets["mobile"].text() == "13900001111"          # what was typed is kept
    assert queries.detail(1).data.mobile == detail.data.mobile      # and nothing was saved over theirs
    dialog.grab().save("/tmp/stale_member_dialog.png")

    qtbot.mouseClick(dialog.conflict.reload_button, Qt.LeftButton)   # take their version, type again
    assert dialog.widgets["department"].currentText() == "机修车间" and not dialog.conflict.isVisible()
    dialog.widgets["mobile"].clear()
    qtbot.keyClicks(dialog.widgets["mobile"], "13900001111")
    qtbot.mouseClick(_save_button(dialog), Qt.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = queries.detail(1).data
    assert (stored.department, stored.mobile) == ("机修车间", "13900001111")
