"""`uniondesk cases list [--json]`: the rights cases (维权), without sensitive fields (no ID numbers,
request texts or injury details). Needs the rights.read permission; the JSON list is recorded in
the audit trail as an export."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.commands import CommandContext
from desktop.messages import QT_TRANSLATE_NOOP

NAME = "cases"
HELP = "rights cases (维权: legal aid, labour-dispute mediation)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="cases_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="print the rights cases (no sensitive fields)")
    listing.add_argument("--json", action="store_true", help="one JSON object per case, as a list (audited)")
    listing.add_argument("--status", choices=["open", "closed"])
    listing.add_argument("--category", choices=["wages", "contract", "injury", "social_insurance", "hours_leave",
                                                "safety", "women", "dismissal", "other"])
    listing.add_argument("--year", type=int, help="cases received in this year")
    listing.add_argument("--search", metavar="TEXT", default="", help="member name, pinyin or case number")


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.domain.rights.printing import RightsPrinting
    from desktop.domain.rights.queries import CaseFilter

    db = context.open()
    flt = CaseFilter(status=args.status or "", category=args.category or "", year=args.year, search=args.search)
    records = RightsPrinting(db, context.actor(db)).export_rows(flt)
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for r in records:
        print("\t".join(str(v or "") for v in (r["case_no"], r["name"], r["department"], r["category_zh"],
                                              r["received_on"], r["status"], r["stage"] or r["outcome"],
                                              r["mediation_due"], r["deadline"], r["amount_recovered"])))
    context.say(QT_TRANSLATE_NOOP("Cli", "{count} rights cases").format(count=len(records)))
    return 0
