"""Settings a cadre may change (the interface language, the lock time), and which fonts official
documents print with (found on the PC, or a free stand-in)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QVBoxLayout,
)

from desktop.views.accounts.idle_lock import DEFAULT_IDLE_MINUTES, IDLE_MINUTES_KEY

LANGUAGE_KEY = "ui/language"  # "system", "zh_CN" or "en"


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent=None):
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        for text, value in ((self.tr("Same as the system"), "system"), ("简体中文", "zh_CN"), ("English", "en")):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(max(self.language.findData(settings.value(LANGUAGE_KEY, "system")), 0))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setSpecialValueText(self.tr("never"))
        self.idle_minutes.setValue(int(settings.value(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES)))
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Lock the window after"), self.idle_minutes)
        hint = QLabel(self.tr("A new language and lock time take effect the next time UnionDesk starts."))
        hint.setWordWrap(True)
        fonts = QFormLayout()
        from desktop.documents.shared.fonts import official_fonts  # reportlab: not loaded at start-up for a key

        for font in official_fonts():
            found = font.found if not font.stand_in else self.tr("not found — {stand_in} stands in").format(
                stand_in=font.stand_in)
            label = QLabel(found)
            label.setWordWrap(True)
            fonts.addRow(font.role, label)
        font_box = QGroupBox(self.tr("Fonts of official documents (GB/T 9704)"))
        font_box.setLayout(fonts)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(font_box)
        layout.addWidget(buttons)

    def _save(self) -> None:
        self._settings.setValue(LANGUAGE_KEY, self.language.currentData())
        self._settings.setValue(IDLE_MINUTES_KEY, self.idle_minutes.value())
        self.accept()
