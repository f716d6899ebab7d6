"""The band an edit dialog shows when its save was refused because someone else saved the same
record meanwhile (desktop.domain.concurrency.StaleEditError): their changes, who and when; the
form keeps what this user typed, and "Reload their version" puts the stored record in the form."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from desktop.views.widgets.forms import ERROR_STYLE


class StaleEditBanner(QFrame):
    reload_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.text = QLabel()
        self.text.setStyleSheet(ERROR_STYLE)
        self.text.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload their version"))
        self.reload_button.setToolTip(self.tr("Replace what is in the form with the record as now stored"))
        self.reload_button.clicked.connect(self.reload_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reload_button)
        self.setVisible(False)

    def show_conflict(self, text: str) -> None:
        self.text.setText(text)
        self.setVisible(True)

    def clear(self) -> None:
        self.text.clear()
        self.setVisible(False)
