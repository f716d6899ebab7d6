"""What the program does when its last run did not end normally (power cut, killed): check the
database, and when something is wrong, offer to bring back the newest backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.models.texts import message_text
from desktop.store.backups import default_backup_folder, list_backups, restore_backup
from desktop.store.database import Database
from desktop.store.integrity import verify_database


def _tr(text: str) -> str:
    return QCoreApplication.translate("AfterCrash", text)


def check_after_crash(db: Database, interactive: bool = True) -> bool:
    """True when the database was replaced by a backup (the caller must open it again)."""
    report = verify_database(db)
    if report.ok or db.file_path is None:
        return False
    details = "\n".join(message_text(line) for line in report.lines())
    backups = list_backups(default_backup_folder(db.file_path), database=db.file_path.stem)
    if not interactive or not backups:
        QMessageBox.warning(None, _tr("UnionDesk"), _tr(
            "UnionDesk did not close normally last time, and the check of the database found problems. "
            "No backup is available to restore; keep working with care and make a backup now.")
            + "\n\n" + details)
        return False
    newest = backups[0]
    box = QMessageBox(QMessageBox.Warning, _tr("UnionDesk"), _tr(
        "UnionDesk did not close normally last time, and the check of the database found problems.\n\n"
        "Restore the newest backup ({when}, {members} members)? The present state is kept as a backup "
        "first, so nothing is lost either way.").format(when=newest.created.strftime("%Y-%m-%d %H:%M"),
                                                        members=newest.members))
    box.setDetailedText(details)
    restore = box.addButton(_tr("Restore the backup"), QMessageBox.AcceptRole)
    box.addButton(_tr("Keep the present state"), QMessageBox.RejectRole)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    location = Path(db.location)
    db.close()
    restore_backup(location, newest.path, default_backup_folder(location))
    return True
