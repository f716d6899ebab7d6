"""The audit trail pane: the filters narrow the table, Verify tells a sound trail from a tampered
one and points at the broken record, and Export writes the workbook (and is itself recorded)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.modeltest import ModelTester

from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.audit.queries import AuditFilter, AuditQueries
from desktop.domain.members.queries import MemberFilter, MemberQueries
from desktop.domain.members.service import MemberService
from desktop.models.audit_table import COLUMNS, AuditTableModel


@pytest.fixture
def office_work(db):
    """Some ordinary work on the demo union: five moves between departments, two members to the trash."""
    members = MemberQueries(db, LOCAL_ADMIN)
    service = MemberService(db, LOCAL_ADMIN)
    ids = members.ids(MemberFilter())[:7]
    for member_id in ids[:5]:
        data = members.detail(member_id).data
        service.update(member_id, replace(data, department="财务部" if data.department != "财务部" else "工会办"))
    service.delete(ids[5:])


@pytest.fixture
def audit_pane(qtbot, context, office_work):
    from desktop.views.audit.pane import AuditPane

    widget = AuditPane(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    _shown(qtbot, widget)
    return widget


def _shown(qtbot, pane) -> None:
    """Wait until the trail the filters ask for, and a running check, are on screen (both are read
    in the background)."""
    qtbot.waitUntil(lambda: not pane.lane.busy and not pane.verify_lane.busy, timeout=20000)


def _column(pane, key: str) -> list[str]:
    section = [c.key for c in COLUMNS].index(key)
    model = pane.model
    return [model.index(row, section).data() for row in range(model.rowCount())]


def _choose(qtbot, pane, combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))
    _shown(qtbot, pane)


def test_the_newest_record_is_on_top(audit_pane, db):
    assert audit_pane.model.rowCount() == AuditQueries(db, LOCAL_ADMIN).count()
    assert _column(audit_pane, "action")[:2] == ["Moved to trash", "Moved to trash"]
    assert audit_pane.title() == "Audit trail"


def test_filtering_by_action_shows_only_those_records(qtbot, audit_pane):
    _choose(qtbot, audit_pane, audit_pane.action_filter, "update")
    assert audit_pane.model.rowCount() == 5
    assert set(_column(audit_pane, "action")) == {"Changed"}
    assert all(text.startswith("Department: ") for text in _column(audit_pane, "changes"))
    assert audit_pane.count_label.text() == "5 record(s)"
    _choose(qtbot, audit_pane, audit_pane.action_filter, None)
    assert audit_pane.model.rowCount() > 5


def test_filtering_by_user_and_dates(qtbot, audit_pane):
    _choose(qtbot, audit_pane, audit_pane.user_filter, "admin")
    everyone = audit_pane.model.rowCount()
    assert set(_column(audit_pane, "actor")) == {"王主席"}  # the display name, not the user name
    audit_pane.to_date.setDate(audit_pane.to_date.date().addDays(-1))
    audit_pane.to_check.setChecked(True)  # up to yesterday: today's work disappears
    _shown(qtbot, audit_pane)
    assert audit_pane.model.rowCount() == 0
    audit_pane.to_check.setChecked(False)
    _shown(qtbot, audit_pane)
    assert audit_pane.model.rowCount() == everyone


def test_a_change_made_elsewhere_appears_at_once(qtbot, audit_pane, db):
    before = audit_pane.model.rowCount()
    member_id = MemberQueries(db, LOCAL_ADMIN).ids(MemberFilter())[0]
    MemberService(db, LOCAL_ADMIN).delete([member_id])
    _shown(qtbot, audit_pane)
    assert audit_pane.model.rowCount() == before + 1
    assert _column(audit_pane, "entity_id")[0] == str(member_id)


def test_verify_on_a_sound_database(qtbot, audit_pane):
    audit_pane.verify_button.click()
    _shown(qtbot, audit_pane)
    assert audit_pane.last_report.ok
    assert "all in order" in audit_pane.verify_label.text()
    assert audit_pane.notice.icon() == QMessageBox.Information
    assert audit_pane.notice.text() == "All checks passed."
    assert "the hash chain is unbroken" in audit_pane.notice.informativeText()


def test_verify_names_and_selects_the_edited_record(qtbot, audit_pane, db):
    _choose(qtbot, audit_pane, audit_pane.action_filter, "delete")  # the broken record is hidden by the filter
    [_, _, broken] = AuditQueries(db, LOCAL_ADMIN).ids(AuditFilter(action="update"))[:3]
    connection = sqlite3.connect(db.file_path)
    with connection:
        connection.execute("UPDATE audit_records SET changes = '{}' WHERE id = ?", (broken,))
    connection.close()
    audit_pane.verify_button.click()
    _shown(qtbot, audit_pane)
    assert not audit_pane.last_report.ok
    assert f"breaks at record {broken}" in audit_pane.verify_label.text()
    assert audit_pane.notice.icon() == QMessageBox.Warning
    assert f"Record {broken} was changed" in audit_pane.notice.informativeText()
    assert _column(audit_pane, "id")[audit_pane.model.row_of(broken)] == str(broken)  # the number it names
    assert audit_pane.selected_ids() == [broken]  # filters cleared to show it


def test_export_writes_the_records_shown_and_is_recorded(qtbot, audit_pane, tmp_path, monkeypatch):
    target = tmp_path / "审计记录.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    _choose(qtbot, audit_pane, audit_pane.action_filter, "update")
    audit_pane.export_button.click()
    _shown(qtbot, audit_pane)
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == 1 + 5
    # The export file speaks the chosen language (zh_CN here) from the catalogue, without Qt.
    assert {row[3] for row in rows[1:]} == {"修改"}
    assert "5 record(s) saved" in audit_pane.notice.text()
    _choose(qtbot, audit_pane, audit_pane.action_filter, "export")
    assert audit_pane.model.rowCount() == 1
    assert str(target) in _column(audit_pane, "changes")[0]


def test_cancelling_the_file_dialog_exports_nothing(audit_pane, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    before = audit_pane.model.rowCount()
    audit_pane.export_button.click()
    assert audit_pane.model.rowCount() == before
    assert audit_pane.notice is None


def test_column_layout_is_remembered(qtbot, audit_pane, context):
    from desktop.views.audit.pane import AuditPane

    audit_pane.table.horizontalHeader().resizeSection(2, 177)
    audit_pane.save_layout()
    again = AuditPane(context)
    qtbot.addWidget(again)
    _shown(qtbot, again)
    assert again.table.horizontalHeader().sectionSize(2) == 177


def test_changes_tooltip_lists_one_change_per_line(qtbot, audit_pane):
    _choose(qtbot, audit_pane, audit_pane.action_filter, "update")
    index = audit_pane.model.index(0, len(COLUMNS) - 1)
    assert index.data(Qt.ToolTipRole).startswith("Department: ")


def test_audit_model_passes_qt_model_checks(qtbot, db, office_work):
    model = AuditTableModel(AuditQueries(db, LOCAL_ADMIN), "zh_CN")
    ModelTester(qtbot).check(model, force_py=True)
    model.set_filter(AuditFilter(action="delete"))
    ModelTester(qtbot).check(model, force_py=True)
