"""From dues records to paper: the receipt of a payment and a member's yearly statement, read
through the dues queries (which check FUNDS_READ) and laid out by dues_receipt / dues_statement."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop.documents.dues.receipt import Receipt, receipt_pdf
from desktop.documents.dues.statement import Statement, StatementLine, statement_pdf
from desktop.documents.members.contents import union_name
from desktop.domain.accounts.actor import Actor
from desktop.domain.dues.queries import DuesQueries
from desktop.domain.dues.rules import METHOD_LABELS_ZH, Period, base_of, rate_percent
from desktop.domain.errors import NotFoundError
from desktop.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the open database is handed through to the domain, never used here
    from desktop.store.database import Database


def receipt_for_payment(db: Database, actor: Actor, payment_id: int) -> bytes:
    """The receipt PDF of the payment (all months on the same receipt)."""
    queries = DuesQueries(db, actor)
    view = queries.receipt_of_payment(payment_id)
    if view is None:
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "DuesPaper", "Payment {id} has no receipt (payroll deductions get none, or the payment does not "
            "exist). Check the number in the member's dues account.").format(id=payment_id))
    return receipt_for_number(db, actor, view.number)


def receipt_for_number(db: Database, actor: Actor, number: str) -> bytes:
    view = DuesQueries(db, actor).receipt(number)
    if view is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DuesPaper", "There is no receipt numbered {number}.")
                            .format(number=number))
    receipt = Receipt(union_name(db), view.number, view.issued_on, view.payer_name, view.department,
                      f"缴纳工会会费（{view.periods}）", view.amount, METHOD_LABELS_ZH.get(view.method, view.method),
                      view.issued_by, view.void, view.void_reason)
    return receipt_pdf(receipt)


def statement_for(db: Database, actor: Actor, member_id: int, year: int, today: dt.date | None = None) -> bytes:
    queries = DuesQueries(db, actor, today=today)
    # Months after this one are not due yet: the statement stops at the current month.
    account = queries.account(member_id, Period(year, 1), min(Period(year, 12), max(queries.current, Period(year, 1))))
    if account is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("DuesPaper", "There is no member with the number {id}.")
                            .format(id=member_id))
    notes: dict[int, list[str]] = {}
    for payment in account.payments:
        if payment.period.year == year:
            text = f"{METHOD_LABELS_ZH.get(payment.method, payment.method)}{payment.paid_on.month}/{payment.paid_on.day}"
            if payment.amount < 0:
                text = f"冲销{payment.paid_on.month}/{payment.paid_on.day}"
            notes.setdefault(payment.period.month, []).append(text)
    lines = []
    for month in account.months:
        note = "；".join(notes.get(month.period.month, []))
        if not month.active:
            note = ("非在册/保留会籍" + ("；" + note if note else ""))
        elif month.wage is None:
            note = ("无工资基数" + ("；" + note if note else ""))
        lines.append(StatementLine(month.period.month, base_of(month.wage) if month.wage is not None else None,
                                   f"{rate_percent(month.rate_ppm)}%", month.owed, month.paid, note))
    return statement_pdf(Statement(union_name(db), year, account.name, account.department, account.member_no,
                                   tuple(lines)))
