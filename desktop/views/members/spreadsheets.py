"""The members pane's spreadsheet menu: 导入名册…, 导出…, 导入记录…. One function to wire; the wizard
and the dialogs it opens are in views/exchange/."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from desktop.domain.accounts.permissions import Permission
from desktop.views.exchange.export_dialog import ExportDialog
from desktop.views.exchange.history_dialog import ImportHistoryDialog
from desktop.views.exchange.import_wizard import ImportWizard


def exchange_menu(pane) -> QMenu:
    """A menu for a MembersPane (its context, and the filter and sort the pane shows)."""
    context = pane.context
    menu = QMenu(QCoreApplication.translate("ExchangeMenu", "Spreadsheets"), pane)
    import_action = menu.addAction(QCoreApplication.translate("ExchangeMenu", "Import roster…"))
    export_action = menu.addAction(QCoreApplication.translate("ExchangeMenu", "Export…"))
    history_action = menu.addAction(QCoreApplication.translate("ExchangeMenu", "Import history…"))
    import_action.setEnabled(context.actor.can(Permission.MEMBERS_WRITE))

    def open_import() -> None:
        ImportWizard(context, pane).exec()

    def open_export() -> None:
        order = pane.model.sort_order
        ExportDialog(context, pane.model.member_filter, order, pane).exec()

    def open_history() -> None:
        ImportHistoryDialog(context, pane).exec()

    import_action.triggered.connect(open_import)
    export_action.triggered.connect(open_export)
    history_action.triggered.connect(open_history)
    return menu
