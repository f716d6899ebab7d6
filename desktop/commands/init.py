"""`uniondesk --db NEW init`: create an empty union database without the window.

The administrator comes from UNIONDESK_USER / UNIONDESK_PASSWORD, or is asked for in a terminal
(desktop/commands/login.py); the union's name and unit are placeholders until the chair fills in
File → Union details. `init` + `import members` starts a union from a script."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands import CommandContext
from desktop.messages import QT_TRANSLATE_NOOP, UserError

NAME = "init"
HELP = "create an empty union database (administrator from UNIONDESK_USER/UNIONDESK_PASSWORD)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.store.paths import is_url, safe_url

    if not is_url(context.location) and Path(context.location).expanduser().exists():
        raise UserError(QT_TRANSLATE_NOOP(
            "Cli", "{path} already exists; init only creates a new database. Choose another path, or "
            "open this one.").format(path=context.location))
    db = context.open(create=True)
    try:
        actor = context.actor(db)
    except BaseException:
        # No half-made database left behind: a second `init` on the same path must work.
        context.close()
        if not is_url(context.location):
            Path(context.location).expanduser().unlink(missing_ok=True)
        raise
    context.say(QT_TRANSLATE_NOOP(
        "Cli", "Created the union database {path} with the administrator {user}. Fill in the union's "
        "details under File → Union details; import members with: uniondesk --db {path} import members FILE"
    ).format(path=safe_url(context.location), user=actor.username))
    return 0
