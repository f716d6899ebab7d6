"""The member register pane: search as you type, filters, a sortable SQL-side table, the member
page beside it, and the actions that change members (each through the member service)."""

from __future__ import annotations

import importlib
from datetime import date

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu,
    QPushButton, QScrollArea, QSplitter, QTabWidget, QTableView, QToolBar, QToolButton, QVBoxLayout, QWidget,
)

from desktop.domain.accounts.permissions import Permission
from desktop.domain.codes import GENDER_FEMALE, GENDER_MALE, code_table
from desktop.domain.members.lifecycle import STATUS_LABELS, Status
from desktop.domain.members.queries import MemberFilter, MemberQueries
from desktop.domain.members.service import MemberService
from desktop.models.changes import ChangeSignals
from desktop.models.member_table import COLUMNS, MemberTableModel
from desktop.models.texts import message_text
from desktop.views.context import AppContext
from desktop.views.members.posts_dialog import post_group_combo
from desktop.views.widgets.toolbar import FilledOnOpenCombo, add_action, add_menu_button, refill_combo
from desktop.views.members.detail_panel import MemberDetailPanel
from desktop.views.members.sections import member_page_entries
from desktop.views.members.event_dialog import EventDialog
from desktop.views.members.member_dialog import MemberDialog
from desktop.views.members.trash_dialog import TrashDialog
from desktop.views.widgets.empty_state import show_when_empty
from desktop.views.widgets.background import Lane

# The print menu (views/members/printing.py) and the spreadsheet menu (views/members/spreadsheets.py)
# load reportlab, python-docx, QtPdf and openpyxl: importing this pane took 2.9 s with them and 1.8 s
# without, so they are imported by name when a menu first opens (neither imports this pane).
PRINT_MENU = ("desktop.views.members.printing", "paper_menu")
SPREADSHEET_MENU = ("desktop.views.members.spreadsheets", "exchange_menu")
SEARCH_DELAY_MS = 120  # wait for a pause in typing before re-running the query
CURRENT = frozenset({Status.ACTIVE, Status.RETAINED})
JOIN_DATE_UNKNOWN = "join_date_unknown"   # the status filter's entry for members whose join date is unknown
DEFAULT_WIDTHS = {"name": 80, "gender": 50, "birth_date": 95, "department": 100, "team": 90, "mobile": 110,
                  "id_number": 170, "join_date": 95, "status": 80, "card_no": 150}


class MembersPane(QWidget):
    key = "members"
    permission = Permission.MEMBERS_READ

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.queries = MemberQueries(context.db, context.actor)
        self.service = MemberService(context.db, context.actor)
        self.model = MemberTableModel(self.queries, context.language, self)
        self._signals = ChangeSignals(context.db.changes, self)
        self._signals.changed.connect(self.model.on_change)
        self._signals.changed.connect(lambda change: self._show_selected())
        self._last_deleted: list[int] = []
        self._build()
        self._restore_layout()
        self._apply_filters()  # the first list is read at once: the window opens with it
        if self.model.rowCount():
            self.table.selectRow(0)  # the member page is never empty when there are members
        self.model.background = self.lane.run  # later sorts, filters and changes: in the background

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("MembersPane", "Members")

    @property
    def context(self) -> AppContext:
        """What the pane's menus (print, spreadsheets) act with: the database, the user, settings."""
        return self._context

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.toolbar = QToolBar()
        self.add_action = self._action(self.tr("Add member"), self.add_member, QKeySequence.New)
        self.edit_action = self._action(self.tr("Edit"), self.edit_member, "Ctrl+E")
        self.event_action = self._action(self.tr("Membership change…"), self.record_event, "Ctrl+L")
        self.delete_action = self._action(self.tr("Delete"), self.delete_members, QKeySequence.Delete)
        self.toolbar.addSeparator()
        self.trash_action = self._action(self.tr("Trash…"), self.open_trash)
        self.toolbar.addSeparator()
        self.print_button = self._menu_button(self.tr("Print"), self._lazy_menu(PRINT_MENU))
        self.exchange_button = self._menu_button(self.tr("Import / export"), self._lazy_menu(SPREADSHEET_MENU))
        self.can_write = self._context.actor.can(Permission.MEMBERS_WRITE)
        for action in (self.add_action, self.edit_action, self.event_action, self.delete_action, self.trash_action):
            action.setVisible(self.can_write)  # a role that may not change members does not see how

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        if self.queries.masked:  # masked phones and IDs are not searched (docs/domain.md, Masking)
            self.search.setPlaceholderText(self.tr("Search: name, pinyin (zhs), card or member no. tail"))
        else:
            self.search.setPlaceholderText(self.tr("Search: name, pinyin (zhs), phone or ID tail, card no."))
        self.search.setMinimumWidth(320)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _: self._search_timer.start())

        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Current members"), CURRENT)
        self.status_filter.addItem(self.tr("All statuses"), frozenset())
        for status in Status:
            self.status_filter.addItem(message_text(STATUS_LABELS[status]), frozenset({status}))
        # Imported without a join date (入会时间待补): found here to be filled in.
        self.status_filter.addItem(self.tr("Join date to be filled in"), JOIN_DATE_UNKNOWN)
        self.department_filter = FilledOnOpenCombo(self._refill_departments)
        self.gender_filter = QComboBox()
        self.gender_filter.addItem(self.tr("Any gender"), None)
        for code in (GENDER_MALE, GENDER_FEMALE):
            self.gender_filter.addItem(code_table("gender").label(code, self._context.language), code)
        self.age_filter = QComboBox()
        for text, key in ((self.tr("Any age"), None), (self.tr("Under 35"), "under35"),
                          (self.tr("35 to 44"), "35to44"), (self.tr("45 to 54"), "45to54"),
                          (self.tr("55 and over"), "55plus")):
            self.age_filter.addItem(text, key)
        self.migrant_filter = QComboBox()
        for text, value in ((self.tr("Migrant workers or not"), None), (self.tr("Migrant workers"), True),
                            (self.tr("Not migrant workers"), False)):
            self.migrant_filter.addItem(text, value)
        self.attendance_filter = QComboBox()  # the activities area's "did not attend this year"
        self.attendance_filter.addItem(self.tr("Any activity attendance"), None)
        self.attendance_filter.addItem(self.tr("No activity attended this year"), "this_year")
        self.post_filter = post_group_combo(self._context.language, self.tr("Any union post"))
        self._fill_departments()
        for combo in (self.status_filter, self.department_filter, self.gender_filter, self.age_filter,
                      self.migrant_filter, self.attendance_filter, self.post_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: bold;")
        self.model.counts_changed.connect(self._show_counts)

        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.search)
        self.reading_label = QLabel()  # "Reading…" while a sort or filter is read (the filter row is full)
        self.lane = Lane(self, self.reading_label)
        self.reading_label.setMinimumWidth(self.reading_label.fontMetrics().horizontalAdvance(self.tr("Reading…")) + 12)
        self.toolbar.addWidget(self.reading_label)
        filters = QHBoxLayout()
        for combo in (self.status_filter, self.department_filter, self.gender_filter, self.age_filter,
                      self.migrant_filter, self.attendance_filter, self.post_filter):
            filters.addWidget(combo)
        filters.addStretch(1)
        # "Showing the members behind a statistics figure": any filter change goes back to the register.
        self.figure_label = QLabel()
        self.figure_label.setStyleSheet("background: #fff4ce; padding: 2px 6px;")
        self.figure_label.linkActivated.connect(lambda _: self._apply_filters())
        self.figure_label.hide()
        filters.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)  # uniform rows: fast
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.table.doubleClicked.connect(lambda _: self.edit_member() if self.can_write else None)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)

        may_reveal = self.queries.masked and self._context.actor.can(Permission.SENSITIVE_REVEAL)
        self.detail = MemberDetailPanel(self._context.language, self.queries.reveal if may_reveal else None,
                                        edit_posts=self.edit_posts if self.can_write else None)
        self.detail_tabs = self._member_page_tabs()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.undo_bar = QFrame()
        self.undo_bar.setFrameShape(QFrame.StyledPanel)
        self.undo_bar.setStyleSheet("QFrame { background: #fff4ce; }")
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_delete)
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(8, 2, 8, 2)
        bar.addWidget(self.undo_label, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.figure_label)   # its own line: the filter row keeps its width
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.splitter, 1)
        self.empty_note = show_when_empty(self.table, self._empty_text, self._empty_link)
        self._update_actions()

    def _empty_text(self) -> str:
        """A new union is told how to start; a search that finds nobody, how to widen it."""
        if self.model.total == 0 and self.can_write:
            return self.tr("<b>No members yet.</b><br><a href='import'>Import the roster</a> you keep in Excel or "
                           "WPS (at least 姓名 and 身份证号; the parent union's real-name template works as it is), "
                           "or <a href='add'>add members</a> one by one (Ctrl+N).")
        if self.model.total == 0:
            return self.tr("No members yet. The officer or the chair imports the roster or adds members.")
        return self.tr("No member matches the search and filters. Clear the search box or choose "
                       "“Current members” and “All departments”.")

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        return add_action(self, self.toolbar, text, slot, shortcut)

    def _lazy_menu(self, module_and_function: tuple[str, str]) -> QMenu:
        """A menu filled the first time it opens, from `function(pane)` of a module imported then
        (see PRINT_MENU)."""
        menu = QMenu(self)

        def fill() -> None:
            if not menu.actions():
                module, function = module_and_function
                build = getattr(importlib.import_module(module), function)
                self._built_menus = getattr(self, "_built_menus", []) + [build(self)]
                for action in self._built_menus[-1].actions():
                    menu.addAction(action)
        menu.aboutToShow.connect(fill)
        menu.fill = fill  # tests and keyboard users can fill it without opening it
        return menu

    def _menu_button(self, text: str, menu) -> QToolButton:
        return add_menu_button(self.toolbar, text, menu)

    def _empty_link(self, link: str) -> None:
        if link == "add":
            self.add_member()
        elif link == "import":
            from desktop.views.exchange.import_wizard import ImportWizard

            ImportWizard(self._context, self).exec()

    def _fill_departments(self) -> None:
        """The department filter's choices, now if it has been opened, else when it is."""
        if self.department_filter.filled:
            self._refill_departments()
        else:
            refill_combo(self.department_filter, self.tr("All departments"), [])

    def _refill_departments(self) -> None:
        refill_combo(self.department_filter, self.tr("All departments"),
                     [(name, name) for name in self.queries.departments()])

    # -- filters, counts, selection -------------------------------------------------------------

    def _apply_filters(self) -> None:
        self.figure_label.hide()
        status = self.status_filter.currentData()
        unknown_join = status == JOIN_DATE_UNKNOWN
        self.model.set_filter(MemberFilter(
            search=self.search.text(), statuses=frozenset() if unknown_join else status,
            join_date_unknown=unknown_join,
            department=self.department_filter.currentData(), gender=self.gender_filter.currentData(),
            age_band=self.age_filter.currentData(), migrant_worker=self.migrant_filter.currentData(),
            no_attendance_year=date.today().year if self.attendance_filter.currentData() else None,
            union_post=self.post_filter.currentData(),
        ))

    def _show_counts(self, shown: int, total: int) -> None:
        self.count_label.setText(self.tr("{shown} of {total} members").format(shown=shown, total=total))

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.member_id(row) for row in rows]

    def current_id(self) -> int | None:
        ids = self.selected_ids()
        return ids[0] if ids else None

    def _remember_selection(self) -> None:
        self._kept_selection = self.selected_ids()

    def _restore_selection(self) -> None:
        selection = self.table.selectionModel()
        for member_id in getattr(self, "_kept_selection", []):
            row = self.model.row_of(member_id)
            if row is not None:
                selection.select(self.model.index(row, 0),
                                 QItemSelectionModel.Select | QItemSelectionModel.Rows)
        if self.selected_ids():
            self.table.scrollTo(self.model.index(self.model.row_of(self.selected_ids()[0]), 0))
        self._show_selected()

    def reveal_member(self, member_id: int) -> None:
        """Select a member even if the filters hide them: clear the search and filters first (a
        member in the trash is shown in the trash dialog instead)."""
        if self.model.row_of(member_id) is None:
            self.search.clear()
            for combo in (self.department_filter, self.gender_filter, self.age_filter, self.migrant_filter,
                          self.attendance_filter):
                combo.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(self.status_filter.findData(frozenset()))
            self._apply_filters()
        self.when_shown(lambda: self._reveal_shown(member_id))

    def _reveal_shown(self, member_id: int) -> None:
        if self.model.row_of(member_id) is None and self.can_write:
            self.open_trash()
            return
        self.select_member(member_id)

    def when_shown(self, then) -> None:
        """Call `then` once the list the filters ask for is on screen (now, or when its read ends)."""
        if self.lane.busy:
            self.lane.settled.connect(then, Qt.ConnectionType.SingleShotConnection)
        else:
            then()

    def show_members(self, member_ids: list[int], caption: str) -> None:
        """Only these members (any status: a figure of a past day counts people who left since),
        with the caption saying which figure they are behind."""
        any_status = next(i for i in range(self.status_filter.count()) if self.status_filter.itemData(i) == frozenset())
        for combo in (self.status_filter, self.department_filter, self.gender_filter, self.age_filter,
                      self.migrant_filter, self.attendance_filter, self.post_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(any_status if combo is self.status_filter else 0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.set_filter(MemberFilter(member_ids=frozenset(member_ids)))
        self.figure_label.setText(self.tr("{caption} <a href='all'>Show all members</a>").format(caption=caption))
        self.figure_label.show()

    def select_member(self, member_id: int) -> None:
        row = self.model.row_of(member_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _member_page_tabs(self) -> QTabWidget:
        """The member's record, then a tab per other area (activities, dues, aid case) that this
        role may see; an area's tab is built when first opened."""
        tabs = QTabWidget()
        tabs.addTab(self.detail, self.tr("Record"))
        self._section_entries = member_page_entries(self._context)
        self.sections: dict[int, QWidget] = {}  # tab index → the area's section, once built
        for entry in self._section_entries:
            tabs.addTab(QWidget(), entry.title())
        tabs.currentChanged.connect(self._open_section)
        return tabs

    def _open_section(self, index: int) -> None:
        if index < 1 or index in self.sections:
            return
        section = self._section_entries[index - 1].build(self._context)
        self.sections[index] = section
        page = QScrollArea()
        page.setWidgetResizable(True)
        page.setWidget(section)
        tabs = self.detail_tabs
        title = tabs.tabText(index)
        tabs.blockSignals(True)
        tabs.removeTab(index)
        tabs.insertTab(index, page, title)
        tabs.setCurrentIndex(index)
        tabs.blockSignals(False)
        section.show_member(self.current_id())

    def _show_selected(self) -> None:
        member_id = self.current_id()
        self.detail.show_member(self.queries.detail(member_id) if member_id is not None else None)
        for section in self.sections.values():
            section.show_member(member_id)
        self._update_actions()

    def _update_actions(self) -> None:
        count = len(self.selected_ids())
        self.edit_action.setEnabled(count == 1 and self.can_write)
        self.event_action.setEnabled(count == 1)
        self.delete_action.setEnabled(count >= 1)

    def _column_menu(self, position) -> None:
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        for section, column in enumerate(COLUMNS):
            action = menu.addAction(message_text(column.title))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(section))
            action.toggled.connect(lambda shown, s=section: header.setSectionHidden(s, not shown))
        menu.exec(header.mapToGlobal(position))

    # -- actions --------------------------------------------------------------------------------

    def add_member(self) -> None:
        dialog = MemberDialog(self.service, self._context.language, self.queries.departments(), parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self._fill_departments()
            self.when_shown(lambda: self.select_member(dialog.saved_id))

    def edit_member(self) -> None:
        member_id = self.current_id()
        detail = self.queries.detail(member_id) if member_id is not None else None
        if detail is None:
            return
        dialog = MemberDialog(self.service, self._context.language, self.queries.departments(),
                              member_id=member_id, initial=detail.data, parent=self,
                              version=detail.version, reload=lambda: self.queries.detail(member_id))
        if dialog.exec():
            self._fill_departments()

    def edit_posts(self, member_id: int) -> None:
        from desktop.views.members.posts_dialog import PostsDialog

        PostsDialog(self._context, member_id, self).exec()
        self._show_selected()

    def record_event(self) -> None:
        member_id = self.current_id()
        detail = self.queries.detail(member_id) if member_id is not None else None
        if detail is not None:
            EventDialog(self.service, detail, self._context.language, self).exec()

    def delete_members(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self._last_deleted = self.service.delete(ids)
        self.undo_label.setText(self.tr("{count} member(s) moved to the trash.").format(
            count=len(self._last_deleted)))
        self.undo_bar.show()

    def undo_delete(self) -> None:
        if self._last_deleted:
            restored = self.service.restore(self._last_deleted)
            self._last_deleted = []
            self.undo_bar.hide()
            if restored:
                self.when_shown(lambda: self.select_member(restored[0]))

    def open_trash(self) -> None:
        TrashDialog(self.queries, self.service, self._context.language, self).exec()

    # -- remembered layout ----------------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = self._context.settings
        header = self.table.horizontalHeader()
        state = settings.value("members/header")
        if state is None or not header.restoreState(state):
            for section, column in enumerate(COLUMNS):
                header.setSectionHidden(section, not column.visible_by_default)
                header.resizeSection(section, DEFAULT_WIDTHS.get(column.key, 90))
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        splitter = settings.value("members/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        self._context.settings.setValue("members/header", self.table.horizontalHeader().saveState())
        self._context.settings.setValue("members/splitter", self.splitter.saveState())
