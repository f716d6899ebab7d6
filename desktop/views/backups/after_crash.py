"""What the program does when its last run did not end normally (power cut, killed): check the
database, and when something is wrong, offer to bring back the newest backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.domain.accounts.actor import SYSTEM
from desktop.domain.operations.service import after_crash_report, newest_backup, restore_and_record
from desktop.models.texts import message_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("AfterCrash", text)


def check_after_crash(db, interactive: bool = True) -> bool:
    """True when the database was replaced by a backup (the caller must open it again). Before
    anyone has signed in: the restore is the program's (recorded as such in the restored database)."""
    report = after_crash_report(db)
    if report.ok or db.file_path is None:
        return False
    details = "\n".join(message_text(line) for line in report.lines())
    newest = newest_backup(db)
    if not interactive or newest is None:
        QMessageBox.warning(None, _tr("UnionDesk"), _tr(
            "UnionDesk did not close normally last time, and the check of the database found problems. "
            "No backup is available to restore; keep working with care and make a backup now.")
            + "\n\n" + details)
        return False
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
    restore_and_record(location, newest.path, SYSTEM)
    return True
