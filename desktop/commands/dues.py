"""`uniondesk dues …`: dues (会费) without the window — the same services as the Dues pane.

    uniondesk dues arrears [--json] [--department D]           members with unpaid months (6+ in a row: warning)
    uniondesk dues list --month YYYY-MM | --year Y [--state S] [--department D] [--json]
    uniondesk dues export --month YYYY-MM | --year Y OUT.xlsx  the month's (year's) dues list as a workbook
    uniondesk dues wage --member ID --from YYYY-MM-DD --wage AMOUNT
    uniondesk dues rate [--set PERCENT --from YYYY-MM-DD]
    uniondesk dues pay --member ID --month YYYY-MM [--month …] --method cash|transfer|payroll [--amount A] [--date D]
    uniondesk dues batch --month YYYY-MM [--department D] [--method payroll] [--date D] [--yes]
    uniondesk dues import-payroll FILE --month YYYY-MM [--date D] [--yes]
    uniondesk dues reverse --payment ID --reason TEXT

Without --yes, batch and import-payroll only show what they would record.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from desktop.commands import CommandContext
from desktop.messages import QT_TRANSLATE_NOOP, UserError

NAME = "dues"
HELP = "dues (会费): arrears, monthly lists, payments, wage bases, payroll import"
STATES = ["all", "owing", "settled", "no_wage", "warning"]


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def _period(text: str):
    from desktop.domain.dues.rules import parse_period

    try:
        return parse_period(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a month (YYYY-MM): {text}") from None


def _range_arguments(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--month", type=_period, metavar="YYYY-MM")
    which.add_argument("--year", type=int, metavar="Y")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="dues_command", metavar="ACTION", required=True)
    arrears = actions.add_parser("arrears", help="members with unpaid dues, longest run of unpaid months first")
    arrears.add_argument("--json", action="store_true", help="a JSON list (amounts as strings with two decimals)")
    arrears.add_argument("--department", metavar="NAME")

    listing = actions.add_parser("list", help="who paid and who owes for a month or a year")
    _range_arguments(listing)
    listing.add_argument("--state", choices=STATES, default="all")
    listing.add_argument("--department", metavar="NAME")
    listing.add_argument("--json", action="store_true")

    export = actions.add_parser("export", help="the dues list of a month or a year as .xlsx")
    _range_arguments(export)
    export.add_argument("out", metavar="OUT.xlsx")
    export.add_argument("--state", choices=STATES, default="all")
    export.add_argument("--department", metavar="NAME")

    wage = actions.add_parser("wage", help="set a member's monthly wage for dues from a date")
    wage.add_argument("--member", type=int, required=True, metavar="ID")
    wage.add_argument("--from", dest="effective_from", type=_date, required=True, metavar="YYYY-MM-DD")
    wage.add_argument("--wage", required=True, metavar="AMOUNT")
    wage.add_argument("--note", default="")

    rate = actions.add_parser("rate", help="show the dues rates, or set one from a date")
    rate.add_argument("--set", dest="percent", metavar="PERCENT", help="e.g. 0.5 for 0.5 %%")
    rate.add_argument("--from", dest="effective_from", type=_date, metavar="YYYY-MM-DD")

    pay = actions.add_parser("pay", help="record one member's payment (cash and transfers get a receipt)")
    pay.add_argument("--member", type=int, required=True, metavar="ID")
    pay.add_argument("--month", type=_period, action="append", required=True, metavar="YYYY-MM",
                     help="a month paid for (repeat for several)")
    pay.add_argument("--method", choices=["cash", "transfer", "payroll"], required=True)
    pay.add_argument("--amount", metavar="AMOUNT", help="per month (default: what is unpaid for that month)")
    pay.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="default: today")
    pay.add_argument("--no-receipt", action="store_true")
    pay.add_argument("--note", default="")

    batch = actions.add_parser("batch", help="everyone (of a department) paid a month, e.g. by payroll")
    batch.add_argument("--month", type=_period, required=True, metavar="YYYY-MM")
    batch.add_argument("--department", metavar="NAME")
    batch.add_argument("--method", choices=["payroll", "cash", "transfer"], default="payroll")
    batch.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="default: today")
    batch.add_argument("--yes", action="store_true", help="record (without it: only show)")

    payroll = actions.add_parser("import-payroll", help="the finance office's payroll deduction sheet")
    payroll.add_argument("file", metavar="FILE")
    payroll.add_argument("--month", type=_period, metavar="YYYY-MM", help="default: the sheet's 月份 column")
    payroll.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="default: today")
    payroll.add_argument("--yes", action="store_true",
                         help="record the matched lines (ambiguous and unmatched lines are never recorded)")

    reverse = actions.add_parser("reverse", help="correct a payment with a reversing line (voids its receipt)")
    reverse.add_argument("--payment", type=int, required=True, metavar="ID")
    reverse.add_argument("--reason", required=True)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    handler = {"arrears": _arrears, "list": _list, "export": _export, "wage": _wage, "rate": _rate, "pay": _pay,
               "batch": _batch, "import-payroll": _import_payroll, "reverse": _reverse}[args.dues_command]
    return handler(args, context)


def _range(args):
    from desktop.domain.dues.rules import Period

    if args.month is not None:
        return args.month, args.month
    return Period(args.year, 1), Period(args.year, 12)


def _record(row) -> dict:
    return {"member_id": row.member_id, "name": row.name, "department": row.department, "status": row.status,
            "wage": None if row.wage is None else f"{row.wage:.2f}",
            "base": None if row.base is None else f"{row.base:.2f}",
            "owed": f"{row.owed:.2f}", "paid": f"{row.paid:.2f}", "balance": f"{row.balance:.2f}",
            "owed_months": row.owed_months, "unpaid_months": row.unsettled_months,
            "consecutive_unpaid_months": row.streak, "no_wage_months": row.no_wage_months,
            "warning": row.warning}


def _print_rows(rows, context: CommandContext) -> None:
    for r in rows:
        flag = " !" if r.warning else ""
        print(f"{r.member_id}\t{r.name}\t{r.department}\t{r.owed:.2f}\t{r.paid:.2f}\t{r.balance:.2f}\t"
              f"{r.unsettled_months}\t{r.streak}{flag}")


def _arrears(args, context: CommandContext) -> int:
    from desktop.domain.dues.queries import DuesQueries

    db = context.open()
    rows = DuesQueries(db, context.actor(db)).arrears(args.department)
    if args.json:
        json.dump([_record(r) for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    _print_rows(rows, context)
    warnings = sum(1 for r in rows if r.warning)
    context.say(QT_TRANSLATE_NOOP("DuesCli", "{count} members owe dues; {warnings} have 6 or more months in a row "
                                  "unpaid (deemed-withdrawal rule: a warning to act on, their status is unchanged).")
                .format(count=len(rows), warnings=warnings))
    return 0


def _list(args, context: CommandContext) -> int:
    from desktop.domain.dues.queries import DuesFilter, DuesQueries

    db = context.open()
    queries = DuesQueries(db, context.actor(db))
    first, last = _range(args)
    flt = DuesFilter(first, last, department=args.department, state=args.state)
    rows = queries.rows(flt, sort="department")
    totals = queries.totals(flt)
    if args.json:
        json.dump({"from": str(first), "to": str(last), "rows": [_record(r) for r in rows],
                   "totals": {"members": totals.members, "owed": f"{totals.owed:.2f}", "paid": f"{totals.paid:.2f}",
                              "balance": f"{totals.balance:.2f}", "owing_members": totals.owing_members}},
                  sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    _print_rows(rows, context)
    context.say(QT_TRANSLATE_NOOP("DuesCli", "{members} members: owed {owed}, paid {paid}, balance {balance} yuan; "
                                  "{owing} still owe.")
                .format(members=totals.members, owed=f"{totals.owed:,.2f}", paid=f"{totals.paid:,.2f}",
                        balance=f"{totals.balance:,.2f}", owing=totals.owing_members))
    return 0


def _export(args, context: CommandContext) -> int:
    from desktop.domain.dues.exports import DuesExports
    from desktop.domain.dues.queries import DuesFilter
    from desktop.exchange.dues.export import export_dues_list

    db = context.open()
    first, last = _range(args)
    flt = DuesFilter(first, last, department=args.department, state=args.state)
    count = export_dues_list(DuesExports(db, context.actor(db)), flt, args.out, context.language)
    context.say(QT_TRANSLATE_NOOP("DuesCli", "Written: {path} ({count} members)").format(path=args.out, count=count))
    return 0


def _wage(args, context: CommandContext) -> int:
    from desktop.domain.dues.service import DuesService
    from desktop.domain.money import parse_yuan

    db = context.open()
    DuesService(db, context.actor(db)).set_wage(args.member, args.effective_from, parse_yuan(args.wage), args.note)
    context.say(QT_TRANSLATE_NOOP("DuesCli", "Wage base saved."))
    return 0


def _rate(args, context: CommandContext) -> int:
    from decimal import Decimal, InvalidOperation

    from desktop.domain.dues.queries import DuesQueries
    from desktop.domain.dues.rules import DEFAULT_RATE_PPM, rate_percent
    from desktop.domain.dues.service import DuesService

    db = context.open()
    actor = context.actor(db)
    if args.percent is not None:
        if args.effective_from is None:
            raise UserError(QT_TRANSLATE_NOOP("DuesCli", "Give the date the rate counts from with --from YYYY-MM-DD."))
        try:
            percent = Decimal(args.percent)
        except InvalidOperation:
            percent = Decimal(-1)
        DuesService(db, actor).set_rate(args.effective_from, percent)
    rates = DuesQueries(db, actor).rates()
    if not rates:
        print(f"—\t{rate_percent(DEFAULT_RATE_PPM)}%")
    for rate in rates:
        print(f"{rate.effective_from.isoformat()}\t{rate_percent(rate.rate_ppm)}%\t{rate.note}")
    return 0


def _pay(args, context: CommandContext) -> int:
    from desktop.domain.dues.queries import DuesQueries
    from desktop.domain.dues.service import DuesService
    from desktop.domain.money import parse_yuan

    db = context.open()
    actor = context.actor(db)
    lines = []
    if args.amount is not None:
        amount = parse_yuan(args.amount)
        lines = [(p, amount) for p in args.month]
    else:
        account = DuesQueries(db, actor).account(args.member, min(args.month), max(args.month))
        if account is None:
            raise UserError(QT_TRANSLATE_NOOP("DuesCli", "There is no member with the number {id}.")
                            .format(id=args.member))
        balance = {m.period: m.balance for m in account.months}
        for period in args.month:
            if balance.get(period, 0) <= 0:
                raise UserError(QT_TRANSLATE_NOOP(
                    "DuesCli", "Nothing is unpaid for {period}; give the amount with --amount.").format(period=str(period)))
            lines.append((period, balance[period]))
    result = DuesService(db, actor).record_payment(args.member, lines, args.date or dt.date.today(), args.method,
                                                   args.note, receipt=False if args.no_receipt else None)
    context.say(QT_TRANSLATE_NOOP("DuesCli", "Recorded {total} yuan (payment {ids}); receipt {receipt}.")
                .format(total=f"{result.total:.2f}", ids=", ".join(map(str, result.payment_ids)),
                        receipt=result.receipt_no or "—"))
    return 0


def _batch(args, context: CommandContext) -> int:
    from desktop.domain.dues.queries import DuesQueries
    from desktop.domain.dues.service import DuesService, PaymentLine

    db = context.open()
    actor = context.actor(db)
    plan = DuesQueries(db, actor).plan_batch(args.month, args.department)
    context.say(QT_TRANSLATE_NOOP("DuesCli", "{count} members owe {total} yuan for {period}; {settled} have paid "
                                  "already; {no_wage} have no wage base on record and are left out.")
                .format(count=len(plan.lines), total=f"{plan.total:,.2f}", period=str(args.month),
                        settled=plan.already_paid, no_wage=len(plan.no_wage)))
    if not args.yes:
        context.say(QT_TRANSLATE_NOOP("DuesCli", "Nothing recorded: add --yes to record these payments."))
        return 0
    lines = [PaymentLine(line.member_id, line.amount) for line in plan.lines]
    description = f"{args.month.year}年{args.month.month}月会费" + (f"（{args.department}）" if args.department else "")
    batch_id = DuesService(db, actor).record_batch(args.month, args.date or dt.date.today(), args.method, lines,
                                                   description)
    context.say(QT_TRANSLATE_NOOP("DuesCli", "Recorded as batch {id}.").format(id=batch_id))
    return 0


def _import_payroll(args, context: CommandContext) -> int:
    from pathlib import Path

    from desktop.domain.dues.payroll import PayrollQueries
    from desktop.domain.dues.service import DuesService, PaymentLine
    from desktop.exchange.dues.payroll import (
        AMBIGUOUS, INVALID, MATCH_LABELS, MATCHED, UNMATCHED, confirmed_lines, default_choices, file_digest,
        match_payroll,
    )
    from desktop.i18n.catalog import translator

    db = context.open()
    actor = context.actor(db)
    sheet = match_payroll(PayrollQueries(db, actor), args.file, args.month)
    period = args.month or sheet.period
    if period is None:
        raise UserError(QT_TRANSLATE_NOOP("DuesCli", "The sheet names no month: give it with --month YYYY-MM."))
    tr = translator(context.language)
    for line in sheet.lines:
        how = MATCH_LABELS[line.matched_by].render(tr) if line.matched_by else ""
        who = ", ".join(f"{c.member_id} {c.name} {c.department}" for c in line.candidates)
        problem = line.problem.render(tr) if line.problem else ""
        amount = "" if line.amount is None else f"{line.amount:.2f}"
        print(f"{line.row}\t{line.status}\t{line.name}\t{line.department}\t{amount}\t{how}\t{who}\t{problem}")
    context.say(QT_TRANSLATE_NOOP("DuesCli", "{matched} matched, {ambiguous} to choose, {unmatched} not found, "
                                  "{invalid} unreadable.")
                .format(matched=sheet.count(MATCHED), ambiguous=sheet.count(AMBIGUOUS),
                        unmatched=sheet.count(UNMATCHED), invalid=sheet.count(INVALID)))
    if not args.yes:
        context.say(QT_TRANSLATE_NOOP("DuesCli", "Nothing recorded: check the matches above, then add --yes to record "
                                      "the matched lines (choose the others in the window)."))
        return 0
    lines = [PaymentLine(m, a, note) for m, a, note in confirmed_lines(sheet, default_choices(sheet))]
    batch_id = DuesService(db, actor).record_batch(
        period, args.date or dt.date.today(), "payroll", lines, f"{period.year}年{period.month}月工资代扣会费（导入）",
        kind="payroll_import", file_name=Path(args.file).name, file_sha256=file_digest(args.file))
    context.say(QT_TRANSLATE_NOOP("DuesCli", "Recorded as batch {id}.").format(id=batch_id))
    return 0


def _reverse(args, context: CommandContext) -> int:
    from desktop.domain.dues.service import DuesService

    db = context.open()
    ids = DuesService(db, context.actor(db)).reverse_payment(args.payment, args.reason)
    context.say(QT_TRANSLATE_NOOP("DuesCli", "Reversed with line(s) {ids}.").format(ids=", ".join(map(str, ids))))
    return 0
