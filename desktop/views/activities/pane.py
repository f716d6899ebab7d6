"""The Activities pane (活动): the union's activities filtered by type, year and status and
searched by title (an SQL-side list), and beside it the chosen activity — plan, participants,
check-in at the door, spending, results or visits. The toolbar adds, edits, copies an activity to
next year, prints its papers through the one preview, exports participants to xlsx, and keeps the
type table and the visit ceilings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QMessageBox,
    QSplitter, QTableView, QToolBar, QToolButton, QVBoxLayout, QWidget,
)

from desktop.domain.accounts.permissions import Permission
from desktop.domain.activities.queries import ActivityFilter, ActivityQueries
from desktop.domain.activities.service import ActivityService
from desktop.domain.activities.inputs import COMPETITION, STATUS_LABELS, ActivityStatus
from desktop.domain.members.queries import MemberQueries
from desktop.messages import UserError
from desktop.models.activity_table import ActivityTableModel
from desktop.models.changes import ChangeSignals
from desktop.models.texts import message_text
from desktop.views.activities.detail import ActivityDetailView
from desktop.views.context import AppContext
from desktop.views.widgets.toolbar import add_action, add_menu_button, refill_combo
from desktop.views.widgets.forms import user_error_text
from desktop.views.widgets.columns import size_columns_on_first_show
from desktop.views.widgets.empty_state import show_when_empty

SEARCH_DELAY_MS = 150
WIDTHS = (135, 210, 100, 70, 140, 110, 85, 85)


class ActivitiesPane(QWidget):
    key = "activities"
    permission = Permission.MEMBERS_READ

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.queries = ActivityQueries(context.db, context.actor)
        self.service = ActivityService(context.db, context.actor)
        self.can_write = context.actor.can(Permission.ACTIVITIES_WRITE)
        self.model = ActivityTableModel(self.queries, context.language, self._type_labels(), self)
        self._signals = ChangeSignals(context.db.changes, self)
        self._signals.changed.connect(self._on_change)
        self._build()
        self._restore_layout()
        self.apply_filters()
        if self.model.rowCount():
            self.table.selectRow(0)

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("ActivitiesPane", "Activities")

    def _type_labels(self) -> dict[str, str]:
        return {t.code: t.label(self._context.language) for t in self.queries.types()}

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.toolbar = QToolBar()
        self.new_action = self._action(self.tr("New activity"), self.new_activity, QKeySequence.New)
        self.edit_action = self._action(self.tr("Edit"), self.edit_activity, "Ctrl+E")
        self.copy_action = self._action(self.tr("Copy to next year"), self.copy_to_next_year)
        self.delete_action = self._action(self.tr("Delete"), self.delete_activity, QKeySequence.Delete)
        self.toolbar.addSeparator()
        self.checkin_action = self._action(self.tr("Check-in at the door"), self.open_check_in, "F9")
        for action in (self.new_action, self.edit_action, self.copy_action, self.delete_action, self.checkin_action):
            action.setVisible(self.can_write)
        self.print_menu = QMenu(self)
        self.print_menu.addAction(self.tr("Notice (通知)…"), self.print_notice)
        self.print_menu.addAction(self.tr("Sign-in sheet with participants…"), lambda: self.print_signin(True))
        self.print_menu.addAction(self.tr("Blank sign-in sheet…"), lambda: self.print_signin(False))
        self.print_menu.addAction(self.tr("Participant list for reimbursement…"), self.print_participants)
        self.results_print = self.print_menu.addAction(self.tr("Competition results…"), self.print_results)
        self.print_button = self._menu_button(self.tr("Print"), self.print_menu)
        self.export_action = self._action(self.tr("Export participants…"), lambda: self.export_participants())  # not `checked` as the path
        self.toolbar.addSeparator()
        self.types_action = self._action(self.tr("Activity types…"), self.edit_types)
        self.ceilings_action = self._action(self.tr("Visit ceilings…"), self.edit_ceilings)
        self.types_action.setVisible(self.can_write)
        self.ceilings_action.setVisible(self.can_write)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search titles and places"))
        self.search.setMinimumWidth(220)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.type_filter = QComboBox()
        self.year_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in ActivityStatus:
            self.status_filter.addItem(message_text(STATUS_LABELS[status]), status)
        self._fill_types()
        self._fill_years()
        for combo in (self.type_filter, self.year_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: bold;")
        self.model.counts_changed.connect(lambda shown, total: self.count_label.setText(
            self.tr("{shown} of {total} activities").format(shown=shown, total=total)))
        filters = QHBoxLayout()
        for widget in (self.search, self.type_filter, self.year_filter, self.status_filter):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.empty_note = show_when_empty(self.table, self.tr("No activities here yet. “New activity” plans one: type, dates, place, budget and places; "
                                  "participants, check-in at the door and expenses follow on the right."))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(lambda _: self.edit_activity() if self.can_write else None)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)

        self.detail = ActivityDetailView(self.service, self.queries, self._context.language, self.can_write,
                                         self._member_lists)
        self.detail.status_requested.connect(self.set_status)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        return add_action(self, self.toolbar, text, slot, shortcut)

    def _menu_button(self, text: str, menu: QMenu) -> QToolButton:
        return add_menu_button(self.toolbar, text, menu)

    def _fill_types(self) -> None:
        refill_combo(self.type_filter, self.tr("All types"),
                     [(kind.label(self._context.language), kind.code) for kind in self.queries.types()])

    def _fill_years(self) -> None:
        refill_combo(self.year_filter, self.tr("All years"), [(str(year), year) for year in self.queries.years()])

    def _member_lists(self) -> tuple[list[str], list[str]]:
        members = MemberQueries(self._context.db, self._context.actor)
        return members.departments(), members.teams()

    # -- filters and selection ------------------------------------------------------------------

    def apply_filters(self) -> None:
        self.model.set_filter(ActivityFilter(self.search.text(), self.type_filter.currentData(),
                                             self.year_filter.currentData(), self.status_filter.currentData()))
        if self.model.total == 0 and not self.model.rowCount():
            self.model.refresh()

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def select_activity(self, activity_id: int) -> None:
        row = self.model.row_of(activity_id)
        if row is None:
            self.search.clear()
            for combo in (self.type_filter, self.year_filter, self.status_filter):
                combo.setCurrentIndex(0)
            self.apply_filters()
            row = self.model.row_of(activity_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _remember_selection(self) -> None:
        self._kept = self.current_id()

    def _restore_selection(self) -> None:
        kept = getattr(self, "_kept", None)
        row = self.model.row_of(kept) if kept is not None else None
        if row is not None:
            self.table.selectionModel().select(self.model.index(row, 0),
                                               QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self._show_selected()

    def _show_selected(self) -> None:
        activity_id = self.current_id()
        self.detail.show_activity(activity_id)
        has = activity_id is not None
        for action in (self.edit_action, self.copy_action, self.delete_action, self.checkin_action,
                       self.export_action):
            action.setEnabled(has)
        self.print_button.setEnabled(has)
        row = self.model.activity_row(self.table.currentIndex().row()) if has else None
        self.results_print.setEnabled(row is not None and row.type_code == COMPETITION)

    def _on_change(self, change) -> None:
        if change.kind == "activity_type":
            self.model.type_labels = self._type_labels()
            self._fill_types()
        if change.kind in ("activity", "activity_type", "condolence_ceiling"):
            self.model.on_change(change)
            if change.kind == "activity" and change.action in ("create", "delete"):
                self._fill_years()
            if self.current_id() is not None and (change.kind != "activity" or self.current_id() in change.ids):
                self.detail.show_activity(self.current_id())

    # -- actions --------------------------------------------------------------------------------

    def new_activity(self) -> None:
        from desktop.views.activities.dialogs import ActivityDialog

        dialog = ActivityDialog(self.service, self.queries, self._context.language, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.select_activity(dialog.saved_id)

    def edit_activity(self) -> None:
        from desktop.views.activities.dialogs import ActivityDialog

        activity_id = self.current_id()
        detail = self.queries.detail(activity_id) if activity_id is not None else None
        if detail is not None:
            ActivityDialog(self.service, self.queries, self._context.language, activity_id, detail.data, self,
                           version=detail.version).exec()

    def copy_to_next_year(self) -> None:
        activity_id = self.current_id()
        if activity_id is None:
            return
        try:
            new_id = self.service.copy_to_next_year(activity_id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Copy to next year"), user_error_text(error))
            return
        self.select_activity(new_id)
        self.edit_activity()  # the copy is a draft: look at dates and budget now

    def delete_activity(self) -> None:
        activity_id = self.current_id()
        detail = self.queries.detail(activity_id) if activity_id is not None else None
        if detail is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete activity"), self.tr(
            "Delete “{title}” with its participants and attendance? Only for an activity entered by mistake; "
            "a called-off activity is better set to Cancelled.").format(title=detail.data.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete(activity_id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Delete activity"), user_error_text(error))

    def set_status(self, status: ActivityStatus) -> None:
        activity_id = self.current_id()
        if activity_id is not None:
            try:
                self.service.set_status(activity_id, status)
            except UserError as error:
                QMessageBox.warning(self, self.tr("Status"), user_error_text(error))

    def open_check_in(self) -> None:
        if self.current_id() is not None:
            self.detail.setCurrentWidget(self.detail.checkin)
            self.detail.checkin.entry.setFocus()

    def edit_types(self) -> None:
        from desktop.views.activities.settings_dialogs import TypesDialog

        TypesDialog(self.service, self.queries, self._context.language, self).exec()

    def edit_ceilings(self) -> None:
        from desktop.views.activities.settings_dialogs import CeilingsDialog

        CeilingsDialog(self.service, self.queries, self).exec()

    # -- paper and export -----------------------------------------------------------------------

    def _preview(self, build, title: str, file_name: str, word=None):
        """`word`, when given, builds the editable .docx copy (Save as Word)."""
        from desktop.views.paper.preview_dialog import PreviewDialog

        try:
            pdf = build()
        except UserError as error:
            QMessageBox.warning(self, self.tr("Print"), user_error_text(error))
            return None
        preview = PreviewDialog(pdf, title, file_name, self, word=word)
        self.last_preview = preview
        preview.open()
        return preview

    def print_signin(self, with_participants: bool = True):
        from desktop.documents.activities.contents import build_activity_signin
        from desktop.documents.members.signin import signin_docx, signin_pdf

        activity_id = self.current_id()
        if activity_id is None:
            return None
        db, actor = self._context.db, self._context.actor

        def sheet():
            return build_activity_signin(db, actor, activity_id, blank_rows=5 if with_participants else 25,
                                         include_participants=with_participants)
        return self._preview(lambda: signin_pdf(sheet()), self.tr("Sign-in sheet"), "签到表.pdf",
                             word=lambda: signin_docx(sheet()))

    def print_participants(self):
        from desktop.documents.activities.papers import participant_list_docx, participant_list_pdf
        from desktop.documents.activities.contents import build_participant_list

        activity_id = self.current_id()
        if activity_id is None:
            return None
        db, actor = self._context.db, self._context.actor
        return self._preview(lambda: participant_list_pdf(build_participant_list(db, actor, activity_id)),
                             self.tr("Participant list"), "参加人员名单.pdf",
                             word=lambda: participant_list_docx(build_participant_list(db, actor, activity_id)))

    def print_results(self):
        from desktop.documents.activities.papers import results_pdf
        from desktop.documents.activities.contents import build_results

        activity_id = self.current_id()
        if activity_id is None:
            return None
        db, actor = self._context.db, self._context.actor
        return self._preview(lambda: results_pdf(build_results(db, actor, activity_id)),
                             self.tr("Competition results"), "成绩表.pdf")

    def print_notice(self):
        """The notice composer, filled in from the plan: edit the text, then preview and print."""
        from desktop.documents.activities.contents import build_activity_notice
        from desktop.views.paper.notice_dialog import NoticeDialog

        activity_id = self.current_id()
        if activity_id is None:
            return None
        try:
            notice = build_activity_notice(self._context.db, self._context.actor, activity_id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Print"), user_error_text(error))
            return None
        dialog = NoticeDialog(notice.signature, self, self._context.settings)
        dialog.template.setCurrentIndex(max(dialog.template.findData("activity"), 0))
        dialog.title.setText(notice.title)
        dialog.addressee.setText(notice.addressee)
        dialog.body.setPlainText(notice.body)
        dialog.refresh_preview()
        self.last_notice = dialog
        dialog.open()
        return dialog

    def export_participants(self, path: str | None = None) -> None:
        from desktop.domain.activities.exports import ActivityExports
        from desktop.exchange.activities.export import write_participants

        activity_id = self.current_id()
        detail = self.queries.detail(activity_id) if activity_id is not None else None
        if detail is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export participants"),
                                                  f"{detail.data.title}参加人员.xlsx", self.tr("Excel files (*.xlsx)"))
            if not path:
                return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            exports = ActivityExports(self._context.db, self._context.actor)
            listing = exports.participants(activity_id)
            result = write_participants(listing, path, self._context.language,
                                        lambda put_in_place: exports.record_export(listing, path, put_in_place))
        except UserError as error:
            QMessageBox.warning(self, self.tr("Export participants"), user_error_text(error))
            return
        QMessageBox.information(self, self.tr("Export participants"), self.tr(
            "{count} participants written to {path}.").format(count=result.rows, path=Path(path).name))

    # -- remembered layout ----------------------------------------------------------------------

    def _restore_layout(self) -> None:
        header = self.table.horizontalHeader()
        state = self._context.settings.value("activities/header")
        if state is None or not header.restoreState(state):
            for section, width in enumerate(WIDTHS):
                header.resizeSection(section, width)
            size_columns_on_first_show(self.table)
        splitter = self._context.settings.value("activities/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([700, 560])

    def save_layout(self) -> None:
        self._context.settings.setValue("activities/header", self.table.horizontalHeader().saveState())
        self._context.settings.setValue("activities/splitter", self.splitter.saveState())
