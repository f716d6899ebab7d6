"""Table models of the Dues area, over plain rows the dues queries computed and sorted in SQL.

The list of a month holds one small frozen row per listed member (tens of thousands at most: the
query has already done the work; a model reset with 100 000 rows takes ~60 ms); sorting asks the
pane to query again in the new order — never a proxy model over Python rows."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from desktop.domain.dues.owed import MonthLine
from desktop.domain.dues.queries import DuesRow, PaymentLineView
from desktop.domain.dues.rules import METHOD_LABELS, base_of, rate_percent
from desktop.domain.money import format_yuan
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.models.columns import text_column
from desktop.models.row_list import RowListModel
from desktop.models.texts import message_text

_RED = "#b3261e"
_WARN = "#fbe3e1"
_GREY = "#777777"


def _money(value: Decimal | None) -> str:
    return format_yuan(value) if value is not None else ""


def _warn_background(row: DuesRow) -> str | None:
    return _WARN if row.warning else None


def _dues_column(key: str, title, text, right: bool = False, foreground=None):
    """A column of the month's list: a row under the deemed-withdrawal warning is tinted whole."""
    return text_column(title, text, right=right, colour=_warn_background, key=key, foreground=foreground)


class DuesListModel(RowListModel):
    """Who paid and who owes for the chosen month, year or overdue range."""

    def __init__(self, parent=None):
        super().__init__((
            _dues_column("name", QT_TRANSLATE_NOOP("DuesListModel", "Name"), lambda r: r.name),
            _dues_column("department", QT_TRANSLATE_NOOP("DuesListModel", "Department"), lambda r: r.department),
            _dues_column("wage", QT_TRANSLATE_NOOP("DuesListModel", "Dues base"), lambda r: _money(r.base), True),
            _dues_column("owed", QT_TRANSLATE_NOOP("DuesListModel", "Owed"), lambda r: _money(r.owed), True),
            _dues_column("paid", QT_TRANSLATE_NOOP("DuesListModel", "Paid"), lambda r: _money(r.paid), True),
            _dues_column("balance", QT_TRANSLATE_NOOP("DuesListModel", "Balance"), lambda r: _money(r.balance), True,
                         foreground=lambda r: _RED if r.balance > 0 else None),
            _dues_column("unsettled_months", QT_TRANSLATE_NOOP("DuesListModel", "Months unpaid"),
                         lambda r: str(r.unsettled_months) if r.unsettled_months else "", True),
            _dues_column("streak", QT_TRANSLATE_NOOP("DuesListModel", "In a row"),
                         lambda r: str(r.streak) if r.streak else "", True),
            _dues_column("note", QT_TRANSLATE_NOOP("DuesListModel", "Note"), self._note),
        ), id_of=lambda row: row.member_id, parent=parent)

    @staticmethod
    def _note(row: DuesRow) -> str:
        notes = []
        if row.warning:
            notes.append(QCoreApplication.translate(
                "DuesListModel", "{months} months unpaid in a row: deemed-withdrawal rule, check").format(
                months=row.streak))
        if row.no_wage_months:
            notes.append(QCoreApplication.translate("DuesListModel", "No wage base for {months} month(s)").format(
                months=row.no_wage_months))
        if row.status != "active":
            notes.append(QCoreApplication.translate("DuesListModel", "Not an active member now"))
        return "; ".join(notes)


def _inactive_grey(month: MonthLine) -> str | None:
    return _GREY if not month.active else None


def _month_column(key: str, title, text, right: bool = False):
    """A column of a member's account: a month when they were not an active member is greyed."""
    return text_column(title, text, right=right, key=key, foreground=_inactive_grey)


class AccountMonthsModel(RowListModel):
    """A member's dues account, month by month."""

    def __init__(self, parent=None):
        balance = text_column(QT_TRANSLATE_NOOP("AccountMonthsModel", "Balance"), lambda m: _money(m.balance),
                              right=True, key="balance",
                              foreground=lambda m: _RED if m.balance > 0 else _inactive_grey(m))
        super().__init__((
            _month_column("period", QT_TRANSLATE_NOOP("AccountMonthsModel", "Month"), lambda m: str(m.period)),
            _month_column("base", QT_TRANSLATE_NOOP("AccountMonthsModel", "Dues base"),
                          lambda m: _money(base_of(m.wage)) if m.wage is not None else "", True),
            _month_column("rate", QT_TRANSLATE_NOOP("AccountMonthsModel", "Rate"),
                          lambda m: f"{rate_percent(m.rate_ppm)}%", True),
            _month_column("owed", QT_TRANSLATE_NOOP("AccountMonthsModel", "Owed"), lambda m: _money(m.owed), True),
            _month_column("paid", QT_TRANSLATE_NOOP("AccountMonthsModel", "Paid"), lambda m: _money(m.paid), True),
            balance,
            _month_column("note", QT_TRANSLATE_NOOP("AccountMonthsModel", "Note"), self._note),
        ), parent=parent)

    @staticmethod
    def _note(month: MonthLine) -> str:
        if not month.active:
            return QCoreApplication.translate("AccountMonthsModel", "Not owed (not an active member)")
        if month.wage is None:
            return QCoreApplication.translate("AccountMonthsModel", "No wage base")
        if month.balance > 0 and month.paid > 0:
            return QCoreApplication.translate("AccountMonthsModel", "Partly paid (back-dues?)")
        return ""


def _corrected_grey(payment: PaymentLineView) -> str | None:
    return _GREY if payment.reversed or payment.reverses_id else None


def _payment_column(key: str, title, text, right: bool = False):
    """A column of a member's payments: a reversed line and its reversal are greyed."""
    return text_column(title, text, right=right, key=key, foreground=_corrected_grey)


def _method(payment: PaymentLineView) -> str:
    return message_text(METHOD_LABELS[payment.method]) if payment.method in METHOD_LABELS else payment.method


class PaymentsModel(RowListModel):
    """A member's payment lines, corrections included."""

    def __init__(self, parent=None):
        super().__init__((
            _payment_column("id", QT_TRANSLATE_NOOP("PaymentsModel", "No."), lambda p: str(p.id), True),
            _payment_column("period", QT_TRANSLATE_NOOP("PaymentsModel", "For month"), lambda p: str(p.period)),
            _payment_column("amount", QT_TRANSLATE_NOOP("PaymentsModel", "Amount"), lambda p: _money(p.amount), True),
            _payment_column("paid_on", QT_TRANSLATE_NOOP("PaymentsModel", "Paid on"), lambda p: p.paid_on.isoformat()),
            _payment_column("method", QT_TRANSLATE_NOOP("PaymentsModel", "How"), _method),
            _payment_column("receipt_no", QT_TRANSLATE_NOOP("PaymentsModel", "Receipt"), lambda p: p.receipt_no or ""),
            _payment_column("note", QT_TRANSLATE_NOOP("PaymentsModel", "Note"), self._note),
        ), id_of=lambda payment: payment.id, parent=parent)

    @staticmethod
    def _note(payment: PaymentLineView) -> str:
        if payment.reverses_id:
            text = QCoreApplication.translate("PaymentsModel", "Reverses no. {id}").format(id=payment.reverses_id)
            return f"{text}: {payment.note}" if payment.note else text
        if payment.reversed:
            return QCoreApplication.translate("PaymentsModel", "Reversed")
        return payment.note
