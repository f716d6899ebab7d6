"""The proposals pane's print and export menus: the papers of the selected proposal (提案表, 立案通知
/ 不立案说明, 交办单, 答复单), the blank 提案表, the session's 提案汇总表 and 办理情况报告 (with .docx
copies), and the register with its summary as .xlsx. The domain (desktop.domain.proposals.printing)
decides what is printed and records it; desktop.documents formats; the preview shows and saves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from desktop.domain.proposals import printing as papers
from desktop.domain.proposals import rules
from desktop.domain.proposals.printing import ProposalPrinting
from desktop.domain.proposals.queries import ProposalDetail
from desktop.messages import UserError

BLANK = "blank"
SUMMARY = "summary"
REPORT = "report"


def _title(kind: str) -> str:
    return {
        papers.FORM: QCoreApplication.translate("ProposalPrint", "Proposal form (提案表)"),
        BLANK: QCoreApplication.translate("ProposalPrint", "Blank proposal form"),
        papers.DECISION: QCoreApplication.translate("ProposalPrint", "Review result (立案通知/不立案说明)"),
        papers.ASSIGN: QCoreApplication.translate("ProposalPrint", "Assignment sheet (交办单)"),
        papers.ANSWER: QCoreApplication.translate("ProposalPrint", "Answer sheet (答复单)"),
        SUMMARY: QCoreApplication.translate("ProposalPrint", "Session register (提案汇总表)"),
        REPORT: QCoreApplication.translate("ProposalPrint", "Handling report (办理情况报告)"),
    }[kind]


def add_print_actions(pane, menu: QMenu) -> dict[str, QAction]:
    actions = {}
    for kind in (*papers.PAPERS, BLANK, SUMMARY, REPORT):
        if kind in (BLANK, SUMMARY):
            menu.addSeparator()
        actions[kind] = menu.addAction(_title(kind) + "…", lambda k=kind: preview(pane, k))
    return actions


def enable_print_actions(actions: dict[str, QAction], detail: ProposalDetail | None) -> None:
    done = {s.step for s in detail.steps} if detail else set()
    actions[papers.FORM].setEnabled(detail is not None)
    actions[papers.DECISION].setEnabled(rules.REVIEW in done)
    actions[papers.ASSIGN].setEnabled(rules.ASSIGN in done)
    actions[papers.ANSWER].setEnabled(rules.ANSWER in done)


def paper(pane, kind: str):
    """(pdf, title, file name, word copy or None) of the paper."""
    from desktop.documents.proposals import papers as documents
    printing = ProposalPrinting(pane.context.db, pane.context.actor)
    congress = pane.congress()
    if kind in (SUMMARY, REPORT):
        report = printing.session_report(congress.id, kind)
        if kind == SUMMARY:
            return (documents.summary_pdf(report), _title(kind), f"{congress.name}提案汇总表.pdf",
                    lambda: documents.summary_docx(report))
        return (documents.report_pdf(report), _title(kind), f"{congress.name}提案办理情况报告.pdf",
                lambda: documents.report_docx(report))
    if kind == BLANK:
        return documents.proposal_paper_pdf(printing.blank_form(congress.id), papers.FORM), _title(kind), \
            "提案表.pdf", None
    row = pane.detail.row
    return (documents.proposal_paper_pdf(printing.proposal_paper(row.id, kind), kind), _title(kind),
            f"提案{row.number}-{_title(kind)}.pdf", None)


def preview(pane, kind: str) -> None:
    if pane.congress() is None or (kind in papers.PAPERS and pane.detail is None):
        return
    try:
        pdf, title, file_name, word = paper(pane, kind)
    except UserError as error:
        pane.warn(error)
        return
    from desktop.views.paper.preview_dialog import show_preview
    show_preview(pdf, title, file_name, pane, word=word)


def export_to(pane, path: str) -> int | None:
    """Write the session's register and summary to `path`; the number of proposals written."""
    from desktop.exchange.proposals.export import write_proposals
    printing = ProposalPrinting(pane.context.db, pane.context.actor)
    try:
        report = printing.summary_for_export(pane.congress().id)
        return write_proposals(report, path, lambda put: printing.record_export(len(report.register), path, put))
    except UserError as error:
        pane.warn(error)
        return None


def export(pane) -> None:
    if pane.congress() is None:
        return
    path, _ = QFileDialog.getSaveFileName(
        pane, QCoreApplication.translate("ProposalPrint", "Export proposals"), f"{pane.congress().name}提案.xlsx",
        QCoreApplication.translate("ProposalPrint", "Excel workbook (*.xlsx)"))
    if path:
        export_to(pane, path)
