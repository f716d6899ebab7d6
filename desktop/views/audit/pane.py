"""The audit trail pane (审计记录): every change, newest first, filtered by user, kind of record,
action and dates; a check of the hash chain; an export to Excel for the funds review committee.

Only for roles with Permission.AUDIT_READ (the queries refuse anyone else)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit.labels import ACTION_LABELS, ENTITY_LABELS
from desktop.domain.audit.queries import AuditFilter, AuditQueries
from desktop.messages import Message, UserError
from desktop.models.audit_table import COLUMNS, AuditTableModel
from desktop.models.changes import ChangeSignals
from desktop.models.texts import message_text
from desktop.domain.operations.service import IntegrityReport, OperationsService
from desktop.views.context import AppContext
from desktop.views.widgets.background import Lane
from desktop.views.widgets.progress import run_with_progress
from desktop.views.widgets.toolbar import refill_combo
from desktop.views.widgets.empty_state import show_when_empty

DEFAULT_WIDTHS = {"id": 70, "at": 140, "actor": 90, "action": 120, "entity": 80, "object": 150, "entity_id": 60}
DEFAULT_DAYS = 30  # the span a date filter starts with when it is switched on


class AuditPane(QWidget):
    open_item = Signal(str, int)  # (entity kind, id): the main window opens the pane that shows it

    key = "audit"
    permission = Permission.AUDIT_READ  # the shell lists the pane only for roles that have it

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.queries = AuditQueries(context.db, context.actor)
        self.model = AuditTableModel(self.queries, context.language, self)
        self._signals = ChangeSignals(context.db.changes, self)
        self._signals.changed.connect(lambda change: self._refresh())
        self.last_report: IntegrityReport | None = None
        self.notice: QMessageBox | None = None  # the last result box (kept for tests and re-reading)
        self._build()
        self.lane = Lane(self, self.count_label)  # the ids of a long trail are read in the background
        self.model.background = self.lane.run
        self.verify_lane = Lane(self, self.verify_label, self.tr("Checking…"))
        self._restore_layout()
        self._fill_filters()
        self._apply_filters()

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("AuditPane", "Audit trail")

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.user_filter = QComboBox()
        self.entity_filter = QComboBox()
        self.action_filter = QComboBox()
        for combo in (self.user_filter, self.entity_filter, self.action_filter):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
            combo.currentIndexChanged.connect(self._apply_filters)

        today = QDate.currentDate()
        self.from_check = QCheckBox(self.tr("From"))
        self.from_date = self._date_edit(today.addDays(-DEFAULT_DAYS))
        self.to_check = QCheckBox(self.tr("to"))
        self.to_date = self._date_edit(today)
        for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._apply_filters)
            edit.dateChanged.connect(self._apply_filters)

        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: bold;")
        self.model.counts_changed.connect(self._show_count)

        self.verify_button = QPushButton(self.tr("Verify"))
        self.verify_button.setToolTip(self.tr(
            "Check the database file and that no audit record was changed or deleted"))
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setToolTip(self.tr("Save the records shown as an .xlsx workbook"))
        self.export_button.clicked.connect(self.export)
        self.verify_label = QLabel()

        filters = QHBoxLayout()
        for widget in (self.user_filter, self.entity_filter, self.action_filter, self.from_check,
                       self.from_date, self.to_check, self.to_date):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        actions = QHBoxLayout()
        actions.addWidget(self.verify_button)
        actions.addWidget(self.verify_label, 1)
        actions.addWidget(self.export_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.empty_note = show_when_empty(self.table, self.tr("No records match the filters. Every change, log-in, reveal and export is recorded here."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)  # uniform rows: fast
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)  # the changes take the rest
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.table.doubleClicked.connect(self._open_item)
        self.table.setToolTip(self.tr("Double-click a member's record to open the member."))

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

    def _date_edit(self, date: QDate) -> QDateEdit:
        edit = QDateEdit(date)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        return edit

    def _fill_filters(self) -> None:
        """The combos offer what occurs in the trail; what is chosen stays chosen."""
        names = self.queries.display_names()
        self._fill(self.user_filter, self.tr("All users"),
                   [(f"{names[u]} ({u})" if names.get(u, u) != u else u, u) for u in self.queries.users()])
        self._fill(self.entity_filter, self.tr("All kinds of item"),
                   [(self._label(ENTITY_LABELS, e), e) for e in self.queries.entities()])
        self._fill(self.action_filter, self.tr("All actions"),
                   [(self._label(ACTION_LABELS, a), a) for a in self.queries.actions()])

    @staticmethod
    def _label(table: dict[str, Message], code: str) -> str:
        return message_text(table[code]) if code in table else code

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        refill_combo(combo, everything, sorted(items))

    # -- filters, counts, selection -------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            user=self.user_filter.currentData(), entity=self.entity_filter.currentData(),
            action=self.action_filter.currentData(),
            date_from=self.from_date.date().toPython() if self.from_check.isChecked() else None,
            date_to=self.to_date.date().toPython() if self.to_check.isChecked() else None)

    def _apply_filters(self) -> None:
        self.model.set_filter(self.current_filter())

    def _refresh(self) -> None:
        self._fill_filters()
        self.model.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        # Log-ins and failed log-ins are recorded without a change announcement: catch up on show.
        if self.model.rowCount() != self.queries.count(self.model.audit_filter):
            self._refresh()
        super().showEvent(event)

    def _show_count(self, shown: int, total: int) -> None:
        self.count_label.setText(self.tr("{count} record(s)").format(count=shown))

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.record_id(row) for row in rows]

    def _remember_selection(self) -> None:
        self._kept_selection = self.selected_ids()

    def _restore_selection(self) -> None:
        selection = self.table.selectionModel()
        for record_id in getattr(self, "_kept_selection", []):
            row = self.model.row_of(record_id)
            if row is not None:
                selection.select(self.model.index(row, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)

    def _open_item(self, index) -> None:
        """Ask the window to show what a record is about (a member, later an aid case …)."""
        row = self.model.audit_row(index.row())
        if row is not None and row.entity_id is not None:
            self.open_item.emit(row.entity, row.entity_id)

    def show_record(self, record_id: int) -> None:
        """Select one record, clearing the filters if they hide it."""
        if self.model.row_of(record_id) is None:
            for combo in (self.user_filter, self.entity_filter, self.action_filter):
                combo.setCurrentIndex(0)
            self.from_check.setChecked(False)
            self.to_check.setChecked(False)
        if self.lane.busy:  # the unfiltered trail is being read: select once it is shown
            self.lane.settled.connect(lambda: self._select_record(record_id), Qt.ConnectionType.SingleShotConnection)
        else:
            self._select_record(record_id)

    def _select_record(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.PositionAtCenter)

    # -- verify ---------------------------------------------------------------------------------

    def verify(self) -> None:
        """Check the chain and the file in the background (a second or two on a long trail)."""
        self.verify_button.setEnabled(False)
        self.verify_lane.run(OperationsService(self._context.db, self._context.actor).verify, self._show_report,
                             on_error=self._verify_failed)

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        if not isinstance(error, UserError):
            raise error
        self._notify(QMessageBox.Warning, self.tr("Problems found"), message_text(error.message), "")

    def _show_report(self, report: IntegrityReport) -> None:
        self.verify_button.setEnabled(True)
        self.last_report = report
        *details, verdict = [message_text(line) for line in report.lines()]
        lines = (verdict, "\n".join(details))
        checked_at = dt.datetime.now().strftime("%H:%M")
        if report.ok:
            self.verify_label.setText(self.tr("Checked at {time}: all in order.").format(time=checked_at))
            self.verify_label.setStyleSheet("color: #1e6b1e;")
            self._notify(QMessageBox.Information, self.tr("All checks passed"), *lines)
            return
        broken = report.first_break
        if broken is not None:
            self.verify_label.setText(self.tr("Checked at {time}: the audit trail breaks at record "
                                              "{record_id}.").format(time=checked_at, record_id=broken.record_id))
            self.show_record(broken.record_id)
        else:
            self.verify_label.setText(self.tr("Checked at {time}: the database file has problems.").format(
                time=checked_at))
        self.verify_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self._notify(QMessageBox.Warning, self.tr("Problems found"), *lines)

    # -- export ---------------------------------------------------------------------------------

    def export(self) -> None:
        folder = str(self._context.settings.value("audit/export_folder", str(Path.home())))
        name = self.tr("audit-trail-{date}.xlsx").format(date=dt.date.today().strftime("%Y%m%d"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"), str(Path(folder) / name),
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self._context.settings.setValue("audit/export_folder", str(Path(path).parent))
        from desktop.exchange.audit.export import export_audit  # openpyxl only when exporting

        db, actor, flt, language = self._context.db, self._context.actor, self.model.audit_filter, self._context.language
        try:
            result = run_with_progress(self, self.tr("Exporting the audit trail…"), lambda progress, cancelled:
                                       export_audit(db, actor, flt, path, language,
                                                    lambda done, total: (progress(done, total), not cancelled())[1]))
        except UserError as error:
            self._notify(QMessageBox.Warning, self.tr("Export failed"), message_text(error.message))
            return
        if result is not None:
            self._notify(QMessageBox.Information, self.tr("Export finished"),
                         self.tr("{count} record(s) saved to {path}.\nThe export itself is recorded in the "
                                 "audit trail.").format(count=result.records, path=str(result.path)))

    def _notify(self, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> None:
        """A result box shown with open(), not exec(): no nested event loop (tests are not stopped).
        The verdict is the text; what was checked follows it underneath."""
        if self.notice is not None:
            self.notice.close()
        self.notice = QMessageBox(icon, title, text, QMessageBox.Ok, self)
        if details:
            self.notice.setInformativeText(details)
        self.notice.open()

    # -- remembered layout ----------------------------------------------------------------------

    def _restore_layout(self) -> None:
        header = self.table.horizontalHeader()
        state = self._context.settings.value("audit/header")
        if state is None or not header.restoreState(state):
            for section, column in enumerate(COLUMNS):
                if column.key in DEFAULT_WIDTHS:
                    header.resizeSection(section, DEFAULT_WIDTHS[column.key])

    def save_layout(self) -> None:
        self._context.settings.setValue("audit/header", self.table.horizontalHeader().saveState())
