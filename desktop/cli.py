"""The `uniondesk` command: the GUI by default, and the same services without a window.

    uniondesk [--db PATH] [--screenshot PNG [--pane NAME]]      start the program
    uniondesk [--db PATH] COMMAND ...                           see desktop/commands/

A user's mistake (missing file, locked database, wrong password, bad value) prints one translated
line and exits with status 2; it never shows a traceback.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from typing import Sequence

from desktop import __version__
from desktop.commands import COMMAND_MODULES, CommandContext
from desktop.i18n import system_language
from desktop.i18n.catalog import render
from desktop.messages import UserError
from desktop.store.errors import fault_message

EXIT_USER_ERROR = 2


def _parser(modules) -> argparse.ArgumentParser:
    db_help = "database file (or URL); default: $UNIONDESK_DB, else the user data folder"
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)

    parser = argparse.ArgumentParser(prog="uniondesk", description="UnionDesk (工会工作台)", parents=[common])
    parser.add_argument("--screenshot", metavar="PNG", help="open the main window, save a picture of it, exit")
    parser.add_argument("--pane", metavar="NAME", help="pane to show first (e.g. members)")
    parser.add_argument("--version", action="version", version=f"UnionDesk {__version__}")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="language of the interface for this run")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in modules:
        module.add_arguments(commands.add_parser(module.NAME, parents=[common], help=module.HELP))
    return parser


def _names_a_command(argv: Sequence[str] | None) -> bool:
    """Whether the arguments name a command (or ask for help): only then are the commands' modules
    loaded, which starting the window does not need."""
    probe = _Probe(add_help=False)
    for option in ("--db", "--screenshot", "--pane", "--lang"):
        probe.add_argument(option)
    probe.add_argument("words", nargs="*")
    try:
        known, unknown = probe.parse_known_args(argv)
    except ValueError:  # a mistake: the full parser says what it is
        return True
    return bool(known.words or unknown)


class _Probe(argparse.ArgumentParser):
    def error(self, message: str):
        raise ValueError(message)


def main(argv: Sequence[str] | None = None) -> int:
    modules = ([importlib.import_module(f"desktop.commands.{name}") for name in COMMAND_MODULES]
               if _names_a_command(argv) else [])
    args = _parser(modules).parse_args(argv)
    language = args.lang or system_language()
    location = getattr(args, "db", None) or ""
    try:
        if args.command:
            from desktop.store.paths import resolve_database

            location = resolve_database(getattr(args, "db", None))
            context = CommandContext(language, location, args.command)
            try:
                return next(m for m in modules if m.NAME == args.command).run(args, context)
            finally:
                context.close()
        # The start makes some 140 000 objects that live as long as the window (modules, classes,
        # widgets): searching them for garbage cycles 335 times cost 0.1 s of the start. The search
        # is paused until the window shows (desktop.app.resume_collections).
        gc.disable()
        from desktop.app import run_gui  # Qt is loaded only when a window is wanted

        return run_gui(args)
    except UserError as error:
        print(render(error.message, language), file=sys.stderr)
        return EXIT_USER_ERROR
    except Exception as error:  # a read-only file, a full disk, a locked database: one line, not a traceback
        fault = fault_message(error, str(location))
        if fault is None:
            raise
        print(render(fault, language), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `uniondesk members list | head`: the reader has had enough
        sys.stderr.close()
        return 0
