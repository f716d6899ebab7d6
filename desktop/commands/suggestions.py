"""`uniondesk suggestions list [--json] [--year Y]`: the rationalization suggestions (合理化建议)
with their stage, average score, benefit and reward. The JSON list is recorded in the audit trail
as an export."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.commands import CommandContext
from desktop.messages import QT_TRANSLATE_NOOP

NAME = "suggestions"
HELP = "rationalization suggestions (合理化建议)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="suggestions_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="print the suggestions, newest first")
    listing.add_argument("--json", action="store_true", help="one JSON object per suggestion, as a list (audited)")
    listing.add_argument("--year", type=int, help="suggestions handed in in this year")


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.domain.suggestions.printing import SuggestionPrinting

    db = context.open()
    records = SuggestionPrinting(db, context.actor(db)).export_rows(args.year)
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for r in records:
        print("\t".join(str(v or "") for v in (r["number"], r["title"], r["proposers"], r["department"],
                                              r["submitted_on"], r["stage_zh"], r["score"], r["actual_benefit"],
                                              r["reward_amount"])))
    context.say(QT_TRANSLATE_NOOP("Cli", "{count} suggestions").format(count=len(records)))
    return 0
