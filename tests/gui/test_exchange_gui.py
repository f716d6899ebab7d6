"""The import wizard driven on a generated messy roster, the import history's undo, the export
dialog, and the menu to wire into the members pane."""

from __future__ import annotations

import os

from openpyxl import load_workbook

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Role
from desktop.domain.members.queries import MemberFilter, MemberQueries, SortOrder
from desktop.views.context import AppContext
from desktop.views.members.spreadsheets import exchange_menu
from desktop.views.exchange.export_dialog import ExportDialog
from desktop.views.exchange.history_dialog import ImportHistoryDialog
from desktop.views.exchange.import_wizard import ImportWizard
from tests.exchange.rosters import LI, ZHANG, ZHOU, messy_roster_xlsx

SHOTS = os.environ.get("UNIONDESK_SHOTS")  # a folder: save pictures of the pages to look at


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


def test_wizard_imports_a_messy_roster_and_history_undoes_it(qtbot, context, tmp_path):
    queries = MemberQueries(context.db, context.actor)
    before = queries.count(MemberFilter())
    roster = messy_roster_xlsx(tmp_path / "名册.xlsx")
    wizard = ImportWizard(context, path=str(roster))
    qtbot.addWidget(wizard)
    wizard.show()
    shot(wizard, "1-file")
    assert wizard.file_page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.sheet_page
    assert wizard.sheet_page.sheet_combo.currentText() == "会员名册"
    assert wizard.sheet_page.header_spin.value() == 3
    shot(wizard, "2-sheet")
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert page.chosen_mapping()[5] == "id_number"
    page.set_field(0, "member_no")                # map 序号 by hand
    shot(wizard, "3-mapping")
    wizard.next()
    preview = wizard.preview_page
    assert wizard.currentPage() is preview
    # Rejected (6, 9) and warned rows (join dates given as a month, row 8 repeating row 4, row 10
    # with row 4's name and birth date) together, in row order.
    assert preview.table.rowCount() == len(wizard.plan.rejected) + len(wizard.plan.warnings) == 6
    assert [preview.table.item(r, 0).text() for r in range(6)] == ["4", "6", "8", "9", "10", "10"]
    assert wizard.plan.new == 4
    shot(wizard, "4-preview")
    wizard.next()                                  # the commit page imports with a progress dialog
    assert wizard.currentPage() is wizard.result_page
    assert wizard.outcome.created == 4
    result = wizard.result_page
    assert "Imported 4 new members" in result.summary.text() and "Rejected: 2 rows" in result.summary.text()
    assert "Warnings: 4" in result.summary.text() and "Not member rows skipped: 3" in result.summary.text()
    assert result.table.rowCount() == 6
    shot(wizard, "5-result")
    assert queries.count(MemberFilter()) == before + 4
    assert queries.detail(queries.find_by_id_number(LI)).data.member_no == "2"

    history = ImportHistoryDialog(context)
    qtbot.addWidget(history)
    history.show()
    assert history.table.rowCount() == 1
    history.table.selectRow(0)
    shot(history, "6-history")
    history.undo_selected(confirm=False)
    assert queries.count(MemberFilter()) == before
    assert queries.find_by_id_number(ZHANG) is None
    assert not history.undo_button.isEnabled()


def test_export_dialog_exports_what_i_see(qtbot, context, tmp_path):
    flt = MemberFilter(department="财务部")
    dialog = ExportDialog(context, flt)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.profile_combo.currentData() == "parent-union"  # the first time: the parent union's template
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("roster"))
    shot(dialog, "7-export")
    outcome = dialog.export_to(tmp_path / "seen.xlsx")
    expected = MemberQueries(context.db, context.actor).count(flt)
    assert outcome.count == expected
    sheet = load_workbook(tmp_path / "seen.xlsx").active
    assert {sheet.cell(r, 6).value for r in range(2, expected + 2)} == {"财务部"}
    again = ExportDialog(context, flt)
    qtbot.addWidget(again)
    assert again.profile_combo.currentData() == "roster"  # next time: the profile used last


def test_export_dialog_offers_full_ids_only_to_roles_allowed(qtbot, db, settings, tmp_path):
    cashier = AppContext(db, Actor("cashier", role=Role.FINANCE), "zh_CN", settings)
    dialog = ExportDialog(cashier)
    qtbot.addWidget(dialog)
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("parent-union"))
    assert not dialog.export_button.isEnabled() and not dialog.full_ids.isEnabled()
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("roster"))
    assert dialog.export_button.isEnabled() and not dialog.full_ids.isChecked()


def test_the_menu_has_the_three_actions(pane):
    menu = exchange_menu(pane)
    assert [a.text() for a in menu.actions()] == ["导入名册…", "导出…", "导入记录…"] or len(menu.actions()) == 3


def test_wizard_imports_every_sheet_of_a_workbook_kept_per_department(qtbot, context):
    from pathlib import Path

    workbook = Path(__file__).resolve().parents[1] / "fixtures" / "rosters" / "sheet_per_department.xlsx"
    queries = MemberQueries(context.db, context.actor)
    wizard = ImportWizard(context, path=str(workbook))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    sheet_page = wizard.sheet_page
    assert sheet_page.all_check.isVisibleTo(wizard) and "2 sheets" in sheet_page.all_check.text()
    sheet_page.all_check.setChecked(True)
    wizard.next()
    wizard.next()
    assert wizard.plan.new == 4
    assert [wizard.preview_page.table.item(r, 0).text() for r in range(2)] == ["二车间!3", "二车间!4"]
    wizard.next()
    assert wizard.outcome.created == 4
    rows = queries.rows(queries.ids(MemberFilter(), SortOrder())).values()
    assert {r.name: r.department for r in rows if r.name.startswith("郑")} == {
        "郑一": "一车间", "郑二": "一车间", "郑三": "二车间", "郑四": "二车间"}


def test_a_possible_duplicate_is_decided_by_the_cadre_never_merged(qtbot, context, tmp_path):
    from desktop.exchange.members.import_plan import treat_as_same_member
    from desktop.views.exchange.import_problems import DuplicatesDialog

    queries = MemberQueries(context.db, context.actor)
    wizard = ImportWizard(context, path=str(messy_roster_xlsx(tmp_path / "r.xlsx")))
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(3):
        wizard.next()
    preview = wizard.preview_page
    assert preview.duplicates_button.isVisibleTo(wizard) and "(1)" in preview.duplicates_button.text()
    dialog = DuplicatesDialog(wizard.plan.possible_duplicates, preview)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 0).text() == "10" and dialog.table.item(0, 1).text() == "张海生"
    dialog.choose(0, same_member=True)                 # row 10 is row 4's person typed again
    treat_as_same_member(wizard.plan, dialog.same_members())
    preview.initializePage()
    assert wizard.plan.new == 3 and not preview.duplicates_button.isVisibleTo(wizard)
    assert "same_member" in {s.kind for s in wizard.plan.skipped}
    wizard.next()
    assert wizard.outcome.created == 3
    assert queries.find_by_id_number(ZHOU) is None and queries.find_by_id_number(ZHANG) is not None
