"""`uniondesk activities …` (being built: the activities issue)."""

from __future__ import annotations

import argparse

from desktop.commands import CommandContext

NAME = "activities"
HELP = "activities"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_subparsers(dest="activities_command", metavar="ACTION", required=True)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    return 0
