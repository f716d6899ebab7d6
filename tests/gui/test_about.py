"""帮助 → 关于 says the version and where the data is: the database file, the data folder and the
folder the backups go to."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.store.paths import default_database_path
from desktop.views.main_window import MainWindow


def test_about_names_version_database_data_and_backup_folders(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    help_menu = window.menuBar().actions()[-1].menu()
    about = next(a for a in help_menu.actions() if a.text() == "About UnionDesk")
    shown = []

    def read_and_close():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        shown.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    about.trigger()
    text = shown[0]
    database = context.db.file_path
    assert f"UnionDesk {__version__}" in text
    assert f"Database file: {database}" in text
    assert f"Data folder: {default_database_path().parent}" in text
    assert f"Backup folder: {database.resolve().parent / 'backups'}" in text
