"""Who is using the program: first-run setup on a new database, else the log-in dialog.

$UNIONDESK_USER / $UNIONDESK_PASSWORD log in without a dialog (screenshots, benchmarks), exactly
as on the command line.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout,
)

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.inputs import ProfileInput
from desktop.domain.accounts.service import (
    LoginFailed, authenticate, is_demo, needs_setup, set_up_union, union_profile,
)
from desktop.messages import QT_TRANSLATE_NOOP, UserError
from desktop.models.texts import message_text
from desktop.views.widgets.forms import error_label, user_error_text

if TYPE_CHECKING:  # the open database is handed through to the domain, never used here
    from desktop.store.database import Database


SUGGESTED_ADMIN_NAME = "admin"  # a user name, not a text to translate
LOAD_WHILE_TYPING_MS = 200  # the log-in dialog is drawn first, then the window's code loads


def sign_in(db: Database, parent=None, interactive: bool = True,
            meanwhile: Callable[[], None] | None = None) -> Actor | None:
    """The acting user, or None when the person gave up (closed the dialog).

    Not interactive (a screenshot or benchmark run): only the environment variables are tried, and
    a failure raises UserError instead of waiting for a dialog nobody can see.

    `meanwhile` (the start loads the main window's code with it) runs while the password given in
    the environment is checked, or once the log-in dialog shows, while the person types."""
    username, password = os.environ.get("UNIONDESK_USER"), os.environ.get("UNIONDESK_PASSWORD")
    if not interactive:
        if needs_setup(db):
            raise UserError(QT_TRANSLATE_NOOP("SignIn", "This database has no account yet: start UnionDesk "
                                                        "normally once to set it up."))
        return authenticate(db, username or "", password or "", meanwhile=meanwhile)
    if needs_setup(db):
        dialog = SetupDialog(db, parent)
        return dialog.actor if dialog.exec() else None
    if username and password:
        try:
            return authenticate(db, username, password, meanwhile=meanwhile)
        except LoginFailed:
            pass  # fall through to the dialog, which says what is wrong
    dialog = LoginDialog(db, parent, username=username or "")
    if meanwhile is not None:  # once the dialog has been drawn; nobody types a password faster
        QTimer.singleShot(LOAD_WHILE_TYPING_MS, meanwhile)
    return dialog.actor if dialog.exec() else None


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    return field


class LoginDialog(QDialog):
    def __init__(self, db: Database, parent=None, username: str = "", locked_user: Actor | None = None):
        super().__init__(parent)
        self._db = db
        self.actor: Actor | None = None
        self._locked_user = locked_user
        profile = union_profile(db)
        self.setWindowTitle(self.tr("UnionDesk — log in") if locked_user is None else self.tr("Locked"))
        title = QLabel(profile.union_name if profile else self.tr("UnionDesk"))
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.username = QLineEdit(locked_user.username if locked_user else username)
        self.username.setReadOnly(locked_user is not None)
        self.password = password_field()
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Log in") if locked_user is None else self.tr("Unlock"))
        if locked_user is not None:
            buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Quit UnionDesk"))
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        if locked_user is not None:
            layout.addWidget(QLabel(self.tr("The window was locked after a time without use. Enter your "
                                            "password to continue.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        if locked_user is None and is_demo(db):
            hint = QLabel(self.tr("Demo database. Accounts: admin / demo-admin (chair), officer / "
                                  "demo-officer, finance / demo-finance, aid / demo-aid, teller / "
                                  "demo-teller, viewer / demo-viewer."))
            hint.setWordWrap(True)
            hint.setStyleSheet("background: #fff4ce; padding: 6px;")
            layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        (self.password if self.username.text() else self.username).setFocus()

    def _try(self) -> None:
        try:
            actor = authenticate(self._db, self.username.text().strip(), self.password.text())
        except UserError as error:
            self.error.setText(message_text(error.message))
            self.password.clear()
            self.password.setFocus()
            return
        if self._locked_user is not None and actor.username != self._locked_user.username:
            return
        self.actor = actor
        self.accept()


class SetupDialog(QDialog):
    """First start on a new database: the union's profile and the first administrator."""

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self._db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Set up UnionDesk"))
        intro = QLabel(self.tr("Welcome. Enter your union's details and create the administrator "
                               "account (the chair's). You can change the details later in File → "
                               "Union details."))
        intro.setWordWrap(True)
        self.fields = {name: QLineEdit() for name in (
            "union_name", "unit_name", "credit_code", "address", "chair", "username", "display_name")}
        self.password = password_field()
        self.password_again = password_field()
        self.fields["union_name"].setPlaceholderText(self.tr("e.g. 某某有限公司工会委员会"))
        self.fields["credit_code"].setPlaceholderText(self.tr("18 characters, optional"))
        self.fields["username"].setText(SUGGESTED_ADMIN_NAME)
        union = QGroupBox(self.tr("The union"))
        form = QFormLayout(union)
        form.addRow(self.tr("Union name *"), self.fields["union_name"])
        form.addRow(self.tr("Unit (employer) *"), self.fields["unit_name"])
        form.addRow(self.tr("Unified social credit code"), self.fields["credit_code"])
        form.addRow(self.tr("Address"), self.fields["address"])
        form.addRow(self.tr("Chair"), self.fields["chair"])
        account = QGroupBox(self.tr("Administrator account"))
        form2 = QFormLayout(account)
        form2.addRow(self.tr("User name *"), self.fields["username"])
        form2.addRow(self.tr("Your name"), self.fields["display_name"])
        form2.addRow(self.tr("Password * (8 or more characters)"), self.password)
        form2.addRow(self.tr("Password again *"), self.password_again)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, union, account, self.error, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(520)

    def _create(self) -> None:
        if self.password.text() != self.password_again.text():
            self.error.setText(self.tr("The two passwords differ."))
            return
        f = {name: field.text().strip() for name, field in self.fields.items()}
        profile = ProfileInput(f["union_name"], f["unit_name"], f["credit_code"], f["address"], f["chair"])
        try:
            self.actor = set_up_union(self._db, profile, f["username"], f["display_name"], self.password.text())
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()
