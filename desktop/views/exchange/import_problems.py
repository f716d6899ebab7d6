"""What the import wizard shows of a file's problems: the table of rejected and warned cells, the
possible duplicates a cadre decides on, and saving the rejected rows to a workbook to correct."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
    QVBoxLayout,
)

from desktop.exchange.members import importing
from desktop.exchange.members.import_plan import ImportPlan, PossibleDuplicate
from desktop.models.texts import message_text, qt_translate



def table_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
    return item


class DuplicatesDialog(QDialog):
    """New rows with the same name and birth date as another member under another ID number: for
    each, the cadre says whether it is a different person (imported) or the same member (not)."""

    def __init__(self, duplicates: list[PossibleDuplicate], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.duplicates = list(duplicates)
        note = QLabel(self.tr(
            "These rows have the same name and birth date as another member, under another ID number. "
            "A different person is imported; the same member is not imported (nothing is merged: "
            "correct that member's record by hand if the file knows better)."))
        note.setWordWrap(True)
        self.table = QTableWidget(len(duplicates), 5)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Name"), self.tr("Birth date"),
                                              self.tr("The other one"), self.tr("Decision")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.Stretch)
        for r, duplicate in enumerate(duplicates):
            where = f"{duplicate.sheet}!{duplicate.row}" if duplicate.sheet else str(duplicate.row)
            other = (self.tr("registered member, ID {number}").format(number=duplicate.other) if duplicate.registered
                     else self.tr("row {row} of this file").format(row=duplicate.other))
            for c, text in enumerate((where, duplicate.name, duplicate.birth_date.isoformat(), other)):
                self.table.setItem(r, c, table_item(text))
            choice = QComboBox()
            choice.addItem(self.tr("A different person: import"), False)
            choice.addItem(self.tr("The same member: do not import"), True)
            self.table.setCellWidget(r, 4, choice)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 360)

    def choose(self, row: int, same_member: bool) -> None:
        self.table.cellWidget(row, 4).setCurrentIndex(1 if same_member else 0)

    def same_members(self) -> list[PossibleDuplicate]:
        return [d for r, d in enumerate(self.duplicates) if self.table.cellWidget(r, 4).currentData()]


def problem_table(parent) -> QTableWidget:
    table = QTableWidget(0, 4, parent)
    table.setHorizontalHeaderLabels([
        QCoreApplication.translate("ImportWizard", "Row"), QCoreApplication.translate("ImportWizard", "Column"),
        QCoreApplication.translate("ImportWizard", "Value"), QCoreApplication.translate("ImportWizard", "Problem")])
    table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.ElideNone)
    # Row heights follow the wrapped reasons once the reason column has its real width (at
    # initializePage the page is not laid out yet, and rows came out several lines too tall).
    table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


def fill_problems(table: QTableWidget, plan: ImportPlan) -> None:
    """Rejected and warned cells together in row order; warnings on yellow, rejections on red."""
    problems = sorted([(p, False) for p in plan.rejected] + [(p, True) for p in plan.warnings],
                      key=lambda item: (item[0].sheet, item[0].row))
    table.setRowCount(len(problems))
    table.setVisible(bool(problems))   # nothing to list: no empty grid under the counts
    colours = {True: QBrush(QColor("#fff4ce")), False: QBrush(QColor("#fde2e1"))}
    for r, (problem, is_warning) in enumerate(problems):
        row = f"{problem.sheet}!{problem.row}" if problem.sheet else str(problem.row)
        cells = [row, problem.column, problem.value, message_text(problem.reason)]
        for c, text in enumerate(cells):
            item = table_item(text)
            item.setToolTip(text)
            item.setBackground(colours[is_warning])
            table.setItem(r, c, item)
    for column in range(3):
        table.resizeColumnToContents(column)
    table.resizeRowsToContents()  # the reason column wraps: every reason is read in full
    QTimer.singleShot(0, table, table.resizeRowsToContents)  # again once laid out (not if closed)


def save_rejects(parent, roster: Path, plan: ImportPlan) -> None:
    """The rejected rows and warnings of `plan` as a workbook beside the roster file."""
    suggested = str(roster.with_name(roster.stem + "-rejected.xlsx"))
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ImportWizard", "Save rejected rows and warnings"), suggested, "*.xlsx")
    if path:
        importing.write_rejects(plan, path, qt_translate)
