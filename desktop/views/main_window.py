"""The main window: a shell with the navigation on the left and one pane per area. Each pane owns
its toolbar and dialogs; the shell only switches between them and remembers the layout."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout,
    QWidget,
)

from desktop.domain.accounts.permissions import ROLE_LABELS, Permission
from desktop.domain.accounts.service import AccountService, is_demo
from desktop.models.texts import message_text
from desktop.views.accounts.accounts_dialog import AccountsDialog, ProfileDialog, change_own_password
from desktop.views.accounts.idle_lock import DEFAULT_IDLE_MINUTES, IDLE_MINUTES_KEY, IdleLock
from desktop.views.accounts.sign_in import LoginDialog
from desktop.views.context import AppContext
from desktop.views.panes import PANES
from desktop.views.database_dialog import DatabaseDialog
from desktop.views.settings_dialog import SettingsDialog
from desktop.views.widgets.screen_fit import first_main_window_size, install_screen_fit


class _BuiltOnDemand(dict):
    """The built panes; asking for one not built yet builds it (since the home pane comes first,
    `window.panes["members"]` no longer finds the register already built)."""

    def __init__(self, build: Callable[[str], QWidget | None]):
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        pane = self._build(key)
        if pane is None:
            raise KeyError(key)
        return pane


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, first_pane: str | None = None):
        super().__init__()
        install_screen_fit()
        self._context = context
        self.setWindowTitle(self.tr("UnionDesk — {database}").format(database=context.db.location))
        self.navigation = QListWidget()
        self.navigation.setFixedWidth(120)
        self.navigation.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget()
        # A pane is built when first shown (start-up builds only the first one); until then its
        # place in the stack is an empty widget.
        self._pane_classes = [p for p in PANES if p.shown_to(context)]
        self.panes: dict[str, QWidget] = _BuiltOnDemand(self.pane)
        for pane_class in self._pane_classes:
            self.stack.addWidget(QWidget())
            item = QListWidgetItem(pane_class.title())
            item.setData(Qt.UserRole, pane_class.key)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._switch_to)
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(4, 4, 4, 4)
        self.demo_banner = QLabel(self.tr(
            "Demo database: the people and numbers in it are invented. Do not enter real members here."))
        self.demo_banner.setStyleSheet("background: #fff4ce; color: #5c4400; padding: 6px; font-weight: bold;")
        self.demo_banner.setVisible(is_demo(context.db))
        outer.addWidget(self.demo_banner)
        layout = QHBoxLayout()
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(body)
        self._accounts = AccountService(context.db, context.actor)
        self._build_menus()
        self._restore(first_pane)
        minutes = int(context.settings.value(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES))
        self.idle_lock = IdleLock(self, minutes, self.lock)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        settings = QAction(self.tr("Settings…"), self)
        settings.triggered.connect(lambda: SettingsDialog(self._context.settings, self).exec())
        file_menu.addAction(settings)
        database = QAction(self.tr("Database…"), self)
        database.triggered.connect(lambda: DatabaseDialog(self._context.settings, self).exec())
        file_menu.addAction(database)
        if self._context.actor.can(Permission.SETTINGS_MANAGE):
            profile = QAction(self.tr("Union details…"), self)
            profile.triggered.connect(lambda: ProfileDialog(self._accounts, self._context.db, self).exec())
            file_menu.addAction(profile)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        account_menu = self.menuBar().addMenu(self.tr("&Account"))
        password = QAction(self.tr("Change my password…"), self)
        password.triggered.connect(lambda: change_own_password(self._accounts, self))
        account_menu.addAction(password)
        if self._context.actor.can(Permission.ACCOUNTS_MANAGE):
            manage = QAction(self.tr("Accounts and roles…"), self)
            manage.triggered.connect(lambda: AccountsDialog(self._accounts, self, self._connected_users()).exec())
            account_menu.addAction(manage)
        lock = QAction(self.tr("Lock the window"), self)
        lock.setShortcut(QKeySequence("Ctrl+Alt+L"))
        lock.triggered.connect(lambda: self.idle_lock.lock_now())
        account_menu.addAction(lock)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        manual = QAction(self.tr("Manual"), self)
        manual.setShortcut(QKeySequence(Qt.Key_F1))  # the page of the pane in front
        manual.triggered.connect(lambda: self.open_manual(self.current_pane_key()))
        help_menu.addAction(manual)
        about = QAction(self.tr("About UnionDesk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        actor = self._context.actor
        self.user_label = QLabel(self.tr("Logged in: {name} ({role})").format(
            name=actor.display_name or actor.username, role=message_text(ROLE_LABELS[actor.role])))
        self.statusBar().addPermanentWidget(self.user_label)
        # The union's name tells a cadre where they are; the file's path is for whoever asks (tooltip).
        from desktop.domain.accounts.service import union_name

        self.union_label = QLabel(union_name(self._context.db) or self._context.db.location)
        self.union_label.setToolTip(self.tr("Database: {path}").format(path=self._context.db.location))
        self.statusBar().addWidget(self.union_label)

    def _connected_users(self):
        """On a shared server: who is connected now, for the accounts dialog (None on a file)."""
        board = self._context.presence
        if board is None:
            return None
        from desktop.domain.accounts.sessions import connected_users

        return lambda: connected_users(self._context.db, self._context.actor, board.session_id)

    def lock(self) -> None:
        """Hide the data until the same user enters their password again (or quits)."""
        self.centralWidget().setVisible(False)
        dialog = LoginDialog(self._context.db, self, locked_user=self._context.actor)
        if dialog.exec():
            self.centralWidget().setVisible(True)
        else:
            self.close()

    def open_manual(self, page: str) -> QWidget:
        """The built-in manual at `page`; one window, left open beside the work."""
        from desktop.views.help.manual import ManualDialog

        if getattr(self, "manual", None) is None:
            self.manual = ManualDialog(self._context.language, page, self)
        self.manual.open_page(page)
        self.manual.show()
        self.manual.raise_()
        return self.manual

    def _about(self) -> None:
        from desktop.views.about import about_text

        QMessageBox.about(self, self.tr("About UnionDesk"),
                          about_text(self._context.db.file_path, self._context.db.location))

    def _switch_to(self, row: int) -> None:
        if 0 <= row < len(self._pane_classes):
            self.pane(self._pane_classes[row].key)
            self.stack.setCurrentIndex(row)

    def pane(self, key: str) -> QWidget | None:
        """The pane for `key`, built now if it was not shown yet; None if this role has no such pane."""
        keys = [p.key for p in self._pane_classes]
        if key not in keys:
            return None
        if key not in self.panes:
            index = keys.index(key)
            pane = self._pane_classes[index].load()(self._context)
            self.panes[key] = pane
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, pane)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if key in ("audit", "home"):
                pane.open_item.connect(self.open_item)
            if key == "statistics":
                pane.open_members.connect(self.show_members)
            if key == "home":
                pane.open_pane.connect(self.show_reminder)
                pane.quick_action.connect(self.run_quick_action)
        return self.panes[key]

    def open_item(self, entity: str, item_id: int) -> None:
        """Show the thing a record or reminder is about in its own pane."""
        key, show = {"member": ("members", lambda pane: pane.reveal_member(item_id)),
                     "aid_case": ("aid", lambda pane: pane.select_case(item_id, widen=True)),
                     "vote": ("votes", lambda pane: pane.select(item_id)),
                     "activity": ("activities", lambda pane: pane.select_activity(item_id)),
                     }.get(entity, (None, None))
        if key is not None and self.pane(key) is not None:
            self.show_pane(key)
            show(self.panes[key])

    def show_members(self, member_ids: list, caption: str) -> None:
        """The members behind a statistics figure, in the member list."""
        if self.pane("members") is not None:
            self.show_pane("members")
            self.panes["members"].show_members(member_ids, caption)

    def show_reminder(self, key: str, reminder: str) -> None:
        """A home-pane reminder opens its pane, filtered to what it is about where the pane can be."""
        pane = self.pane(key)
        if pane is None:
            return
        self.show_pane(key)
        if reminder == "dues_warning":
            from desktop.domain.dues.queries import State
            from desktop.views.dues.pane import OVERDUE

            pane.mode.setCurrentIndex(pane.mode.findData(OVERDUE))
            pane.state.setCurrentIndex(pane.state.findData(State.WARNING))

    def run_quick_action(self, action: str) -> None:
        """A home-pane button: the same dialog the pane's own toolbar opens, in that pane."""
        key = {"dues_batch": "dues", "backup": "backups"}.get(action, "members")
        pane = self.pane(key)
        if pane is None:
            return
        self.show_pane(key)
        if action == "import":
            from desktop.views.exchange.import_wizard import ImportWizard

            ImportWizard(self._context, pane).exec()
        elif action == "export":
            from desktop.views.exchange.export_dialog import ExportDialog

            ExportDialog(self._context, pane.model.member_filter, pane.model.sort_order, pane).exec()
        elif action == "signin":
            from desktop.views.members.printing import print_signin

            print_signin(pane)
        elif action == "add_member":
            pane.add_member()
        elif action == "dues_batch":
            pane.record_batch()
        elif action == "backup":
            pane.back_up_now()

    def show_pane(self, key: str) -> None:
        keys = [p.key for p in self._pane_classes]
        if key in keys:
            self.navigation.setCurrentRow(keys.index(key))

    def current_pane_key(self) -> str:
        return self._pane_classes[max(self.navigation.currentRow(), 0)].key

    def _restore(self, first_pane: str | None) -> None:
        settings = self._context.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            pass
        else:
            self.resize(first_main_window_size(self))
        # Every role starts on the home pane (工作台); --pane chooses another.
        wanted = first_pane or "home"
        self.show_pane(wanted if wanted in [p.key for p in self._pane_classes] else self._pane_classes[0].key)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        settings = self._context.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/pane", self.current_pane_key())
        for pane in self.panes.values():
            pane.save_layout()
        settings.sync()
        super().closeEvent(event)
