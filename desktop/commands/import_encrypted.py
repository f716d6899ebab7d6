"""`uniondesk [--db NEW] import-encrypted FILE`: create the database from a password-protected
export (term hand-over, new PC). Never overwrites an existing database: the union's data on this
PC cannot be replaced by accident. Needs no account (there is no database yet); the accounts come
with the file.
"""

from __future__ import annotations

import argparse

from desktop.commands import CommandContext
from desktop.commands.export_encrypted import ask_password
from desktop.messages import QT_TRANSLATE_NOOP

NAME = "import-encrypted"
HELP = "create the database from a password-protected export file (never overwrites)"
NEEDS_ACCOUNT = False


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the file written by export-encrypted")


def record_import(db, source: str, members: int | None) -> None:
    """The imported database's trail says where it came from (no account yet: the program's name)."""
    from pathlib import Path

    from desktop.domain.accounts.actor import SYSTEM
    from desktop.domain.audit import recorder

    with db.transaction() as session:
        recorder.record(session, SYSTEM, "import_encrypted", "database", None, {
            "file": [None, str(Path(source).expanduser().resolve())], "members": [None, members]})


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.store.encrypted_export import import_encrypted
    from desktop.store.errors import StoreError
    from desktop.store.paths import is_url

    if is_url(context.location):
        raise StoreError(QT_TRANSLATE_NOOP(
            "Cli", "Import into a database file: give its path with --db (a server database is loaded "
            "with the server's tools)."))
    password = ask_password(context, QT_TRANSLATE_NOOP("Cli", "Password of the file:"), twice=False)
    context.lock()  # the window's single-writer lock: nothing may have the target open meanwhile
    info = import_encrypted(args.file, password, context.location)
    db = context.open(create=False)  # brings a file from an older release up to date, and checks it opens
    record_import(db, args.file, info.members)
    context.say(QT_TRANSLATE_NOOP("Cli", "Imported {count} members into {path}")
                .format(count=info.members, path=str(info.path)))
    context.say(QT_TRANSLATE_NOOP("Cli", "Start UnionDesk on it with: uniondesk --db {path}  (sign in with the "
                                  "accounts of the union that exported it)").format(path=str(info.path)))
    return 0
