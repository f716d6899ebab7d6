"""`uniondesk backup [--to DIR]`: back up the database now, checked, and say where it went.

A database on a PostgreSQL server (--db URL) is dumped with pg_dump (custom format, checked with
pg_restore --list) when it is installed, else every table is exported into an SQLite file; into
the user data folder's backups/<database> folder unless --to is given.

Safe while the program is open on the same file (SQLite's online backup copies one consistent
moment). Backups made here are "by hand": rotation never deletes them. The chair's (or a role the
union granted backup-only to, `--allow-role`), and recorded in the audit trail.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands import CommandContext
from desktop.messages import QT_TRANSLATE_NOOP, UserError

NAME = "backup"
HELP = "back up the database now (into the backups folder beside it, or --to DIR)"
NEEDS_ACCOUNT = True


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--to", metavar="DIR", help="folder for the backup (default: 'backups' beside the database)")
    parser.add_argument("--allow-role", metavar="ROLE", action="append", choices=["officer", "finance", "aid"],
                        help="(chair) let this role make backups too (repeat for several); no backup is made")
    parser.add_argument("--allow-none", action="store_true",
                        help="(chair) backups by hand are the chair's alone again; no backup is made")


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.domain.operations.service import OperationsService
    from desktop.store.backups import database_file, default_backup_folder, size_text
    from desktop.store.server_backups import server_backup_folder

    db = context.open()
    operations = OperationsService(db, context.actor(db))
    if args.allow_role or args.allow_none:
        operations.set_backup_roles(args.allow_role or [])
        context.say(QT_TRANSLATE_NOOP("Cli", "Roles besides the chair that may make backups: {roles}")
                    .format(roles=", ".join(sorted(operations.backup_roles())) or "-"))
        return 0
    if args.to:
        folder = Path(args.to)
    elif db.file_path is None:  # a server database: pg_dump (or an export) into this PC's backups folder
        folder = server_backup_folder(db.location)
    else:
        folder = default_backup_folder(database_file(db))
    run_ = operations.back_up([folder])
    if not run_.made:
        raise UserError(run_.problems[0])
    info = run_.made[0]
    context.say(QT_TRANSLATE_NOOP("Cli", "Backed up {count} members (checked, {size}) to {path}")
                .format(count=info.members, size=size_text(info.size), path=str(info.path)))
    return 0
