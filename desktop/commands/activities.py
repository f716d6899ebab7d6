"""`uniondesk activities list [--json] [--year Y] [--status S] [--type CODE] [--search TEXT]`: the
union's activities with their attendance and spending, as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.commands import CommandContext
from desktop.messages import QT_TRANSLATE_NOOP

NAME = "activities"
HELP = "the union's activities"
STATUSES = ["planned", "running", "finished", "cancelled"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="activities_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="print activities, newest first")
    listing.add_argument("--json", action="store_true", help="one JSON object per activity, as a list")
    listing.add_argument("--year", type=int, metavar="YYYY")
    listing.add_argument("--status", choices=STATUSES)
    listing.add_argument("--type", metavar="CODE", help="type code, e.g. culture_sports, competition")
    listing.add_argument("--search", metavar="TEXT", default="", help="words of the title or place")


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.domain.activities.queries import ActivityFilter, ActivityQueries
    from desktop.domain.activities.inputs import STATUS_LABELS, ActivityStatus
    from desktop.domain.money import format_yuan
    from desktop.i18n.catalog import translator

    db = context.open()
    queries = ActivityQueries(db, context.actor(db))
    flt = ActivityFilter(search=args.search, type_code=args.type, year=args.year,
                         status=ActivityStatus(args.status) if args.status else None)
    ids = queries.ids(flt)
    rows = queries.rows(ids)
    types = {t.code: t for t in queries.types()}
    tr = translator(context.language)
    records = []
    for activity_id in ids:
        row = rows[activity_id]
        kind = types.get(row.type_code)
        records.append({
            "id": row.id, "title": row.title, "type": row.type_code,
            "type_label": kind.label(context.language) if kind else row.type_code,
            "starts_on": row.starts_on.isoformat(), "ends_on": row.ends_on.isoformat() if row.ends_on else None,
            "place": row.place, "organizer": row.organizer, "status": str(row.status),
            "status_label": STATUS_LABELS[row.status].render(tr),
            "budget": format_yuan(row.budget, grouping=False) if row.budget is not None else None,
            "spent": format_yuan(row.spent, grouping=False), "capacity": row.capacity,
            "signed_up": row.signed_up, "present": row.present,
        })
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for r in records:
        print("\t".join(str(v if v is not None else "") for v in (
            r["id"], r["starts_on"], r["title"], r["type_label"], r["status_label"], r["place"],
            f'{r["present"]}/{r["signed_up"]}', r["spent"], r["budget"])))
    context.say(QT_TRANSLATE_NOOP("Cli", "{count} activities").format(count=len(records)))
    return 0
