"""The rights pane's print menu: the papers of the selected case and the yearly case list. The
domain (desktop.domain.rights.printing) decides what a paper shows and records the print; the
documents module formats it; the preview dialog shows it and saves or prints it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu

from desktop.domain.rights import printing as papers
from desktop.domain.rights import rules
from desktop.domain.rights.printing import RightsPrinting
from desktop.domain.rights.queries import CaseDetail
from desktop.messages import UserError

YEAR_SUMMARY = "year_summary"


def _title(kind: str) -> str:
    titles = {
        papers.REGISTRATION: QCoreApplication.translate("RightsPrint", "Registration form (维权申请登记表)"),
        papers.APPLICATION: QCoreApplication.translate("RightsPrint", "Mediation application (调解申请书)"),
        papers.RECORD: QCoreApplication.translate(
            "RightsPrint", "Record of the session selected in the timeline, or the last (调解笔录)"),
        papers.AGREEMENT: QCoreApplication.translate("RightsPrint", "Mediation agreement (调解协议书)"),
        papers.DECLINE_NOTICE: QCoreApplication.translate("RightsPrint", "Notice of non-acceptance (不予受理通知书)"),
        YEAR_SUMMARY: QCoreApplication.translate("RightsPrint", "Yearly case list for the parent union (no names)"),
    }
    return titles[kind]


def add_print_actions(pane, menu: QMenu) -> dict[str, QAction]:
    actions = {}
    for kind in (*papers.PAPERS, YEAR_SUMMARY):
        if kind == YEAR_SUMMARY:
            menu.addSeparator()
        actions[kind] = menu.addAction(_title(kind) + "…", lambda k=kind: preview(pane, k))
    return actions


def enable_print_actions(actions: dict[str, QAction], detail: CaseDetail | None) -> None:
    steps = {(s.step, s.outcome) for s in detail.steps} if detail else set()
    done = {step for step, _ in steps}
    actions[papers.REGISTRATION].setEnabled(detail is not None)
    actions[papers.APPLICATION].setEnabled(detail is not None)
    actions[papers.RECORD].setEnabled(rules.MEDIATE in done)
    actions[papers.AGREEMENT].setEnabled((rules.RESULT, rules.AGREED) in steps)
    actions[papers.DECLINE_NOTICE].setEnabled(rules.DECLINE in done)


def paper(pane, kind: str, year: int | None = None) -> tuple[bytes, str, str]:
    """(pdf, title, file name) of a paper of the pane's selected case, or of a year's case list."""
    from desktop.documents.rights import papers as rights_papers
    printing = RightsPrinting(pane.context.db, pane.context.actor)
    if kind == YEAR_SUMMARY:
        summary = printing.year_summary(year)
        return rights_papers.year_summary_pdf(summary), _title(kind), f"{year}年度维权案件统计表.pdf"
    row = pane.detail.row
    contents = printing.case_paper(row.id, kind, selected_session(pane) if kind == papers.RECORD else None)
    return (rights_papers.case_paper_pdf(contents, kind), _title(kind),
            f"{rights_papers.TITLES[kind]}-{row.case_no}-{row.name}.pdf")


def selected_session(pane) -> int | None:
    """The mediation session selected in the timeline (None: the case's last session)."""
    step = pane.step_rows.row_value(pane.timeline.currentIndex().row())
    return step.id if step is not None and step.step == rules.MEDIATE else None


def preview(pane, kind: str) -> None:
    year = None
    if kind == YEAR_SUMMARY:
        year, ok = QInputDialog.getInt(pane, _title(kind), QCoreApplication.translate("RightsPrint", "Year"),
                                       dt.date.today().year, 2000, 2100)
        if not ok:
            return
    elif pane.detail is None:
        return
    try:
        pdf, title, file_name = paper(pane, kind, year)
    except UserError as error:
        pane.warn(error)
        return
    from desktop.views.paper.preview_dialog import show_preview
    show_preview(pdf, title, file_name, pane)
