"""The Hardship aid pane (帮扶): reminders, the case list (filter by status, tier, aid type, year;
search by member), and the selected case — overview with the tier calculation, the workflow
timeline, the household and the payments — with the actions a cadre takes on it.

Who sees what is decided in desktop.domain.aid.queries: only AID_READ roles open this pane at all,
and sensitive values arrive masked; revealing one is an explicit, audited action."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QGroupBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QMenu, QMessageBox, QPushButton, QScrollArea, QSplitter,
    QTableView, QTableWidget, QTableWidgetItem, QTabWidget, QToolButton, QVBoxLayout, QWidget,
)

from desktop.domain.accounts.permissions import Permission
from desktop.domain.aid import codes, workflow
from desktop.domain.aid.queries import AidQueries, CaseDetail, CaseFilter
from desktop.domain.aid.retention import purge_report_lines
from desktop.domain.aid.service import AidService
from desktop.domain.money import format_yuan
from desktop.messages import UserError
from desktop.models.aid_tables import AidCaseTableModel, AidHouseholdModel, AidPaymentModel
from desktop.models.changes import ChangeSignals
from desktop.models.texts import message_text, qt_translate
from desktop.views.context import AppContext
from desktop.views.widgets.forms import user_error_text
from desktop.views.widgets.columns import size_columns_on_first_show
from desktop.views.widgets.empty_state import show_when_empty


MAX_REMINDER_ROWS = 8


class AidPane(QWidget):
    key = "aid"
    permission = Permission.AID_READ

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.queries = AidQueries(context.db, context.actor)
        self._detail: CaseDetail | None = None
        self._can_write = context.actor.can(Permission.AID_WRITE)
        self._can_reveal = context.actor.can(Permission.AID_SENSITIVE)
        self._build()
        self._changes = ChangeSignals(context.db.changes, self)
        self._changes.changed.connect(self._on_change)
        self._restore_layout()
        self.refresh()

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("AidPane", "Hardship aid")

    # -- building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        language = self._context.language
        self.reminders = QListWidget()
        self.reminders.itemActivated.connect(self._open_reminder)
        self.reminders.itemDoubleClicked.connect(self._open_reminder)
        self.reminder_box = QGroupBox(self.tr("Reminders"))
        QVBoxLayout(self.reminder_box).addWidget(self.reminders)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: member name, pinyin initials, case no."))
        self.status = QComboBox()
        for text, value in ((self.tr("Open and closed"), ""), (self.tr("Open"), "open"), (self.tr("Closed"), "closed")):
            self.status.addItem(text, value)
        self.status.setCurrentIndex(1)
        self.tier = QComboBox()
        self.tier.addItem(self.tr("Any tier"), "")
        for entry in codes.aid_code_table(codes.TIER).entries:
            self.tier.addItem(entry.label(language), entry.code)
        self.aid_type = QComboBox()
        self.aid_type.addItem(self.tr("Any aid type"), "")
        for entry in codes.aid_code_table(codes.AID_TYPE).entries:
            self.aid_type.addItem(entry.label(language), entry.code)
        self.stage = QComboBox()
        self.stage.addItem(self.tr("Any next step"), "")
        for step in workflow.STEPS:
            self.stage.addItem(message_text(workflow.STEP_LABELS[step]), step)
        self.year = QComboBox()
        self.year.addItem(self.tr("Any year"), None)
        for year in self.queries.years():
            self.year.addItem(str(year), year)
        for widget in (self.status, self.tier, self.aid_type, self.stage, self.year):
            widget.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for widget in (self.status, self.tier, self.aid_type, self.stage, self.year):
            filters.addWidget(widget)

        self.new_button = self._button(self.tr("New case…"), self.new_case)
        self.edit_button = self._button(self.tr("Edit…"), self.edit_case)
        self.step_button = self._button(self.tr("Record step…"), self.record_step)
        self.reopen_button = self._button(self.tr("Reopen…"), self.reopen_case)
        self.payment_button = self._button(self.tr("Payment…"), self.add_payment)
        self.batch_button = self._button(self.tr("Payment batch…"), self.new_batch)
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Print"))
        self.print_button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(self.print_button)
        self.print_actions = {
            "application": menu.addAction(self.tr("Application form (帮扶申请书)…"),
                                          lambda: self.preview("application")),
            "application_full": menu.addAction(
                self.tr("Application form with full ID number and health (recorded)…"),
                lambda: self.preview("application_full")),
            "approval": menu.addAction(self.tr("Approval form (审批表)…"), lambda: self.preview("approval")),
            "payment_sheet": menu.addAction(self.tr("Payment sheet of a batch (发放签领表)…"),
                                            lambda: self.preview("payment_sheet")),
            "notice": menu.addAction(self.tr("Public notice of a year (公示)…"), lambda: self.preview("notice")),
        }
        self.print_actions["application_full"].setVisible(self._can_reveal)
        self.print_button.setMenu(menu)
        self.export_button = self._button(self.tr("Export…"), self.export)
        self.settings_button = self._button(self.tr("Settings…"), self.open_settings)
        self.purge_button = self._button(self.tr("Purge old cases…"), self.purge)
        actions = QHBoxLayout()
        for widget in (self.new_button, self.edit_button, self.step_button, self.reopen_button, self.payment_button,
                       self.batch_button, self.print_button, self.export_button, self.settings_button,
                       self.purge_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        self.count_label = QLabel()
        actions.addWidget(self.count_label)
        for widget in (self.new_button, self.edit_button, self.step_button, self.reopen_button, self.payment_button,
                       self.batch_button, self.settings_button):
            widget.setVisible(self._can_write)
        self.purge_button.setVisible(self._can_write and self._can_reveal)

        self.model = AidCaseTableModel(language, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.empty_note = show_when_empty(self.table, self.tr("No aid cases here. “New case…” opens a household's file; the steps from application to "
                                  "follow-up call are recorded under “Record step…”. Check the filters above if you expected cases."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.table.doubleClicked.connect(lambda *_: self.edit_case())

        self.overview = QLabel()
        self.overview.setWordWrap(True)
        self.overview.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.overview.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.reveal_buttons = {}
        reveal_row = QHBoxLayout()
        for field, text in (("id_number", self.tr("Reveal ID number")), ("bank_card_no", self.tr("Reveal bank card")),
                            ("health", self.tr("Reveal health"))):
            button = QPushButton(text)
            button.setToolTip(self.tr("Shows the full value once; the reveal is written to the audit trail."))
            button.clicked.connect(lambda _checked=False, f=field: self.reveal(f))
            button.setVisible(self._can_reveal)
            self.reveal_buttons[field] = button
            reveal_row.addWidget(button)
        reveal_row.addStretch(1)
        overview_page = QWidget()
        overview_layout = QVBoxLayout(overview_page)
        overview_layout.addWidget(self.overview)
        overview_layout.addLayout(reveal_row)
        overview_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(overview_page)
        self.timeline = QTableWidget(0, 5)
        self.timeline.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Decision"), self.tr("Date"), self.tr("By"),
                                                 self.tr("Reason")])
        self.timeline.horizontalHeader().setSectionResizeMode(4, QHeaderView.Stretch)
        self.timeline.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.timeline.verticalHeader().setVisible(False)
        self.household_model = AidHouseholdModel(language, self)
        self.household = QTableView()
        self.household.setModel(self.household_model)
        self.household.horizontalHeader().setStretchLastSection(True)
        self.payment_model = AidPaymentModel(language, self)
        self.payments = QTableView()
        self.payments.setModel(self.payment_model)
        self.payments.horizontalHeader().setStretchLastSection(True)
        self.payments.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.payments.setSelectionMode(QAbstractItemView.SingleSelection)
        self.remove_payment_button = self._button(self.tr("Remove payment entered by mistake…"), self.remove_payment)
        self.remove_payment_button.setVisible(self._can_write)
        payments_page = QWidget()
        payments_layout = QVBoxLayout(payments_page)
        payments_layout.setContentsMargins(0, 0, 0, 0)
        payments_layout.addWidget(self.payments)
        payments_layout.addWidget(self.remove_payment_button, 0, Qt.AlignLeft)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Overview"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.household, self.tr("Household"))
        self.tabs.addTab(payments_page, self.tr("Payments"))

        splitter = self.splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminder_box)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

    def save_layout(self) -> None:
        """Remember the column widths and the split between the list and the case."""
        settings = self._context.settings
        settings.setValue("aid/splitter", self.splitter.saveState())
        settings.setValue("aid/columns", self.table.horizontalHeader().saveState())

    def _restore_layout(self) -> None:
        settings = self._context.settings
        splitter, columns = settings.value("aid/splitter"), settings.value("aid/columns")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        if columns is None or not self.table.horizontalHeader().restoreState(columns):
            size_columns_on_first_show(self.table)

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    # -- data ---------------------------------------------------------------------------------------

    def case_filter(self) -> CaseFilter:
        return CaseFilter(status=self.status.currentData() or "", tier=self.tier.currentData() or "",
                          aid_type=self.aid_type.currentData() or "", year=self.year.currentData(),
                          stage=self.stage.currentData() or "", search=self.search.text())

    def refresh(self) -> None:
        current = self.current_id()
        self.model.set_rows(self.queries.rows(self.case_filter()))
        self.count_label.setText(self.tr("{count} cases").format(count=self.model.rowCount()))
        self._fill_reminders()
        if current is not None and self.model.row_of(current) is not None:
            self.select_case(current)
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._show(None)

    def _fill_reminders(self) -> None:
        self.reminders.clear()
        found = self.queries.reminders(dt.date.today())
        for reminder in found:
            item = QListWidgetItem(f"{reminder.case_no} {reminder.name}: {message_text(reminder.text)}")
            item.setData(Qt.UserRole, reminder.case_id)
            if reminder.due_on < dt.date.today():
                item.setForeground(QBrush(QColor("#b3261e")))
            self.reminders.addItem(item)
        # Tall enough for every reminder up to eight (the sixth was hidden below a fixed 96 px).
        rows = min(len(found), MAX_REMINDER_ROWS)
        self.reminders.setFixedHeight(self.reminders.sizeHintForRow(0) * rows + 2 * self.reminders.frameWidth() + 4
                                      if rows else 0)
        self.reminder_box.setTitle(self.tr("Reminders ({count})").format(count=len(found)))
        self.reminder_box.setVisible(bool(found))

    def _open_reminder(self, item: QListWidgetItem) -> None:
        self.select_case(item.data(Qt.UserRole), widen=True)

    def _on_change(self, change) -> None:
        if change.kind in ("aid", "member"):
            self.refresh()

    def current_id(self) -> int | None:
        row = self.model.row_value(self.table.currentIndex().row())
        return row.id if row else None

    def select_case(self, case_id: int, widen: bool = False) -> None:
        row = self.model.row_of(case_id)
        if row is None and widen:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            for combo in (self.status, self.tier, self.aid_type, self.stage, self.year):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.model.set_rows(self.queries.rows(self.case_filter()))
            row = self.model.row_of(case_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _show_selected(self) -> None:
        case_id = self.current_id()
        try:
            self._show(self.queries.detail(case_id) if case_id is not None else None)
        except UserError:
            self._show(None)

    def _show(self, detail: CaseDetail | None) -> None:
        self._detail = detail
        has = detail is not None
        open_ = has and detail.status == "open"
        self.edit_button.setEnabled(has and detail.purged_on is None)
        self.step_button.setEnabled(has and bool(detail.next_steps) and detail.purged_on is None)
        self.reopen_button.setEnabled(has and detail.status == "closed" and detail.purged_on is None)
        self.payment_button.setEnabled(has and open_ and detail.approved)
        self.print_actions["application"].setEnabled(has)
        self.print_actions["application_full"].setEnabled(has and detail.purged_on is None)
        self.print_actions["approval"].setEnabled(has)
        for button in self.reveal_buttons.values():
            button.setEnabled(has and detail.purged_on is None)
        if not has:
            self.overview.setText(self.tr("No case selected."))
            self.timeline.setRowCount(0)
            self.household_model.set_rows([])
            self.payment_model.set_rows([])
            return
        self.overview.setText(self._overview_html(detail))
        self._fill_timeline(detail)
        self.household_model.set_rows(detail.household)
        self.payment_model.set_rows(detail.payments)

    def _overview_html(self, d: CaseDetail) -> str:
        language = self._context.language
        v = d.values

        def row(label: str, value) -> str:
            return f"<tr><td style='color:#555;padding-right:10px'>{escape(label)}</td><td>{escape(str(value))}</td></tr>"
        status = self.tr("Open") if d.status == "open" else self.tr("Closed") + (
            f" · {message_text(workflow.OUTCOME_LABELS[d.outcome])}" if d.outcome else "")
        tier = codes.aid_label(codes.TIER, d.tier, language)
        if d.tier != d.tier_computed or d.tier_override_reason:
            tier += " " + self.tr("(overridden; computed: {computed}; reason: {reason})").format(
                computed=codes.aid_label(codes.TIER, d.tier_computed, language), reason=d.tier_override_reason)
        parts = [f"<h3>{escape(d.case_no)} {escape(d.name)}</h3><table>",
                 row(self.tr("Department"), d.department), row(self.tr("ID number"), d.id_number),
                 row(self.tr("Status"), status), row(self.tr("Opened"), d.opened_on.isoformat()),
                 row(self.tr("Tier"), tier),
                 row(self.tr("Household"), self.tr("{size} persons, yearly income {income} yuan, rigid spending "
                                                   "{rigid} yuan").format(size=v["household_size"],
                                                                          income=format_yuan(v["yearly_income"]),
                                                                          rigid=format_yuan(v["rigid_spending"]))),
                 row(self.tr("Health"), " ".join(p for p in (v["health"], v["health_detail"]) if p)),
                 row(self.tr("Causes"), " / ".join(p for p in (codes.aid_label(codes.CAUSE, v["main_cause"], language),
                                                               codes.aid_label(codes.CAUSE, v["secondary_cause"],
                                                                               language)) if p)),
                 row(self.tr("Bank card"), " ".join(p for p in (v["bank_name"], v["bank_card_no"]) if p)),
                 row(self.tr("Aid requested"), codes.aid_types_label(v["aid_requested"], language)),
                 row(self.tr("Aid granted"), codes.aid_types_label(v["aid_granted"], language)),
                 row(self.tr("Paid so far"), format_yuan(sum((p.amount for p in d.payments), start=d.tier_result.line * 0))
                     + " " + self.tr("yuan")),
                 row(self.tr("Consent"), f"{v['consent_on'] or ''} {v['consent_scope']}"),
                 row(self.tr("Filed by / reviewed by"), f"{d.filed_by} / {d.reviewed_by}")]
        if d.publicity_until and workflow.PUBLICITY in d.next_steps:
            parts.append(row(self.tr("Public notice until"), d.publicity_until.isoformat()))
        if d.purged_on:
            parts.append(row(self.tr("Purged"), self.tr("personal data removed on {day}").format(
                day=d.purged_on.isoformat())))
        parts.append("</table>")
        heading = self.tr("Tier calculation")  # outside the f-string, where lupdate finds it
        parts.append(f"<p><b>{escape(heading)}</b><br>"
                     + escape(d.tier_result.explanation(qt_translate)).replace("\n", "<br>") + "</p>")
        return "".join(parts)

    def _fill_timeline(self, d: CaseDetail) -> None:
        names = self.queries.display_names()
        rows = [(message_text(workflow.STEP_LABELS[s.step]), message_text(workflow.DECISION_LABELS[s.decision]),
                 s.decided_on.isoformat(), names.get(s.decided_by, s.decided_by), s.reason, None) for s in d.steps]
        if d.next_steps:
            last = max(d.next_steps, key=workflow.STEPS.index)
            upcoming = [*d.next_steps, *workflow.STEPS[workflow.STEPS.index(last) + 1:]]
            for step in upcoming:
                state = self.tr("next") if step in d.next_steps else self.tr("to come")
                rows.append((message_text(workflow.STEP_LABELS[step]), state, "", "", "", "#888"))
        self.timeline.setRowCount(len(rows))
        for number, values in enumerate(rows):
            for column, text in enumerate(values[:5]):
                item = QTableWidgetItem(text)
                if values[5]:
                    item.setForeground(QBrush(QColor(values[5])))
                self.timeline.setItem(number, column, item)
        self.timeline.resizeColumnsToContents()

    # -- actions ------------------------------------------------------------------------------------

    def _warn(self, error: UserError) -> None:
        QMessageBox.warning(self, self.title(), user_error_text(error))

    def new_case(self) -> None:
        from desktop.views.aid.case_dialog import CaseDialog
        dialog = CaseDialog(self._context, None, self)
        result = dialog.exec()
        if result and dialog.saved_id:
            self.select_case(dialog.saved_id, widen=True)
        elif dialog.existing_case_id:
            self.select_case(dialog.existing_case_id, widen=True)

    def edit_case(self) -> None:
        if self._detail is None or not self._can_write or self._detail.purged_on:
            return
        from desktop.views.aid.case_dialog import CaseDialog
        CaseDialog(self._context, self._detail, self).exec()

    def record_step(self) -> None:
        if self._detail is None:
            return
        from desktop.views.aid.dialogs import StepDialog
        StepDialog(self._context, self._detail, self).exec()

    def reopen_case(self) -> None:
        if self._detail is None:
            return
        from desktop.views.aid.dialogs import ReopenDialog
        ReopenDialog(self._context, self._detail, self).exec()

    def add_payment(self) -> None:
        if self._detail is None:
            return
        from desktop.views.aid.dialogs import PaymentDialog
        PaymentDialog(self._context, self._detail, self).exec()

    def remove_payment(self) -> None:
        payment = self.payment_model.row_value(self.payments.currentIndex().row())
        if payment is None:
            QMessageBox.information(self, self.title(), self.tr("Select the payment to remove first."))
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Remove payment"),
            self.tr("Why is the payment of {amount} yuan on {day} removed? (recorded in the audit trail)").format(
                amount=format_yuan(payment.amount), day=payment.paid_on.isoformat()))
        if not ok:
            return
        try:
            AidService(self._context.db, self._context.actor).remove_payment(payment.id, reason)
        except UserError as error:
            self._warn(error)

    def new_batch(self) -> None:
        from desktop.views.aid.dialogs import BatchDialog
        dialog = BatchDialog(self._context, self)
        if dialog.exec() and dialog.batch_id:
            self._preview_pdf(*self.paper("payment_sheet", batch_id=dialog.batch_id))

    def open_settings(self) -> None:
        from desktop.views.aid.dialogs import AidSettingsDialog
        AidSettingsDialog(self._context, self).exec()

    def reveal(self, field: str) -> str | None:
        """Show one hidden value of the selected case (the reveal is written to the audit trail)."""
        if self._detail is None:
            return None
        try:
            value = self.queries.reveal(self._detail.id, field)
        except UserError as error:
            self._warn(error)
            return None
        box = QMessageBox(QMessageBox.Information, self.tr("Hidden value"),
                          self.tr("{case_no} {name}: {value}\n\nThis reveal has been recorded in the audit trail.")
                          .format(case_no=self._detail.case_no, name=self._detail.name, value=value or "—"),
                          QMessageBox.Close, self)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        return value

    # -- paper --------------------------------------------------------------------------------------

    def paper(self, kind: str, batch_id: int | None = None, year: int | None = None) -> tuple[bytes, str, str]:
        """(pdf, title, file name) of one paper for the selected case, a batch or a year."""
        from desktop.documents.aid import papers as aid_papers, contents as aid_sources
        db, actor = self._context.db, self._context.actor
        if kind in ("application", "application_full"):
            d = self._detail
            form = aid_sources.build_application(db, actor, d.id, full=kind == "application_full")
            return (aid_papers.application_pdf(form),
                    self.tr("Application form"), f"帮扶申请书-{d.case_no}-{d.name}.pdf")
        if kind == "approval":
            d = self._detail
            return (aid_papers.approval_pdf(aid_sources.build_approval(db, actor, d.id)),
                    self.tr("Approval form"), f"帮扶审批表-{d.case_no}-{d.name}.pdf")
        if kind == "payment_sheet":
            sheet = aid_sources.build_payment_sheet(db, actor, batch_id)
            return aid_papers.payment_sheet_pdf(sheet), self.tr("Payment sheet"), f"发放签领表-{sheet.title}.pdf"
        notice = aid_sources.build_notice(db, actor, year)
        return aid_papers.aid_notice_pdf(notice), self.tr("Public notice"), f"{year}年度困难职工帮扶公示.pdf"

    def preview(self, kind: str) -> None:
        batch_id = year = None
        if kind in ("application", "application_full", "approval") and self._detail is None:
            return
        if kind == "payment_sheet":
            batches = self.queries.batches()
            if not batches:
                QMessageBox.information(self, self.title(), self.tr("There is no payment batch yet."))
                return
            labels = [f"{b.paid_on.isoformat()} {b.title} ({b.count}, {format_yuan(b.total)})" for b in batches]
            label, ok = QInputDialog.getItem(self, self.tr("Payment sheet"), self.tr("Batch"), labels, 0, False)
            if not ok:
                return
            batch_id = batches[labels.index(label)].id
        if kind == "notice":
            year, ok = QInputDialog.getInt(self, self.tr("Public notice"), self.tr("Year"), dt.date.today().year,
                                           2000, 2100)
            if not ok:
                return
        try:
            self._preview_pdf(*self.paper(kind, batch_id, year))
        except UserError as error:
            self._warn(error)

    def _preview_pdf(self, pdf: bytes, title: str, file_name: str) -> None:
        from desktop.views.paper.preview_dialog import show_preview
        show_preview(pdf, title, file_name, self)

    # -- export and purge ---------------------------------------------------------------------------

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export aid cases"), "帮扶档案.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        sensitive = False
        if self._can_reveal:
            answer = QMessageBox.question(
                self, self.tr("Sensitive columns"),
                self.tr("Include ID numbers, bank card numbers, health and income figures? Only do this when the "
                        "file is needed for aid work; the choice is recorded in the audit trail."),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            sensitive = answer == QMessageBox.Yes
        self.export_to(path, sensitive)

    def export_to(self, path: str, sensitive: bool) -> int | None:
        from desktop.domain.aid.exports import AidExports
        from desktop.exchange.aid.export import write_cases
        try:
            exports = AidExports(self._context.db, self._context.actor)
            rows = exports.rows(self.case_filter(), sensitive)
            count = write_cases(rows, path, self._context.language, sensitive,
                                lambda put_in_place: exports.record_export(len(rows), path, sensitive, put_in_place))
        except UserError as error:
            self._warn(error)
            return None
        return count

    def purge(self) -> None:
        service = AidService(self._context.db, self._context.actor)
        try:
            candidates = service.purge_candidates()
        except UserError as error:
            self._warn(error)
            return
        if not candidates:
            QMessageBox.information(self, self.tr("Purge old cases"),
                                    self.tr("No closed case is past the retention period."))
            return
        answer = QMessageBox.question(
            self, self.tr("Purge old cases"),
            self.tr("{count} closed cases are past the retention period ({cases}). Remove their personal data? "
                    "A backup is taken first.").format(count=len(candidates),
                                                       cases=", ".join(c[1] for c in candidates[:10])),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer != QMessageBox.Yes:
            return
        self.run_purge()

    def run_purge(self):
        from desktop.views.aid.dialogs import TextReportDialog
        try:
            report = AidService(self._context.db, self._context.actor).purge()
        except UserError as error:
            self._warn(error)
            return None
        text = "\n".join(message_text(line) for line in purge_report_lines(report))
        dialog = TextReportDialog(self.tr("Purge report"), text, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return report
