"""`uniondesk members list`: the member register as text or JSON.

What is printed leaves the program (a terminal, a pipe, a file), so it is masked like paper: ID
numbers as area code and last four, phones as 138****5678, birth dates as the year only
(docs/domain.md, Masking). `--full-ids` prints them in full; it needs the right to export sensitive
data and is written to the audit trail before anything is printed."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.commands import CommandContext
from desktop.messages import QT_TRANSLATE_NOOP

NAME = "members"
HELP = "the member register"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="members_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="print members")
    listing.add_argument("--json", action="store_true", help="one JSON object per member, as a list")
    listing.add_argument("--status", choices=["active", "retained", "transferred_out", "expelled", "withdrawn"])
    listing.add_argument("--search", metavar="TEXT", default="", help="name, pinyin, phone or ID tail, card no.")
    listing.add_argument("--department", metavar="NAME")
    listing.add_argument("--full-ids", action="store_true",
                         help="unmasked ID numbers, phones and birth dates (needs the right; audited)")
    listing.add_argument("--join-date-unknown", action="store_true",
                         help="only members imported without a join date (to be filled in)")


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.domain.codes import code_table
    from desktop.domain.members.lifecycle import STATUS_LABELS, Status
    from desktop.domain.members.paper import EXPORT, rows_for_paper
    from desktop.domain.members.queries import MemberFilter
    from desktop.i18n.catalog import translator

    db = context.open()
    flt = MemberFilter(search=args.search, department=args.department,
                       statuses=frozenset({Status(args.status)}) if args.status else frozenset(),
                       join_date_unknown=args.join_date_unknown)
    rows = rows_for_paper(db, context.actor(db), flt, full_ids=args.full_ids, document="members list",
                          purpose=EXPORT, mask_phones=True)
    gender = code_table("gender")
    tr = translator(context.language)
    records = []
    for row in rows:
        records.append({
            "id": row.id, "name": row.name, "gender": row.gender,
            "gender_label": gender.label(row.gender, context.language),
            "birth_date": row.birth_text or None,
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
    context.say(QT_TRANSLATE_NOOP("Cli", "{count} members").format(count=len(records)))
    return 0
