"""The dues rules of DOMAIN.md, as pure functions over exact decimals.

- The base (会费基数) is the monthly wage with the remainder under 10 yuan dropped:
  base = floor(wage / 10) × 10 (5 678.90 → 5 670).
- Dues for a month = base × rate, rounded to the fen HALF UP (as cashiers round): 5 670 × 0.5 %
  = 28.35; 1 234 → base 1 230 × 0.5 % = 6.15; 3 333 → 3 330 × 0.3 % = 9.99. The product is rounded
  once per month, so a year of dues is twelve rounded months (never a rounded year).
- The rate is a setting with its effective date (default 0.5 %), stored in parts per million.
- A member owes dues for a month when, on the last day of that month, their membership status is
  "active" [inferred]: a member who joins on 15 March owes March; one retained (保留) or leaving on
  10 June owes nothing for June; months before joining and after leaving owe nothing.
- The wage base and the rate in force for a month are those effective on or before its last day:
  a pay rise effective 15 March counts for March; entered later with that date, March onward
  become owed at the new base (back-dues, 补缴) and the account shows the difference.
- Deemed withdrawal (DOMAIN.md): six or more owed months in a row, up to the latest month, with
  nothing paid for them → a warning for the cadre, never a status change.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.money import CENT, cents
from desktop.messages import QT_TRANSLATE_NOOP, Message

DEFAULT_RATE_PPM = 5000          # 0.5 %
PPM = 1_000_000
WARNING_MONTHS = 6               # consecutive months with nothing paid → deemed-withdrawal warning
MAX_RATE_PPM = 50_000            # 5 %: anything above is a typing slip


class Method:
    PAYROLL = "payroll"
    CASH = "cash"
    TRANSFER = "transfer"
    ALL = (PAYROLL, CASH, TRANSFER)


METHOD_LABELS: dict[str, Message] = {
    Method.PAYROLL: QT_TRANSLATE_NOOP("Dues", "Payroll deduction"),
    Method.CASH: QT_TRANSLATE_NOOP("Dues", "Cash"),
    Method.TRANSFER: QT_TRANSLATE_NOOP("Dues", "Bank transfer"),
}
METHOD_LABELS_ZH = {Method.PAYROLL: "工资代扣", Method.CASH: "现金", Method.TRANSFER: "转账"}


def base_of(wage: Decimal) -> Decimal:
    """floor(wage / 10) × 10: the remainder under 10 yuan is not counted."""
    if wage < 0:
        raise ValueError("a wage is never negative")
    return ((wage // 10) * 10).quantize(CENT)


def monthly_dues(wage: Decimal, rate_ppm: int) -> Decimal:
    """One month's dues on a wage: base × rate, rounded half up to the fen."""
    return cents(base_of(wage) * Decimal(rate_ppm) / PPM)


def monthly_dues_fen(wage_fen: int, rate_ppm: int) -> int:
    """The same in whole fen with integer arithmetic (what the SQL computes):
    (base_fen × ppm + 500 000) // 1 000 000 is half-up rounding for non-negative values."""
    return (wage_fen // 1000 * 1000 * rate_ppm + PPM // 2) // PPM


def rate_percent(rate_ppm: int) -> Decimal:
    """5000 → Decimal('0.5') (per cent), for showing."""
    return (Decimal(rate_ppm) / 10_000).normalize()


def ppm_of_percent(percent: Decimal) -> int:
    """Decimal('0.5') per cent → 5000 ppm; ValueError when finer than 0.0001 %."""
    ppm = percent * 10_000
    if ppm != ppm.to_integral_value():
        raise ValueError("rate finer than a millionth")
    return int(ppm)


# -- months as whole numbers -------------------------------------------------------------------------

@dataclass(frozen=True, order=True)
class Period:
    """One dues month."""

    year: int
    month: int

    @property
    def index(self) -> int:
        return month_index(self.year, self.month)

    @classmethod
    def of(cls, day: dt.date) -> "Period":
        return cls(day.year, day.month)

    @classmethod
    def from_index(cls, index: int) -> "Period":
        return cls(index // 12, index % 12 + 1)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def next(self) -> "Period":
        return Period.from_index(self.index + 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def month_index(year: int, month: int) -> int:
    """Months counted from year 0: consecutive months differ by one."""
    return year * 12 + month - 1


FOREVER = month_index(9999, 12)   # "no end": an open interval, a row with no row after it


def parse_period(text: str) -> Period:
    """"2026-10" or "2026/10" or "202610" → Period; ValueError otherwise."""
    cleaned = text.strip().replace("/", "-").replace(".", "-").replace("年", "-").rstrip("月")
    if "-" in cleaned:
        year_text, month_text = cleaned.split("-", 1)
    elif len(cleaned) == 6 and cleaned.isdigit():
        year_text, month_text = cleaned[:4], cleaned[4:]
    else:
        raise ValueError(text)
    year, month = int(year_text), int(month_text)
    if not (1900 <= year <= 2200 and 1 <= month <= 12):
        raise ValueError(text)
    return Period(year, month)


def periods_text(periods: list[Period]) -> str:
    """Chinese text of the months a receipt covers: "2026年1月—3月、2026年5月"."""
    if not periods:
        return ""
    ordered = sorted(set(periods))
    runs: list[list[Period]] = [[ordered[0]]]
    for period in ordered[1:]:
        if period.index == runs[-1][-1].index + 1:
            runs[-1].append(period)
        else:
            runs.append([period])
    parts = []
    for run in runs:
        first, last = run[0], run[-1]
        if first == last:
            parts.append(f"{first.year}年{first.month}月")
        elif first.year == last.year:
            parts.append(f"{first.year}年{first.month}月—{last.month}月")
        else:
            parts.append(f"{first.year}年{first.month}月—{last.year}年{last.month}月")
    return "、".join(parts)


__all__ = ["DEFAULT_RATE_PPM", "METHOD_LABELS", "Method", "Period", "ROUND_HALF_UP", "WARNING_MONTHS",
           "base_of", "month_index", "monthly_dues", "monthly_dues_fen", "parse_period", "periods_text"]
