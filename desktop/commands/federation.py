"""`uniondesk federation setup|figures --db URL`: the figures of every union on one PostgreSQL server,
for a federation (总工会) that must see how many members each union has, never who they are.

    uniondesk federation setup --db URL --account federation     (as the server's administrator)
    uniondesk federation figures --db URL                        (as the federation's account)
    uniondesk federation show --db URL                           (the same in a window)

`setup` creates read-only views over every union's schema and a PostgreSQL account that may read
them and nothing else (password from $UNIONDESK_FEDERATION_PASSWORD, else asked); run it again
after a union is added. `figures` prints members per union and the yearly figures where a union
has recorded them. Neither needs a UnionDesk account: the server's own accounts decide.
"""

from __future__ import annotations

import argparse
import getpass
import os

from desktop.commands import CommandContext
from desktop.messages import QT_TRANSLATE_NOOP, Message, UserError

NAME = "federation"
HELP = "several unions on one server: set up and read the federation's figures (members by union, yearly figures)"
NEEDS_ACCOUNT = False
PASSWORD_VAR = "UNIONDESK_FEDERATION_PASSWORD"

_YEAR_LABELS: dict[str, Message] = {
    "workforce": QT_TRANSLATE_NOOP("Cli", "workforce"),
    "women_workforce": QT_TRANSLATE_NOOP("Cli", "women"),
    "migrant_workforce": QT_TRANSLATE_NOOP("Cli", "migrant workers"),
    "committee": QT_TRANSLATE_NOOP("Cli", "committee"),
    "audit_committee": QT_TRANSLATE_NOOP("Cli", "audit committee"),
    "women_committee": QT_TRANSLATE_NOOP("Cli", "women's committee"),
    "member_representatives": QT_TRANSLATE_NOOP("Cli", "member representatives"),
    "congress_delegates": QT_TRANSLATE_NOOP("Cli", "congress delegates"),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    setup = actions.add_parser("setup", help="(server administrator) views over every union, and the account reading them")
    setup.add_argument("--account", metavar="NAME", default="federation",
                       help="the federation's PostgreSQL account (default: federation)")
    actions.add_parser("figures", help="members by union, and the yearly figures where they exist")
    actions.add_parser("show", help="the same figures in a window")


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.store import federation
    from desktop.store.paths import is_url

    if not is_url(context.location):
        raise UserError(QT_TRANSLATE_NOOP(
            "Cli", "Federation figures are read from a PostgreSQL server: give its URL with --db "
            "postgresql://account@server/database."))
    if args.action == "setup":
        password = os.environ.get(PASSWORD_VAR) or _ask_password(context)
        schemas = federation.setup(context.location, args.account, password)
        context.say(QT_TRANSLATE_NOOP(
            "Cli", "The account {account} may now read the figures of {count} union(s) ({schemas}) and "
            "nothing else.").format(account=args.account, count=len(schemas), schemas=", ".join(schemas)))
        return 0
    from desktop.domain.operations.federation import figures_of

    figures = figures_of(context.location)
    if args.action == "show":
        from desktop.store.union_copy import shown_location
        from desktop.views.federation.window import show_window  # Qt only when a window is wanted

        return show_window(figures, shown_location(context.location), context.language)
    context.say(QT_TRANSLATE_NOOP("Cli", "Members by union:"))
    for union in figures.members:
        context.say(QT_TRANSLATE_NOOP("Cli", "  {union} ({schema}): {count} members")
                    .format(union=union.union_name or "-", schema=union.schema, count=union.members))
    context.say(QT_TRANSLATE_NOOP("Cli", "Members in all: {count}")
                .format(count=sum(u.members for u in figures.members)))
    if not figures.years:
        context.say(QT_TRANSLATE_NOOP("Cli", "No union has recorded its yearly figures yet."))
    else:
        context.say(QT_TRANSLATE_NOOP("Cli", "Yearly figures:"))
    for year in figures.years:
        parts = ", ".join(f"{context.text(_YEAR_LABELS[name])} {value}"
                          for name, value in year.figures.items() if value is not None)
        context.say(QT_TRANSLATE_NOOP("Cli", "  {union}, as of {date}: {figures}")
                    .format(union=year.union_name or year.schema, date=str(year.as_of), figures=parts))
    return 0


def _ask_password(context: CommandContext) -> str | None:
    """The new account's password; empty keeps the one it has (or none, where the server trusts the PC)."""
    try:
        return getpass.getpass(context.text(QT_TRANSLATE_NOOP(
            "Cli", "Password for the federation's account (empty: leave it as it is):")) + " ") or None
    except EOFError:
        return None
