"""`uniondesk restore FILE [--yes]`: put a backup back in place of the database.

Shows what the backup holds next to what the database holds now and asks before going on (unless
--yes). The current state is backed up first (reason "before-restore", never rotated away), so a
restore of the wrong file can itself be undone. Refused while UnionDesk has the database open. The
chair's; recorded in the restored database. The backup is checked in full first (its checksum,
SQLite's check, its own audit trail and row seals), with or without its .json sidecar.

On a server (`uniondesk --db URL restore FILE`) the target must be an EMPTY database (a new one the
chair created): a pg_dump file is restored with pg_restore, an SQLite backup or export is copied in
table by table; refused if the database holds tables.

On a new PC (`uniondesk --db NEW restore FILE`, no database there yet) the backup becomes the
database; no account is needed, since there is none yet: the accounts come with the backup.
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
    from desktop.domain.operations.service import OperationsService, restore_and_record
    from desktop.store.backups import database_file
    from desktop.store.instance_lock import InstanceLock
    from desktop.store.paths import is_url

    if is_url(context.location):
        return _restore_on_server(args, context)
    if _no_database_at(context.location):
        return _restore_on_new_pc(args, context)
    db = context.open(create=False)
    actor = context.actor(db)
    operations = OperationsService(db, actor)
    actor.require(Permission.BACKUP_MANAGE)
    incoming = operations.check_backup(args.file)
    now = operations.present()
    target = database_file(db)
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
        result = restore_and_record(target, args.file, actor)
    context.say(QT_TRANSLATE_NOOP("Cli", "Restored: the database now holds {count} members.")
                .format(count=result.members))
    if result.safety_copy is not None:
        context.say(QT_TRANSLATE_NOOP("Cli", "The state before the restore is saved in {path}")
                    .format(path=str(result.safety_copy.path)))
    return 0


def _no_database_at(location: str) -> bool:
    from pathlib import Path

    path = Path(location).expanduser()
    return not path.exists() or path.stat().st_size == 0


def _restore_on_new_pc(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.domain.operations.service import restore_onto_new_file
    from desktop.store.backups import check_restorable

    incoming = check_restorable(args.file)
    context.say(QT_TRANSLATE_NOOP("Cli", "The backup holds:"))
    for line in incoming.lines():
        context.say(line)
    result = restore_onto_new_file(context.location, args.file)
    context.say(QT_TRANSLATE_NOOP("Cli", "Created the database {path} from the backup: {count} members.")
                .format(path=str(context.location), count=result.members))
    return 0


def _restore_on_server(args: argparse.Namespace, context: CommandContext) -> int:
    """A server backup goes only into an empty server database: there is no state to replace (and
    no account yet); other PCs may use the server's other databases meanwhile."""
    from desktop.domain.operations.service import restore_server_and_record

    result = restore_server_and_record(context.location, args.file)
    context.say(QT_TRANSLATE_NOOP("Cli", "Restored {path} into the server database: {count} members.")
                .format(path=str(result.source), count=result.members))
    return 0


def _confirmed(context: CommandContext) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(QT_TRANSLATE_NOOP(
            "Cli", "Restoring replaces the database. Run it in a terminal to confirm, or add --yes."))
    answer = input(context.text(QT_TRANSLATE_NOOP(
        "Cli", "Replace the database with this backup? The current state is backed up first. [y/N]")) + " ")
    return answer.strip().lower() in YES_ANSWERS
