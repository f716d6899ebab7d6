"""Money: exact yuan amounts, never floats.

Amounts live in the program as `Decimal` with two places and in the database as whole fen (分) in an
INTEGER column, through the `Money` column type. SQLite has no exact decimal type (NUMERIC columns
come back as floats), and integers sum exactly in SQL on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import Integer, TypeDecorator

from desktop.domain.errors import UserError
from desktop.messages import QT_TRANSLATE_NOOP

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
LIMIT = Decimal("100000000")  # one hundred million yuan: anything larger is a typing slip here


def to_fen(amount: Decimal) -> int:
    """Whole fen of an amount that has at most two decimal places (ValueError otherwise)."""
    fen = amount * 100
    if fen != fen.to_integral_value():
        raise ValueError(f"{amount} has more than two decimal places")
    return int(fen)


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(CENT)


def cents(amount: Decimal) -> Decimal:
    """Rounded to the fen, half up (as cashiers and banks round)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


class Money(TypeDecorator):
    """A yuan amount stored as integer fen. Python side: Decimal with two places."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect):
        return None if value is None else to_fen(Decimal(value))

    def process_result_value(self, value: int | None, dialect):
        return None if value is None else from_fen(value)


_NOISE = re.compile(r"[\s,，¥￥]|元$|RMB|CNY", re.IGNORECASE)


def parse_yuan(text: str, allow_negative: bool = False) -> Decimal:
    """An amount typed by a person: "1,234.5", "１２３", "¥80", "300元". Raises UserError saying what
    is wrong (not a number, more than two decimals, negative, implausibly large)."""
    cleaned = _NOISE.sub("", unicodedata.normalize("NFKC", text or ""))
    if not cleaned:
        raise UserError(QT_TRANSLATE_NOOP("Money", "Enter an amount in yuan, for example 120.50."))
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise UserError(QT_TRANSLATE_NOOP(
            "Money", "“{text}” is not an amount. Type digits with at most two decimals, for example 120.50.")
            .format(text=text)) from None
    if not amount.is_finite():
        raise UserError(QT_TRANSLATE_NOOP(
            "Money", "“{text}” is not an amount. Type digits with at most two decimals, for example 120.50.")
            .format(text=text))
    if amount < 0 and not allow_negative:
        raise UserError(QT_TRANSLATE_NOOP("Money", "The amount cannot be negative: {text}.").format(text=text))
    if abs(amount) >= LIMIT:
        raise UserError(QT_TRANSLATE_NOOP("Money", "{text} yuan is too large for this office; check the digits.")
                        .format(text=text))
    if amount != amount.quantize(CENT):
        raise UserError(QT_TRANSLATE_NOOP(
            "Money", "“{text}” has more than two decimal places; amounts are kept to the fen (0.01 yuan).")
            .format(text=text))
    return amount.quantize(CENT)


def format_yuan(amount: Decimal | None, grouping: bool = True) -> str:
    """ "1,234.50" (or "1234.50" without grouping); empty for no amount."""
    if amount is None:
        return ""
    return f"{amount.quantize(CENT):,.2f}" if grouping else f"{amount.quantize(CENT):.2f}"


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_BIG_UNITS = ("", "万", "亿")


def _four_digits(number: int) -> str:
    """Capital digits of 0-9999 with 零 where a gap needs one ("壹仟零伍")."""
    text, zero_pending = "", False
    for position in range(3, -1, -1):
        digit = number // 10 ** position % 10
        if digit == 0:
            zero_pending = bool(text)
        else:
            if zero_pending:
                text += "零"
                zero_pending = False
            text += _DIGITS[digit] + _SMALL_UNITS[position]
    return text


def yuan_in_words(amount: Decimal) -> str:
    """The capital-figure amount receipts and payment sheets carry (大写金额), e.g. 1005.30 →
    "壹仟零伍元叁角整"; 0 → "零元整"."""
    fen = to_fen(cents(amount))
    sign = "负" if fen < 0 else ""
    fen = abs(fen)
    yuan, jiao, fen_digit = fen // 100, fen // 10 % 10, fen % 10
    groups: list[int] = []
    parts: list[str] = []
    while yuan:
        groups.append(yuan % 10000)
        yuan //= 10000
    need_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            need_zero = bool(parts)
            continue
        if parts and (need_zero or group < 1000):
            parts.append("零")
        parts.append(_four_digits(group) + _BIG_UNITS[index])
        need_zero = False
    text = "".join(parts)
    if not text and not jiao and not fen_digit:
        return sign + "零元整"
    if text:
        text += "元"
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif text and fen_digit:
        text += "零"
    if fen_digit:
        text += _DIGITS[fen_digit] + "分"
    else:
        text += "整"
    return sign + text
