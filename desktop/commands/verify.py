"""`uniondesk verify`: check the database file and the audit trail's hash chain.

Needs no account: it only reads, and whoever holds the file (an auditor, the parent union's IT
person, a scheduled task) should be able to check it. It opens the file read-only: it never creates,
migrates or otherwise changes a byte of it. Exit status 0 when everything is in order, 1 when
anything is wrong, 2 when the file cannot be checked (missing, empty, someone else's, another
release's layout), so a script can act on it.
"""

from __future__ import annotations

import argparse

from desktop.commands import CommandContext

NAME = "verify"
HELP = "check the database and the audit trail (exit status 1 on any problem)"
NEEDS_ACCOUNT = False

EXIT_PROBLEMS = 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No options: every check always runs."""


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.store.database import open_read_only
    from desktop.store.integrity import verify_database

    db = open_read_only(context.location)
    try:
        report = verify_database(db)
    finally:
        db.close()
    for line in report.lines():
        context.say(line)
    return 0 if report.ok else EXIT_PROBLEMS
