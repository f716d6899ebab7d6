"""The pieces every small form dialog shares: a red line for what is wrong, and the button row."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from desktop.domain.errors import ValidationError
from desktop.messages import UserError
from desktop.models.texts import message_text

ERROR_STYLE = "color: #b3261e;"


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def user_error_text(error: UserError) -> str:
    """Every problem of a refused change, one per line, in the interface language."""
    if isinstance(error, ValidationError):
        return "\n".join(message_text(e.message) for e in error.errors)
    return message_text(error.message)


def lay_out_form_dialog(dialog: QDialog, form: QFormLayout, error: QLabel, on_accept,
                        buttons=QDialogButtonBox.Ok | QDialogButtonBox.Cancel) -> QDialogButtonBox:
    """Form, error line and buttons, top to bottom; the accept button calls on_accept."""
    box = QDialogButtonBox(buttons)
    box.accepted.connect(on_accept)
    box.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(box)
    return box
