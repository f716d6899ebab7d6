"""`uniondesk print funds-notice --year Y [--quarter Q] [--date D] OUT.pdf`: 经费收支公示, the summary
of income and spending by category for a year or one quarter, for the members' notice board."""

from __future__ import annotations

import argparse
import datetime as dt


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def add_parsers(papers) -> dict:
    notice = papers.add_parser("funds-notice", help="经费收支公示: income and spending by category")
    notice.add_argument("out", metavar="OUT.pdf")
    notice.add_argument("--year", type=int, required=True, metavar="Y")
    notice.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], metavar="Q", help="1-4 (default: the year)")
    notice.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="date under the signature (default: today)")
    return {"funds-notice": _funds_notice}


def _funds_notice(args: argparse.Namespace, context) -> bytes:
    from desktop.documents.funds.notice import build_funds_notice, funds_notice_pdf

    db = context.open()
    notice = build_funds_notice(db, context.actor(db), args.year, args.quarter, args.date or dt.date.today())
    return funds_notice_pdf(notice)
