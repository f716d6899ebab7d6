"""The Hardship aid pane (帮扶): reminders, the case list (filter by status, tier, aid type, next
step, year; search by member), and the selected case — overview with the tier calculation, the
workflow timeline, the household and the payments — with the actions a cadre takes on it. Its print
menu is in views/aid/papers.py, its export in views/aid/export.py, the overview in views/aid/overview.py.

Who sees what is decided in desktop.domain.aid.queries: only AID_READ roles open this pane at all,
and sensitive values arrive masked; revealing one is an explicit, audited action."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QInputDialog, QMessageBox, QPushButton, QScrollArea, QTableView, QVBoxLayout,
    QWidget,
)

from desktop.domain.accounts.permissions import Permission
from desktop.domain.aid import codes, workflow
from desktop.domain.aid.queries import AidQueries, CaseDetail, CaseFilter
from desktop.domain.aid.retention import purge_report_lines
from desktop.domain.aid.service import AidService
from desktop.domain.money import format_yuan
from desktop.messages import UserError
from desktop.models.aid_tables import AidCaseTableModel, AidHouseholdModel, AidPaymentModel
from desktop.models.texts import message_text
from desktop.views.aid import export, overview, papers
from desktop.views.aid.case_dialog import CaseDialog
from desktop.views.aid.dialogs import (
    AidSettingsDialog, BatchDialog, PaymentDialog, ReopenDialog, StepDialog, TextReportDialog,
)
from desktop.views.widgets.columns import size_columns_on_first_show
from desktop.views.widgets.empty_state import show_when_empty
from desktop.views.widgets.register_pane import RegisterPane, overview_page
from desktop.views.widgets.toolbar import add_action, filter_combo

MAX_REMINDER_ROWS = 8


class AidPane(RegisterPane):
    key = "aid"
    permission = Permission.AID_READ
    change_kinds = ("aid", "member")
    split_orientation = Qt.Horizontal
    split_sizes = None
    loads_in_background = True  # a decade of cases of a 100 000-member union

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("AidPane", "Hardship aid")

    def _open_queries(self) -> AidQueries:
        return AidQueries(self._context.db, self._context.actor)

    def _prepare(self) -> None:
        actor = self._context.actor
        self.service = AidService(self._context.db, actor)
        self._can_write = actor.can(Permission.AID_WRITE)
        self._can_reveal = actor.can(Permission.AID_SENSITIVE)

    # -- building -----------------------------------------------------------------------------------

    def _can_record(self) -> bool:
        return self._can_write

    def _new_text(self) -> str:
        return self.tr("New case…")

    def _settings_allowed(self) -> bool:
        return self._can_write

    def _make_model(self):
        return AidCaseTableModel(self._context.language, self)

    def _set_up_table(self, table) -> None:
        table.setAlternatingRowColors(True)
        self.empty_note = show_when_empty(table, self.tr(
            "No aid cases here. “New case…” opens a household's file; the steps from application to "
            "follow-up call are recorded under “Record step…”. Check the filters above if you expected cases."))

    def _top_parts(self):
        return [self._reminder_list(self.tr("Reminders"))]

    def _build_filters(self):
        language = self._context.language
        self.search.setPlaceholderText(self.tr("Search: member name, pinyin initials, case no."))
        self.status = filter_combo(((self.tr("Open and closed"), ""), (self.tr("Open"), "open"),
                                    (self.tr("Closed"), "closed")))
        self.status.setCurrentIndex(1)
        tiers, aid_types = (codes.aid_code_table(table).entries for table in (codes.TIER, codes.AID_TYPE))
        self.tier = filter_combo(((e.label(language), e.code) for e in tiers), self.tr("Any tier"))
        self.aid_type = filter_combo(((e.label(language), e.code) for e in aid_types), self.tr("Any aid type"))
        self.stage = filter_combo(((message_text(workflow.STEP_LABELS[step]), step) for step in workflow.STEPS),
                                  self.tr("Any next step"))
        self.year = filter_combo(((str(year), year) for year in self.queries.years()), self.tr("Any year"))
        return [self.search, self.status, self.tier, self.aid_type, self.stage, self.year]

    def _add_middle_actions(self, toolbar) -> None:
        self.reopen_action = add_action(self, toolbar, self.tr("Reopen…"), self.reopen_case)
        self.payment_action = add_action(self, toolbar, self.tr("Payment…"), self.add_payment)
        self.batch_action = add_action(self, toolbar, self.tr("Payment batch…"), self.new_batch)
        for action in (self.reopen_action, self.payment_action, self.batch_action):
            action.setVisible(self._can_write)

    def _add_print_actions(self, menu):
        return papers.add_print_actions(self, menu, self._can_reveal)

    def _add_last_actions(self, toolbar) -> None:
        self.purge_action = add_action(self, toolbar, self.tr("Purge old cases…"), self.purge)
        self.purge_action.setVisible(self._can_write and self._can_reveal)

    def _detail_tabs(self):
        language = self._context.language
        reveals = self._reveal_row((("id_number", self.tr("Reveal ID number")),
                                    ("bank_card_no", self.tr("Reveal bank card")),
                                    ("health", self.tr("Reveal health"))), self._can_reveal)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(overview_page(self.overview, reveals))
        self.timeline = overview.timeline_table()
        self.household_model = AidHouseholdModel(language, self)
        self.household = QTableView()
        self.household.setModel(self.household_model)
        self.household.horizontalHeader().setStretchLastSection(True)
        return [(scroll, self.tr("Overview")), (self.timeline, self.tr("Timeline")),
                (self.household, self.tr("Household")), (self._payments_page(), self.tr("Payments"))]

    def _payments_page(self) -> QWidget:
        self.payment_model = AidPaymentModel(self._context.language, self)
        self.payments = QTableView()
        self.payments.setModel(self.payment_model)
        self.payments.horizontalHeader().setStretchLastSection(True)
        self.payments.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.payments.setSelectionMode(QAbstractItemView.SingleSelection)
        self.remove_payment_button = QPushButton(self.tr("Remove payment entered by mistake…"))
        self.remove_payment_button.clicked.connect(self.remove_payment)
        self.remove_payment_button.setVisible(self._can_write)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.payments)
        layout.addWidget(self.remove_payment_button, 0, Qt.AlignLeft)
        return page

    def _restore_layout(self) -> None:
        if not super()._restore_layout_found():
            size_columns_on_first_show(self.table)

    # -- data ---------------------------------------------------------------------------------------

    def list_filter(self) -> CaseFilter:
        return CaseFilter(status=self.status.currentData() or "", tier=self.tier.currentData() or "",
                          aid_type=self.aid_type.currentData() or "", year=self.year.currentData(),
                          stage=self.stage.currentData() or "", search=self.search.text())


    def _count_text(self, count: int) -> str:
        return self.tr("{count} cases").format(count=count)

    def _after_rows(self) -> None:
        today = dt.date.today()
        entries = ((f"{r.case_no} {r.name}: {message_text(r.text)}", r.case_id, r.due_on < today)
                   for r in self.queries.reminders(today))
        count = self._show_reminders(entries, self.tr("Reminders ({count})"))
        # Tall enough for every reminder up to eight (the sixth was hidden below a fixed 96 px).
        rows = min(count, MAX_REMINDER_ROWS)
        self.reminders.setFixedHeight(self.reminders.sizeHintForRow(0) * rows + 2 * self.reminders.frameWidth() + 4
                                      if rows else 0)

    def select_case(self, case_id: int, widen: bool = False) -> None:
        self.select_record(case_id, widen)

    def _enable_actions(self, detail: CaseDetail | None) -> None:
        has = detail is not None
        kept = has and detail.purged_on is None
        self.edit_action.setEnabled(kept)
        self.step_action.setEnabled(kept and bool(detail.next_steps))
        self.reopen_action.setEnabled(kept and detail.status == "closed")
        self.payment_action.setEnabled(has and detail.status == "open" and detail.approved)
        papers.enable_print_actions(self.print_actions, detail)
        for button in self.reveal_buttons.values():
            button.setEnabled(kept)

    def _show_detail(self, detail: CaseDetail | None) -> None:
        if detail is None:
            self.overview.setText(self.tr("No case selected."))
            self.timeline.setRowCount(0)
            self.household_model.set_rows([])
            self.payment_model.set_rows([])
            return
        self.overview.setText(overview.overview_html(detail, self._context.language))
        overview.fill_timeline(self.timeline, detail, self.queries.display_names())
        self.household_model.set_rows(detail.household)
        self.payment_model.set_rows(detail.payments)

    # -- actions ------------------------------------------------------------------------------------

    def new_record(self) -> None:
        dialog = CaseDialog(self._context, None, self)
        result = dialog.exec()
        if result and dialog.saved_id:
            self.select_case(dialog.saved_id, widen=True)
        elif dialog.existing_case_id:
            self.select_case(dialog.existing_case_id, widen=True)

    def edit_record(self) -> None:
        if self._detail is None or not self._can_write or self._detail.purged_on:
            return
        CaseDialog(self._context, self._detail, self).exec()

    def _on_case(self, dialog_class) -> None:
        """Open a dialog about the selected case (a step, a reopening, a payment)."""
        if self._detail is not None:
            dialog_class(self._context, self._detail, self).exec()

    def record_step(self) -> None:
        self._on_case(StepDialog)

    def reopen_case(self) -> None:
        self._on_case(ReopenDialog)

    def add_payment(self) -> None:
        self._on_case(PaymentDialog)

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
            self.service.remove_payment(payment.id, reason)
        except UserError as error:
            self.warn(error)

    def new_batch(self) -> None:
        dialog = BatchDialog(self._context, self)
        if dialog.exec() and dialog.batch_id:
            papers.preview_batch(self, dialog.batch_id)

    def edit_settings(self) -> None:
        AidSettingsDialog(self._context, self).exec()

    def _reveal_subject(self) -> tuple[int, str, str]:
        return self._detail.id, self._detail.case_no, self._detail.name

    def paper(self, kind: str, batch_id: int | None = None, year: int | None = None) -> tuple[bytes, str, str]:
        """(pdf, title, file name) of one paper for the selected case, a batch or a year."""
        return papers.paper(self, kind, batch_id, year)

    def export(self) -> None:
        export.export(self, self._can_reveal)

    def export_to(self, path: str, sensitive: bool) -> int | None:
        return export.export_to(self, path, sensitive)

    # -- purge --------------------------------------------------------------------------------------

    def purge(self) -> None:
        try:
            candidates = self.service.purge_candidates()
        except UserError as error:
            self.warn(error)
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
        if answer == QMessageBox.Yes:
            self.run_purge()

    def run_purge(self):
        try:
            report = self.service.purge()
        except UserError as error:
            self.warn(error)
            return None
        text = "\n".join(message_text(line) for line in purge_report_lines(report))
        dialog = TextReportDialog(self.tr("Purge report"), text, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return report
