"""`uniondesk export members --profile NAME OUT`: members through an export profile
(resources/exchange/profiles: parent-union, roster, csv …).
`uniondesk export ledger --year Y OUT.xlsx`: the funds ledger of a year for the 经费审查委员会."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands import CommandContext
from desktop.messages import QT_TRANSLATE_NOOP

NAME = "export"
HELP = "export members, or the funds ledger of a year, to a spreadsheet"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    members = actions.add_parser("members", help="members through an export profile")
    members.add_argument("--profile", metavar="NAME", default="roster",
                         help="parent-union, roster (default), csv, or another profile file's name")
    members.add_argument("out", metavar="OUT")
    members.add_argument("--status", choices=["active", "retained", "transferred_out", "expelled", "withdrawn"])
    members.add_argument("--since-last", action="store_true",
                         help="only members added or changed since the last submission with this profile")
    members.add_argument("--full-ids", action="store_true", help="unmasked ID numbers and phones (audited)")
    stats = actions.add_parser("stats", help="the yearly figures in a parent union's statistical template "
                                             "(.xlsx, or .pdf of the same grid)")
    stats.add_argument("--as-of", metavar="DATE", help="the day of the figures (default: 31 December of last year)")
    stats.add_argument("--profile", metavar="NAME", default="basic-situation",
                       help="basic-situation (default), or the path of a statistics profile file")
    stats.add_argument("--preparer", default="", help="填报人")
    stats.add_argument("--reviewer", default="", help="审核人")
    stats.add_argument("--phone", default="", help="联系电话")
    stats.add_argument("out", metavar="OUT.xlsx|OUT.pdf")
    ledger = actions.add_parser("ledger", help="the funds ledger of a year (xlsx)")
    ledger.add_argument("--year", type=int, required=True, metavar="Y")
    ledger.add_argument("out", metavar="OUT.xlsx")


def run(args: argparse.Namespace, context: CommandContext) -> int:
    if args.export_command == "ledger":
        return _ledger(args, context)
    if args.export_command == "stats":
        return _stats(args, context)
    from desktop.domain.members.lifecycle import Status
    from desktop.domain.members.queries import MemberFilter
    from desktop.exchange.members.export import ExportRequest, export_members

    db = context.open()
    actor = context.actor(db)
    flt = MemberFilter(statuses=frozenset({Status(args.status)}) if args.status else frozenset())
    request = ExportRequest(args.profile, Path(args.out), flt, full_ids=args.full_ids, since_last=args.since_last,
                            description=f"status={args.status}" if args.status else "all")
    outcome = export_members(db, actor, request, context.language)
    context.say(QT_TRANSLATE_NOOP("Cli", "{count} members written to {path}.").format(
        count=outcome.count, path=str(outcome.path)))
    return 0


def _ledger(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.exchange.funds.export import export_ledger
    from desktop.domain.money import format_yuan

    db = context.open()
    outcome = export_ledger(db, context.actor(db), args.year, args.out)
    context.say(QT_TRANSLATE_NOOP(
        "Cli", "{count} ledger lines of {year} written to {path} (income {income}, spending {spending}, "
        "balance {balance}).").format(count=outcome.lines, year=args.year, path=str(outcome.path),
                                      income=format_yuan(outcome.income), spending=format_yuan(outcome.spending),
                                      balance=format_yuan(outcome.closing)))
    return 0


def _stats(args: argparse.Namespace, context: CommandContext) -> int:
    import datetime as dt

    from desktop.commands.stats import last_year_end, parse_day
    from desktop.domain.statistics.inputs import Signers
    from desktop.domain.statistics.queries import StatisticsQueries
    from desktop.domain.statistics.reporting import StatisticsRecords
    from desktop.exchange.statistics.export import export_report

    as_of = parse_day(args.as_of) if args.as_of else last_year_end()
    db = context.open()
    actor = context.actor(db)
    report = StatisticsQueries(db, actor).report(as_of)
    records = StatisticsRecords(db, actor)
    path = export_report(report, args.profile, Signers(args.preparer, args.reviewer, args.phone), dt.date.today(),
                         args.out, lambda move: records.record("stats_export", as_of, args.out, args.profile, move))
    context.say(QT_TRANSLATE_NOOP("Cli", "Figures as of {date} written to {path} ({profile}).").format(
        date=as_of.isoformat(), path=str(path), profile=args.profile))
    return 0
