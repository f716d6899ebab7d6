"""The backups pane (备份): the backups kept beside the database, "Back up now", restoring one (after
showing what it holds and backing up the present state), a second folder such as a USB stick, and
how long automatic backups are kept.

Listed for roles with Permission.BACKUP_MANAGE (the chair). Every action goes through
desktop.domain.operations, which checks the permission again and writes the audit record; this pane
asks, shows progress and reports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMessageBox, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.domain.accounts.permissions import ROLE_LABELS, Permission, Role
from desktop.domain.operations.listing import (
    BackupInfo, BackupPreview, BackupRun, Cancelled, RestoreResult, backups_of, size_text,
)
from desktop.domain.operations.service import OperationsService, this_pc
from desktop.messages import UserError
from desktop.models.texts import message_text
from desktop.views.backups.settings import (
    KEEP_DAILY_KEY, KEEP_MONTHLY_KEY, KEEP_WEEKLY_KEY, SECOND_FOLDER_KEY, folders_for, retention_policy,
    second_folder,
)
from desktop.views.context import AppContext
from desktop.views.widgets.progress import run_with_progress
from desktop.views.widgets.empty_state import show_when_empty

PATH_ROLE = Qt.UserRole


class BackupPane(QWidget):
    key = "backups"
    permission = Permission.BACKUP_MANAGE  # the shell lists the pane only for roles that have it

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self._operations = OperationsService(context.db, context.actor)
        self._db_file = context.db.file_path
        self.folder = backups_of(context.db).folder
        self.backups: list[BackupInfo] = []
        self._build()
        self.refresh()

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("BackupPane", "Backups")

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from a file…"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.open_folder_button = QPushButton(self.tr("Open the folder"))
        self.open_folder_button.clicked.connect(self._open_folder)
        self.station_button = QPushButton(self.tr("Make this PC the backup station"))
        self.station_button.clicked.connect(self.make_this_pc_the_station)
        self.station_button.setVisible(self._db_file is None)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.restore_file_button, self.station_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_folder_button)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Members"), self.tr("Size"),
                                              self.tr("File")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _: self.restore_selected())
        # Said inside the empty table, where the backups will be listed (below it, it looked broken).
        self.empty_label = show_when_empty(self.table, self.tr(
            "No backups yet. UnionDesk makes one every time it closes and once a day; "
            "\u201cBack up now\u201d makes one straight away."))

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.intro)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._settings_box())
        self._update_buttons()

    def _settings_box(self) -> QGroupBox:
        settings = self._context.settings
        box = QGroupBox(self.tr("Where backups go, and how long they are kept"))
        self.second_folder_edit = QLineEdit()
        self.second_folder_edit.setReadOnly(True)
        self.second_folder_edit.setPlaceholderText(self.tr("none: backups stay on this PC only"))
        folder = second_folder(settings)
        self.second_folder_edit.setText(str(folder) if folder else "")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_second_folder)
        self.clear_folder_button = QPushButton(self.tr("Clear"))
        self.clear_folder_button.clicked.connect(lambda: self.set_second_folder(None))
        row = QHBoxLayout()
        row.addWidget(self.second_folder_edit, 1)
        row.addWidget(choose)
        row.addWidget(self.clear_folder_button)

        policy = retention_policy(settings)
        self.keep_daily = self._spin(policy.keep_daily, 0, 90, self.tr(" days"), KEEP_DAILY_KEY)
        self.keep_weekly = self._spin(policy.keep_weekly, 0, 52, self.tr(" weeks"), KEEP_WEEKLY_KEY)
        self.keep_monthly = self._spin(policy.keep_monthly, 0, 120, self.tr(" months"), KEEP_MONTHLY_KEY)
        keep = QHBoxLayout()
        for label, spin in ((self.tr("one a day for the last"), self.keep_daily),
                            (self.tr("one a week for the last"), self.keep_weekly),
                            (self.tr("one a month for the last"), self.keep_monthly)):
            keep.addWidget(QLabel(label))
            keep.addWidget(spin)
            keep.addSpacing(12)
        keep.addStretch(1)

        form = QFormLayout(box)
        if self._db_file is not None:  # a server database's backups are dumps on this PC, not copied twice
            form.addRow(self.tr("Second folder (USB stick):"), row)
        form.addRow(self.tr("Automatic backups kept:"), keep)
        form.addRow(self.tr("Others who may back up by hand:"), self._backup_roles_row())
        hint = QLabel(self.tr(
            "Backups made with \u201cBack up now\u201d and the copies made before a restore are never "
            "deleted automatically. Keep the USB stick somewhere other than the PC."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        form.addRow(hint)
        return box

    def _backup_roles_row(self) -> QHBoxLayout:
        """The chair may let some roles make backups too (never restore); the union's setting, so it
        holds for the command line as well. Each change is recorded."""
        granted = self._operations.backup_roles()
        self.backup_role_boxes: dict[Role, QCheckBox] = {}
        row = QHBoxLayout()
        for role in (Role.OFFICER, Role.FINANCE, Role.AID):
            box = QCheckBox(message_text(ROLE_LABELS[role]))
            box.setChecked(role in granted)
            box.setEnabled(self._operations.may_restore())
            box.setToolTip(self.tr("A backup is a full copy, with every ID number and the aid data: "
                                   "allow it only to people you would give the database file to."))
            box.toggled.connect(self._save_backup_roles)
            self.backup_role_boxes[role] = box
            row.addWidget(box)
        row.addStretch(1)
        return row

    def _save_backup_roles(self) -> None:
        roles = [role for role, box in self.backup_role_boxes.items() if box.isChecked()]
        try:
            self._operations.set_backup_roles(roles)
        except UserError as error:
            self._show_status([message_text(error.message)], warning=True)

    def _spin(self, value: int, low: int, high: int, suffix: str, key: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setValue(value)
        spin.valueChanged.connect(lambda number: self._context.settings.setValue(key, number))
        return spin

    # -- showing --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the backups folder again and show it, newest first."""
        if self._db_file is None:
            self.intro.setText(self._server_intro())
            self.backups = list(backups_of(self._context.db).backups)
        else:
            self.intro.setText(self.tr(
                "Backups are kept in {folder}. UnionDesk backs up by itself when it closes, once a day, before "
                "an import, a bulk change, a program update or a restore; each backup is checked after it is "
                "written.")
                .format(folder=str(self.folder)))
            self.backups = list(backups_of(self._context.db).backups)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            members = "—" if info.members is None else f"{info.members:,}"
            cells = (info.created.strftime("%Y-%m-%d %H:%M"), message_text(info.label), members,
                     size_text(info.size), info.path.name)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(info.path))
                item.setToolTip(str(info.path))
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.setVisible(True)  # a server database's backups on this PC are listed too
        self.empty_label.setVisible(not self.backups and self._db_file is not None)
        self._update_buttons()

    def _server_intro(self) -> str:
        """Where this PC keeps the server database's backups, and whether it makes the daily one."""
        station, here = self._operations.backup_station(), this_pc()
        if not station:
            daily = self.tr("No PC is the backup station yet, so no daily backup is made: the chair "
                            "chooses one PC (\u201cMake this PC the backup station\u201d).")
        elif station == here:
            daily = self.tr("This PC ({pc}) is the backup station: it makes the daily backup while UnionDesk "
                            "is open.").format(pc=here)
        else:
            daily = self.tr("The daily backup is made by the backup station {station}; this PC ({pc}) skips "
                            "it, so that the PCs sharing the server do not each make one.").format(
                                station=station, pc=here)
        return self.tr(
            "This database is on a server. \u201cBack up now\u201d saves a checked copy (pg_dump, or an "
            "export of every table where pg_dump is not installed) in {folder} on this PC. {daily} A server "
            "backup is restored into an empty database: uniondesk --db URL restore FILE.").format(
                folder=str(self.folder), daily=daily)

    def make_this_pc_the_station(self) -> None:
        try:
            self._operations.set_backup_station()
        except UserError as error:
            self._show_status([message_text(error.message)], warning=True)
            return
        self.refresh()

    def _update_buttons(self) -> None:
        on_file = self._db_file is not None
        may_restore = on_file and self._operations.may_restore()
        self.backup_button.setEnabled(self._operations.may_back_up())
        self.station_button.setEnabled(not on_file and self._operations.may_restore()
                                       and not self._operations.is_backup_station())
        self.open_folder_button.setEnabled(True)
        self.restore_file_button.setEnabled(may_restore)
        self.restore_button.setEnabled(may_restore and self.selected_backup() is not None)
        self.clear_folder_button.setEnabled(bool(self.second_folder_edit.text()))

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.backups[rows[0].row()] if rows and rows[0].row() < len(self.backups) else None

    def _show_status(self, lines: list[str], warning: bool = False) -> None:
        self.status.setText("\n".join(lines))
        self.status.setStyleSheet("background: #fff4ce; color: #5c4400; padding: 6px;" if warning else
                                  "background: #e6f4ea; color: #1e4620; padding: 6px;")
        self.status.setVisible(bool(lines))

    # -- backing up -----------------------------------------------------------------------------

    def back_up_now(self) -> BackupRun | None:
        """A backup by hand into every folder (never rotated away); the result in the status line."""
        folders = folders_for(self._context.db, self._context.settings)

        def job(progress, cancelled) -> BackupRun:
            return self._operations.back_up(
                folders, progress=lambda done, total: (progress(done, total), not cancelled())[1])

        try:
            run = run_with_progress(self, self.tr("Backing up…"), job)
        except Cancelled as stopped:
            self._show_status([message_text(stopped.message)], warning=True)
            return None
        except UserError as error:
            self._show_status([message_text(error.message)], warning=True)
            return None
        lines = [self.tr("Backed up {count} members to {path}").format(
            count=info.members, path=str(info.path)) for info in run.made]
        lines += [message_text(problem) for problem in run.problems]
        self._show_status(lines, warning=bool(run.problems) or not run.made)
        self.refresh()
        return run

    # -- restoring ------------------------------------------------------------------------------

    def restore_selected(self) -> RestoreResult | None:
        info = self.selected_backup()
        return self.restore(info.path) if info is not None else None

    def restore_from_file(self) -> RestoreResult | None:
        path = self._choose_backup_file()
        return self.restore(Path(path)) if path else None

    def restore(self, path: Path) -> RestoreResult | None:
        """Check the backup, show what it holds next to what is there now, ask, back up the present
        state, restore, and close the program (everything open shows the old data)."""
        try:
            incoming = run_with_progress(self, self.tr("Checking the backup…"),
                                         lambda *_: self._operations.check_backup(path))
            present = self._operations.present()
        except UserError as error:
            self.warn(self.tr("Cannot restore"), message_text(error.message))
            return None
        if not self.confirm_restore(incoming, present):
            return None
        def job(progress, cancelled) -> RestoreResult:
            return self._operations.restore(
                path, progress=lambda done, total: (progress(done, total), not cancelled())[1])

        try:
            result = run_with_progress(self, self.tr("Restoring…"), job)
        except UserError as error:  # includes Cancelled while the present state was being saved
            self.warn(self.tr("Cannot restore"), message_text(error.message))
            self.refresh()
            return None
        self.refresh()
        self.inform(self.tr("Backup restored"), self._restored_text(result))
        self.window().close()  # the program starts again on the restored data
        return result

    def confirm_restore(self, incoming: BackupPreview, present: BackupPreview) -> bool:
        """Ask, with what the backup holds and what is there now (a method so tests can answer)."""
        box = QMessageBox(QMessageBox.Warning, self.tr("Restore this backup?"), self.tr(
            "The database will be replaced by this backup. Anything entered after the backup was made "
            "disappears from the register, but it is not lost: UnionDesk first backs up the present "
            "state, and that backup can be restored in turn."), QMessageBox.NoButton, self)
        details = [message_text(line) for line in incoming.lines()]
        details.append(self.tr("Now the database holds {count} members (and {trash} in the trash).").format(
            count=present.members, trash=present.members_in_trash))
        details.append(self.tr("After the restore UnionDesk closes; start it again to go on working."))
        box.setInformativeText("\n".join(details))
        restore = box.addButton(self.tr("Back up the present state and restore"), QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(QMessageBox.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def _restored_text(self, result: RestoreResult) -> str:
        lines = [self.tr("The backup was restored: the database holds {count} members.").format(count=result.members)]
        if result.safety_copy is not None:
            lines.append(self.tr("The state before the restore is kept as {path}.").format(
                path=str(result.safety_copy.path)))
        lines.append(self.tr("UnionDesk closes now. Start it again to work with the restored data."))
        return "\n\n".join(lines)

    # -- settings -------------------------------------------------------------------------------

    def choose_second_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Second folder for backups (e.g. a USB stick)"),
                                                  self.second_folder_edit.text() or str(Path.home()))
        if folder:
            self.set_second_folder(Path(folder))

    def set_second_folder(self, folder: Path | None) -> None:
        self._context.settings.setValue(SECOND_FOLDER_KEY, str(folder) if folder else "")
        self.second_folder_edit.setText(str(folder) if folder else "")
        self._update_buttons()

    def save_layout(self) -> None:
        """Settings are saved as they change; nothing else to remember."""
        self._context.settings.sync()

    # -- dialogs (methods, so tests can stand in for the person) ----------------------------------

    def _choose_backup_file(self) -> str:
        start = str(self.folder) if self.folder and self.folder.is_dir() else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a backup file"), start,
                                              self.tr("UnionDesk databases (*.sqlite3 *.db);;All files (*)"))
        return path

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _open_folder(self) -> None:
        if self.folder is not None:  # a server database's folder on this PC is made on first use
            self.folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

