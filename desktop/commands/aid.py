"""`uniondesk aid list [--json]`: the hardship cases, without sensitive fields (no ID numbers, bank
cards, health, income or household details). Needs the aid.read permission."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.commands import CommandContext
from desktop.messages import QT_TRANSLATE_NOOP

NAME = "aid"
HELP = "hardship aid cases"

# The only fields the command prints: nothing sensitive (tests/test_aid_cli.py checks it).
FIELDS = ("id", "case_no", "name", "department", "tier", "tier_label", "stage", "stage_label", "status",
          "outcome", "opened_on", "closed_on", "aid_requested", "aid_granted", "paid_total")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="aid_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="print the aid cases (no sensitive fields)")
    listing.add_argument("--json", action="store_true", help="one JSON object per case, as a list")
    listing.add_argument("--status", choices=["open", "closed"])
    listing.add_argument("--tier", choices=["deep", "relative", "accident", "none"])
    listing.add_argument("--year", type=int, help="cases open at some time in this year")
    listing.add_argument("--search", metavar="TEXT", default="", help="member name, pinyin or case number")


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.domain.aid import codes, workflow
    from desktop.domain.aid.queries import AidQueries, CaseFilter
    from desktop.i18n.catalog import translator

    db = context.open()
    queries = AidQueries(db, context.actor(db))
    rows = queries.rows(CaseFilter(status=args.status or "", tier=args.tier or "", year=args.year,
                                   search=args.search))
    tr = translator(context.language)
    records = []
    for r in rows:
        records.append({
            "id": r.id, "case_no": r.case_no, "name": r.name, "department": r.department, "tier": r.tier,
            "tier_label": codes.aid_label(codes.TIER, r.tier, context.language), "stage": r.stage,
            "stage_label": workflow.STEP_LABELS[r.stage].render(tr) if r.stage else "", "status": r.status,
            "outcome": r.outcome, "opened_on": r.opened_on.isoformat(),
            "closed_on": r.closed_on.isoformat() if r.closed_on else None,
            "aid_requested": codes.split_codes(r.aid_requested), "aid_granted": codes.split_codes(r.aid_granted),
            "paid_total": str(r.paid_total)})
    assert all(set(record) == set(FIELDS) for record in records)
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for r in records:
        print("\t".join(str(v or "") for v in (r["case_no"], r["name"], r["department"], r["tier_label"],
                                              r["stage_label"], r["status"], r["opened_on"], r["paid_total"])))
    context.say(QT_TRANSLATE_NOOP("Cli", "{count} aid cases").format(count=len(records)))
    return 0
