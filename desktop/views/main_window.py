"""The main window: a shell with the navigation on the left and one pane per area. Each pane owns
its toolbar and dialogs; the shell only switches between them and remembers the layout."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QStackedWidget, QWidget,
)

from desktop import __version__
from desktop.views.context import AppContext
from desktop.views.members.pane import MembersPane
from desktop.views.settings_dialog import SettingsDialog

# Only panes that work are listed; later areas add theirs here.
PANES = (MembersPane,)


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
            pane = pane_class(context)
            self.panes[pane_class.key] = pane
            self.stack.addWidget(pane)
            item = QListWidgetItem(pane_class.title())
            item.setData(Qt.UserRole, pane_class.key)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self._build_menus()
        self._restore(first_pane)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        settings = QAction(self.tr("Settings…"), self)
        settings.triggered.connect(lambda: SettingsDialog(self._context.settings, self).exec())
        file_menu.addAction(settings)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("About UnionDesk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self.statusBar().showMessage(self.tr("Database: {path}").format(path=self._context.db.location))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About UnionDesk"), self.tr(
            "UnionDesk {version}\nThe office program of a grassroots trade union: members, and the "
            "paperwork around them.").format(version=__version__))

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
