"""`uniondesk backup [--to DIR]`: back up the database now, checked, and say where it went.

Safe while the program is open on the same file (SQLite's online backup copies one consistent
moment). Backups made here are "by hand": rotation never deletes them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands import CommandContext
from desktop.messages import QT_TRANSLATE_NOOP

NAME = "backup"
HELP = "back up the database now (into the backups folder beside it, or --to DIR)"
NEEDS_ACCOUNT = True


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--to", metavar="DIR", help="folder for the backup (default: 'backups' beside the database)")


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.domain.accounts.permissions import Permission
    from desktop.store.backups import Reason, database_file, default_backup_folder, make_backup, size_text

    db = context.open()
    context.actor(db).require(Permission.BACKUP_MANAGE)
    folder = Path(args.to) if args.to else default_backup_folder(database_file(db))
    info = make_backup(db, folder, Reason.MANUAL)
    context.say(QT_TRANSLATE_NOOP("Cli", "Backed up {count} members (checked, {size}) to {path}")
                .format(count=info.members, size=size_text(info.size), path=str(info.path)))
    return 0
