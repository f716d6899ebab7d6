"""The suggestions pane (合理化建议): the demo's two years, a suggestion entered through the dialog,
scored and, once implemented, rewarded through the step dialog — the reward lands in the ledger."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Role
from desktop.domain.funds.entities import FundEntry
from desktop.domain.suggestions import rules
from desktop.domain.suggestions.entities import Suggestion
from desktop.views.context import AppContext

from tests.gui.typing import type_text

CHAIR = Actor("admin", "王主席", Role.ADMIN)


@pytest.fixture
def suggestions_pane(qtbot, qapp, db, settings):
    from desktop.views.suggestions.pane import SuggestionsPane

    widget = SuggestionsPane(AppContext(db, CHAIR, "zh_CN", settings))
    qtbot.addWidget(widget)
    widget.resize(1240, 700)
    widget.show()
    return widget


def test_the_demo_years_and_the_models(suggestions_pane, qtmodeltester):
    suggestions_pane.year.setCurrentIndex(0)     # any year
    assert suggestions_pane.model.rowCount() == 40
    qtmodeltester.check(suggestions_pane.model)
    suggestions_pane.year.setCurrentIndex(1)
    assert 0 < suggestions_pane.model.rowCount() < 40
    assert "submitted" in suggestions_pane.summary.text() or "提交" in suggestions_pane.summary.text()


def test_entering_scoring_and_rewarding_a_suggestion(suggestions_pane, db, qtbot):
    from desktop.views.suggestions.suggestion_dialog import SuggestionDialog

    dialog = SuggestionDialog(suggestions_pane._context, None, ["机修车间"], suggestions_pane)
    qtbot.addWidget(dialog)
    type_text(dialog.title, "空压机管路查漏")
    dialog.save()
    assert dialog.result() == 0 and dialog.error.text()     # nobody named, nothing suggested
    type_text(dialog.team, "动力车间QC小组")
    dialog.proposal.setPlainText("每月用超声波检漏仪巡检一次")
    dialog.department.setCurrentText("动力车间")
    dialog.save()
    assert dialog.error.text() == ""
    suggestion_id = dialog.saved_id
    suggestions_pane.select_suggestion(suggestion_id)
    step = suggestions_pane.step_dialog()
    qtbot.addWidget(step)
    assert step.step.currentData() == rules.REVIEW
    for spin, value in zip(step.points, (20, 25, 15, 18)):
        spin.setValue(value)
    step.save()
    assert step.error.text() == ""
    with db.session() as session:
        assert session.get(Suggestion, suggestion_id).score == D("78.00")
    for kind, prepare in ((rules.DECIDE, lambda d: None),
                          (rules.IMPLEMENT, lambda d: d.amount.setText("36000"))):
        suggestions_pane.select_suggestion(suggestion_id)
        dialog = suggestions_pane.step_dialog()
        qtbot.addWidget(dialog)
        dialog.step.setCurrentIndex(dialog.step.findData(kind))
        prepare(dialog)
        dialog.save()
        assert dialog.error.text() == ""
    suggestions_pane.select_suggestion(suggestion_id)
    reward = suggestions_pane.step_dialog()
    qtbot.addWidget(reward)
    reward.step.setCurrentIndex(reward.step.findData(rules.REWARD))
    reward.grade.setCurrentIndex(reward.grade.findData("second"))
    assert reward.amount.value() == D("500.00")          # the grade's amount from the settings
    reward.save()
    assert reward.error.text() == ""
    with db.session() as session:
        row = session.get(Suggestion, suggestion_id)
        entry = session.get(FundEntry, row.reward_entry_id)
        assert (entry.category_code, entry.amount, entry.counterparty) == ("50303", D("500.00"), "动力车间QC小组")
        assert row.actual_benefit == D("36000.00") and row.status == "closed"


def test_papers_and_the_export_from_the_pane(suggestions_pane, tmp_path):
    import io

    from openpyxl import load_workbook
    from pypdf import PdfReader

    from desktop.views.suggestions import printing

    scored = next(r for r in suggestions_pane.model.rows() if r.reviews == 3)
    suggestions_pane.select_suggestion(scored.id)
    pdf, _title, _name, _word = printing.paper(suggestions_pane, "review")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "合理化建议评审表" in text and scored.title in text and f"{scored.score:.2f}" in text
    pdf, _title, _name, _word = printing.paper(suggestions_pane, "year_summary")
    assert "合理化建议汇总表" in "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    path = tmp_path / "建议.xlsx"
    shown = suggestions_pane.model.rowCount()
    assert printing.export_to(suggestions_pane, str(path)) == shown
    book = load_workbook(path)
    assert book.sheetnames[0] == "合理化建议" and book.worksheets[0].max_row == shown + 1
    assert book.worksheets[1]["A1"].value == "部门"


def test_the_chair_changes_the_score_sheet(suggestions_pane, qtbot):
    from PySide6.QtWidgets import QTableWidgetItem

    from desktop.views.proposals.settings_dialog import RegisterSettingsDialog

    assert suggestions_pane.settings_action.isVisible()
    dialog = RegisterSettingsDialog(suggestions_pane._context, suggestions_pane.queries.settings(), suggestions_pane)
    qtbot.addWidget(dialog)
    dialog.sheet.setItem(0, 0, QTableWidgetItem("创新性"))
    dialog.sheet.setItem(0, 1, QTableWidgetItem("40"))
    dialog.save()
    assert "100" in dialog.error.text() and dialog.result() == 0      # 110 points: refused
    dialog.sheet.setItem(1, 1, QTableWidgetItem("20"))
    dialog.rewards["first"].setText("1500")
    dialog.save()
    assert dialog.error.text() == ""
    settings = suggestions_pane.queries.settings()
    assert settings.score_sheet[:2] == (("创新性", 40), ("经济效益", 20))
    assert str(settings.reward_for("first")) == "1500.00"
