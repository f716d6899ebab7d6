"""The suggestions pane's print and export menus: the selected suggestion's 评审表, the year's
奖励名单 and summary by department (with .docx copies), and the register as listed (with the year's
summary) as .xlsx. The domain (desktop.domain.suggestions.printing) decides and records."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from desktop.domain.suggestions.printing import SuggestionPrinting
from desktop.messages import UserError

REVIEW = "review"
REWARDS = "rewards"
SUMMARY = "year_summary"


def _title(kind: str) -> str:
    return {
        REVIEW: QCoreApplication.translate("SuggestionPrint", "Review sheet (评审表)"),
        REWARDS: QCoreApplication.translate("SuggestionPrint", "Reward list of the year (奖励名单)"),
        SUMMARY: QCoreApplication.translate("SuggestionPrint", "Summary of the year by department"),
    }[kind]


def add_print_actions(pane, menu: QMenu) -> dict[str, QAction]:
    actions = {}
    for kind in (REVIEW, REWARDS, SUMMARY):
        if kind == REWARDS:
            menu.addSeparator()
        actions[kind] = menu.addAction(_title(kind) + "…", lambda k=kind: preview(pane, k))
    return actions


def _year(pane) -> int:
    return pane.year.currentData() or dt.date.today().year


def paper(pane, kind: str):
    from desktop.documents.suggestions import papers as documents
    printing = SuggestionPrinting(pane.context.db, pane.context.actor)
    if kind == REVIEW:
        row = pane.detail.row
        return (documents.review_sheet_pdf(printing.review_sheet(row.id)), _title(kind),
                f"合理化建议评审表-{row.number}.pdf", None)
    year = _year(pane)
    report = printing.year_report(year, kind)
    if kind == REWARDS:
        return (documents.rewards_pdf(report), _title(kind), f"{year}年度合理化建议奖励名单.pdf",
                lambda: documents.rewards_docx(report))
    return (documents.summary_pdf(report), _title(kind), f"{year}年度合理化建议汇总表.pdf",
            lambda: documents.summary_docx(report))


def preview(pane, kind: str) -> None:
    if kind == REVIEW and pane.detail is None:
        return
    try:
        pdf, title, file_name, word = paper(pane, kind)
    except UserError as error:
        pane.warn(error)
        return
    from desktop.views.paper.preview_dialog import show_preview
    show_preview(pdf, title, file_name, pane, word=word)


def export_to(pane, path: str) -> int | None:
    from desktop.exchange.proposals.export import write_suggestions
    printing = SuggestionPrinting(pane.context.db, pane.context.actor)
    try:
        rows = pane.model.rows()
        year = pane.year.currentData()
        report = printing.report_for_export(year) if year else None
        return write_suggestions(rows, report, path, lambda put: printing.record_export(len(rows), path, put))
    except UserError as error:
        pane.warn(error)
        return None


def export(pane) -> None:
    path, _ = QFileDialog.getSaveFileName(
        pane, QCoreApplication.translate("SuggestionPrint", "Export suggestions"), "合理化建议.xlsx",
        QCoreApplication.translate("SuggestionPrint", "Excel workbook (*.xlsx)"))
    if path:
        export_to(pane, path)
