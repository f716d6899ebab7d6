"""Demo data of the funds area: two years of books before `today` — the employer's 2% allocation
every month, grants, spending across the categories (activities, training, meetings, office),
budgets for both years, an opening balance, the months of the past closed, and one correction made
by a reversing entry in an open month. Dues income, activity expenses and aid payments come from the
other areas' demo data (they run first) and appear in the ledger by themselves.

Written in one transaction with one audit record per line (as the service would), in bulk: fast with
any number of members; amounts scale with the union's size.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import func, insert, select

from desktop.domain.accounts.actor import Actor
from desktop.domain.audit import recorder
from desktop.domain.base import utc_now
from desktop.domain.funds.entities import FundBudget, FundClosedPeriod, FundEntry, FundOpening
from desktop.domain.funds.service import ENTRY, FundsService, proposed_allocation
from desktop.domain.members.entities import Member
from desktop.domain.money import cents
from desktop.store.database import Database

# (category, counterparty, note, typical amount per 100 members, months it happens in (None: any))
SPENDING = (
    ("50101", "市职工培训中心", "职工技能培训", 4000, (3, 9)),
    ("50102", "体育用品商店", "职工运动会器材", 7500, (4, 10)),
    ("50102", "文化馆", "迎新春文艺汇演", 6000, (1,)),
    ("50103", "广告公司", "宣传栏更新", 1500, None),
    ("50104", "疗休养基地", "劳模疗休养", 10000, (7,)),
    ("50105", "电影院", "会员观影活动", 3000, (5, 11)),
    ("50106", "书店", "职工书屋图书", 1200, (2, 8)),
    ("50202", "劳保用品公司", "夏季防暑降温用品", 4500, (6, 7)),
    ("50301", "市总工会干部学校", "工会干部培训", 2500, (4,)),
    ("50302", "宾馆", "会员代表大会会务", 3500, (12,)),
    ("504", "办公用品商店", "办公用品", 750, None),
    ("505", "电脑城", "工会办公室电脑", 6000, (5,)),
)
GRANTS = (("403", "市总工会", "上级补助（专项）", 3000, (6,)), ("405", "公司行政", "行政补助（活动经费）", 2500, (3, 9)),
          ("408", "银行", "存款利息", 40, (3, 6, 9, 12)))
AVERAGE_WAGE = Decimal("6800")


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _months(first: dt.date, today: dt.date):
    year, month = first.year, first.month
    while (year, month) <= (today.year, today.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def fill(db: Database, actor: Actor, seed: int, today: dt.date) -> None:
    """Add this area's examples to a demo database whose members exist already."""
    rng = random.Random(f"funds-{seed}")
    with db.session() as session:
        members = session.scalar(select(func.count()).select_from(Member)) or 1
    scale = Decimal(max(members, 20)) / 100
    first = dt.date(today.year - 1, 1, 1)
    now = utc_now()
    rows: list[dict] = []

    def add(day: dt.date, code: str, amount: Decimal, counterparty: str = "", note: str = "",
            voucher: str = "", **extra) -> None:
        rows.append({**dict(entry_date=day, category_code=code, amount=amount, counterparty=counterparty,
                            voucher_no=voucher, note=note, activity_id=None, aid_case_id=None, reverses_id=None,
                            allocation_year=None, allocation_month=None, payroll_total=None,
                            created_at=now, created_by=actor.username, updated_at=now), **extra})

    voucher = 0
    for year, month in _months(first, today):
        end = _month_end(year, month)
        # the allocation of a month arrives in the first days of the next; the current month's not yet
        arrives = end + dt.timedelta(days=rng.randint(3, 12))
        if arrives <= today:
            payroll = cents(AVERAGE_WAGE * members * Decimal(rng.randint(96, 106)) / 100)
            voucher += 1
            add(arrives, "402", proposed_allocation(payroll), "公司财务部", f"{year}年{month}月工会经费拨缴",
                f"收-{voucher:03d}", allocation_year=year, allocation_month=month, payroll_total=payroll)
        for code, who, note, per_hundred, months in SPENDING + GRANTS:
            if months is None and rng.random() < 0.5 or months is not None and month not in months:
                continue
            day = dt.date(year, month, rng.randint(3, 26))
            if day > today:
                continue
            amount = cents(Decimal(per_hundred) * scale * Decimal(rng.randint(8000, 12500)) / 10000)
            voucher += 1
            add(day, code, amount, who, note, f"{'收' if code.startswith('4') else '付'}-{voucher:03d}")
    with db.transaction() as session:
        table = FundEntry.__table__
        ids = list(session.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows).scalars())
        recorder.record_many(session, actor, [
            ("create", ENTRY, entry_id, recorder.diff({}, {
                "entry_date": r["entry_date"], "category_code": r["category_code"], "amount": str(r["amount"]),
                "counterparty": r["counterparty"], "voucher_no": r["voucher_no"], "note": r["note"]}))
            for entry_id, r in zip(ids, rows)])
        session.add(FundOpening(year=first.year, amount=cents(Decimal(52000) * scale)))
        for year in (first.year, today.year):
            for code, _who, _note, per_hundred, months in SPENDING:
                times = len(months) if months else 6
                session.merge(FundBudget(year=year, category_code=code,
                                         amount=cents(Decimal(per_hundred) * scale * times * Decimal("1.1"))))
            session.merge(FundBudget(year=year, category_code="50204", amount=cents(Decimal(1500) * scale)))
            session.merge(FundBudget(year=year, category_code="50205", amount=cents(Decimal(2500) * scale)))
        # the books of last year and of this year up to two months ago are closed (结账)
        for year, month in _months(first, today):
            if _month_end(year, month) < dt.date(today.year, today.month, 1) - dt.timedelta(days=40):
                session.add(FundClosedPeriod(year=year, month=month, closed_at=now, closed_by=actor.username))
        recorder.record(session, actor, "create_demo", ENTRY, None,
                        {"entries": [None, len(rows)], "opening_year": [None, first.year]})
    # a closed month's line corrected the proper way: a reversing entry, then the right figure
    wrong = next((r, i) for r, i in zip(rows, ids) if r["category_code"] == "504"
                 and r["entry_date"] < dt.date(today.year, 1, 1))
    service = FundsService(db, actor, today)
    day = dt.date(today.year, today.month, 1)
    service.reverse_entry(wrong[1], day, "发票重复报销，冲回", voucher_no=f"付-{voucher + 1:03d}")
