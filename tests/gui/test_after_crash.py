"""After an abnormal end: the database is checked, and a damaged one can be replaced by the newest
backup (the present state is kept as a backup first)."""

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from desktop.store.backups import Reason, default_backup_folder, list_backups, make_backup
from desktop.store.database import open_database
from desktop.views.backups.after_crash import check_after_crash


def _answer(monkeypatch, button_text: str):
    def exec_(box):
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", exec_)


def _tamper(db):
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_records SET actor = 'mallory' WHERE id = 2"))


def test_a_sound_database_is_left_alone(qapp, db):
    assert check_after_crash(db) is False


def test_a_damaged_database_is_replaced_by_the_newest_backup_on_request(qapp, db, monkeypatch):
    good = make_backup(db, default_backup_folder(db.file_path), Reason.MANUAL)
    _tamper(db)
    _answer(monkeypatch, "Restore the backup")
    location = Path(db.location)
    assert check_after_crash(db) is True
    restored = open_database(str(location))
    try:
        with restored.engine.connect() as connection:
            assert connection.execute(text("SELECT actor FROM audit_records WHERE id = 2")).scalar() != "mallory"
    finally:
        restored.close()
    reasons = [b.reason for b in list_backups(default_backup_folder(location))]
    assert Reason.BEFORE_RESTORE in reasons and good.path.exists()  # the damaged state was kept too


def test_keeping_the_present_state_changes_nothing(qapp, db, monkeypatch):
    make_backup(db, default_backup_folder(db.file_path), Reason.MANUAL)
    _tamper(db)
    _answer(monkeypatch, "Keep the present state")
    assert check_after_crash(db) is False
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT actor FROM audit_records WHERE id = 2")).scalar() == "mallory"
