"""`uniondesk print …` papers of the dues area:

    uniondesk print receipt --payment ID OUT.pdf        工会会费收据 (or --number 2026-00012)
    uniondesk print dues-statement --member ID --year Y OUT.pdf   会费缴纳明细 of one member for a year
"""

from __future__ import annotations


def add_parsers(papers) -> dict:
    receipt = papers.add_parser("receipt", help="工会会费收据: the receipt of a dues payment")
    receipt.add_argument("out", metavar="OUT.pdf")
    which = receipt.add_mutually_exclusive_group(required=True)
    which.add_argument("--payment", type=int, metavar="ID", help="a payment on the receipt")
    which.add_argument("--number", metavar="NO", help="the receipt number, e.g. 2026-00012")
    statement = papers.add_parser("dues-statement", help="会费缴纳明细: a member's dues for one year")
    statement.add_argument("out", metavar="OUT.pdf")
    statement.add_argument("--member", type=int, required=True, metavar="ID")
    statement.add_argument("--year", type=int, required=True, metavar="Y")
    return {"receipt": _receipt, "dues-statement": _statement}


def _receipt(args, context) -> bytes:
    from desktop.documents.dues.contents import receipt_for_number, receipt_for_payment

    db = context.open()
    actor = context.actor(db)
    if args.number:
        return receipt_for_number(db, actor, args.number)
    return receipt_for_payment(db, actor, args.payment)


def _statement(args, context) -> bytes:
    from desktop.documents.dues.contents import statement_for

    db = context.open()
    return statement_for(db, context.actor(db), args.member, args.year)
