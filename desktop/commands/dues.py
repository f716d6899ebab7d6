"""`uniondesk dues …` (being built: the dues issue)."""

from __future__ import annotations

import argparse

from desktop.commands import CommandContext

NAME = "dues"
HELP = "dues"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_subparsers(dest="dues_command", metavar="ACTION", required=True)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    return 0
