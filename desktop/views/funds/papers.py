"""The funds pane's print menu and export: the 经费公示 notice of the selected year or one of its
quarters (documents/funds/notice.py) and the ledger workbook for the 经费审查委员会
(exchange/funds/export.py, which records the export)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu

from desktop.messages import UserError
from desktop.views.paper.preview_dialog import PreviewDialog

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text")


def print_menu(pane) -> QMenu:
    menu = QMenu(pane)
    menu.addAction(translate("FundsPane", "Whole year…"), lambda: print_notice(pane, None))
    for quarter in range(1, 5):
        menu.addAction(translate("FundsPane", "Quarter {n}…").format(n=quarter),
                       lambda q=quarter: print_notice(pane, q))
    return menu


def notice_pdf(pane, quarter: int | None) -> bytes:
    # reportlab is loaded when the first notice is printed, not when the program starts
    from desktop.documents.funds.notice import build_funds_notice, funds_notice_pdf

    context = pane.context
    return funds_notice_pdf(build_funds_notice(context.db, context.actor, pane.selected_year(), quarter, pane.today))


def print_notice(pane, quarter: int | None, show: bool = True) -> PreviewDialog | None:
    try:
        pdf = notice_pdf(pane, quarter)
    except UserError as error:
        pane.warn(error)
        return None
    year = pane.selected_year()
    name = f"{year}年{'第' + '一二三四'[quarter - 1] + '季度' if quarter else '度'}经费收支公示.pdf"
    preview = PreviewDialog(pdf, translate("FundsPane", "Funds notice"), name, pane)
    if show:
        preview.exec()
    return preview


def export_ledger(pane, path: str | None = None):
    # openpyxl is loaded when the first ledger is exported, not when the program starts
    from desktop.exchange.funds.export import export_ledger as write_ledger

    year = pane.selected_year()
    if path is None:
        path, _ = QFileDialog.getSaveFileName(pane, translate("FundsPane", "Export ledger"),
                                              f"{year}年经费收支明细账.xlsx",
                                              translate("FundsPane", "Excel workbook (*.xlsx)"))
        if not path:
            return None
    try:
        return write_ledger(pane.context.db, pane.context.actor, year, path)
    except UserError as error:
        pane.warn(error)
        return None
