"""The trash: members deleted from the register, recoverable until someone restores them."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QPushButton, QTableView, QVBoxLayout

from desktop.domain.members.queries import MemberFilter, MemberQueries
from desktop.domain.members.service import MemberService
from desktop.models.member_table import ID_ROLE, MemberTableModel


class TrashDialog(QDialog):
    def __init__(self, queries: MemberQueries, service: MemberService, language: str, parent=None):
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Trash"))
        self.resize(900, 420)
        self.model = MemberTableModel(queries, language, self)
        self.model.set_filter(MemberFilter(in_trash=True))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.verticalHeader().setVisible(False)
        explanation = QLabel(self.tr("Members moved to the trash are kept until restored. "
                                     "Select members and press Restore to put them back in the register."))
        explanation.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.clicked.connect(self._restore)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    def _restore(self) -> None:
        ids = [i.data(ID_ROLE) for i in self.view.selectionModel().selectedRows()]
        if ids:
            self._service.restore(ids)
            self.model.refresh()
