"""`uniondesk export members --profile NAME OUT`: members through an export profile
(resources/exchange/profiles: parent-union, roster, csv …)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands import CommandContext
from desktop.messages import QT_TRANSLATE_NOOP

NAME = "export"
HELP = "export members to a spreadsheet"


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


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.domain.members.lifecycle import Status
    from desktop.domain.members.queries import MemberFilter
    from desktop.exchange.member_export import ExportRequest, export_members

    db = context.open()
    actor = context.actor(db)
    flt = MemberFilter(statuses=frozenset({Status(args.status)}) if args.status else frozenset())
    request = ExportRequest(args.profile, Path(args.out), flt, full_ids=args.full_ids, since_last=args.since_last,
                            description=f"status={args.status}" if args.status else "all")
    outcome = export_members(db, actor, request, context.language)
    context.say(QT_TRANSLATE_NOOP("Cli", "{count} members written to {path}.").format(
        count=outcome.count, path=str(outcome.path)))
    return 0
