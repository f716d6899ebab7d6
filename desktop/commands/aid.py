"""`uniondesk aid …` (being built: the aid issue)."""

from __future__ import annotations

import argparse

from desktop.commands import CommandContext

NAME = "aid"
HELP = "aid"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_subparsers(dest="aid_command", metavar="ACTION", required=True)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    return 0
