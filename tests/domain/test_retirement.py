"""The 2025 retirement-age reform, checked against rows of the official tables (附件 of the 决定)."""

import datetime as dt

from desktop.domain.overview.retirement import retirement_age_text, retirement_date


def test_men_born_before_1965_retire_at_60():
    assert retirement_date(dt.date(1964, 12, 10), "1") == dt.date(2024, 12, 10)


def test_men_born_january_1965_retire_at_60_and_one_month_in_february_2025():
    assert retirement_age_text(dt.date(1965, 1, 15), "1") == (60, 1)
    assert retirement_date(dt.date(1965, 1, 15), "1") == dt.date(2025, 2, 15)


def test_men_reach_63_from_births_in_september_1976():
    assert retirement_age_text(dt.date(1976, 8, 1), "1") == (62, 11)
    assert retirement_age_text(dt.date(1976, 9, 1), "1") == (63, 0)
    assert retirement_age_text(dt.date(1990, 1, 1), "1") == (63, 0)


def test_women_of_50_rise_a_month_every_two_birth_months_to_55():
    assert retirement_age_text(dt.date(1974, 12, 1), "2") == (50, 0)
    assert retirement_age_text(dt.date(1975, 2, 1), "2") == (50, 1)
    assert retirement_age_text(dt.date(1975, 3, 1), "2") == (50, 2)
    assert retirement_age_text(dt.date(1984, 10, 1), "2") == (54, 11)
    assert retirement_age_text(dt.date(1984, 11, 1), "2") == (55, 0)


def test_women_of_55_rise_to_58():
    assert retirement_age_text(dt.date(1970, 1, 1), "2", 55) == (55, 1)
    assert retirement_age_text(dt.date(1981, 9, 1), "2", 55) == (58, 0)


def test_a_birthday_on_the_31st_retires_on_the_last_day_of_a_shorter_month():
    assert retirement_date(dt.date(1965, 1, 31), "1") == dt.date(2025, 2, 28)


def test_unknown_gender_has_no_date():
    assert retirement_date(dt.date(1970, 1, 1), "0") is None
