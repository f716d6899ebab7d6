"""Typing Chinese into widgets: qtbot.keyClicks with non-ASCII text aborts the process
(docs/traps.md), so the text arrives as an input method's commit string instead."""

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit


def type_text(widget: QLineEdit, text: str) -> None:
    """Type text at the cursor as an input method would commit it (emits textEdited)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
