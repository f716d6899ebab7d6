"""The Activities pane driven like an officer would: the demo's activities are listed; a new
activity is created, a department is signed up, three people are checked in at the door by their
pinyin initials (count updates), and the sign-in sheet prints with their names. Plus the member
page section, the member list's attendance filter, and the item models under qtmodeltester."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from desktop.domain.activities.queries import ActivityQueries
from desktop.domain.activities.inputs import ParticipantState
from desktop.domain.members.queries import MemberQueries
from desktop.domain.members.search_keys import name_terms
from desktop.views.activities.dialogs import ActivityDialog
from desktop.views.activities.participants_dialog import AddParticipantsDialog
from desktop.views.activities.pane import ActivitiesPane
from tests.gui.typing import type_text
from tests.pdf_reading import pdf_text


@pytest.fixture
def activities_pane(qtbot, context):
    widget = ActivitiesPane(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    return widget


def flat_text(pdf: bytes, tmp_path) -> str:
    return "".join(pdf_text(pdf, layout=False).split())


def test_pane_lists_the_demo_activities_and_filters_them(activities_pane, qtbot):
    pane = activities_pane
    total = ActivityQueries(pane._context.db, pane._context.actor).count()
    assert pane.model.rowCount() == total >= 12
    assert pane.detail.plan_text.text()  # the first activity is shown beside the list
    pane.type_filter.setCurrentIndex(pane.type_filter.findData("competition"))
    assert pane.model.rowCount() >= 1
    assert all(pane.model.activity_row(r).type_code == "competition" for r in range(pane.model.rowCount()))
    pane.type_filter.setCurrentIndex(0)
    type_text(pane.search, "羽毛球")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    ModelTester(qtbot).check(pane.model, force_py=True)


def _unique_initials(queries: ActivityQueries, activity_id: int, people) -> list[tuple[str, str]]:
    """(initials, name) of participants whose initials find only them at the door."""
    chosen = []
    for person in people:
        terms = sorted(t for t in name_terms(person.name) if t.isascii() and len(t) == len(person.name))
        for initials in terms:
            found = queries.check_in_candidates(activity_id, initials)
            if len(found) == 1 and found[0].member_id == person.member_id:
                chosen.append((initials, person.name))
                break
        if len(chosen) == 3:
            break
    return chosen


def test_create_add_a_department_check_in_three_by_initials_and_print(activities_pane, qtbot, tmp_path, monkeypatch):
    pane = activities_pane
    today = dt.date.today()
    dialog = ActivityDialog(pane.service, pane.queries, "zh_CN", parent=pane)
    type_text(dialog.title, "部门读书分享会")
    dialog.type.setCurrentIndex(dialog.type.findData("training"))
    dialog.starts_on.setDate(today)
    dialog.save()
    assert dialog.saved_id is not None
    activity_id = dialog.saved_id
    pane.select_activity(activity_id)
    assert pane.current_id() == activity_id

    departments = MemberQueries(pane._context.db, pane._context.actor).departments()
    department = max(departments, key=lambda d: len(pane.queries.active_member_ids(d)))
    add = AddParticipantsDialog(pane.service, pane.queries, activity_id, [department], [], pane)
    add.tabs.setCurrentIndex(1)
    add.department.setCurrentIndex(add.department.findData(department))
    add.save()
    qtbot.waitUntil(lambda: not pane.detail.participants_lane.busy, timeout=20000)  # read in the background
    signed = [p for p in pane.queries.participants(activity_id) if p.state == ParticipantState.SIGNED_UP]
    assert len(signed) == len(pane.queries.active_member_ids(department)) > 3
    assert pane.detail.participants.rowCount() == len(signed)

    checkin = pane.detail.checkin
    pane.open_check_in()
    assert pane.detail.currentWidget() is checkin
    assert checkin.count.text().startswith(f"0 / {len(signed)}")
    people = _unique_initials(pane.queries, activity_id, signed)
    assert len(people) == 3
    for n, (initials, name) in enumerate(people, start=1):
        qtbot.keyClicks(checkin.entry, initials)
        qtbot.keyClick(checkin.entry, Qt.Key_Return)
        assert name in checkin.banner.text()
        assert checkin.count.text().startswith(f"{n} / {len(signed)}")
        assert checkin.entry.text() == ""
    present = {p.name for p in pane.queries.participants(activity_id) if p.present}
    assert present == {name for _, name in people}

    monkeypatch.setattr("desktop.views.paper.preview_dialog.PreviewDialog.open", lambda self: None)
    preview = pane.print_signin()
    text = flat_text(preview.pdf, tmp_path)
    assert "部门读书分享会签到表" in text
    assert all(person.name in text for person in signed)
    assert preview.save_word_to(str(tmp_path / "sheet.docx"))  # the editable copy has the same names
    from docx import Document
    names = {row.cells[1].text for row in Document(str(tmp_path / "sheet.docx")).tables[0].rows}
    assert all(person.name in names for person in signed)


def test_door_check_in_of_someone_not_signed_up_needs_a_second_enter(activities_pane, qtbot):
    pane = activities_pane
    queries = pane.queries
    activity_id = next(i for i in pane.model.ids() if pane.model.activity_row(pane.model.row_of(i)).status == "running")
    pane.select_activity(activity_id)
    on_list = {p.member_id for p in queries.participants(activity_id)}
    rows = MemberQueries(pane._context.db, pane._context.actor).rows(queries.active_member_ids())
    outsider = next(m for m, row in rows.items() if m not in on_list and row.card_no)
    card = rows[outsider].card_no
    checkin = pane.detail.checkin
    before = queries.counts(activity_id).present
    qtbot.keyClicks(checkin.entry, card)
    qtbot.keyClick(checkin.entry, Qt.Key_Return)
    assert queries.counts(activity_id).present == before  # not yet: asked first
    qtbot.keyClick(checkin.entry, Qt.Key_Return)
    assert queries.counts(activity_id).present == before + 1
    assert queries.counts(activity_id).walk_ins >= 1


def test_detail_models_pass_the_model_tester(activities_pane, qtbot):
    pane = activities_pane
    competition = next(i for i in pane.model.ids()
                       if pane.model.activity_row(pane.model.row_of(i)).type_code == "competition")
    pane.select_activity(competition)
    qtbot.waitUntil(lambda: not pane.detail.participants_lane.busy, timeout=20000)
    for model in (pane.detail.participants, pane.detail.expenses, pane.detail.results):
        assert model.rowCount() > 0
        ModelTester(qtbot).check(model, force_py=True)
    assert not pane.detail.budget_line.text() == ""


def test_member_page_section_and_the_attendance_filter(qtbot, context, pane, shown):
    from desktop.views.activities.member_section import MemberActivitiesSection

    queries = ActivityQueries(context.db, context.actor)
    member = next(m for m in queries.active_member_ids() if queries.member_activities(m))
    section = MemberActivitiesSection(context)
    qtbot.addWidget(section)
    section.show_member(member)
    assert section.model.rowCount() == len(queries.member_activities(member))
    ModelTester(qtbot).check(section.model, force_py=True)

    everyone = pane.model.rowCount()
    pane.attendance_filter.setCurrentIndex(1)
    shown(pane)
    absent = pane.model.rowCount()
    assert 0 < absent < everyone


def test_notice_opens_prefilled_and_export_writes_the_workbook(activities_pane, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    pane = activities_pane
    planned = next(i for i in pane.model.ids() if pane.model.activity_row(pane.model.row_of(i)).status == "planned")
    pane.select_activity(planned)
    monkeypatch.setattr("desktop.views.paper.notice_dialog.NoticeDialog.open", lambda self: None)
    dialog = pane.print_notice()
    title = pane.queries.detail(planned).data.title
    assert dialog.title.text() == f"关于开展{title}的通知"
    assert "活动时间" in dialog.body.toPlainText()

    shown = []
    monkeypatch.setattr("desktop.views.activities.pane.QMessageBox.information", lambda *a: shown.append(a[2]))
    pane.export_participants(str(tmp_path / "people"))
    rows = list(load_workbook(tmp_path / "people.xlsx").active.iter_rows(values_only=True))
    assert len(rows) - 2 == len(pane.queries.participants(planned)) and shown


def test_status_buttons_and_copy_to_next_year(activities_pane, monkeypatch):
    from desktop.views.activities.dialogs import ActivityDialog as Dialog

    pane = activities_pane
    finished = next(i for i in pane.model.ids() if pane.model.activity_row(pane.model.row_of(i)).status == "finished")
    pane.select_activity(finished)
    monkeypatch.setattr(Dialog, "exec", lambda self: 0)
    before = pane.model.rowCount()
    pane.copy_to_next_year()
    assert pane.model.rowCount() == before + 1
    copy = pane.current_id()
    assert copy != finished and pane.queries.detail(copy).copied_from_id == finished
    pane.detail.status_buttons[next(s for s in pane.detail.status_buttons if s == "cancelled")].click()
    assert pane.queries.detail(copy).data.status == "cancelled"
    assert "Cancelled" in pane.model.data(pane.model.index(pane.model.row_of(copy), 3)) or \
        "已取消" in pane.model.data(pane.model.index(pane.model.row_of(copy), 3))


def test_undo_takes_a_mistaken_walk_in_off_the_list(activities_pane, qtbot):
    pane = activities_pane
    queries = pane.queries
    activity_id = next(i for i in pane.model.ids() if pane.model.activity_row(pane.model.row_of(i)).status == "running")
    pane.select_activity(activity_id)
    on_list = {p.member_id for p in queries.participants(activity_id)}
    rows = MemberQueries(pane._context.db, pane._context.actor).rows(queries.active_member_ids())
    outsider = next(m for m, row in rows.items() if m not in on_list and row.card_no)
    checkin = pane.detail.checkin
    before = queries.counts(activity_id)
    qtbot.keyClicks(checkin.entry, rows[outsider].card_no)
    qtbot.keyClick(checkin.entry, Qt.Key_Return)  # "not signed up: Enter again"
    qtbot.keyClick(checkin.entry, Qt.Key_Return)
    assert queries.counts(activity_id).present == before.present + 1
    checkin.undo_button.click()
    after = queries.counts(activity_id)
    assert (after.present, after.signed_up) == (before.present, before.signed_up)
