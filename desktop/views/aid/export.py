"""The aid pane's export: the case list as filtered to an .xlsx file, the sensitive columns only
when a role allowed to see them chooses them; the domain records the export (and which columns) as
the file is put in place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.domain.aid.exports import AidExports
from desktop.exchange.aid.export import write_cases
from desktop.messages import UserError


translate = QCoreApplication.translate   # lupdate reads translate("Context", "text")


def export(pane, can_reveal: bool) -> None:
    path, _ = QFileDialog.getSaveFileName(pane, translate("AidPane", "Export aid cases"), "帮扶档案.xlsx",
                                          translate("AidPane", "Excel workbook (*.xlsx)"))
    if not path:
        return
    sensitive = False
    if can_reveal:
        answer = QMessageBox.question(
            pane, translate("AidPane", "Sensitive columns"),
            translate("AidPane", "Include ID numbers, bank card numbers, health and income figures? Only do this "
                      "when the file is needed for aid work; the choice is recorded in the audit trail."),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        sensitive = answer == QMessageBox.Yes
    export_to(pane, path, sensitive)


def export_to(pane, path: str, sensitive: bool) -> int | None:
    """Write the pane's filtered case list to `path`; the number of cases written."""
    context = pane.context
    try:
        exports = AidExports(context.db, context.actor)
        rows = exports.rows(pane.list_filter(), sensitive)
        return write_cases(rows, path, context.language, sensitive,
                           lambda put_in_place: exports.record_export(len(rows), path, sensitive, put_in_place))
    except UserError as error:
        pane.warn(error)
        return None
