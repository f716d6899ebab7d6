"""The member pane: search as you type, filters and counts, delete and undo, lifecycle events."""

import datetime as dt

from pytestqt.modeltest import ModelTester

from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.members.lifecycle import EventType
from desktop.domain.members.queries import MemberFilter, MemberQueries
from desktop.domain.members.inputs import EventInput
from desktop.models.member_table import MemberTableModel
from tests.gui.typing import type_text


def _names(pane):
    model = pane.model
    return [model.member_row(row).name for row in range(model.rowCount())]


def test_search_by_pinyin_initials_finds_the_member(qtbot, pane):
    qtbot.keyClicks(pane.search, "zhs")
    qtbot.waitUntil(lambda: "张海生" in _names(pane) and len(_names(pane)) < 20)
    assert all(pane.model.member_row(r) is not None for r in range(pane.model.rowCount()))


def test_search_by_chinese_characters(qtbot, pane, shown):
    type_text(pane.search, "海生")
    qtbot.waitUntil(lambda: pane.model.member_filter.search == "海生")
    shown(pane)
    assert "张海生" in _names(pane)
    assert all("海生" in name for name in _names(pane))


def test_typing_narrows_the_list_off_the_gui_thread(qtbot, pane, shown):
    """At 100 000 members a keystroke's look-up takes tens of milliseconds: the window keeps
    answering meanwhile, and the newest search is the one shown."""
    shown(pane)
    everyone = pane.model.rowCount()
    pane.model.update_filter(search="zh")
    assert pane.lane.busy and pane.model.rowCount() == everyone   # the look-up runs on the worker
    pane.model.update_filter(search="zhs")
    shown(pane)
    assert "张海生" in _names(pane) and pane.model.rowCount() < everyone
    assert pane.model.member_filter.search == "zhs"


def test_filtering_by_department_updates_rows_and_the_count(qtbot, pane, db, shown):
    total = MemberQueries(db, LOCAL_ADMIN).count()
    assert pane.department_filter.count() == 1  # gathered when first opened, not at start-up
    pane.department_filter.showPopup()
    pane.department_filter.hidePopup()
    department = pane.department_filter.itemData(1)
    pane.status_filter.setCurrentIndex(1)  # all statuses
    pane.department_filter.setCurrentIndex(1)
    assert pane.reading_label.text()  # a quiet "Reading…" while the list is read in the background
    shown(pane)
    expected = MemberQueries(db, LOCAL_ADMIN).count(MemberFilter(department=department))
    assert 0 < pane.model.rowCount() == expected < total
    assert pane.count_label.text() == f"{expected} of {total} members"  # English source: no catalogue loaded
    assert {pane.model.member_row(r).department for r in range(pane.model.rowCount())} == {department}


def test_sorting_by_join_date_descending(qtbot, pane, shown):
    from PySide6.QtCore import Qt

    column = [c.key for c in __import__("desktop.models.member_table", fromlist=["COLUMNS"]).COLUMNS].index("join_date")
    pane.table.sortByColumn(column, Qt.DescendingOrder)
    shown(pane)
    dates = [pane.model.member_row(r).join_date for r in range(pane.model.rowCount())]
    assert dates == sorted(dates, reverse=True)


def test_delete_moves_to_trash_and_undo_brings_it_back(qtbot, pane, db, shown):
    pane.table.selectRow(0)
    member_id = pane.current_id()
    pane.delete_members()
    shown(pane)
    assert pane.model.row_of(member_id) is None
    assert pane.undo_bar.isVisible()
    assert member_id in MemberQueries(db, LOCAL_ADMIN).ids(MemberFilter(in_trash=True))
    qtbot.mouseClick(pane.undo_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.LeftButton)
    shown(pane)
    assert pane.model.row_of(member_id) is not None
    assert pane.current_id() == member_id  # selection follows the restored member
    assert not pane.undo_bar.isVisible()


def test_a_lifecycle_event_changes_the_status_shown(qtbot, pane, db, shown):
    pane.status_filter.setCurrentIndex(1)  # all statuses
    shown(pane)
    member_id = MemberQueries(db, LOCAL_ADMIN).ids(MemberFilter(statuses=frozenset({"active"})))[0]
    pane.select_member(member_id)
    pane.service.record_event(member_id, EventInput(EventType.TRANSFER_OUT, dt.date.today(), "1"))
    shown(pane)
    row = pane.model.row_of(member_id)
    assert pane.model.member_row(row).status == "transferred_out"
    assert pane.detail.history.rowCount() >= 2  # the member page shows the new history entry


def test_the_table_model_passes_qt_model_checks(qtbot, db):
    model = MemberTableModel(MemberQueries(db, LOCAL_ADMIN), "zh_CN")
    tester = ModelTester(qtbot)
    tester.check(model, force_py=True)
    model.refresh()
    model.update_filter(search="zh")
    model.sort(2)
    model.update_filter(search="")
    tester.check(model, force_py=True)
    assert model.rowCount() > 0


def test_the_print_and_import_menus_offer_their_documents(qtbot, pane):
    for button in (pane.print_button, pane.exchange_button):
        button.menu().fill()
    printing = [a.text() for a in pane.print_button.menu().actions()]
    exchange = [a.text() for a in pane.exchange_button.menu().actions()]
    assert len(printing) >= 4 and len(exchange) >= 3


def test_other_areas_open_as_tabs_of_the_member_page_when_asked(qtbot, pane):
    """Start-up builds only the member's record; the dues tab is built on first opening and then
    follows the selected member."""
    tabs = pane.detail_tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["Record", "Activities", "Dues", "Hardship aid", "Rights cases"] and pane.sections == {}
    pane.table.selectRow(0)
    first = pane.current_id()
    tabs.setCurrentIndex(titles.index("Dues"))
    section = pane.sections[titles.index("Dues")]
    assert type(section).__name__ == "MemberDuesSection" and section._member_id == first
    assert tabs.currentWidget().widget() is section
    pane.table.selectRow(1)
    assert section._member_id == pane.current_id() != first


def test_members_imported_without_a_join_date_are_found_and_shown_to_be_filled_in(qtbot, pane, db, tmp_path):
    from openpyxl import Workbook

    from desktop.exchange.members import importing
    from desktop.exchange.members.import_plan import ImportOptions
    from desktop.views.members.pane import JOIN_DATE_UNKNOWN
    from tests.exchange.rosters import id_number_for

    book = Workbook()
    book.active.append(["姓名", "身份证号码"])
    book.active.append(["欧阳待补", id_number_for(dt.date(1991, 2, 3), 777)])
    book.save(tmp_path / "no-join.xlsx")
    loaded = importing.load(tmp_path / "no-join.xlsx")
    plan = importing.plan(db, LOCAL_ADMIN, loaded, importing.mapping_for(loaded.headers, None), ImportOptions())
    importing.run(db, LOCAL_ADMIN, plan)
    pane.status_filter.setCurrentIndex(pane.status_filter.findData(JOIN_DATE_UNKNOWN))
    qtbot.waitUntil(lambda: _names(pane) == ["欧阳待补"])
    column = next(i for i, c in enumerate(pane.model.columns) if c.key == "join_date")
    assert pane.model.index(0, column).data() == "to be filled in"
