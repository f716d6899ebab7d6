"""`uniondesk demo`: create the demo union's database."""

from __future__ import annotations

import argparse
import sys
import time

from desktop.commands import CommandContext
from desktop.messages import QT_TRANSLATE_NOOP

NAME = "demo"
HELP = "create a demo database"
NEEDS_ACCOUNT = False


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--members", type=int, default=2000, metavar="N", help="members to create (default 2000)")
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same demo (default 1)")
    parser.add_argument("--force", action="store_true", help="replace an existing file")


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.demo.generator import DEMO_ACCOUNTS, create_demo_database, demo_password
    from desktop.domain.accounts.permissions import ROLE_LABELS

    last = [0.0]

    def progress(done: int, total: int) -> None:
        if time.monotonic() - last[0] > 1 or done == total:
            last[0] = time.monotonic()
            print(f"  {done}/{total}", file=sys.stderr)

    context.lock()  # no window may have the file open while it is replaced
    summary = create_demo_database(context.location, members=args.members, seed=args.seed, force=args.force,
                                   progress=progress if args.members >= 20000 else None)
    context.say(QT_TRANSLATE_NOOP("Cli", "Demo database with {count} members created in {seconds:.1f} s: {path}")
                .format(count=summary.members, seconds=summary.seconds, path=summary.location))
    context.say(QT_TRANSLATE_NOOP("Cli", "Start the program on it with: uniondesk --db {path}")
                .format(path=summary.location))
    context.say(QT_TRANSLATE_NOOP("Cli", "Demo accounts (user name / password):"))
    for username, display_name, role in DEMO_ACCOUNTS:
        print(f"  {username:8} / {demo_password(username):14} {display_name}  "
              f"{context.text(ROLE_LABELS[role])}")
    return 0
