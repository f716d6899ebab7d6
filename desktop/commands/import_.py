"""`uniondesk import members FILE`: bring a roster in from .xlsx, .xls or .csv.

Exit 0 when the import ran (rows may still have been rejected: they are listed), 2 when nothing
could be read (a plain message, no traceback)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from desktop.commands import CommandContext
from desktop.messages import QT_TRANSLATE_NOOP

NAME = "import"
HELP = "import members from a spreadsheet"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    members = actions.add_parser("members", help="a member roster (.xlsx, .xls, .csv)")
    members.add_argument("file", metavar="FILE")
    members.add_argument("--sheet", metavar="NAME", help="sheet to read (default: the most likely one); "
                         "'all': every sheet with a header (a sheet per department: its name is the department "
                         "when there is no department column)")
    members.add_argument("--dry-run", action="store_true", help="check and report, change nothing")
    members.add_argument("--on-duplicate", choices=["skip", "fill", "overwrite"], default="skip",
                         help="members already registered (same ID number): skip (default), fill empty "
                              "fields, or overwrite with the file's non-empty cells")
    members.add_argument("--possible-duplicates", choices=["import", "skip"], default="import",
                         help="new rows with the same name and birth date as another member under another ID "
                              "number: import them as different people (default, listed as warnings), or "
                              "skip them as the same member")
    members.add_argument("--join-date", metavar="YYYY-MM-DD", type=dt.date.fromisoformat,
                         help="join date for rows that have none")
    members.add_argument("--rejects", metavar="XLSX",
                         help="save the rejected rows (with the reason) and the warnings to this file")
    members.add_argument("--json", action="store_true", help="print the summary as JSON")


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.domain.imports.mappings import MappingMemory
    from desktop.domain.members.bulk import DuplicatePolicy
    from desktop.exchange.members import importing
    from desktop.exchange.members.import_plan import ImportOptions
    from desktop.i18n.catalog import translator

    db = context.open()
    actor = context.actor(db)
    memory = MappingMemory(db, actor)
    options = ImportOptions(DuplicatePolicy(args.on_duplicate), args.join_date)
    if args.sheet == importing.ALL_SHEETS:
        sheets = importing.load_all(args.file)
        plan = importing.plan_all(db, actor, sheets, [importing.mapping_for(s.headers, memory) for s in sheets],
                                  options)
    else:
        loaded = importing.load(args.file, args.sheet)
        plan = importing.plan(db, actor, loaded, importing.mapping_for(loaded.headers, memory), options)
    if args.possible_duplicates == "skip":
        from desktop.exchange.members.import_plan import treat_as_same_member

        treat_as_same_member(plan, list(plan.possible_duplicates))
    outcome = None if args.dry_run else importing.run(db, actor, plan)
    translate = translator(context.language)
    if args.rejects and (plan.rejected_rows or plan.warnings):
        importing.write_rejects(plan, args.rejects, translate)
    report = importing.summary(plan, outcome, translate)
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    context.say(QT_TRANSLATE_NOOP(
        "Cli", "{file}, sheet “{sheet}”, header on row {row}: {imported} new, {updated} updated, "
        "{skipped} already registered, {rejected} rows rejected, {warnings} warnings, {other} rows that are "
        "not members skipped.").format(
        file=report["file"], sheet=report["sheet"], row=report["header_row"], imported=report["imported"],
        updated=report["updated"], skipped=report["skipped_duplicates"], rejected=report["rejected_rows"],
        warnings=len(report["warnings"]), other=report["skipped_rows"]))
    for title, problems in ((QT_TRANSLATE_NOOP("Cli", "Rejected:"), report["rejected"]),
                            (QT_TRANSLATE_NOOP("Cli", "Warnings (imported):"), report["warnings"])):
        if problems:
            context.say(title)
        for problem in problems:
            where = f"{problem['sheet']}!" if problem.get("sheet") else ""
            print(f"  {where}{problem['row']:>6}  {problem['column']}  {problem['value']}: {problem['reason']}")
    if args.dry_run:
        context.say(QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was imported."))
    return 0
