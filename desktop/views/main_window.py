"""The main window: a shell with the navigation on the left and one pane per area. Each pane owns
its toolbar and dialogs; the shell only switches between them and remembers the layout."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.domain.accounts.permissions import ROLE_LABELS, Permission
from desktop.domain.accounts.service import AccountService, is_demo
from desktop.models.texts import message_text
from desktop.views.accounts.accounts_dialog import AccountsDialog, ProfileDialog, change_own_password
from desktop.views.accounts.idle_lock import DEFAULT_IDLE_MINUTES, IDLE_MINUTES_KEY, IdleLock
from desktop.views.accounts.sign_in import LoginDialog
from desktop.views.audit.pane import AuditPane
from desktop.views.backups.pane import BackupPane
from desktop.views.context import AppContext
from desktop.views.members.pane import MembersPane
from desktop.views.settings_dialog import SettingsDialog

# Only panes that work are listed; later areas add theirs here. A pane is shown to roles that have
# its `permission`.
PANES = (MembersPane, AuditPane, BackupPane)


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, first_pane: str | None = None):
        super().__init__()
        self._context = context
        self.setWindowTitle(self.tr("UnionDesk — {database}").format(database=context.db.location))
        self.navigation = QListWidget()
        self.navigation.setFixedWidth(120)
        self.navigation.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget()
        self.panes: dict[str, QWidget] = {}
        for pane_class in PANES:
            if not context.actor.can(pane_class.permission):
                continue
            pane = pane_class(context)
            self.panes[pane_class.key] = pane
            self.stack.addWidget(pane)
            item = QListWidgetItem(pane_class.title())
            item.setData(Qt.UserRole, pane_class.key)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        if "audit" in self.panes:
            self.panes["audit"].open_item.connect(self.open_item)
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
            manage.triggered.connect(lambda: AccountsDialog(self._accounts, self).exec())
            account_menu.addAction(manage)
        lock = QAction(self.tr("Lock the window"), self)
        lock.setShortcut(QKeySequence("Ctrl+Alt+L"))
        lock.triggered.connect(lambda: self.idle_lock.lock_now())
        account_menu.addAction(lock)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("About UnionDesk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        actor = self._context.actor
        self.user_label = QLabel(self.tr("Logged in: {name} ({role})").format(
            name=actor.display_name or actor.username, role=message_text(ROLE_LABELS[actor.role])))
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().showMessage(self.tr("Database: {path}").format(path=self._context.db.location))

    def lock(self) -> None:
        """Hide the data until the same user enters their password again (or quits)."""
        self.centralWidget().setVisible(False)
        dialog = LoginDialog(self._context.db, self, locked_user=self._context.actor)
        if dialog.exec():
            self.centralWidget().setVisible(True)
        else:
            self.close()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About UnionDesk"), self.tr(
            "UnionDesk {version}\nThe office program of a grassroots trade union: members, and the "
            "paperwork around them.").format(version=__version__))

    def open_item(self, entity: str, item_id: int) -> None:
        """Show the thing a record is about in its own pane (members now; cases when they exist)."""
        if entity == "member" and "members" in self.panes:
            self.show_pane("members")
            self.panes["members"].reveal_member(item_id)

    def show_pane(self, key: str) -> None:
        keys = list(self.panes)
        if key in keys:
            self.navigation.setCurrentRow(keys.index(key))

    def current_pane_key(self) -> str:
        return list(self.panes)[max(self.navigation.currentRow(), 0)]

    def _restore(self, first_pane: str | None) -> None:
        settings = self._context.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            pass
        else:
            self.resize(1360, 800)
        self.navigation.setCurrentRow(0)
        self.show_pane(first_pane or str(settings.value("window/pane", "members")))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        settings = self._context.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/pane", self.current_pane_key())
        for pane in self.panes.values():
            pane.save_layout()
        settings.sync()
        super().closeEvent(event)
