"""The command line's subcommands, one module each (`uniondesk NAME ...`).

A module defines NAME, HELP, `add_arguments(parser)` and `run(args, context) -> int`, and is listed
in COMMAND_MODULES. Commands call the same domain services as the window, as an authenticated user
where the data is the union's (see `CommandContext.actor`).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from desktop.messages import Message
from desktop.i18n.catalog import render

# Modules under desktop.commands, in the order `uniondesk --help` lists them. (A module's file name
# may differ from its command: `print` is desktop/commands/paper.py, since a submodule named print
# would shadow the built-in print() inside this package.)
COMMAND_MODULES = ("demo", "members", "activities", "dues", "aid", "cases", "proposals", "suggestions", "votes",
                   "import_", "export", "paper", "verify", "backup", "restore", "export_encrypted", "import_encrypted")


@dataclass
class CommandContext:
    language: str
    location: str                      # database file path or URL
    _opened: list = field(default_factory=list)

    def say(self, message: Message) -> None:
        print(render(message, self.language))

    def warn(self, message: Message) -> None:
        print(render(message, self.language), file=sys.stderr)

    def text(self, message: Message) -> str:
        return render(message, self.language)

    def open(self, create: bool = False):
        """The database, migrated; closed when the command ends."""
        from desktop.store.database import open_database

        db = open_database(self.location, create=create)
        self._opened.append(db)
        return db

    def actor(self, db):
        """The user this command acts as (see desktop.commands.login)."""
        from desktop.commands.login import command_line_actor

        return command_line_actor(db, self)

    def close(self) -> None:
        for db in self._opened:
            db.close()
        self._opened.clear()
