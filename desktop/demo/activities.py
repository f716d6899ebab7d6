"""Demo data of the activities area: two years of a union's activities — each kind and status,
participants with a waiting list, attendance (some late, some walk-ins), spending lines, a
competition with results and condolence visits (one member close to the festival ceiling).

Written with bulk inserts (a 2 000-member demo takes well under a second here) and one summary
record in the audit trail, as the member generator does.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import insert, select

from desktop.domain.accounts.actor import Actor
from desktop.domain.activities.entities import (
    Activity, ActivityExpense, ActivityParticipant, ActivityResult, CondolenceVisit,
)
from desktop.domain.audit import recorder
from desktop.domain.base import utc_now
from desktop.domain.members.entities import Member
from desktop.store.database import Database

# (title after the year, type, month-day or days from today, hours, place, organizer, budget,
#  capacity, people, share present, expense lines (category, share of budget, payee, invoice))
_LAST_YEAR = [
    ("职工迎春长跑", "culture_sports", (1, 13), (8, 30, 11, 0), "滨江绿道", "工会文体委员会", "6000", None, 80, 0.9,
     [("50102", 0.55, "宏达体育用品店", "FP-{y}-0113"), ("50102", 0.3, "惠民超市", "FP-{y}-0114")]),
    ("春节慰问", "condolence", (1, 20), None, "各部门", "工会办公室", "20000", None, 0, 0, []),
    ("安全生产知识培训", "training", (3, 18), (14, 0, 17, 0), "办公楼三楼会议室", "工会办公室", "3000", None, 60, 0.95,
     [("50101", 0.8, "市安全生产培训中心", "FP-{y}-0318")]),
    ("职工技能比武", "competition", (5, 22), (8, 0, 17, 0), "生产一车间", "工会生产保护委员会", "8000", None, 24, 1.0,
     [("50106", 0.6, "宏达体育用品店", "FP-{y}-0522"), ("50106", 0.35, "新华书店", "FP-{y}-0523")]),
    ("劳模疗休养", "recuperation", (8, 5), None, "莫干山职工疗休养基地", "工会办公室", "30000", 10, 12, 1.0,
     [("50104", 0.92, "莫干山职工疗休养基地", "FP-{y}-0805")]),
    ("职工观影活动", "member", (10, 12), (19, 0, 21, 30), "万达影城", "工会宣传委员会", "4000", 120, 40, 0, []),
    ("会员生日慰问", "condolence", (2, 1), None, "各部门", "工会办公室", "12000", None, 0, 0, []),
    ("年度会员代表大会", "meeting", (12, 20), (9, 0, 11, 30), "办公楼一楼大会议室", "工会委员会", "1500", None, 50, 0.96,
     [("50302", 0.7, "本单位食堂", "FP-{y}-1220")]),
]
_THIS_YEAR = [
    ("职工迎春长跑", "culture_sports", (1, 11), (8, 30, 11, 0), "滨江绿道", "工会文体委员会", "6500", None, 90, 0.88,
     [("50102", 0.5, "宏达体育用品店", "FP-{y}-0111"), ("50102", 0.2, "惠民超市", "FP-{y}-0112")]),
    ("春节慰问", "condolence", (1, 25), None, "各部门", "工会办公室", "20000", None, 0, 0, []),
    ("“五一”劳动模范事迹宣传", "publicity", (4, 28), (9, 0, 10, 0), "厂区宣传栏", "工会宣传委员会", "2000", None, 30, 1.0,
     [("50103", 0.9, "印象广告图文", "FP-{y}-0428")]),
    ("合理化建议征集", "suggestion", -60, None, "各部门", "工会生产保护委员会", "5000", None, 25, 0, []),
    ("职工羽毛球赛", "culture_sports", 0, (9, 0, 12, 0), "市体育馆羽毛球馆", "工会文体委员会", "3000", 24, 30, 0.6,
     [("50102", 0.4, "市体育馆", "FP-{y}-B01")]),
    ("职工健康讲座", "training", 21, (14, 30, 16, 30), "办公楼三楼会议室", "工会女职工委员会", "1200", None, 40, 0, []),
    ("劳模疗休养", "recuperation", 45, None, "千岛湖职工疗休养基地", "工会办公室", "32000", 10, 13, 0, []),
]
VISITS_PER_FESTIVAL = 30
TEAMS = ("装配一组", "装配二组", "质检组")


def _day(year: int, when, today: dt.date) -> dt.date:
    if isinstance(when, tuple):
        return dt.date(year, *when)
    return today + dt.timedelta(days=when)


def _status(starts: dt.date, ends: dt.date | None, today: dt.date, cancelled: bool) -> str:
    if cancelled:
        return "cancelled"
    if starts > today:
        return "planned"
    if (ends or starts) >= today:
        return "running"
    return "finished"


def fill(db: Database, actor: Actor, seed: int, today: dt.date) -> None:
    """Add this area's examples to a demo database whose members exist already."""
    rng = random.Random(seed * 7919 + 6)
    with db.transaction() as session:
        members = session.execute(select(Member.id, Member.name, Member.birth_date)
                                  .where(Member.status == "active", Member.deleted_at.is_(None))
                                  .order_by(Member.id)).all()
        if not members:
            return
        member_ids = [m.id for m in members]
        now = utc_now()
        activities, participants, expenses, results, visits = [], [], [], [], []
        next_id = (session.scalar(select(Activity.id).order_by(Activity.id.desc()).limit(1)) or 0) + 1
        expense_id = (session.scalar(select(ActivityExpense.id).order_by(ActivityExpense.id.desc()).limit(1)) or 0) + 1
        previous_of: dict[str, int] = {}
        for year, plans in ((today.year - 1, _LAST_YEAR), (today.year, _THIS_YEAR)):
            for (title, kind, when, hours, place, organizer, budget, capacity, people, share, lines) in plans:
                starts = _day(year, when, today)
                if kind == "condolence" and "生日" in title:
                    ends = dt.date(year, 12, 31)
                elif kind == "recuperation" or kind == "suggestion":
                    ends = starts + dt.timedelta(days=4 if kind == "recuperation" else 90)
                else:
                    ends = None
                cancelled = title == "职工观影活动"
                status = _status(starts, ends, today, cancelled)
                activity_id = next_id
                next_id += 1
                activities.append(dict(
                    id=activity_id, title=f"{year}年{title}", type_code=kind, starts_on=starts,
                    start_time=dt.time(hours[0], hours[1]) if hours else None, ends_on=ends,
                    end_time=dt.time(hours[2], hours[3]) if hours else None, place=place, organizer=organizer,
                    description=_description(kind, title), budget=Decimal(budget), status=status, capacity=capacity,
                    copied_from_id=previous_of.get(title), created_at=now, updated_at=now, created_by=actor.username))
                previous_of[title] = activity_id
                chosen = rng.sample(member_ids, min(people, len(member_ids)))
                signed = chosen if capacity is None else chosen[:capacity]
                waiting = [] if capacity is None else chosen[capacity:]
                started = status in ("running", "finished")
                for n, member_id in enumerate(signed):
                    present = started and rng.random() < share
                    late = present and hours is not None and rng.random() < 0.08
                    check_in = dt.datetime.combine(starts, dt.time(hours[0], hours[1]) if hours else dt.time(9))
                    check_in += dt.timedelta(minutes=rng.randint(5, 25) if late else -rng.randint(0, 20))
                    participants.append(dict(
                        activity_id=activity_id, member_id=member_id, state="signed_up",
                        signed_up_at=now - dt.timedelta(minutes=len(chosen) - n), cancelled_at=None,
                        present=present, checked_in_at=check_in.astimezone(dt.timezone.utc) if present else None,
                        late=late, walk_in=False, attended_on=starts if present else None,
                        team_name=TEAMS[n % len(TEAMS)] if kind == "competition" else ""))
                for n, member_id in enumerate(waiting):
                    participants.append(dict(
                        activity_id=activity_id, member_id=member_id, state="waiting",
                        signed_up_at=now + dt.timedelta(minutes=n), cancelled_at=None, present=False,
                        checked_in_at=None, late=False, walk_in=False, attended_on=None, team_name=""))
                if started and people and kind not in ("recuperation",):  # a couple of walk-ins
                    others = [m for m in member_ids if m not in set(chosen)]
                    for member_id in rng.sample(others, min(2, len(others))):
                        participants.append(dict(
                            activity_id=activity_id, member_id=member_id, state="signed_up", signed_up_at=now,
                            cancelled_at=None, present=True,
                            checked_in_at=dt.datetime.combine(starts, dt.time(9, 10)).astimezone(dt.timezone.utc),
                            late=False, walk_in=True, attended_on=starts, team_name=""))
                if started:
                    for category, part, payee, invoice in lines:
                        amount = (Decimal(budget) * Decimal(str(part)) * Decimal(str(rng.uniform(0.9, 1.1)))).quantize(Decimal("1"))
                        spent_on = min(starts + dt.timedelta(days=rng.randint(0, 5)), today)
                        expenses.append(dict(id=expense_id, activity_id=activity_id, category_code=category,
                                             amount=amount, spent_on=spent_on, invoice_no=invoice.format(y=year),
                                             payee=payee, note="", created_at=now, created_by=actor.username))
                        expense_id += 1
                if kind == "competition" and started:
                    ranked = [p["member_id"] for p in participants if p["activity_id"] == activity_id and p["present"]]
                    awards = ("一等奖", "二等奖", "二等奖", "三等奖", "三等奖", "三等奖")
                    for rank, member_id in enumerate(ranked[:6], start=1):
                        results.append(dict(activity_id=activity_id, member_id=member_id, team_name="", rank=rank,
                                            score=str(100 - rank * 3 - rng.randint(0, 2)), award=awards[rank - 1],
                                            note=""))
                    results.append(dict(activity_id=activity_id, member_id=None, team_name=TEAMS[0], rank=1,
                                        score="286", award="团体一等奖", note=""))
                if kind == "condolence" and status != "planned":
                    festival = "春节" in title
                    pool = rng.sample(members, min(VISITS_PER_FESTIVAL, len(members)))
                    for n, member in enumerate(pool):
                        if festival:
                            reason, amount, gift = "festival", Decimal("500") if n % 3 else Decimal("800"), "米、油、慰问金"
                            visited = starts + dt.timedelta(days=n % 10)
                        else:
                            reason, amount, gift = "birthday", Decimal("300"), "生日蛋糕（实物）"
                            month = (member.birth_date.month if member.birth_date else 1 + n % 12)
                            visited = dt.date(year, month, 1)
                        if visited > today:
                            continue
                        visits.append((activity_id, member.id, reason, visited, amount, gift, kind))
        session.execute(insert(Activity.__table__), activities)
        if participants:
            session.execute(insert(ActivityParticipant.__table__), participants)
        visit_rows = []
        names = {m.id: m.name for m in members}
        for activity_id, member_id, reason, visited, amount, gift, _kind in visits:
            name = names[member_id]
            label = "节日" if reason == "festival" else "生日"
            expenses.append(dict(id=expense_id, activity_id=activity_id, category_code="50205", amount=amount,
                                 spent_on=visited, invoice_no="", payee=name, note=f"慰问（{label}）：{gift}",
                                 created_at=now, created_by=actor.username))
            visit_rows.append(dict(activity_id=activity_id, member_id=member_id, reason=reason, visited_on=visited,
                                   amount=amount, gift=gift, note="", expense_id=expense_id))
            expense_id += 1
        if expenses:
            session.execute(insert(ActivityExpense.__table__), expenses)
        if visit_rows:
            session.execute(insert(CondolenceVisit.__table__), visit_rows)
        if results:
            session.execute(insert(ActivityResult.__table__), results)
        recorder.record(session, actor, "create_demo", "activity", None, {
            "activities": [None, len(activities)], "participants": [None, len(participants)],
            "expenses": [None, len(expenses)], "visits": [None, len(visit_rows)]})


def _description(kind: str, title: str) -> str:
    return {
        "culture_sports": "以部门为单位组队报名，设个人奖和团体奖。\n活动结束后统一合影留念。",
        "training": "邀请专业讲师授课，课后进行知识测试。",
        "competition": "比赛项目：装配、质检、设备维护三项，分个人赛和团体赛。\n获奖名单报厂务会表彰。",
        "recuperation": "参加对象为近两年市级以上劳动模范和先进职工，为期五天。",
        "condolence": "按照省总工会规定标准执行，不发放现金购物卡。",
        "suggestion": "围绕降本增效、安全生产征集合理化建议，经评审后给予奖励。",
        "publicity": "在厂区宣传栏和内网展示劳动模范先进事迹。",
        "meeting": "听取和审议工会工作报告、经费收支情况报告。",
        "member": "为会员免费提供电影票，每人一张。",
    }.get(kind, "")
