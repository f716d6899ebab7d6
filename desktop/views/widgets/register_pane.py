"""The shape every register pane shares (rights cases, proposals, suggestions, hardship aid): filters
above a list, the list's toolbar (new, edit, record step, print, export, settings), the selected
record below or beside the list in tabs (overview, timeline …), reminders, the remembered layout,
and a refresh when the change bus reports the area's kind of change.

A pane says only what differs: its queries, its filters (`list_filter`), its table model, its
detail tabs, how a record is shown (`_show_detail`) and which actions a record allows
(`_enable_actions`). The list is loaded in one place, `load_rows`, which hands the rows to
`show_rows`; a pane that loads in the background calls `show_rows` when the rows arrive."""

from __future__ import annotations

from html import escape
from typing import Any, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMenu, QMessageBox,
    QPushButton, QSplitter, QTabWidget, QToolBar, QVBoxLayout, QWidget,
)

from desktop.domain.accounts.permissions import Permission
from desktop.messages import UserError
from desktop.models.changes import ChangeSignals
from desktop.views.context import AppContext
from desktop.views.widgets.background import Lane
from desktop.views.widgets.forms import user_error_text
from desktop.views.widgets.layout_memory import restore_split_layout, save_split_layout
from desktop.views.widgets.tables import register_table
from desktop.views.widgets.toolbar import add_action, add_menu_button

OVERDUE_COLOUR = "#b3261e"


translate = QCoreApplication.translate   # lupdate reads translate("Context", "text")


def detail_line(caption: str, value: Any) -> str:
    """One row of a record's overview table (caption in grey, value as plain text)."""
    return (f"<tr><td style='color:#555;padding-right:10px'>{escape(caption)}</td>"
            f"<td>{escape(str(value))}</td></tr>")


def deadline_line(caption: str, text: str, overdue: bool) -> str:
    """An overview row for a deadline: bold, red once it has passed."""
    colour = OVERDUE_COLOUR if overdue else "#000"
    return (f"<tr><td style='color:#555'>{escape(caption)}</td>"
            f"<td style='color:{colour}'><b>{escape(text)}</b></td></tr>")


class RegisterPane(QWidget):
    """Base of a register pane; subclasses set `key`, `permission`, `change_kinds` and the hooks."""

    key = ""
    permission: Permission
    change_kinds: tuple[str, ...] = ()     # the change-bus kinds that refresh the list
    split_orientation = Qt.Vertical
    split_sizes: tuple[int, int] | None = (400, 260)   # None: the list and the record share 3 : 2
    loads_in_background = False  # True where the list can take over ~100 ms at 100 000 members

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.queries = self._open_queries()
        self._detail = None
        self._select_after_load: int | None = None
        self.lane = Lane(self)
        self._prepare()
        self._build()
        self._changes = ChangeSignals(context.db.changes, self)
        self._changes.changed.connect(self._on_change)
        self._before_first_load()
        self._restore_layout()
        self.refresh()

    # -- what a pane says about itself -----------------------------------------------------------

    def _open_queries(self):
        raise NotImplementedError

    def _prepare(self) -> None:
        """Set what the pane needs before it is built (the actor's permissions …)."""

    def _before_first_load(self) -> None:
        """Fill what the first load depends on (the proposals pane's congress sessions)."""

    def _can_record(self) -> bool:
        """Whether new / edit / record step are on the toolbar at all."""
        return False

    def _new_text(self) -> str:
        raise NotImplementedError

    def _make_model(self):
        raise NotImplementedError

    def _top_parts(self) -> list[QWidget]:
        """What stands above the filters (session, summary, reminders)."""
        return []

    def _build_filters(self) -> list[QWidget]:
        """Make the filter widgets; returns them in the order shown (the search field is `self.search`)."""
        raise NotImplementedError

    def _filter_combos(self) -> list[QComboBox]:
        """The combos that widening a search resets to their first entry."""
        return [w for w in self._filter_widgets if isinstance(w, QComboBox)]

    def _set_up_table(self, table) -> None:
        """Column sizing of the pane's list beyond the shared set-up (tables.register_table)."""

    def _add_middle_actions(self, toolbar: QToolBar) -> None:
        """The pane's own actions between "Record step…" and "Print"."""

    def _add_print_actions(self, menu: QMenu) -> dict[str, QAction]:
        raise NotImplementedError

    def _settings_allowed(self) -> bool | None:
        """None: the pane has no settings; else whether the actor may change them."""
        return None

    def _add_last_actions(self, toolbar: QToolBar) -> None:
        """Actions after "Settings…"."""

    def _detail_tabs(self) -> list[tuple[QWidget, str]]:
        raise NotImplementedError

    def list_filter(self):
        raise NotImplementedError

    def _count_text(self, count: int) -> str:
        raise NotImplementedError

    def _after_rows(self) -> None:
        """Refresh what goes with the list (summary, reminders, actions that need a session)."""

    def _enable_actions(self, detail) -> None:
        raise NotImplementedError

    def _show_detail(self, detail) -> None:
        """Fill the tabs with `detail`, or empty them when it is None."""
        raise NotImplementedError

    # -- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.toolbar = QToolBar()
        self.new_action = add_action(self, self.toolbar, self._new_text(), self.new_record, "Ctrl+N")
        self.edit_action = add_action(self, self.toolbar, translate("RegisterPane", "Edit…"), self.edit_record)
        self.step_action = add_action(self, self.toolbar, translate("RegisterPane", "Record step…"), self.record_step)
        for action in (self.new_action, self.edit_action, self.step_action):
            action.setVisible(self._can_record())
        self._add_middle_actions(self.toolbar)
        self.print_menu = QMenu(self)
        self.print_actions = self._add_print_actions(self.print_menu)
        self.print_button = add_menu_button(self.toolbar, translate("RegisterPane", "Print"), self.print_menu)
        self.export_action = add_action(self, self.toolbar, translate("RegisterPane", "Export…"), self.export)
        allowed = self._settings_allowed()
        if allowed is not None:
            self.settings_action = add_action(self, self.toolbar, translate("RegisterPane", "Settings…"),
                                              self.edit_settings)
            self.settings_action.setVisible(allowed)
        self._add_last_actions(self.toolbar)
        self.count_label = QLabel()
        actions = QHBoxLayout()
        actions.addWidget(self.toolbar)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        self.model = self._make_model()
        self.table = register_table(self.model)
        self._set_up_table(self.table)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.table.doubleClicked.connect(lambda *_: self.edit_record())
        self.overview = overview_label()
        self.tabs = QTabWidget()
        for page, title in self._detail_tabs():
            self.tabs.addTab(page, title)
        self.splitter = QSplitter(self.split_orientation)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.tabs)
        if self.split_sizes is not None:
            self.splitter.setSizes(list(self.split_sizes))
        else:
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        for part in self._top_parts():
            if isinstance(part, QWidget):
                layout.addWidget(part)
            else:
                layout.addLayout(part)
        layout.addLayout(self._filter_row())
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self._filter_widgets = self._build_filters()
        for widget in self._filter_widgets:
            row.addWidget(widget, 2 if widget is self.search else 0)
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        return row

    def _reminder_list(self, title: str) -> QGroupBox:
        """The reminders above the list (`self.reminders`); activating one selects its record."""
        self.reminders = QListWidget()
        self.reminders.itemActivated.connect(self._open_reminder)
        self.reminders.itemDoubleClicked.connect(self._open_reminder)
        self.reminder_box = QGroupBox(title)
        QVBoxLayout(self.reminder_box).addWidget(self.reminders)
        return self.reminder_box

    def _show_reminders(self, entries: Iterable[tuple[str, int, bool]], title: str) -> int:
        """Fill the reminders with (text, record id, overdue) and show the box when there are any."""
        self.reminders.clear()
        count = 0
        for text, record_id, overdue in entries:
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, record_id)
            if overdue:
                item.setForeground(QBrush(QColor(OVERDUE_COLOUR)))
            self.reminders.addItem(item)
            count += 1
        self.reminder_box.setTitle(title.format(count=count))
        self.reminder_box.setVisible(bool(count))
        return count

    def _open_reminder(self, item: QListWidgetItem) -> None:
        self.select_record(item.data(Qt.UserRole), widen=True)

    def _reveal_row(self, fields: Iterable[tuple[str, str]], visible: bool) -> QHBoxLayout:
        """Buttons that show one hidden value each (`self.reveal_buttons`, by field)."""
        self.reveal_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for field, text in fields:
            button = QPushButton(text)
            button.setToolTip(translate("RegisterPane",
                                        "Shows the full value once; the reveal is written to the audit trail."))
            button.clicked.connect(lambda _checked=False, f=field: self.reveal(f))
            button.setVisible(visible)
            self.reveal_buttons[field] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- layout memory ----------------------------------------------------------------------------

    def save_layout(self) -> None:
        save_split_layout(self._context.settings, self.key, self.splitter, self.table)

    def _restore_layout(self) -> None:
        self._restore_layout_found()

    def _restore_layout_found(self) -> bool:
        """Restore the remembered layout; False when the columns had none yet."""
        return restore_split_layout(self._context.settings, self.key, self.splitter, self.table)

    # -- the list ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.load_rows()

    def load_rows(self) -> None:
        """Load the list for the filters shown (the one place the list is read). A pane whose list
        can be long at 100 000 members reads it in the background (views/widgets/background.py);
        a newer read wins over an older one."""
        flt = self.list_filter()
        if self.loads_in_background:
            self.lane.run(lambda: self.queries.rows(flt), self.show_rows)
        else:
            self.show_rows(self.queries.rows(flt))

    def show_rows(self, rows) -> None:
        """Put loaded rows in the list and keep (or make) the selection."""
        wanted = self._select_after_load if self._select_after_load is not None else self.current_id()
        self._select_after_load = None
        self.model.set_rows(rows)
        self.count_label.setText(self._count_text(self.model.rowCount()))
        self._after_rows()
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self._show_selected()
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._show(None)

    def _on_change(self, change) -> None:
        if change.kind in self.change_kinds:
            self.refresh()

    def current_id(self) -> int | None:
        row = self.model.row_value(self.table.currentIndex().row())
        return row.id if row else None

    def select_record(self, record_id: int, widen: bool = False) -> None:
        """Select a record; `widen`: when the filters hide it, clear them and load again."""
        row = self.model.row_of(record_id)
        if row is None and (widen or self.lane.busy):
            # Selected when the list arrives: a just-saved record is in the read still under way.
            self._select_after_load = record_id
            if widen:
                self._clear_filters()
                self.load_rows()
            return
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self._show_selected()

    def _clear_filters(self) -> None:
        combos = self._filter_combos()
        for widget in (self.search, *combos):
            widget.blockSignals(True)
        self.search.clear()
        for combo in combos:
            combo.setCurrentIndex(0)
        for widget in (self.search, *combos):
            widget.blockSignals(False)

    # -- the selected record ----------------------------------------------------------------------

    def _show_selected(self) -> None:
        record_id = self.current_id()
        try:
            self._show(self.queries.detail(record_id) if record_id is not None else None)
        except UserError:
            self._show(None)

    def _show(self, detail) -> None:
        self._detail = detail
        self._enable_actions(detail)
        self._show_detail(detail)

    @property
    def detail(self):
        return self._detail

    @property
    def context(self) -> AppContext:
        """What the pane's print and export menus act with: the database, the user, settings."""
        return self._context

    # -- actions ----------------------------------------------------------------------------------

    def warn(self, error: UserError) -> None:
        QMessageBox.warning(self, self.title(), user_error_text(error))

    def new_record(self) -> None:
        raise NotImplementedError

    def edit_record(self) -> None:
        raise NotImplementedError

    def record_step(self) -> None:
        raise NotImplementedError

    def export(self) -> None:
        raise NotImplementedError

    def edit_settings(self) -> None:
        raise NotImplementedError

    def _reveal_subject(self) -> tuple[int, str, str]:
        """(record id, number, name) of the selected record, for a reveal."""
        raise NotImplementedError

    def reveal(self, field: str) -> str | None:
        """Show one hidden value of the selected record (the reveal is written to the audit trail)."""
        if self._detail is None:
            return None
        record_id, number, name = self._reveal_subject()
        try:
            value = self.queries.reveal(record_id, field)
        except UserError as error:
            self.warn(error)
            return None
        box = QMessageBox(QMessageBox.Information, translate("RegisterPane", "Hidden value"),
                          translate("RegisterPane",
                                    "{case_no} {name}: {value}\n\nThis reveal has been recorded in the audit trail.")
                          .format(case_no=number, name=name, value=value or "—"),
                          QMessageBox.Close, self)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        return value


def overview_label() -> QLabel:
    """The selected record's overview: rich text, wrapped, top-left, selectable for copying."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return label


def overview_page(overview: QLabel, *rows: QHBoxLayout) -> QWidget:
    """The overview tab: the overview, then rows of buttons (reveals), then space."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(overview)
    for row in rows:
        layout.addLayout(row)
    layout.addStretch(1)
    return page
