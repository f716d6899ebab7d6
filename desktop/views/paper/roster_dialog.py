"""Choosing what a roster shows before the preview: which members (the list on screen or the
selection), which columns, the orientation, a signature column, and full ID numbers for a role
allowed to print them. The column choice is remembered for next time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QListWidget,
    QListWidgetItem, QRadioButton, QVBoxLayout,
)

from desktop.documents.members.contents import DEFAULT_ROSTER_COLUMNS, ROSTER_FIELDS, RosterRequest
from desktop.documents.members.roster import Roster, RosterColumn, is_landscape
from desktop.domain.members.queries import MemberFilter
from desktop.models.member_table import COLUMNS
from desktop.models.texts import message_text

SETTINGS_KEY = "paper/roster_columns"
TITLES = {column.key: column.title for column in COLUMNS}


class RosterDialog(QDialog):
    def __init__(self, settings: QSettings, shown: int, selected: int, may_print_full_ids: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print roster"))
        self._settings = settings
        self._may_print_full_ids = may_print_full_ids

        self.all_members = QRadioButton(self.tr("All {count} members in the list").format(count=shown))
        self.selected_members = QRadioButton(self.tr("The {count} selected members").format(count=selected))
        self.selected_members.setEnabled(selected > 0)
        group = QButtonGroup(self)
        group.addButton(self.all_members)
        group.addButton(self.selected_members)
        (self.selected_members if selected > 1 else self.all_members).setChecked(True)

        self.columns = QListWidget()
        chosen = self._remembered_columns()
        for key in sorted(ROSTER_FIELDS, key=lambda k: (k not in chosen, chosen.index(k) if k in chosen else 0)):
            item = QListWidgetItem(message_text(TITLES[key]) if key in TITLES else key)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
            self.columns.addItem(item)
        self.columns.setDragDropMode(QListWidget.DragDropMode.InternalMove)  # drag to reorder
        self.columns.itemChanged.connect(lambda _: self._update())

        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Automatic (by width)"), "auto")
        self.orientation.addItem(self.tr("Portrait"), "portrait")
        self.orientation.addItem(self.tr("Landscape"), "landscape")
        self.orientation.currentIndexChanged.connect(lambda _: self._update())
        self.orientation_note = QLabel()

        self.signature = QCheckBox(self.tr("Signature column"))
        self.signature.toggled.connect(lambda _: self._update())
        self.full_ids = QCheckBox(self.tr("Full ID numbers (recorded in the audit trail)"))
        self.full_ids.setVisible(may_print_full_ids)
        self.full_ids_note = QLabel(self.tr("Otherwise ID numbers print as 110105********002X."))
        self.full_ids_note.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Preview…"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Members:"), self.all_members)
        form.addRow("", self.selected_members)
        form.addRow(self.tr("Columns (drag to reorder):"), self.columns)
        form.addRow(self.tr("Paper:"), self.orientation)
        form.addRow("", self.orientation_note)
        form.addRow("", self.signature)
        form.addRow("", self.full_ids)
        form.addRow("", self.full_ids_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()

    def _remembered_columns(self) -> list[str]:
        saved = self._settings.value(SETTINGS_KEY)
        keys = [k for k in (saved.split(",") if isinstance(saved, str) else []) if k in ROSTER_FIELDS]
        return keys or list(DEFAULT_ROSTER_COLUMNS)

    def chosen_columns(self) -> tuple[str, ...]:
        items = (self.columns.item(i) for i in range(self.columns.count()))
        return tuple(item.data(Qt.ItemDataRole.UserRole) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def _update(self) -> None:
        keys = self.chosen_columns()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(keys))
        sample = Roster("", tuple(RosterColumn("", ROSTER_FIELDS[k].width_mm) for k in keys), (),
                        as_of=dt.date.today(), signature_column=self.signature.isChecked(),
                        orientation=self.orientation.currentData())
        self.orientation_note.setText(self.tr("Prints on A4 landscape.") if is_landscape(sample)
                                      else self.tr("Prints on A4 portrait."))

    def _accept(self) -> None:
        self._settings.setValue(SETTINGS_KEY, ",".join(self.chosen_columns()))
        self.accept()

    def request(self, member_filter: MemberFilter, selected_ids: list[int]) -> RosterRequest:
        use_selection = self.selected_members.isChecked() and bool(selected_ids)
        return RosterRequest(
            member_filter=member_filter,
            ids=tuple(selected_ids) if use_selection else None,
            columns=self.chosen_columns(),
            full_ids=self._may_print_full_ids and self.full_ids.isChecked(),
            signature_column=self.signature.isChecked(),
            orientation=self.orientation.currentData(),
        )
