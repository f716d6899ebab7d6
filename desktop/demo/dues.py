"""Demo data of the dues area: a wage base for every member (history kept, some pay rises), two
years of monthly payroll deductions recorded as department batches, members in arrears (a few for
six months and more), a pay rise entered late with back-dues owed, cash payments with receipts
(one of them voided), and a rate change. Written through the dues service where it is fast enough
(batches, cash payments, the rate); wage bases go in with one bulk insert and one audit record."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import select

from desktop.domain.accounts.actor import Actor
from desktop.domain.audit import recorder
from desktop.domain.base import utc_now
from desktop.domain.dues.entities import WageBase
from desktop.domain.dues.owed import ACTIVE_EVENTS
from desktop.domain.dues.rules import DEFAULT_RATE_PPM, Method, Period, monthly_dues_fen
from desktop.domain.dues.service import WAGE, DuesService, PaymentLine
from desktop.domain.members.entities import Member, MembershipEvent
from desktop.domain.money import from_fen
from desktop.store.bulk_insert import insert_rows
from desktop.store.database import Database

MONTHS = 24


def fill(db: Database, actor: Actor, seed: int, today: dt.date) -> None:
    """Add this area's examples to a demo database whose members exist already."""
    rng = random.Random(seed * 7919 + 7)
    current = Period.of(today)
    first = Period.from_index(current.index - MONTHS + 1)
    with db.session() as session:
        members = session.execute(select(Member.id, Member.name, Member.department, Member.join_date)
                                  .where(Member.deleted_at.is_(None)).order_by(Member.id)).all()
        events: dict[int, list[tuple[int, bool]]] = {}
        for member_id, day, kind in session.execute(
                select(MembershipEvent.member_id, MembershipEvent.event_date, MembershipEvent.event_type)
                .order_by(MembershipEvent.member_id, MembershipEvent.event_date, MembershipEvent.id)):
            events.setdefault(member_id, []).append((Period.of(day).index, kind in ACTIVE_EVENTS))
    if not members:
        return

    def active(member_id: int, index: int) -> bool:
        state = False
        for start, is_active in events.get(member_id, ()):
            if start > index:
                break
            state = is_active
        return state

    # Wage bases: from the start of the window (or joining), a third with a pay rise on the way.
    wage_rows, wages = [], {}    # wages[member] = [(start index, wage fen)] as payroll knew them
    late_rise: dict[int, tuple[int, int]] = {}
    now = utc_now().replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    for number, (member_id, name, department, join) in enumerate(members):
        start_day = max(first.first_day, join or first.first_day)
        fen = rng.randrange(3200_00, 12800_00)
        rows = [(start_day, fen)]
        if rng.random() < 0.33:
            rise_period = Period.from_index(rng.randrange(first.index + 3, current.index))
            if rise_period.first_day > start_day:
                rows.append((rise_period.first_day, fen + rng.randrange(200_00, 1500_00)))
        for day, wage_fen in rows:
            wage_rows.append((member_id, day.isoformat(), wage_fen, "" if day == start_day else "调薪", now,
                              actor.username))
        wages[member_id] = [(Period.of(day).index, wage_fen) for day, wage_fen in rows]
        late = Period.from_index(current.index - 4)
        if number % 400 == 17 and all(late.first_day > day for day, _ in rows):
            # a pay rise the finance office reported late: payroll kept deducting on the old base
            raised = wages[member_id][-1][1] + 800_00
            wage_rows.append((member_id, late.first_day.isoformat(), raised, "补录调薪（补缴会费）", now,
                              actor.username))
            late_rise[member_id] = (late.index, raised)
    rate_change = Period.from_index(current.index - 14)

    def rate(index: int) -> int:
        return 4000 if rate_change.index <= index < rate_change.index + 6 else DEFAULT_RATE_PPM

    with db.transaction() as session:
        insert_rows(session.connection(), WageBase.__tablename__,
                    ("member_id", "effective_from", "wage", "note", "recorded_at", "recorded_by"), wage_rows)
        recorder.record(session, actor, "dues_demo_wages", WAGE, None, {"wage_bases": [None, len(wage_rows)]})

    service = DuesService(db, actor, today=today)
    # A six-month reduced rate decided by the members' congress (then back to 0.5 %).
    service.set_rate(rate_change.first_day, Decimal("0.4"), "职代会决定阶段性下调")
    service.set_rate(Period.from_index(rate_change.index + 6).first_day, Decimal("0.5"), "恢复")

    # Who pays how: most by payroll; a few by cash; some stopped paying (arrears).
    cash_payers, stopped, gaps = set(), {}, {}
    for member_id, *_ in members:
        roll = rng.random()
        if roll < 0.005:
            cash_payers.add(member_id)
        elif roll < 0.030:
            stopped[member_id] = current.index - rng.randrange(2, 11)   # last paid month before this
        elif roll < 0.045:
            gaps[member_id] = {rng.randrange(first.index, current.index) for _ in range(2)}
    late_departments = sorted({m.department for m in members if m.department})[:2]

    for index in range(first.index, current.index + 1):
        period = Period.from_index(index)
        paid_on = min(period.last_day, today) if index < current.index else today
        by_department: dict[str, list[PaymentLine]] = {}
        month_rate = rate(index)
        for member_id, name, department, _ in members:
            if member_id in cash_payers or not active(member_id, index):
                continue
            if member_id in stopped and index > stopped[member_id]:
                continue
            if index in gaps.get(member_id, ()):
                continue
            if index == current.index and department in late_departments:
                continue  # this month's payroll of these departments is not in yet
            wage = None
            for start, fen in wages[member_id]:
                if start <= index:
                    wage = fen
            if wage is None:
                continue
            amount = monthly_dues_fen(wage, month_rate)
            if amount:
                by_department.setdefault(department or "", []).append(PaymentLine(member_id, from_fen(amount)))
        lines = [line for dept in sorted(by_department) for line in by_department[dept]]
        if lines:
            service.record_batch(period, paid_on, Method.PAYROLL, lines,
                                 description=f"{period.year}年{period.month}月工资代扣会费（财务科）")

    # Cash payers settle twice a year at the union office, with receipts.
    for member_id in sorted(cash_payers):
        for half_start in range(first.index, current.index - 5, 6):
            months = []
            for index in range(half_start, half_start + 6):
                if not active(member_id, index):
                    continue
                wage = None
                for start, fen in wages[member_id] + ([late_rise[member_id]] if member_id in late_rise else []):
                    if start <= index:
                        wage = fen
                if wage is not None:
                    months.append((Period.from_index(index), from_fen(monthly_dues_fen(wage, rate(index)))))
            months = [(p, a) for p, a in months if a > 0]
            if months:
                paid_on = min(Period.from_index(half_start + 6).first_day + dt.timedelta(days=rng.randrange(3, 20)),
                              today)
                service.record_payment(member_id, months, paid_on, rng.choice([Method.CASH, Method.CASH,
                                                                                 Method.TRANSFER]),
                                       note="工会办公室收取")
    # One receipt written out wrongly and cancelled (it stays in the sequence, marked void).
    if cash_payers:
        from desktop.domain.dues.entities import DuesPayment

        with db.session() as session:
            payment = session.scalar(select(DuesPayment.id).where(DuesPayment.receipt_no.is_not(None))
                                     .order_by(DuesPayment.id.desc()).limit(1))
        if payment is not None:
            service.reverse_payment(payment, "收据金额填写错误，作废重开", on=today)
