"""文件 → 数据库…: use the union's database on the unit's PostgreSQL server, or the file on this PC.

The choice is kept in the PC's settings and takes effect at the next start (the window, its
panes and the sign-in all belong to one database). The password is not kept: see
desktop/domain/server/connection.py for why, and where it comes from instead.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox, QVBoxLayout,
)

from desktop.domain.server.connection import DEFAULT_PORT, SERVER_KEY, ServerAddress, check_server
from desktop.models.texts import message_text


class DatabaseDialog(QDialog):
    def __init__(self, settings: QSettings, parent=None):
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Database"))
        self.setMinimumWidth(440)  # the server's answers are long sentences
        saved = ServerAddress.from_url(str(settings.value(SERVER_KEY, "") or ""))
        self.host = QLineEdit(saved.host if saved else "")
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(saved.port if saved else DEFAULT_PORT)
        self.database = QLineEdit(saved.database if saved else "union")
        self.user = QLineEdit(saved.user if saved else "uniondesk")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setPlaceholderText(self.tr("not kept: asked at each start"))
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        intro = QLabel(self.tr("Several PCs share one union database on the unit's PostgreSQL server. "
                               "The unit's IT person gives you these details (README: Shared on a server)."))
        intro.setWordWrap(True)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.use_server = QPushButton(self.tr("Use this server"))
        self.use_file = QPushButton(self.tr("Use the file on this PC"))
        self.buttons.addButton(self.test_button, QDialogButtonBox.ActionRole)
        self.buttons.addButton(self.use_server, QDialogButtonBox.AcceptRole)
        if saved:
            self.buttons.addButton(self.use_file, QDialogButtonBox.ResetRole)
        self.test_button.clicked.connect(self.test_connection)
        self.use_server.clicked.connect(self._save_server)
        self.use_file.clicked.connect(self._forget_server)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.answer)
        layout.addWidget(self.buttons)

    def address(self) -> ServerAddress:
        return ServerAddress(self.host.text().strip(), self.database.text().strip(), self.user.text().strip(),
                             self.port.value())

    def test_connection(self) -> bool:
        address = self.address()
        if not (address.host and address.database and address.user):
            self.answer.setText(self.tr("Fill in the server, the database and the user."))
            return False
        answer = check_server(address.url(self.password.text()))
        self.answer.setText(self.tr("Connected: the server lets this PC in.") if answer.problem is None
                            else message_text(answer.problem))
        return answer.problem is None

    def _save_server(self) -> None:
        if not self.test_connection():
            return
        self._settings.setValue(SERVER_KEY, self.address().url())  # never the password
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "UnionDesk opens the union's database on {server} the next time it starts, and asks for "
            "the server's password then.").format(server=self.address().host))
        self.accept()

    def _forget_server(self) -> None:
        self._settings.remove(SERVER_KEY)
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "UnionDesk opens the database file on this PC the next time it starts."))
        self.accept()
