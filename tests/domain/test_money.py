"""Money is exact: typed amounts parse to the fen, store as integer fen, and print in capital figures."""

from decimal import Decimal

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, func, insert, select

from desktop.domain.errors import UserError
from desktop.domain.money import Money, format_yuan, parse_yuan, yuan_in_words


@pytest.mark.parametrize("typed, amount", [
    ("120.5", "120.50"), ("1,234.56", "1234.56"), ("１２３", "123.00"), ("¥80", "80.00"), ("300元", "300.00"),
    (" 0.01 ", "0.01"),
])
def test_typed_amounts_parse_exactly(typed, amount):
    assert parse_yuan(typed) == Decimal(amount)


@pytest.mark.parametrize("typed", ["", "abc", "1.234", "-5", "NaN", "100000000"])
def test_bad_amounts_are_refused_with_a_message(typed):
    with pytest.raises(UserError):
        parse_yuan(typed)


def test_negative_amounts_only_when_asked():
    assert parse_yuan("-5.5", allow_negative=True) == Decimal("-5.50")


@pytest.mark.parametrize("amount, words", [
    ("0", "零元整"), ("1005.30", "壹仟零伍元叁角整"), ("100000", "壹拾万元整"), ("10.05", "壹拾元零伍分"),
    ("123456789.12", "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分"), ("100010", "壹拾万零壹拾元整"),
    ("0.5", "伍角整"), ("20000.07", "贰万元零柒分"), ("1000000", "壹佰万元整"),
])
def test_capital_figures(amount, words):
    assert yuan_in_words(Decimal(amount)) == words


def test_sums_in_the_database_balance_to_the_fen():
    engine = create_engine("sqlite://")
    table = Table("t", MetaData(), Column("id", Integer, primary_key=True), Column("amount", Money()))
    table.metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(insert(table), [{"amount": Decimal("0.10")}] * 3 + [{"amount": Decimal("-0.30")}])
        assert connection.execute(select(func.sum(table.c.amount))).scalar() == 0
        assert connection.execute(select(table.c.amount)).scalars().first() == Decimal("0.10")
    assert format_yuan(Decimal("1234.5")) == "1,234.50"
