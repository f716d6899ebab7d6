"""`uniondesk print …` papers of the aid area (each needs the aid.read permission):

    uniondesk print aid-notice --year Y OUT.pdf [--date D] [--days N]   公示 (name, department, tier/type, amount only)
    uniondesk print payment-sheet --batch ID OUT.pdf                    发放签领表
    uniondesk print aid-application --case ID OUT.pdf [--full]          帮扶申请书 (--full: ID and health, audited)
    uniondesk print aid-approval --case ID OUT.pdf                      审批表
"""

from __future__ import annotations

import argparse
import datetime as dt


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def add_parsers(papers) -> dict:
    notice = papers.add_parser("aid-notice", help="帮扶公示: the year's aid (name, department, tier or type, amount)")
    notice.add_argument("out", metavar="OUT.pdf")
    notice.add_argument("--year", type=int, required=True)
    notice.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="date of the notice (default: today)")
    notice.add_argument("--days", type=int, default=7, help="length of the notice period in days (default 7)")
    sheet = papers.add_parser("payment-sheet", help="发放签领表: a payment batch to sign for")
    sheet.add_argument("out", metavar="OUT.pdf")
    sheet.add_argument("--batch", type=int, required=True, metavar="ID")
    application = papers.add_parser("aid-application", help="帮扶申请书: a case's application form, prefilled")
    application.add_argument("out", metavar="OUT.pdf")
    application.add_argument("--case", type=int, required=True, metavar="ID")
    application.add_argument("--full", action="store_true",
                             help="print the full ID number and health (aid.sensitive; audited)")
    approval = papers.add_parser("aid-approval", help="审批表: a case's approval form with signature blocks")
    approval.add_argument("out", metavar="OUT.pdf")
    approval.add_argument("--case", type=int, required=True, metavar="ID")
    return {"aid-notice": _notice, "payment-sheet": _sheet, "aid-application": _application,
            "aid-approval": _approval}


def _notice(args, context) -> bytes:
    from desktop.documents.aid.papers import aid_notice_pdf
    from desktop.documents.aid.contents import build_notice

    db = context.open()
    return aid_notice_pdf(build_notice(db, context.actor(db), args.year, args.date, max(1, args.days)))


def _sheet(args, context) -> bytes:
    from desktop.documents.aid.papers import payment_sheet_pdf
    from desktop.documents.aid.contents import build_payment_sheet

    db = context.open()
    return payment_sheet_pdf(build_payment_sheet(db, context.actor(db), args.batch))


def _application(args, context) -> bytes:
    from desktop.documents.aid.papers import application_pdf
    from desktop.documents.aid.contents import build_application

    db = context.open()
    return application_pdf(build_application(db, context.actor(db), args.case, full=args.full))


def _approval(args, context) -> bytes:
    from desktop.documents.aid.papers import approval_pdf
    from desktop.documents.aid.contents import build_approval

    db = context.open()
    return approval_pdf(build_approval(db, context.actor(db), args.case))
