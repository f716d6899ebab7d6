"""The rights pane's export: the case list as shown (its filter) to an .xlsx file, recorded in the
audit trail by the domain as the file is put in place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from desktop.domain.rights.printing import RightsPrinting
from desktop.messages import UserError


def export_to(pane, path: str) -> int | None:
    """Write the pane's filtered case list to `path`; the number of cases written."""
    from desktop.exchange.rights.export import write_case_list
    printing = RightsPrinting(pane.context.db, pane.context.actor)
    try:
        rows = printing.case_rows(pane.list_filter())
        return write_case_list(rows, path, pane.context.language,
                               lambda put_in_place: printing.record_export(len(rows), path, put_in_place))
    except UserError as error:
        pane.warn(error)
        return None


def export(pane) -> None:
    path, _ = QFileDialog.getSaveFileName(
        pane, QCoreApplication.translate("RightsExport", "Export rights cases"), "维权案件.xlsx",
        QCoreApplication.translate("RightsExport", "Excel workbook (*.xlsx)"))
    if path:
        export_to(pane, path)
