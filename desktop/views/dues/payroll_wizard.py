"""Importing the finance office's payroll deduction sheet: choose the file and the month, then
check every match (ID number, card number, or name + department) before anything is recorded.
Ambiguous lines get a choice of member; unmatched and unreadable lines are listed and left out.
The confirmed lines are recorded as one batch in one transaction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWizard, QWizardPage)

from desktop.domain.dues.queries import DuesQueries
from desktop.domain.dues.service import DuesService, PaymentLine
from desktop.domain.money import format_yuan
from desktop.domain.dues.payroll import PayrollQueries
from desktop.exchange.dues.payroll import (
    AMBIGUOUS, INVALID, MATCH_LABELS, MATCHED, UNMATCHED, PayrollSheet, confirmed_lines, file_digest, match_payroll,
)
from desktop.messages import UserError
from desktop.models.texts import message_text
from desktop.views.context import AppContext
from desktop.views.dues.dialogs import date_edit, month_edit, period_of
from desktop.views.widgets.forms import error_label, user_error_text
from desktop.views.widgets.progress import run_with_progress

COLUMNS = 9
CHECK, ROW, NAME, DEPARTMENT, IDENT, AMOUNT, OWED, HOW, MEMBER = range(COLUMNS)


class _FilePage(QWizardPage):
    def __init__(self, wizard: "PayrollWizard"):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Payroll deduction sheet"))
        self.setSubTitle(self.tr("The sheet from the finance office: one line per person with the dues deducted. "
                                 "Columns such as 姓名, 部门, 身份证号, 会员卡号 and 代扣会费 are recognised."))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path)
        row.addWidget(browse)
        form.addRow(self.tr("File:"), row)
        self.month = month_edit(wizard.period)
        form.addRow(self.tr("Month paid for:"), self.month)
        self.paid_on = date_edit(dt.date.today())
        form.addRow(self.tr("Deducted on:"), self.paid_on)
        self.error = error_label()
        form.addRow(self.error)
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Payroll deduction sheet"), "",
                                              self.tr("Spreadsheets (*.xlsx *.xls *.csv)"))
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        try:
            self._wizard.read(self.path.text().strip(), period_of(self.month))
        except UserError as error:
            self.error.setText(user_error_text(error))
            return False
        self.error.setText("")
        return True


class _MatchPage(QWizardPage):
    def __init__(self, wizard: "PayrollWizard"):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check the matches"))
        self.setSubTitle(self.tr("Every line is shown with the member it was matched to and how. Untick a wrong "
                                 "match; choose the member where several are possible. Lines with no member are "
                                 "left out and listed."))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels([
            "", self.tr("Row"), self.tr("Name on sheet"), self.tr("Department on sheet"), self.tr("ID / card"),
            self.tr("Deducted"), self.tr("Unpaid"), self.tr("Matched by"), self.tr("Member")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(MEMBER, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        self.error = error_label()
        layout.addWidget(self.error)
        self._combos: dict[int, QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802
        sheet = self._wizard.sheet
        self._combos.clear()
        self.table.setRowCount(len(sheet.lines))
        for row, line in enumerate(sheet.lines):
            check = QTableWidgetItem()
            if line.status in (MATCHED, AMBIGUOUS):
                check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                check.setCheckState(Qt.CheckState.Checked if line.status == MATCHED else Qt.CheckState.Unchecked)
            else:
                check.setFlags(Qt.ItemFlag.NoItemFlags)
            self.table.setItem(row, CHECK, check)
            owed = "" if line.owed is None else format_yuan(line.owed)
            values = {ROW: str(line.row), NAME: line.name, DEPARTMENT: line.department, IDENT: line.id_shown,
                      AMOUNT: "" if line.amount is None else format_yuan(line.amount), OWED: owed,
                      HOW: message_text(MATCH_LABELS[line.matched_by]) if line.matched_by else ""}
            for column, text in values.items():
                self.table.setItem(row, column, QTableWidgetItem(text))
            if line.status == AMBIGUOUS:
                combo = QComboBox()
                combo.addItem(self.tr("— choose —"), None)
                for candidate in line.candidates:
                    combo.addItem(f"{candidate.name}  {candidate.department}  (#{candidate.member_id})",
                                  candidate.member_id)
                combo.currentIndexChanged.connect(
                    lambda _i, r=row, c=combo: self.table.item(r, CHECK).setCheckState(
                        Qt.CheckState.Checked if c.currentData() else Qt.CheckState.Unchecked))
                self._combos[row] = combo
                self.table.setCellWidget(row, MEMBER, combo)
            elif line.status == MATCHED:
                who = line.candidates[0]
                self.table.setItem(row, MEMBER, QTableWidgetItem(f"{who.name}  {who.department}  (#{who.member_id})"))
            else:
                problem = message_text(line.problem) if line.problem else ""
                item = QTableWidgetItem((self.tr("Not recorded: ") + problem))
                item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, MEMBER, item)
        self.table.resizeColumnsToContents()
        self.summary.setText(self.tr(
            "{matched} lines matched, {ambiguous} to choose, {unmatched} with no member, {invalid} unreadable "
            "(file {file}, sheet {sheet}).").format(
            matched=sheet.count(MATCHED), ambiguous=sheet.count(AMBIGUOUS), unmatched=sheet.count(UNMATCHED),
            invalid=sheet.count(INVALID), file=sheet.file_name, sheet=sheet.sheet))

    def choices(self) -> dict[int, int | None]:
        result = {}
        for row, line in enumerate(self._wizard.sheet.lines):
            checked = self.table.item(row, CHECK).checkState() == Qt.CheckState.Checked
            member = self._combos[row].currentData() if row in self._combos else line.member_id
            result[line.row] = member if checked and line.status in (MATCHED, AMBIGUOUS) else None
        return result

    def validatePage(self) -> bool:  # noqa: N802
        try:
            self._wizard.record(self.choices())
        except UserError as error:
            self.error.setText(user_error_text(error))
            return False
        return True


class PayrollWizard(QWizard):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import payroll deductions"))
        self._context = context
        self.period = DuesQueries(context.db, context.actor).current
        self.sheet: PayrollSheet | None = None
        self.path = ""
        self.batch_id: int | None = None
        self.file_page = _FilePage(self)
        self.match_page = _MatchPage(self)
        self.addPage(self.file_page)
        self.addPage(self.match_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Record"))
        self.resize(900, 560)

    def read(self, path: str, period) -> None:
        self.path, self.period = path, period
        self.sheet = run_with_progress(self, self.tr("Reading the sheet…"),
                                       lambda progress, cancelled: match_payroll(PayrollQueries(self._context.db, self._context.actor), path, period))

    def record(self, choices: dict[int, int | None]) -> None:
        lines = [PaymentLine(m, a, note) for m, a, note in confirmed_lines(self.sheet, choices)]
        if not lines:
            raise UserError(_nothing_chosen())
        period, paid_on = self.period, self.file_page.paid_on.date().toPython()
        service = DuesService(self._context.db, self._context.actor)
        description = f"{period.year}年{period.month}月工资代扣会费（导入）"

        def job(progress, cancelled):
            return service.record_batch(period, paid_on, "payroll", lines, description, kind="payroll_import",
                                        file_name=Path(self.path).name, progress=progress, cancelled=cancelled,
                                        file_sha256=file_digest(self.path))

        self.batch_id = run_with_progress(self, self.tr("Recording payments…"), job)


def _nothing_chosen():
    from desktop.messages import QT_TRANSLATE_NOOP

    return QT_TRANSLATE_NOOP("DuesPayroll", "No line is ticked: nothing to record.")
