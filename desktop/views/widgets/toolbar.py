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
