"""法定退休年龄 under the 2025 gradual reform (全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄
的决定, 2024-09-13, and its 实施办法): from 2025-01-01 the age rises by one month for every 4 months of
birth (men from 60 to 63, women from 55 to 58) or every 2 months (women from 50 to 55). The table is in
docs/domain.md."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Schedule:
    original_years: int
    first_birth_month: tuple[int, int]   # the first birth month whose age is raised (by one month)
    birth_months_per_step: int
    max_delay_months: int


MEN = Schedule(60, (1965, 1), 4, 36)
WOMEN_CADRE = Schedule(55, (1970, 1), 4, 36)    # 原法定退休年龄55周岁的女职工 (管理、技术岗位)
WOMEN_WORKER = Schedule(50, (1975, 1), 2, 60)   # 原法定退休年龄50周岁的女职工 (生产岗位)


def schedule_for(gender: str, female_original_age: int = 50) -> Schedule | None:
    """The schedule of a gender code (GB/T 2261.1: 1 男, 2 女); None when the gender is unknown.
    The register does not say whether a woman's post had the age of 50 or 55; the caller chooses."""
    if gender == "1":
        return MEN
    if gender == "2":
        return WOMEN_CADRE if female_original_age == 55 else WOMEN_WORKER
    return None


def delay_months(birth: dt.date, schedule: Schedule) -> int:
    first_year, first_month = schedule.first_birth_month
    since = (birth.year - first_year) * 12 + (birth.month - first_month)
    if since < 0:
        return 0
    return min(since // schedule.birth_months_per_step + 1, schedule.max_delay_months)


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for last_day in (day.day, 30, 29, 28):  # 31 Jan + 1 month → 28/29 Feb
        try:
            return dt.date(year, month, last_day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def retirement_date(birth: dt.date, gender: str, female_original_age: int = 50) -> dt.date | None:
    """The day the member reaches the statutory retirement age; None if the gender is unknown."""
    schedule = schedule_for(gender, female_original_age)
    if schedule is None:
        return None
    return add_months(birth, schedule.original_years * 12 + delay_months(birth, schedule))


def retirement_age_text(birth: dt.date, gender: str, female_original_age: int = 50) -> tuple[int, int] | None:
    """(years, months) of the statutory age for this birth month, e.g. (60, 4)."""
    schedule = schedule_for(gender, female_original_age)
    if schedule is None:
        return None
    return divmod(schedule.original_years * 12 + delay_months(birth, schedule), 12)
