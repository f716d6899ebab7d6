"""Starting the GUI: the Qt application, its language, the database, the main window.

`uniondesk --screenshot PNG` opens the window, waits until the pane shows its rows, saves a
picture of the window and exits (for the README and for checking the UI without a screen).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from typing import TYPE_CHECKING

# The Qt-free layers are imported before PySide6 on purpose: once PySide6 is loaded, its import hook
# reads the source of every module imported after it (shibokensupport's feature check calls
# inspect.getsource), which cost ~0.07 s of the start for SQLAlchemy and the sign-in's domain.
import desktop.domain.accounts.service  # noqa: F401 - loaded here for the reason above; sign_in uses it
from desktop.domain.errors import UserError
from desktop.domain.server.connection import SERVER_KEY, with_password
from desktop.i18n import system_language
from desktop.i18n.catalog import render
from desktop.resources import resource_path, use_office_screen_when_offscreen
from desktop.store.database import open_database
from desktop.store.instance_lock import InstanceLock
from desktop.store.errors import PasswordRefused
from desktop.store.paths import DB_ENV_VAR, is_url, resolve_database

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from desktop.models.texts import message_text
from desktop.views.accounts.sign_in import sign_in
from desktop.views.widgets.background import wait_for_background_work
from desktop.views.context import AppContext
from desktop.views.settings_dialog import LANGUAGE_KEY
from desktop.views.widgets.screen_fit import install_screen_fit

if TYPE_CHECKING:  # imported while the password is checked: load_window_code
    from desktop.views.main_window import MainWindow

EXIT_USER_ERROR = 2
READY_ENV_VAR = "UNIONDESK_EXIT_WHEN_READY"  # benchmarks: report start-up time and quit
SCREENSHOT_DELAY_MS = 400


def choose_language(requested: str | None, settings: QSettings) -> str:
    """--lang, else the language chosen in settings, else the system's."""
    if requested:
        return requested
    chosen = str(settings.value(LANGUAGE_KEY, "system"))
    return chosen if chosen in ("zh_CN", "en") else system_language()


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Our catalogue and Qt's own (so standard buttons say 确定/取消). Kept alive by the caller."""
    translators = []
    if language != "zh_CN":
        return translators
    QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China))
    ours = resource_path("translations", "uniondesk_zh_CN.qm")
    if not ours.exists():
        _build_catalogues()
    candidates = [(str(ours.parent), "uniondesk_zh_CN"),
                  (QLibraryInfo.path(QLibraryInfo.TranslationsPath), "qtbase_zh_CN")]
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            print(f"UnionDesk: translation {name} not found in {folder}", file=sys.stderr)
    return translators


def _build_catalogues() -> None:
    """A checkout run without the setup script has no compiled catalogue yet: build it now."""
    try:
        from desktop.i18n.build import compile_catalogues

        compile_catalogues()
    except (OSError, SystemExit, Exception) as error:  # still start, in English text
        print(f"UnionDesk: could not compile translations: {error}", file=sys.stderr)


def load_bundled_fonts() -> None:
    """Fonts shipped in resources/fonts, so Chinese shows on a PC without CJK fonts."""
    folder = resource_path("fonts")
    if folder.is_dir():
        # The two screen faces only: the 仿宋 and 楷体 stand-ins are for paper, and once added Qt
        # could pick them for Chinese text in the window.
        for font in sorted(folder.glob("UnionDesk*SC-Regular.ttf")):
            QFontDatabase.addApplicationFont(str(font))


def program_icon() -> QIcon:
    """The UnionDesk icon (installers/draw_icon.py) in every size drawn, for title bars and task bars."""
    icon = QIcon()
    for png in sorted(resource_path("icons").glob("uniondesk-*.png")):
        icon.addFile(str(png))
    return icon


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("UnionDesk")
    app.setApplicationName("UnionDesk")
    app.setApplicationDisplayName("UnionDesk")
    install_screen_fit(app)
    app.setWindowIcon(program_icon())
    return app


def run_gui(args: argparse.Namespace) -> int:
    if args.screenshot:
        use_office_screen_when_offscreen()
    app = create_application()
    settings = QSettings()
    language = choose_language(args.lang, settings)
    translators = install_translations(app, language)  # noqa: F841 - must outlive the window
    load_bundled_fonts()
    # A screenshot or benchmark run looks and leaves: no dialogs, no backups.
    interactive = not (args.screenshot or os.environ.get(READY_ENV_VAR))
    location = _database_location(args, settings)
    lock = None if is_url(location) else InstanceLock(location)
    try:
        crashed = lock.acquire() if lock else False
        db = _open_asking_password(location, interactive) if is_url(location) else open_database(location)
        if db is None:  # the person closed the password question
            return 0
        if crashed and interactive:
            from desktop.views.backups.after_crash import check_after_crash  # rarely needed

            if check_after_crash(db):
                db = open_database(location)  # the newest backup was restored into the file
        if lock:
            lock.acknowledge_crash()
        actor = sign_in(db, interactive=interactive, meanwhile=lambda: load_window_code(args.pane))
    except UserError as error:
        return _fail(render(error.message, language), interactive, lock)
    if actor is None:  # the person closed the log-in dialog
        db.close()
        lock and lock.release(clean=True)
        return 0
    context = AppContext(db, actor, language, settings, presence=_join_board(db, actor) if lock is None else None)
    window = load_window_code(args.pane)(context, first_pane=args.pane)
    if context.presence:
        from desktop.views.accounts.presence import PresenceTimer

        PresenceTimer(context.presence, window)
    window.show()
    resume_collections()
    scheduler = _backup_scheduler(context, window) if interactive else None
    if scheduler:
        scheduler.finished.connect(lambda run: _show_backup_problems(window, run))
    if args.screenshot:
        QTimer.singleShot(SCREENSHOT_DELAY_MS, lambda: _save_screenshot(window, args.screenshot))
    if not interactive and os.environ.get(READY_ENV_VAR):
        QTimer.singleShot(0, lambda: _report_ready(window))
    code = app.exec()
    if scheduler:
        scheduler.wait()
        from desktop.views.backups.schedule import backup_on_exit

        _show_backup_problems(None, backup_on_exit(context))
    wait_for_background_work()  # a pane's last read must not outlive the database
    if context.presence:
        context.presence.end()
    db.close()
    if lock:
        lock.release(clean=True)
    return code


def resume_collections() -> None:
    """Garbage collection again, once the window shows (cli.main paused it for the start), on the
    GUI thread only (views/widgets/gui_collector.py). What exists now lives as long as the program,
    so it is left out of every later search for garbage cycles (gc.freeze): full collections while
    the program runs, and at its exit (0.15 s of CPU), no longer walk the ~140 000 objects of the
    start (of which ~600 are garbage then: kept)."""
    gc.freeze()
    from desktop.views.widgets.gui_collector import collect_on_gui_thread

    collect_on_gui_thread()   # on the GUI thread only: see that module


def load_window_code(first_pane: str | None) -> type[MainWindow]:
    """The main window's class, with the code of the pane it opens on imported (0.1 s of the start).
    Done while the password is checked (sign_in's `meanwhile`), which leaves a core idle."""
    from desktop.views.main_window import MainWindow
    from desktop.views.panes import PANES

    wanted = first_pane or "home"  # the window's own rule: --pane, else the home pane
    for entry in PANES:
        if entry.key == wanted:
            entry.load()
    return MainWindow


def _backup_scheduler(context: AppContext, window: MainWindow):
    """The daily and on-exit backups of an interactive run. Imported here: the backup operations
    (encrypted export, backup listing) are not needed by a run that only looks (0.04 s of import)."""
    from desktop.views.backups.schedule import BackupScheduler

    return BackupScheduler(context, window)


def _join_board(db, actor):
    """On a shared server the file lock gives way to the board of who is connected (nobody is
    refused for being second: the server keeps the writers apart)."""
    from desktop.domain.accounts.sessions import SessionBoard

    board = SessionBoard(db, actor)
    board.start()
    return board


def _database_location(args: argparse.Namespace, settings: QSettings) -> str:
    """--db, else UNIONDESK_DB, else the server chosen under File → Database… (its URL without the
    password), else the file in the user's data folder."""
    given = getattr(args, "db", None) or os.environ.get(DB_ENV_VAR)
    return resolve_database(given) if given else (str(settings.value(SERVER_KEY, "") or "") or resolve_database(None))


def _open_asking_password(url: str, interactive: bool):
    """Open a server database; when the server wants a password that neither the URL nor the PC's
    password file gives, ask for it (kept in memory only) until it is accepted or the person gives up."""
    password = ""
    while True:
        try:
            return open_database(with_password(url, password) if password else url)
        except PasswordRefused as refused:
            if not interactive:
                raise
            password, ok = QInputDialog.getText(
                None, "UnionDesk", message_text(refused.message) + "\n\n" + QCoreApplication.translate(
                    "Startup", "Password of the database server:"), QLineEdit.Password)
            if not ok:
                return None


def _fail(text: str, interactive: bool, lock: InstanceLock | None) -> int:
    """A problem the user must act on before the program can start: say it, and stop."""
    print(text, file=sys.stderr)
    if interactive:
        QMessageBox.critical(None, "UnionDesk", text)
    if lock:
        lock.release(clean=True)
    return EXIT_USER_ERROR


def _show_backup_problems(parent, run) -> None:
    """A backup that could not be written (a missing USB stick …) is said, not hidden."""
    if run is not None and run.problems:
        text = "\n".join(message_text(problem) for problem in run.problems)
        print(text, file=sys.stderr)
        if parent is not None:
            QMessageBox.warning(parent, "UnionDesk", text)


def _report_ready(window: MainWindow) -> None:
    """For bench/run.py: say when the first pane shows rows (wall clock) and the memory, then quit."""
    QApplication.processEvents()
    rows = window.stack.currentWidget().model.rowCount()
    try:
        import resource  # Unix only; the benchmark runs on Linux

        rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    except ImportError:
        rss_mib = float("nan")
    print(f"UNIONDESK_READY {time.time():.6f} rows={rows} rss_mib={rss_mib:.1f}", flush=True)
    window.close()
    QApplication.exit(0)


def _save_screenshot(window: MainWindow, path: str) -> None:
    pane = window.stack.currentWidget()
    lane = getattr(pane, "lane", None)
    if lane is not None and lane.busy:  # the pane reads its figures in the background: come back when shown
        # Rows arriving re-lay the pane out (reminders, column widths) over a few event-loop turns.
        lane.settled.connect(lambda: QTimer.singleShot(300, lambda: _save_screenshot(window, path)),
                             Qt.ConnectionType.SingleShotConnection)
        return
    QApplication.processEvents()
    ok = window.grab().save(path)
    print(path if ok else f"could not write {path}", file=sys.stdout if ok else sys.stderr)
    window.close()
    QApplication.exit(0 if ok else 1)
