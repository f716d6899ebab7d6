"""Account management for the administrator (roles explained on the same screen), the dialog to
change one's own password, and the union's details."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from desktop.domain.accounts.permissions import ROLE_DESCRIPTIONS, ROLE_LABELS, Role
from desktop.domain.accounts.sessions import ConnectedUser
from desktop.domain.accounts.inputs import ProfileInput
from desktop.domain.accounts.service import AccountService, UserRow, union_profile
from desktop.messages import UserError
from desktop.models.texts import message_text
from desktop.views.accounts.sign_in import password_field
from desktop.views.widgets.forms import error_label, lay_out_form_dialog, user_error_text


class AccountsDialog(QDialog):
    """`connected` (shared server databases only) lists the programs connected now: shown as
    "Connected now" under the accounts."""

    def __init__(self, service: AccountService, parent=None,
                 connected: Callable[[], list[ConnectedUser]] | None = None):
        super().__init__(parent)
        self._service = service
        self._connected = connected
        self.setWindowTitle(self.tr("Accounts"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Name"), self.tr("Role"),
                                              self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        add = QPushButton(self.tr("New account…"))
        edit = QPushButton(self.tr("Change…"))
        reset = QPushButton(self.tr("Reset password…"))
        add.clicked.connect(self._add)
        edit.clicked.connect(self._edit)
        reset.clicked.connect(self._reset)
        buttons = QHBoxLayout()
        for button in (add, edit, reset):
            buttons.addWidget(button)
        buttons.addStretch(1)
        roles = QLabel("<br>".join(f"<b>{message_text(ROLE_LABELS[r])}</b>: {message_text(ROLE_DESCRIPTIONS[r])}"
                                   for r in Role))
        roles.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        if connected is not None:
            layout.addWidget(self._connected_box())
        layout.addWidget(QLabel(self.tr("What each role may do:")))
        layout.addWidget(roles)
        layout.addWidget(close)
        self.resize(720, 520)
        self._load()

    def _connected_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Connected now"))
        self.connected_table = QTableWidget(0, 4)
        self.connected_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("PC"), self.tr("Since"),
                                                        self.tr("Last seen")])
        self.connected_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.connected_table.verticalHeader().setVisible(False)
        self.connected_table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.load_connected)
        note = QLabel(self.tr("Everyone may work at the same time; when two people change the same record, "
                              "the second save is refused and shown what the first one changed."))
        note.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.connected_table)
        row = QHBoxLayout()
        row.addWidget(note, 1)
        row.addWidget(refresh)
        layout.addLayout(row)
        self.load_connected()
        return box

    def load_connected(self) -> None:
        people = self._connected() if self._connected else []
        self.connected_table.setRowCount(len(people))
        for row, person in enumerate(people):
            name = person.display_name or person.username
            if person.this_program:
                name = self.tr("{name} (this window)").format(name=name)
            values = [name, person.pc_name, _local_time(person.since), _local_time(person.last_seen)]
            for column, value in enumerate(values):
                self.connected_table.setItem(row, column, QTableWidgetItem(value))

    def _load(self) -> None:
        self._rows = self._service.users()
        self.table.setRowCount(len(self._rows))
        for row, user in enumerate(self._rows):
            state = self.tr("May log in") if user.active else self.tr("Switched off")
            if user.locked_until is not None:
                state = self.tr("Locked after wrong passwords")
            for column, text in enumerate((user.username, user.display_name, message_text(ROLE_LABELS[user.role]),
                                           state)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _add(self) -> None:
        dialog = UserDialog(self._service, None, self)
        if dialog.exec():
            self._load()

    def _edit(self) -> None:
        user = self._selected()
        if user is not None and UserDialog(self._service, user, self).exec():
            self._load()

    def _reset(self) -> None:
        user = self._selected()
        if user is None:
            return
        dialog = NewPasswordDialog(self.tr("New password for {user}").format(user=user.username), self)
        if dialog.exec():
            try:
                self._service.reset_password(user.id, dialog.password.text())
            except UserError as error:
                QMessageBox.warning(self, self.windowTitle(), user_error_text(error))
                return
            self._load()


def _local_time(moment) -> str:
    return moment.astimezone().strftime("%m-%d %H:%M")


class UserDialog(QDialog):
    """A new account (user name, name, role, first password) or changes to an existing one."""

    def __init__(self, service: AccountService, user: UserRow | None, parent=None):
        super().__init__(parent)
        self._service = service
        self._user = user
        self.setWindowTitle(self.tr("New account") if user is None else self.tr("Change account"))
        self.username = QLineEdit(user.username if user else "")
        self.username.setReadOnly(user is not None)
        self.display_name = QLineEdit(user.display_name if user else "")
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(message_text(ROLE_LABELS[role]), role)
        self.role.setCurrentIndex(self.role.findData(user.role if user else Role.READONLY))
        self.active = QCheckBox(self.tr("May log in"))
        self.active.setChecked(user.active if user else True)
        self.password = password_field()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Name"), self.display_name)
        form.addRow(self.tr("Role"), self.role)
        if user is None:
            form.addRow(self.tr("First password"), self.password)
        else:
            form.addRow("", self.active)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self._save)

    def _save(self) -> None:
        try:
            if self._user is None:
                self._service.create_user(self.username.text().strip(), self.display_name.text().strip(),
                                          self.role.currentData(), self.password.text())
            else:
                self._service.update_user(self._user.id, self.display_name.text().strip(),
                                          self.role.currentData(), self.active.isChecked(), self._user.version)
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()


class NewPasswordDialog(QDialog):
    """Asks for a new password twice (and the current one when `ask_current`)."""

    def __init__(self, title: str, parent=None, ask_current: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.current = password_field()
        self.password = password_field()
        self.again = password_field()
        form = QFormLayout()
        if ask_current:
            form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password (8 or more characters)"), self.password)
        form.addRow(self.tr("New password again"), self.again)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self._check)

    def _check(self) -> None:
        if self.password.text() != self.again.text():
            self.error.setText(self.tr("The two new passwords differ."))
            return
        self.accept()


def change_own_password(service: AccountService, parent=None) -> bool:
    dialog = NewPasswordDialog("", parent, ask_current=True)
    dialog.setWindowTitle(QCoreApplication.translate("NewPasswordDialog", "Change my password"))
    while dialog.exec():
        try:
            service.change_own_password(dialog.current.text(), dialog.password.text())
            return True
        except UserError as error:
            dialog.error.setText(user_error_text(error))
    return False


class ProfileDialog(QDialog):
    """The union's details, printed on paper (name, unit, credit code, address, chair)."""

    def __init__(self, service: AccountService, db, parent=None):
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Union details"))
        current = union_profile(db) or ProfileInput("", "")
        self.fields = {name: QLineEdit(getattr(current, name)) for name in ProfileInput.__dataclass_fields__}
        form = QFormLayout()
        form.addRow(self.tr("Union name"), self.fields["union_name"])
        form.addRow(self.tr("Unit (employer)"), self.fields["unit_name"])
        form.addRow(self.tr("Unified social credit code"), self.fields["credit_code"])
        form.addRow(self.tr("Address"), self.fields["address"])
        form.addRow(self.tr("Chair"), self.fields["chair"])
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self._save, QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.setMinimumWidth(480)

    def _save(self) -> None:
        try:
            self._service.update_profile(ProfileInput(**{k: f.text().strip() for k, f in self.fields.items()}))
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()
