"""`uniondesk proposals list [--json] [--session ID]`: the congress proposals (职代会提案) with their
stage, handling department, answer deadline and verdict. The JSON list is recorded in the audit
trail as an export."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.commands import CommandContext
from desktop.messages import QT_TRANSLATE_NOOP

NAME = "proposals"
HELP = "congress proposals (职代会提案)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="proposals_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="print the proposals, newest session first")
    listing.add_argument("--json", action="store_true", help="one JSON object per proposal, as a list (audited)")
    listing.add_argument("--session", type=int, metavar="ID", help="only this congress session (see `sessions`)")
    actions.add_parser("sessions", help="print the congress sessions with their ids")


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.domain.proposals.printing import ProposalPrinting
    from desktop.domain.proposals.queries import ProposalQueries

    db = context.open()
    actor = context.actor(db)
    if args.proposals_command == "sessions":
        for s in ProposalQueries(db, actor).sessions():
            print("\t".join(str(v) for v in (s.id, s.name, s.opened_on.isoformat(), s.proposals)))
        return 0
    records = ProposalPrinting(db, actor).export_rows(args.session)
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for r in records:
        print("\t".join(str(v or "") for v in (r["number"], r["title"], r["lead"], r["category_zh"], r["stage_zh"],
                                              r["department"], r["due_on"], r["deadline"], r["satisfaction"])))
    context.say(QT_TRANSLATE_NOOP("Cli", "{count} proposals").format(count=len(records)))
    return 0
