"""The `uniondesk` command: the GUI by default, and the same services without a window.

    uniondesk [--db PATH] [--screenshot PNG [--pane NAME]]      start the program
    uniondesk [--db PATH] demo [--members N] [--seed S] [--force]
    uniondesk [--db PATH] members list [--json] [--status S] [--search TEXT]

A user's mistake (missing file, locked database, bad value) prints one translated line and exits
with status 2; it never shows a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Sequence

from desktop.domain.errors import UserError
from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.i18n import system_language
from desktop.i18n.catalog import render

EXIT_USER_ERROR = 2


def _parser() -> argparse.ArgumentParser:
    db_help = "database file (or URL); default: $UNIONDESK_DB, else the user data folder"
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)

    parser = argparse.ArgumentParser(prog="uniondesk", description="UnionDesk (工会工作台)", parents=[common])
    parser.add_argument("--screenshot", metavar="PNG", help="open the main window, save a picture of it, exit")
    parser.add_argument("--pane", metavar="NAME", help="pane to show first (e.g. members)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="language of the interface for this run")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", parents=[common], help="create a demo database")
    demo.add_argument("--members", type=int, default=2000, metavar="N", help="members to create (default 2000)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same demo (default 1)")
    demo.add_argument("--force", action="store_true", help="replace an existing file")

    members = commands.add_parser("members", parents=[common], help="the member register")
    member_commands = members.add_subparsers(dest="members_command", metavar="ACTION", required=True)
    listing = member_commands.add_parser("list", parents=[common], help="print members")
    listing.add_argument("--json", action="store_true", help="one JSON object per member, as a list")
    listing.add_argument("--status", choices=["active", "retained", "transferred_out", "expelled", "withdrawn"])
    listing.add_argument("--search", metavar="TEXT", default="", help="name, pinyin, phone or ID tail, card no.")
    listing.add_argument("--department", metavar="NAME")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    language = args.lang or system_language()
    try:
        if args.command == "demo":
            return _demo(args, language)
        if args.command == "members":
            return _members_list(args, language)
        from desktop.app import run_gui  # Qt is loaded only when a window is wanted

        return run_gui(args)
    except UserError as error:
        print(render(error.message, language), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `uniondesk members list | head`: the reader has had enough
        sys.stderr.close()
        return 0


def _location(args: argparse.Namespace) -> str:
    from desktop.store.paths import resolve_database

    return resolve_database(getattr(args, "db", None))


def _say(message: Message, language: str) -> None:
    print(render(message, language))


def _demo(args: argparse.Namespace, language: str) -> int:
    from desktop.demo.generator import create_demo_database

    location = getattr(args, "db", None) or _location(args)
    last = [0.0]

    def progress(done: int, total: int) -> None:
        if time.monotonic() - last[0] > 1 or done == total:
            last[0] = time.monotonic()
            print(f"  {done}/{total}", file=sys.stderr)

    summary = create_demo_database(location, members=args.members, seed=args.seed, force=args.force,
                                   progress=progress if args.members >= 20000 else None)
    _say(QT_TRANSLATE_NOOP("Cli", "Demo database with {count} members created in {seconds:.1f} s: {path}")
         .format(count=summary.members, seconds=summary.seconds, path=summary.location), language)
    _say(QT_TRANSLATE_NOOP("Cli", "Start the program on it with: uniondesk --db {path}")
         .format(path=summary.location), language)
    return 0


def _members_list(args: argparse.Namespace, language: str) -> int:
    from desktop.domain.codes import code_table
    from desktop.domain.members.lifecycle import STATUS_LABELS, Status
    from desktop.domain.members.queries import MemberFilter, MemberQueries
    from desktop.i18n.catalog import translator
    from desktop.store.database import open_database

    db = open_database(_location(args), create=False)
    try:
        queries = MemberQueries(db)
        flt = MemberFilter(search=args.search, department=args.department,
                           statuses=frozenset({Status(args.status)}) if args.status else frozenset())
        ids = queries.ids(flt)
        rows = queries.rows(ids)
    finally:
        db.close()
    gender = code_table("gender")
    tr = translator(language)
    records = []
    for member_id in ids:
        row = rows[member_id]
        records.append({
            "id": row.id, "name": row.name, "gender": row.gender,
            "gender_label": gender.label(row.gender, language),
            "birth_date": row.birth_date.isoformat() if row.birth_date else None,
            "id_number": row.id_number, "phone": row.mobile, "department": row.department,
            "team": row.team, "status": str(row.status),
            "status_label": STATUS_LABELS[row.status].render(tr),
            "join_date": row.join_date.isoformat() if row.join_date else None,
            "card_no": row.card_no,
        })
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for r in records:
        print("\t".join(str(v or "") for v in (r["name"], r["gender_label"], r["department"], r["team"],
                                              r["status_label"], r["join_date"], r["phone"], r["id_number"])))
    _say(QT_TRANSLATE_NOOP("Cli", "{count} members").format(count=len(records)), language)
    return 0
