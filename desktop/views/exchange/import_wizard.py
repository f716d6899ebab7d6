"""The import wizard: choose a file → sheet and header → column mapping → validation preview →
import with a progress bar. The wizard only shows and asks; reading, checking and importing are the
exchange layer's and the domain's (desktop/exchange/members/importing.py), the same as the command line."""

from __future__ import annotations

from pathlib import Path

from openpyxl.utils import get_column_letter
from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDateEdit, QDialog, QFileDialog, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QRadioButton, QSpinBox, QTableWidget,
    QVBoxLayout, QWizard, QWizardPage,
)

from desktop.domain.imports.mappings import MappingMemory
from desktop.domain.members.bulk import POLICY_LABELS, DuplicatePolicy
from desktop.domain.members.imports import ImportOutcome
from desktop.exchange.members import importing
from desktop.exchange.shared.cells import text_of
from desktop.exchange.shared.headers import signature
from desktop.exchange.members.fields import FIELD_LABELS
from desktop.exchange.members.import_plan import ImportOptions, ImportPlan, treat_as_same_member
from desktop.messages import UserError
from desktop.models.texts import message_text, qt_translate
from desktop.views.context import AppContext
from desktop.views.exchange.import_problems import (
    DuplicatesDialog, fill_problems, problem_table, save_rejects, table_item,
)
from desktop.views.widgets.progress import run_with_progress

PREVIEW_ROWS = 40
FILE_FILTER = "*.xlsx *.xlsm *.xls *.csv *.txt *.et"


class ImportWizard(QWizard):
    """State shared by the pages: the loaded sheet, the mapping, the plan, the outcome."""

    def __init__(self, context: AppContext, parent=None, path: str | None = None):
        super().__init__(parent)
        self.context = context
        self.memory = MappingMemory(context.db, context.actor)
        self.loaded: importing.LoadedSheet | None = None
        self.all_sheets: list[importing.LoadedSheet] = []   # several sheets imported at once, or none
        self.mapping: dict[int, str] = {}
        self.plan: ImportPlan | None = None
        self.outcome: ImportOutcome | None = None
        self.setWindowTitle(self.tr("Import a member roster"))
        self.setWizardStyle(QWizard.ClassicStyle)
        self.resize(980, 640)
        self.file_page = FilePage(self, path)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.sheet_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)

    def load(self, path: str, sheet: str | None = None, header_index: int | None = None) -> None:
        loaded = importing.load(path, sheet)
        if header_index is not None and 0 <= header_index < len(loaded.rows):
            loaded.header_index = header_index
        self.loaded = loaded
        self.mapping = importing.mapping_for(loaded.headers, self.memory)

    def show_error(self, error: UserError) -> None:
        QMessageBox.warning(self, self.windowTitle(), message_text(error.message))


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, path: str | None):
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the roster file"))
        self.setSubTitle(self.tr("An Excel or WPS workbook (.xlsx, .xls) or a .csv file. Title rows, merged "
                                 "cells and notes under the table are fine."))
        self.path_edit = QLineEdit(path or "")
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.template_button = QPushButton(self.tr("Save an empty template…"))
        self.template_button.setToolTip(self.tr(
            "An empty .xlsx with the column names the import reads best; the ID number column is "
            "formatted as text."))
        self.template_button.clicked.connect(self._save_template)
        template_row = QHBoxLayout()
        template_row.addWidget(QLabel(self.tr("No roster yet, or starting a new one?")))
        template_row.addWidget(self.template_button)
        template_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(template_row)
        layout.addStretch(1)

    def _save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save an empty template"),
                                              self.tr("member-roster-template") + ".xlsx", "*.xlsx")
        if path:
            try:
                importing.write_template(path, qt_translate)
            except OSError as error:
                QMessageBox.warning(self, self.wizard().windowTitle(), str(error))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the roster file"), self.path_edit.text(),
                                              self.tr("Spreadsheets") + f" ({FILE_FILTER})")
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return Path(self.path_edit.text().strip()).is_file()

    def validatePage(self) -> bool:
        try:
            self.wizard().load(self.path_edit.text().strip())
        except UserError as error:
            self.wizard().show_error(error)
            return False
        return True


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Sheet and header row"))
        self.setSubTitle(self.tr("The most likely sheet and the row with the column names are chosen; "
                                 "change them if they are wrong."))
        self.sheet_combo = QComboBox()
        self.all_check = QCheckBox()
        self.all_check.toggled.connect(self._all_toggled)
        self.header_spin = QSpinBox()
        self.header_spin.setMinimum(1)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.NoEditTriggers)
        form = QFormLayout()
        form.addRow(self.tr("Sheet:"), self.sheet_combo)
        form.addRow("", self.all_check)
        form.addRow(self.tr("Column names are in row:"), self.header_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.header_spin.valueChanged.connect(self._header_chosen)

    def initializePage(self) -> None:
        loaded = self.wizard().loaded
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(loaded.sheets)
        self.sheet_combo.setCurrentText(loaded.sheet)
        self.sheet_combo.blockSignals(False)
        try:
            with_header = importing.load_all(loaded.file) if len(loaded.sheets) > 1 else []
        except UserError:
            with_header = []
        self._with_header = with_header
        self.all_check.setText(self.tr(
            "Import all {count} sheets that have column names (a sheet per department: its name becomes "
            "the department when there is no department column)").format(count=len(with_header)))
        self.all_check.setVisible(len(with_header) > 1)
        self.all_check.setChecked(False)
        self._fill()

    def _all_toggled(self, checked: bool) -> None:
        wizard = self.wizard()
        wizard.all_sheets = list(self._with_header) if checked else []
        self.sheet_combo.setEnabled(not checked)
        self.header_spin.setEnabled(not checked)
        if checked and wizard.all_sheets:
            first = wizard.all_sheets[0]    # its columns are the ones shown on the next page
            wizard.load(str(first.file), first.sheet)
            self.sheet_combo.blockSignals(True)
            self.sheet_combo.setCurrentText(first.sheet)
            self.sheet_combo.blockSignals(False)
            self._fill()

    def _fill(self) -> None:
        loaded = self.wizard().loaded
        rows = loaded.rows[:PREVIEW_ROWS]
        width = max((len(r) for r in rows), default=0)
        self.preview.clear()
        self.preview.setRowCount(len(rows))
        self.preview.setColumnCount(width)
        self.preview.setHorizontalHeaderLabels([get_column_letter(c + 1) for c in range(width)])  # as in Excel
        highlight = QBrush(QColor("#cfe8ff"))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = table_item(text_of(value))
                if r == loaded.header_index:
                    item.setBackground(highlight)
                self.preview.setItem(r, c, item)
        self.header_spin.blockSignals(True)
        self.header_spin.setMaximum(max(len(loaded.rows), 1))
        self.header_spin.setValue(loaded.header_index + 1)
        self.header_spin.blockSignals(False)

    def _sheet_chosen(self) -> None:
        wizard = self.wizard()
        try:
            wizard.load(str(wizard.loaded.file), self.sheet_combo.currentText())
        except UserError as error:
            wizard.show_error(error)
            return
        self._fill()

    def _header_chosen(self, row: int) -> None:
        wizard = self.wizard()
        wizard.loaded.header_index = row - 1
        wizard.mapping = importing.mapping_for(wizard.loaded.headers, wizard.memory)
        self._fill()


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Which member field each column holds. Recognised columns are filled in; "
                                 "choose a field for the others or leave them ignored. Your choice is "
                                 "remembered for files with the same columns."))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First value"),
                                              self.tr("Member field")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.policy_group = QButtonGroup(self)
        policies = QVBoxLayout()
        for index, policy in enumerate(DuplicatePolicy):
            button = QRadioButton(message_text(POLICY_LABELS[policy]))
            button.setChecked(policy == DuplicatePolicy.SKIP)
            self.policy_group.addButton(button, index)
            policies.addWidget(button)
        self.join_check = QCheckBox(self.tr("Rows without a join date joined on:"))
        self.join_date = QDateEdit(QDate.currentDate())
        self.join_date.setCalendarPopup(True)
        self.join_date.setDisplayFormat("yyyy-MM-dd")
        self.join_date.setEnabled(False)
        self.join_check.toggled.connect(self.join_date.setEnabled)
        join_row = QHBoxLayout()
        join_row.addWidget(self.join_check)
        join_row.addWidget(self.join_date)
        join_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Members already registered (same ID number):")))
        layout.addLayout(policies)
        layout.addLayout(join_row)

    def initializePage(self) -> None:
        wizard = self.wizard()
        loaded = wizard.loaded
        headers = loaded.headers
        first = loaded.rows[loaded.header_index + 1] if loaded.header_index + 1 < len(loaded.rows) else ()
        self.table.setRowCount(len(headers))
        for index, header in enumerate(headers):
            self.table.setItem(index, 0, table_item(header))
            self.table.setItem(index, 1, table_item(text_of(first[index]) if index < len(first) else ""))
            combo = QComboBox()
            combo.addItem(self.tr("— ignore —"), "")
            for name, label in FIELD_LABELS.items():
                combo.addItem(message_text(label), name)
            combo.setCurrentIndex(max(combo.findData(wizard.mapping.get(index, "")), 0))
            self.table.setCellWidget(index, 2, combo)
        self.table.resizeColumnsToContents()

    def chosen_mapping(self) -> dict[int, str]:
        mapping = {}
        for index in range(self.table.rowCount()):
            field = self.table.cellWidget(index, 2).currentData()
            if field:
                mapping[index] = field
        return mapping

    def set_field(self, column: int, field: str) -> None:
        combo = self.table.cellWidget(column, 2)
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def options(self) -> ImportOptions:
        policy = list(DuplicatePolicy)[max(self.policy_group.checkedId(), 0)]
        join = self.join_date.date().toPython() if self.join_check.isChecked() else None
        return ImportOptions(policy, join)

    def validatePage(self) -> bool:
        wizard = self.wizard()
        mapping = self.chosen_mapping()
        fields = list(mapping.values())
        duplicated = {f for f in fields if fields.count(f) > 1}
        if duplicated:
            names = "、".join(message_text(FIELD_LABELS[f]) for f in sorted(duplicated))
            QMessageBox.warning(self, wizard.windowTitle(), self.tr(
                "Each field may come from one column only; these are chosen twice: {names}.").format(names=names))
            return False
        if "name" not in fields or "id_number" not in fields:
            QMessageBox.warning(self, wizard.windowTitle(), self.tr(
                "Choose the columns holding the name and the ID number: members are recognised by them."))
            return False
        wizard.mapping = mapping
        try:
            importing.remember_mapping(wizard.loaded.headers, mapping, wizard.memory)
            if wizard.all_sheets:
                # The columns chosen here are the first sheet's; a sheet with other column names gets
                # the mapping remembered (or guessed) for its own header.
                first = signature(wizard.loaded.headers)
                mappings = [mapping if signature(s.headers) == first else importing.mapping_for(s.headers, wizard.memory)
                            for s in wizard.all_sheets]
                wizard.plan = importing.plan_all(wizard.context.db, wizard.context.actor, wizard.all_sheets,
                                                 mappings, self.options())
            else:
                wizard.plan = importing.plan(wizard.context.db, wizard.context.actor, wizard.loaded, mapping,
                                             self.options())
        except UserError as error:
            wizard.show_error(error)
            return False
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Check before importing"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.table = problem_table(self)
        self.save_button = QPushButton(self.tr("Save rejected rows and warnings…"))
        self.save_button.clicked.connect(self._save_rejects)
        self.duplicates_button = QPushButton()
        self.duplicates_button.clicked.connect(self._decide_duplicates)
        buttons = QVBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.duplicates_button)
        row = QHBoxLayout()
        row.addWidget(self.counts, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.CommitButton, self.tr("Import"))

    def initializePage(self) -> None:
        plan = self.wizard().plan
        self.counts.setText(self.tr(
            "{new} new members, {updates} registered members to update, {unchanged} already registered "
            "and left as they are, {rejected} rows rejected, {warnings} warnings (imported), {skipped} rows "
            "that are not members skipped. Rejected rows are not imported; fix them in the file and import "
            "it again.").format(
            new=plan.new, updates=plan.updates, unchanged=plan.unchanged, rejected=plan.rejected_count,
            warnings=len(plan.warnings), skipped=len(plan.skipped)))
        fill_problems(self.table, plan)
        self.save_button.setEnabled(plan.rejected_count > 0 or bool(plan.warnings))
        self.duplicates_button.setText(self.tr("Possible duplicates ({count})…").format(
            count=len(plan.possible_duplicates)))
        self.duplicates_button.setVisible(bool(plan.possible_duplicates))

    def _decide_duplicates(self) -> None:
        plan = self.wizard().plan
        dialog = DuplicatesDialog(plan.possible_duplicates, self)
        if dialog.exec() == QDialog.Accepted:
            treat_as_same_member(plan, dialog.same_members())
            self.initializePage()
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        plan = self.wizard().plan
        return plan is not None and bool(plan.rows)

    def _save_rejects(self) -> None:
        save_rejects(self, self.wizard().loaded.file, self.wizard().plan)

    def validatePage(self) -> bool:
        wizard = self.wizard()
        context, plan = wizard.context, wizard.plan
        try:
            wizard.outcome = run_with_progress(
                self, self.tr("Importing members…"),
                lambda progress, cancelled: importing.run(context.db, context.actor, plan, progress, cancelled))
        except UserError as error:
            wizard.show_error(error)
            return False
        return True


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Imported"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = problem_table(self)
        self.save_button = QPushButton(self.tr("Save rejected rows and warnings…"))
        self.save_button.clicked.connect(lambda: save_rejects(self, self.wizard().loaded.file, self.wizard().plan))
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)

    def initializePage(self) -> None:
        wizard = self.wizard()
        outcome, plan = wizard.outcome, wizard.plan
        self.summary.setText(self.tr(
            "Imported {created} new members, updated {updated}; {skipped} already registered were left as "
            "they were. Warnings: {warnings} (those members are imported; check the values listed). "
            "Rejected: {rejected} rows. Not member rows skipped: {other}. The import is in the import "
            "history, where it can be undone as a whole.").format(
            created=outcome.created, updated=outcome.updated, skipped=outcome.skipped + plan.unchanged,
            warnings=len(plan.warnings), rejected=plan.rejected_count, other=len(plan.skipped)))
        fill_problems(self.table, plan)
        self.save_button.setEnabled(plan.rejected_count > 0 or bool(plan.warnings))


__all__ = ["ImportWizard"]
