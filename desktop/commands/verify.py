"""`uniondesk verify`: check the database file and the audit trail's hash chain.

Needs no account: it only reads, and whoever holds the file (an auditor, the parent union's IT
person, a scheduled task) should be able to check it. Exit status 0 when everything is in order,
1 when anything is wrong, so a script can act on it.
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
    from desktop.store.integrity import verify_database

    report = verify_database(context.open(create=False))
    for line in report.lines():
        context.say(line)
    return 0 if report.ok else EXIT_PROBLEMS
