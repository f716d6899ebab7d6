"""Every window fits the office PC's 1366×768 screen: the main window, every dialog a pane's
toolbar opens (with a row selected, so the actions that need one are on) and the print preview.
A window fits when it and every button in it lie inside the screen's available area, leaving room
for the title bar the window system adds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox, QPushButton,
    QToolBar, QToolButton, QWidget, QWizard,
)

from desktop.views.main_window import MainWindow
from desktop.views.widgets.screen_fit import FRAME_ALLOWANCE


class _ShownWindows(QObject):
    """Notes every top-level window as it is shown."""

    def __init__(self):
        super().__init__()
        self.windows: list[QWidget] = []

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow() \
                and not isinstance(watched, QMenu) and watched not in self.windows:
            self.windows.append(watched)
        return False


def _outside(window: QWidget, area: QRect) -> list[str]:
    """What of `window` lies outside `area`: the window itself (with its frame) or a visible button."""
    problems = []
    # The window at its position, with the room a real title bar and borders take.
    frame = QRect(window.frameGeometry().topLeft(), window.size() + FRAME_ALLOWANCE)
    if not area.contains(frame):
        problems.append(f"{window.windowTitle()!r} {window.width()}×{window.height()} at "
                        f"({window.x()}, {window.y()})")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or isinstance(button.parent(), QAbstractItemView):
            continue
        corner = button.mapTo(window, button.rect().bottomRight())
        inside_window = window.rect().contains(corner) and window.rect().contains(button.mapTo(window, button.rect().topLeft()))
        if not inside_window or not _shown_by_scroll_areas(button):
            problems.append(f"{window.windowTitle()!r}: button {button.text()!r} is outside the window")
    return problems


def _shown_by_scroll_areas(button: QWidget) -> bool:
    """A button inside a scroll area counts as reachable (the user scrolls to it)."""
    return True


@pytest.fixture
def stubbed_modal_calls(monkeypatch, qapp):
    """exec() shows the dialog, lets it lay out and closes it; file and input dialogs answer 'cancel'."""
    def show_and_reject(dialog, *args):
        dialog.show()
        QApplication.processEvents()
        dialog.hide()
        return 0

    for cls in (QDialog, QMessageBox, QWizard, QPrintDialog, QFileDialog, QInputDialog):
        monkeypatch.setattr(cls, "exec", show_and_reject, raising=False)
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    for name in ("getText", "getItem", "getInt", "getDouble"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(lambda *a, **k: (None, False)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: None))
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))


def _pane_actions(pane: QWidget) -> list:
    """The pane's own actions and those in its toolbar's drop-down menus (filled as if opened)."""
    actions = list(pane.actions())
    for toolbar in pane.findChildren(QToolBar):
        actions += [a for a in toolbar.actions() if not a.isSeparator()]
    for button in pane.findChildren(QToolButton):
        menu = button.menu()
        if menu is not None:
            menu.aboutToShow.emit()
            actions += [a for a in menu.actions() if not a.isSeparator() and a.menu() is None]
    actions = [a for a in dict.fromkeys(actions) if a.text()]
    # Push buttons that open a dialog say so with "…" (e.g. the aid pane's steps).
    return actions + [b for b in pane.findChildren(QPushButton) if b.text().endswith("…") and b.isVisible()]


def _menu_bar_actions(window: MainWindow) -> list:
    """The window's own menus (settings, union details, accounts, help), without Quit and Lock."""
    skip = {window.tr("Quit"), window.tr("Lock the window")}
    return [a for menu in window.menuBar().actions() for a in menu.menu().actions()
            if not a.isSeparator() and a.text() not in skip]


def _select_first_row(pane: QWidget) -> None:
    for view in pane.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0 and view.selectionModel() is not None:
            view.setCurrentIndex(model.index(0, 0))
            view.selectRow(0) if hasattr(view, "selectRow") else None
            break


def test_the_screen_is_the_office_pc(qapp):
    assert QGuiApplication.primaryScreen().availableGeometry().size().toTuple() == (1366, 768)


def test_every_window_and_its_buttons_fit_a_1366x768_screen(qtbot, context, stubbed_modal_calls):
    area = QGuiApplication.primaryScreen().availableGeometry()
    shown = _ShownWindows()
    qapp = QApplication.instance()
    qapp.installEventFilter(shown)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    problems = _outside(window, area)
    opened: list[str] = []
    try:
        places = [(key, _pane_actions) for key in [p.key for p in window._pane_classes]] + [("menu", None)]
        for key, find_actions in places:
            if find_actions is not None:
                window.show_pane(key)
                pane = window.panes[key]
                QApplication.processEvents()
                _select_first_row(pane)
            actions = find_actions(pane) if find_actions is not None else _menu_bar_actions(window)
            for action in actions:
                if not action.isEnabled():
                    continue
                before = len(shown.windows)
                action.click() if isinstance(action, QPushButton) else action.trigger()
                QApplication.processEvents()
                for dialog in shown.windows[before:]:
                    if dialog is window:
                        continue
                    opened.append(f"{key}: {action.text()} → {dialog.windowTitle()}")
                    problems += [f"{key} / {action.text()}: {p}" for p in _outside(dialog, area)]
                for other in QApplication.topLevelWidgets():
                    if other is not window and other.isVisible():
                        other.close()
    finally:
        qapp.removeEventFilter(shown)
    print("\n".join(opened))
    assert len(opened) > 20
    assert "\n".join(problems) == ""


def test_a_dialog_taller_than_the_screen_scrolls_above_its_buttons(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout

    from desktop.views.widgets.screen_fit import install_screen_fit

    install_screen_fit()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    for n in range(60):                      # 60 fields: ~1 500 px of form on a 768 px screen
        label = QLabel(f"第 {n + 1} 项")
        label.setMinimumHeight(24)
        layout.addWidget(label)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    layout.addWidget(buttons)
    dialog.show()
    QApplication.processEvents()
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.findChild(QScrollArea) is not None
    assert _outside(dialog, area) == []
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.rect().contains(ok.mapTo(dialog, ok.rect().bottomRight()))
