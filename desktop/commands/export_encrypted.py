"""`uniondesk export-encrypted FILE`: the whole database as one password-protected file, for the
term hand-over (换届) or moving to a new PC.

The password comes from $UNIONDESK_EXPORT_PASSWORD (scripts) or is asked twice at the prompt; it
is never an option, which would leave it in the shell history.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from desktop.commands import CommandContext
from desktop.messages import QT_TRANSLATE_NOOP, Message, UserError

NAME = "export-encrypted"
HELP = "write the whole database as one password-protected file (term hand-over, new PC)"
NEEDS_ACCOUNT = True

PASSWORD_VAR = "UNIONDESK_EXPORT_PASSWORD"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the file to write (e.g. handover.udx)")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")


def ask_password(context: CommandContext, prompt: Message, twice: bool) -> str:
    """$UNIONDESK_EXPORT_PASSWORD, else asked at the terminal (twice when choosing one)."""
    if os.environ.get(PASSWORD_VAR):
        return os.environ[PASSWORD_VAR]
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(QT_TRANSLATE_NOOP(
            "Cli", "This needs the file's password: set UNIONDESK_EXPORT_PASSWORD, or run it in a "
            "terminal to be asked."))
    password = getpass.getpass(context.text(prompt) + " ")
    if twice:
        from desktop.store.encrypted_export import check_password

        check_password(password)
        if getpass.getpass(context.text(QT_TRANSLATE_NOOP("Cli", "The same password again:")) + " ") != password:
            raise UserError(QT_TRANSLATE_NOOP("Cli", "The two passwords differ; nothing was written."))
    return password


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.domain.accounts.permissions import Permission
    from desktop.domain.operations.service import OperationsService
    from desktop.store.backups import size_text

    db = context.open(create=False)
    actor = context.actor(db)
    actor.require(Permission.BACKUP_MANAGE)  # before asking for a password the account may not use
    password = ask_password(context, QT_TRANSLATE_NOOP("Cli", "Password for the file (at least 8 characters):"),
                            twice=True)
    info = OperationsService(db, actor).export_encrypted(password, args.file, overwrite=args.force)
    context.say(QT_TRANSLATE_NOOP("Cli", "Exported {count} members ({size}) to {path}")
                .format(count=info.members, size=size_text(info.size), path=str(info.path)))
    context.say(QT_TRANSLATE_NOOP(
        "Cli", "Give the password to the person who imports it separately from the file (not in the same "
        "e-mail or on the same USB stick)."))
    return 0
