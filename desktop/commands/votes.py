"""`uniondesk votes …` (being built: the votes issue)."""

from __future__ import annotations

import argparse

from desktop.commands import CommandContext

NAME = "votes"
HELP = "votes"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_subparsers(dest="votes_command", metavar="ACTION", required=True)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    return 0
