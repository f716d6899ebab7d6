"""The aid pane's print menu: the application and approval forms of the selected case, the payment
sheet of a batch and the public notice of a year. documents/aid/contents.py builds the paper values
from the aid queries (masked unless the full form is chosen, which is recorded); documents/aid/papers.py
lays them out; the preview shows, saves and prints that PDF."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from desktop.documents.aid import papers as aid_papers, contents as aid_sources
from desktop.domain.aid.queries import CaseDetail
from desktop.domain.money import format_yuan
from desktop.messages import UserError
from desktop.views.paper.preview_dialog import show_preview

CASE_PAPERS = ("application", "application_full", "approval")


translate = QCoreApplication.translate   # lupdate reads translate("Context", "text")


def add_print_actions(pane, menu: QMenu, can_reveal: bool) -> dict[str, QAction]:
    actions = {
        "application": menu.addAction(translate("AidPane", "Application form (帮扶申请书)…"),
                                      lambda: preview(pane, "application")),
        "application_full": menu.addAction(
            translate("AidPane", "Application form with full ID number and health (recorded)…"),
            lambda: preview(pane, "application_full")),
        "approval": menu.addAction(translate("AidPane", "Approval form (审批表)…"),
                                   lambda: preview(pane, "approval")),
        "payment_sheet": menu.addAction(translate("AidPane", "Payment sheet of a batch (发放签领表)…"),
                                        lambda: preview(pane, "payment_sheet")),
        "notice": menu.addAction(translate("AidPane", "Public notice of a year (公示)…"),
                                 lambda: preview(pane, "notice")),
    }
    actions["application_full"].setVisible(can_reveal)
    return actions


def enable_print_actions(actions: dict[str, QAction], detail: CaseDetail | None) -> None:
    has = detail is not None
    actions["application"].setEnabled(has)
    actions["application_full"].setEnabled(has and detail.purged_on is None)
    actions["approval"].setEnabled(has)


def paper(pane, kind: str, batch_id: int | None = None, year: int | None = None) -> tuple[bytes, str, str]:
    """(pdf, title, file name) of one paper for the pane's selected case, a batch or a year."""
    db, actor = pane.context.db, pane.context.actor
    if kind in ("application", "application_full"):
        d = pane.detail
        form = aid_sources.build_application(db, actor, d.id, full=kind == "application_full")
        return (aid_papers.application_pdf(form), translate("AidPane", "Application form"),
                f"帮扶申请书-{d.case_no}-{d.name}.pdf")
    if kind == "approval":
        d = pane.detail
        return (aid_papers.approval_pdf(aid_sources.build_approval(db, actor, d.id)),
                translate("AidPane", "Approval form"), f"帮扶审批表-{d.case_no}-{d.name}.pdf")
    if kind == "payment_sheet":
        sheet = aid_sources.build_payment_sheet(db, actor, batch_id)
        return (aid_papers.payment_sheet_pdf(sheet), translate("AidPane", "Payment sheet"),
                f"发放签领表-{sheet.title}.pdf")
    notice = aid_sources.build_notice(db, actor, year)
    return (aid_papers.aid_notice_pdf(notice), translate("AidPane", "Public notice"),
            f"{year}年度困难职工帮扶公示.pdf")


def _choose_batch(pane) -> int | None:
    batches = pane.queries.batches()
    if not batches:
        QMessageBox.information(pane, pane.title(), translate("AidPane", "There is no payment batch yet."))
        return None
    labels = [f"{b.paid_on.isoformat()} {b.title} ({b.count}, {format_yuan(b.total)})" for b in batches]
    label, ok = QInputDialog.getItem(pane, translate("AidPane", "Payment sheet"), translate("AidPane", "Batch"),
                                     labels, 0, False)
    return batches[labels.index(label)].id if ok else None


def preview(pane, kind: str) -> None:
    batch_id = year = None
    if kind in CASE_PAPERS and pane.detail is None:
        return
    if kind == "payment_sheet":
        batch_id = _choose_batch(pane)
        if batch_id is None:
            return
    if kind == "notice":
        year, ok = QInputDialog.getInt(pane, translate("AidPane", "Public notice"), translate("AidPane", "Year"),
                                       dt.date.today().year, 2000, 2100)
        if not ok:
            return
    try:
        show_preview(*paper(pane, kind, batch_id, year), pane)
    except UserError as error:
        pane.warn(error)


def preview_batch(pane, batch_id: int) -> None:
    """The payment sheet of a batch just made (the batch dialog hands it straight to the printer)."""
    show_preview(*paper(pane, "payment_sheet", batch_id=batch_id), pane)
