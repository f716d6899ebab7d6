"""`uniondesk stats [--as-of DATE] [--json]`: the union's yearly figures (基层工会统计年报) as of a day
(default: 31 December of last year), computed from the register's history, with the consistency
checks. `--workforce N [--women-workforce N]` first records the unit's headcount for that day."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from desktop.commands import CommandContext
from desktop.messages import QT_TRANSLATE_NOOP, UserError

NAME = "stats"
HELP = "the union's yearly figures as of a day (统计年报), with the consistency checks"


def last_year_end(today: dt.date | None = None) -> dt.date:
    today = today or dt.date.today()
    return dt.date(today.year - 1, 12, 31)


def parse_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(QT_TRANSLATE_NOOP("Cli", "“{text}” is not a date: write it as 2025-12-31.").format(
            text=text)) from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as-of", metavar="DATE", help="the day of the figures (default: 31 December of last year)")
    parser.add_argument("--json", action="store_true", help="the figures as one JSON object")
    parser.add_argument("--workforce", type=int, metavar="N", help="record the unit's headcount (职工人数) on that day")
    parser.add_argument("--women-workforce", type=int, metavar="N", help="of whom women (with --workforce)")


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.domain.statistics.lines import SECTIONS, report_lines
    from desktop.domain.statistics.queries import StatisticsQueries

    as_of = parse_day(args.as_of) if args.as_of else last_year_end()
    db = context.open()
    actor = context.actor(db)
    if args.workforce is not None:
        from desktop.domain.statistics.inputs import SettingsInput
        from desktop.domain.statistics.service import StatisticsService

        StatisticsService(db, actor).save_settings(SettingsInput(as_of, args.workforce, args.women_workforce))
    report = StatisticsQueries(db, actor).report(as_of)
    if args.json:
        json.dump(report_json(report, context), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    context.say(QT_TRANSLATE_NOOP("Cli", "Figures of {union} as of {date}").format(
        union=report.union_name, date=as_of.isoformat()))
    section = None
    for line in report_lines(report, context.language):
        if line.section != section:
            section = line.section
            print(f"\n[{context.text(SECTIONS[section])}]")
        print(f"{_text(line.label, context)}\t{_text(line.value, context)}")
    print()
    for check in report.checks:
        mark = "✓" if check.passed else "✗"
        print(f"{mark} {context.text(check.text)}")
    return 0


def _text(value, context: CommandContext) -> str:
    return value if isinstance(value, str) else context.text(value)


def report_json(report, context: CommandContext) -> dict:
    """Every figure by key, plus the lines as shown (label, value, how) and the checks."""
    from desktop.domain.statistics.lines import report_lines

    return {
        "as_of": report.as_of.isoformat(), "union": report.union_name,
        "workforce": report.workforce, "membership_rate": report.membership_rate,
        "members": report.members, "start_members": report.start_members, "movements": report.movements,
        "bodies": {b.key: b.count for b in report.bodies},
        "activities": [{"type": a.type_code, "name": a.label_zh, "held": a.activities, "attendances": a.attendances}
                       for a in report.activities],
        "aid": None if report.aid is None else [
            {"tier": a.tier, "households": a.households, "payments": a.payments, "amount": str(a.amount)}
            for a in report.aid],
        "dues_collected": None if report.dues_collected is None else str(report.dues_collected),
        "funds": None if report.funds is None else {f.code: str(f.amount) for f in report.funds},
        "lines": [{"section": line.section, "key": line.key, "label": _text(line.label, context),
                   "value": _text(line.value, context), "how": _text(line.how, context)}
                  for line in report_lines(report, context.language)],
        "checks": [{"key": c.key, "passed": c.passed, "text": context.text(c.text)} for c in report.checks],
    }
