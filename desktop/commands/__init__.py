"""The command line's subcommands, one module each (`uniondesk NAME ...`).

A module defines NAME, HELP, `add_arguments(parser)` and `run(args, context) -> int`, and is listed
in COMMAND_MODULES. Commands call the same domain services as the window, as an authenticated user
where the data is the union's (see `CommandContext.actor`).

Every command that opens a database file takes the same single-writer lock as the window
(desktop/store/instance_lock.py) before it opens it, so nothing is written behind an open window's
back; the refusal names the PC and user holding the file. Even reading commands take it: logging
in writes to the audit trail. `verify` (read-only) and `restore` (which takes the lock itself
around the replacement) are the exceptions.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from desktop.messages import Message
from desktop.i18n.catalog import render

# Modules under desktop.commands, in the order `uniondesk --help` lists them. (A module's file name
# may differ from its command: `print` is desktop/commands/paper.py, since a submodule named print
# would shadow the built-in print() inside this package.)
COMMAND_MODULES = ("init", "demo", "members", "activities", "dues", "aid", "cases", "proposals", "suggestions",
                   "votes", "stats", "import_", "export", "paper", "verify", "backup", "restore", "export_encrypted", "import_encrypted",
                   "migrate", "federation")


# Commands that do not take the single-writer lock when they open the database (see above).
UNLOCKED_COMMANDS = frozenset({"verify", "restore"})


@dataclass
class CommandContext:
    language: str
    location: str                      # database file path or URL
    command: str = ""
    _opened: list = field(default_factory=list)
    _lock: object = None

    def say(self, message: Message) -> None:
        print(render(message, self.language))

    def warn(self, message: Message) -> None:
        print(render(message, self.language), file=sys.stderr)

    def text(self, message: Message) -> str:
        return render(message, self.language)

    def open(self, create: bool = False):
        """The database, migrated; closed when the command ends."""
        from desktop.store.database import open_database

        if self.command not in UNLOCKED_COMMANDS:
            self.lock(create)
        db = open_database(self.location, create=create)
        self._opened.append(db)
        return db

    def lock(self, create: bool = True) -> None:
        """Take the single-writer lock on the database file (as the window does), once per command.
        Raises StoreError naming the PC and user when UnionDesk holds the file elsewhere."""
        from pathlib import Path

        from desktop.store.instance_lock import InstanceLock
        from desktop.store.paths import is_url

        if self._lock is not None or is_url(self.location):
            return
        path = Path(self.location).expanduser()
        if not path.exists():
            if not create:
                return  # opening reports the missing file; no lock file is left beside nothing
            path.parent.mkdir(parents=True, exist_ok=True)
        lock = InstanceLock(self.location)
        lock.acquire()
        self._lock = lock

    def actor(self, db):
        """The user this command acts as (see desktop.commands.login)."""
        from desktop.commands.login import command_line_actor

        return command_line_actor(db, self)

    def close(self) -> None:
        for db in self._opened:
            db.close()
        self._opened.clear()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
