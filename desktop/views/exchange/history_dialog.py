"""The import history: every import with its file, time, user and counts; an import can be undone
as a whole (members it added are removed, members it changed get their old values back)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)

from desktop.domain.accounts.permissions import Permission
from desktop.domain.imports.history import ImportRecord, import_history
from desktop.domain.members.imports import MemberImportService
from desktop.messages import UserError
from desktop.models.texts import message_text
from desktop.views.context import AppContext


class ImportHistoryDialog(QDialog):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.records: list[ImportRecord] = []
        self.setWindowTitle(self.tr("Import history"))
        self.resize(980, 420)
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([
            self.tr("Imported at"), self.tr("File"), self.tr("Sheet"), self.tr("By"), self.tr("Added"),
            self.tr("Updated"), self.tr("Rejected rows"), self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.undo_button = QPushButton(self.tr("Undo this import…"))
        self.undo_button.setEnabled(False)
        self.undo_button.setVisible(context.actor.can(Permission.MEMBERS_WRITE))
        self.undo_button.clicked.connect(self.undo_selected)
        self.table.itemSelectionChanged.connect(self._update_button)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        explanation = QLabel(self.tr("Undoing an import removes the members it added and gives the members it "
                                     "changed their old values back. It is refused if any of them was changed "
                                     "since."))
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.records = import_history(self._context.db, self._context.actor)
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            state = (self.tr("Undone {at} by {user}").format(
                at=record.rolled_back_at.astimezone().strftime("%Y-%m-%d %H:%M"), user=record.rolled_back_by)
                if record.rolled_back_at else self.tr("Imported"))
            values = [record.imported_at.astimezone().strftime("%Y-%m-%d %H:%M"), record.file_name, record.sheet,
                      record.imported_by, str(record.created), str(record.updated), str(record.rejected), state]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column in (4, 5, 6):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._update_button()

    def selected(self) -> ImportRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        record = self.selected()
        self.undo_button.setEnabled(record is not None and record.rolled_back_at is None)

    def undo_selected(self, confirm: bool = True) -> None:
        record = self.selected()
        if record is None:
            return
        if confirm and QMessageBox.question(self, self.windowTitle(), self.tr(
                "Undo the import of {file}? {created} added members will be removed and {updated} changed "
                "members get their old values back.").format(
                file=record.file_name, created=record.created, updated=record.updated)) != QMessageBox.Yes:
            return
        try:
            MemberImportService(self._context.db, self._context.actor).rollback(record.id)
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), message_text(error.message))
        self.refresh()
