"""`uniondesk migrate --from SOURCE --to TARGET`: copy a union into an empty database.

Moving up: `--from union.sqlite3 --to postgresql://user@server/union` puts the union on a
PostgreSQL server that several PCs then share; `--from URL --to file.sqlite3` brings it back into a
file. Either side is a file path or a URL. The target must be empty (a new file name, or a newly
created server database); every table is copied in one transaction, with its ids, and checked by
row counts and by the full check (`verify`) of the copy. Ctrl+C stops it and leaves the target
empty. The chair's (sign in to the source); recorded in the source's audit trail (and so in the copy).
"""

from __future__ import annotations

import argparse
import sys
import time

from desktop.commands import CommandContext
from desktop.messages import QT_TRANSLATE_NOOP, UserError

NAME = "migrate"
HELP = "copy the union into an empty database (SQLite file <-> PostgreSQL server), checked"
NEEDS_ACCOUNT = True


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="source", metavar="SOURCE", required=True,
                        help="the union's database now (file path or postgresql:// URL)")
    parser.add_argument("--to", dest="target", metavar="TARGET", required=True,
                        help="the empty database to copy it into (new file path, or URL of an empty database)")


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.domain.operations.moving import move_union
    from desktop.store.union_copy import is_empty, refuse_unless_empty

    refuse_unless_empty(args.target)  # before asking for a password
    if is_empty(args.source):  # opening an empty server database would give it a schema, not a union
        raise UserError(QT_TRANSLATE_NOOP(
            "Cli", "There is no union at {source} to copy: it is empty. Check --from.").format(source=args.source))
    context.location = args.source
    db = context.open()
    actor = context.actor(db)
    started = time.monotonic()
    result = move_union(db, actor, args.target, _progress_printer())
    context.say(QT_TRANSLATE_NOOP(
        "Cli", "Copied {rows} rows in {tables} tables into {target} in {seconds:.1f} s; every table has "
        "as many rows as the source.").format(rows=result.copy.total, tables=len(result.copy.rows),
                                             target=result.copy.target, seconds=time.monotonic() - started))
    context.say(QT_TRANSLATE_NOOP(
        "Cli", "Checked: the copy's audit trail has {count} record(s), as the source, and is unbroken.")
        .format(count=result.target_report.records_checked))
    return 0


def _progress_printer():
    last = [time.monotonic()]

    def progress(done: int, total: int) -> bool:
        if time.monotonic() - last[0] > 1 or done == total:
            last[0] = time.monotonic()
            print(f"  {done}/{total}", file=sys.stderr)
        return True

    return progress
