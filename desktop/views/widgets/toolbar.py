"""Pane toolbars and filter combos: the few lines every pane would otherwise repeat."""

from __future__ import annotations

from typing import Any, Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QMenu, QToolBar, QToolButton, QWidget


def add_action(owner: QWidget, toolbar: QToolBar, text: str, slot: Callable, shortcut=None) -> QAction:
    """A toolbar action; its shortcut works while focus is anywhere inside `owner` (the pane), so
    two panes may use the same key."""
    action = QAction(text, owner)
    action.triggered.connect(slot)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
    owner.addAction(action)
    toolbar.addAction(action)
    return action


def add_menu_button(toolbar: QToolBar, text: str, menu: QMenu) -> QToolButton:
    """A toolbar button that opens `menu` on click (printing, import and export …)."""
    button = QToolButton()
    button.setText(text)
    button.setMenu(menu)
    button.setPopupMode(QToolButton.InstantPopup)
    toolbar.addWidget(button)
    return button


def refill_combo(combo: QComboBox, everything: str, items: Iterable[tuple[str, Any]]) -> None:
    """Replace a filter combo's choices with "everything" (data None) and `items` (text, data),
    keeping the current choice when it is still there, without emitting a change."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def filter_combo(items: Iterable[tuple[str, Any]], everything: str | None = None) -> QComboBox:
    """A filter combo: "everything" first (data None) when given, then the (text, data) items."""
    combo = QComboBox()
    if everything is not None:
        combo.addItem(everything, None)
    for text, value in items:
        combo.addItem(text, value)
    return combo


class FilledOnOpenCombo(QComboBox):
    """A filter combo whose choices cost something to gather (the members pane's departments: a
    query over the register and the pinyin dictionary to sort them, a quarter of start-up):
    gathered when the user first opens it, steps through it or scrolls on it, not while the pane
    is built. Until then it holds only its first choice ("all")."""

    def __init__(self, fill: Callable[[], None], parent=None):
        super().__init__(parent)
        self._fill = fill
        self.filled = False

    def ensure_filled(self) -> None:
        if not self.filled:
            self.filled = True
            self._fill()

    def showPopup(self) -> None:  # noqa: N802
        self.ensure_filled()
        super().showPopup()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        self.ensure_filled()
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802
        self.ensure_filled()
        super().wheelEvent(event)
