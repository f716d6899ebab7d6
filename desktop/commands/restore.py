"""`uniondesk restore FILE [--yes]`: put a backup back in place of the database.

Shows what the backup holds next to what the database holds now and asks before going on (unless
--yes). The current state is backed up first (reason "before-restore", never rotated away), so a
restore of the wrong file can itself be undone. Refused while UnionDesk has the database open.
"""

from __future__ import annotations

import argparse
import sys

from desktop.commands import CommandContext
from desktop.messages import QT_TRANSLATE_NOOP, UserError

NAME = "restore"
HELP = "replace the database with a backup (the current state is backed up first)"
NEEDS_ACCOUNT = True

YES_ANSWERS = {"y", "yes", "是", "是的", "确定", "好"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the backup file (see the 'backups' folder beside the database)")
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.domain.accounts.permissions import Permission
    from desktop.store.backups import (
        check_restorable, database_file, default_backup_folder, preview, restore_backup,
    )
    from desktop.store.instance_lock import InstanceLock

    db = context.open(create=False)
    context.actor(db).require(Permission.BACKUP_MANAGE)
    target = database_file(db)
    incoming = check_restorable(args.file)
    now = preview(target)
    with InstanceLock(target):  # no window may be working on the file while it is replaced
        context.say(QT_TRANSLATE_NOOP("Cli", "The backup holds:"))
        for line in incoming.lines():
            context.say(line)
        context.say(QT_TRANSLATE_NOOP("Cli", "The database now holds {count} members (and {trash} in the trash).")
                    .format(count=now.members, trash=now.members_in_trash))
        if not args.yes and not _confirmed(context):
            context.say(QT_TRANSLATE_NOOP("Cli", "Nothing was changed."))
            return 1
        context.close()  # let go of the file before its content is replaced
        result = restore_backup(target, args.file, default_backup_folder(target))
    context.say(QT_TRANSLATE_NOOP("Cli", "Restored: the database now holds {count} members.")
                .format(count=result.members))
    if result.safety_copy is not None:
        context.say(QT_TRANSLATE_NOOP("Cli", "The state before the restore is saved in {path}")
                    .format(path=str(result.safety_copy.path)))
    return 0


def _confirmed(context: CommandContext) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(QT_TRANSLATE_NOOP(
            "Cli", "Restoring replaces the database. Run it in a terminal to confirm, or add --yes."))
    answer = input(context.text(QT_TRANSLATE_NOOP(
        "Cli", "Replace the database with this backup? The current state is backed up first. [y/N]")) + " ")
    return answer.strip().lower() in YES_ANSWERS
