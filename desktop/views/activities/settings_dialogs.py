"""The activities pane's settings: the table of activity types and the yearly ceilings of condolence
visits. Each calls the service and shows what it refuses under the form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QLabel, QLineEdit, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)

from desktop.domain.activities.queries import ActivityQueries
from desktop.domain.activities.service import ActivityService
from desktop.domain.activities.inputs import REASON_LABELS, VisitReason
from desktop.domain.money import parse_yuan
from desktop.messages import UserError
from desktop.models.texts import message_text
from desktop.views.activities.dialogs import amount_text, category_combo
from desktop.views.widgets.forms import error_label, lay_out_form_dialog, user_error_text


class TypesDialog(QDialog):
    """The type table: the built-in types and the union's own, each with its default category."""

    def __init__(self, service: ActivityService, queries: ActivityQueries, language: str, parent=None):
        super().__init__(parent)
        self._service, self._queries, self._language = service, queries, language
        self.setWindowTitle(self.tr("Activity types"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Chinese name"), self.tr("English name"),
                                              self.tr("Default spending category")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.zh, self.en = QLineEdit(), QLineEdit()
        self.zh.setPlaceholderText(self.tr("e.g. 读书会"))
        self.category = category_combo(queries.spending_categories(), language, "50106")
        add = QPushButton(self.tr("Add type"))
        add.clicked.connect(self.add)
        row = QGridLayout()
        row.addWidget(QLabel(self.tr("New type")), 0, 0)
        row.addWidget(self.zh, 0, 1)
        row.addWidget(self.en, 0, 2)
        row.addWidget(self.category, 0, 3)
        row.addWidget(add, 0, 4)
        self.error = error_label()
        box = QDialogButtonBox(QDialogButtonBox.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self._fill()
        self.resize(760, 440)

    def _fill(self) -> None:
        from desktop.domain.funds.categories import category_label

        kinds = self._queries.types()
        self.table.setRowCount(len(kinds))
        for n, kind in enumerate(kinds):
            for column, text in enumerate((kind.zh, kind.en,
                                           f"{kind.category_code} {category_label(kind.category_code, self._language)}")):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                self.table.setItem(n, column, item)
        self.table.resizeColumnsToContents()

    def add(self) -> None:
        try:
            self._service.add_type(self.zh.text(), self.en.text(), self.category.currentData())
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.error.clear()
        self.zh.clear()
        self.en.clear()
        self._fill()


class CeilingsDialog(QDialog):
    """The province's yearly ceilings per person for condolence visits, one per reason."""

    def __init__(self, service: ActivityService, queries: ActivityQueries, parent=None):
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Yearly ceilings for visits"))
        explanation = QLabel(self.tr("The most one member may receive per calendar year for each reason "
                                     "(your province's rules). Leave a field empty for no ceiling."))
        explanation.setWordWrap(True)
        self.fields: dict[VisitReason, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(explanation)
        for reason, limit in queries.ceilings().items():
            edit = QLineEdit(amount_text(limit))
            edit.setPlaceholderText(self.tr("no ceiling"))
            self.fields[reason] = edit
            form.addRow(message_text(REASON_LABELS[reason]) + self.tr(" (yuan)"), edit)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.save)

    def save(self) -> None:
        try:
            values = {reason: parse_yuan(edit.text()) if edit.text().strip() else None
                      for reason, edit in self.fields.items()}
            self._service.set_ceilings(values)
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()
