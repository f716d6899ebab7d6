"""Demo data of the suggestions area (合理化建议): 40 suggestions over this year and last, from
members and teams in several departments — received, scored by three reviewers, adopted and
implemented with their benefit, rewarded (each reward a ledger line under 专项业务费 through the
funds service), on trial, filed and not adopted."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal as D

from sqlalchemy import select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Role
from desktop.domain.funds.periods import is_period_closed
from desktop.domain.members.entities import Member
from desktop.domain.suggestions import rules as s
from desktop.domain.suggestions.inputs import (
    DecisionInput, ImplementationInput, RewardInput, ScoreInput, SuggestionInput,
)
from desktop.domain.suggestions.service import SuggestionService
from desktop.store.database import Database

CHAIR = Actor("admin", "王主席", Role.ADMIN)
OFFICER = Actor("officer", "李干事", Role.OFFICER)
REVIEWERS = ("王主席", "技术部刘工", "财务部钱会计")
COUNT = 40

# (title, situation, suggestion, expected benefit, department)
IDEAS = [
    ("冲床加装红外光栅保护", "冲床靠人工按钮防护", "加装红外光栅，手进入即停机", "杜绝压手事故", "冲压车间"),
    ("空压机余热回收", "空压机热量直接排放", "回收余热供浴室热水", "每年节约燃气约4万元", "动力车间"),
    ("车间照明改LED", "金卤灯耗电大", "更换为LED灯具", "每年节电约6万度", "装配车间"),
    ("刀具寿命管理", "刀具凭经验更换", "按加工件数建立刀具寿命台账", "减少断刀停机", "机加工车间"),
    ("包装箱循环使用", "周转箱一次性使用", "改用可折叠塑料周转箱", "每年节约包装费3万元", "仓储物流部"),
    ("焊接工装快换", "换型调整时间长", "设计快换定位销", "换型时间由40分钟降到10分钟", "焊接车间"),
    ("食堂错峰就餐", "午餐排队时间长", "按车间分批就餐", "减少排队时间", "后勤保障部"),
    ("设备点检表电子化", "纸质点检表易丢失", "用手机扫码点检", "点检记录可追溯", "设备部"),
    ("废切削液集中过滤", "切削液频繁更换", "增设集中过滤装置", "切削液用量减少三成", "机加工车间"),
    ("叉车充电时段调整", "白天充电电价高", "改在谷电时段充电", "每年节约电费1.2万元", "仓储物流部"),
    ("数控程序统一管理", "程序散存在各机床", "建立程序服务器统一版本", "避免用错程序造成废品", "机加工车间"),
    ("油漆房废气收集改造", "废气收集效率低", "改为上送下排风", "改善作业环境", "涂装车间"),
    ("装配线工具定置", "工具随手放找不到", "工具墙定置管理", "每班节省找工具时间20分钟", "装配车间"),
    ("备件库存ABC分类", "备件积压与缺货并存", "按ABC分类设定库存上下限", "减少库存资金占用", "设备部"),
    ("更衣室加装除湿机", "更衣室潮湿发霉", "加装除湿机", "改善职工更衣条件", "后勤保障部"),
    ("焊烟净化器移动式改造", "固定式净化器覆盖不到", "改为移动式焊烟净化器", "降低焊工粉尘接触", "焊接车间"),
    ("冷却水循环利用", "冷却水直排", "增设冷却塔循环使用", "每年节水约8000吨", "动力车间"),
    ("质检数据自动采集", "检测数据手工抄录", "量具接入数据采集终端", "杜绝抄录差错", "质量管理部"),
    ("托盘标准化", "托盘尺寸不一", "统一为1200×1000标准托盘", "提高装车效率", "仓储物流部"),
    ("冲压模具快速换模", "换模时间长", "推行SMED快速换模", "换模时间缩短一半", "冲压车间"),
]


def _open_day(db: Database, day: dt.date) -> dt.date:
    with db.session() as session:
        while is_period_closed(session, day):
            day = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return day


def fill(db: Database, actor: Actor, seed: int, today: dt.date) -> None:
    today = dt.date.today()
    rng = random.Random(seed * 41 + 20)
    with db.session() as session:
        people = list(session.scalars(select(Member.id).where(Member.deleted_at.is_(None)).order_by(Member.id)
                                      .limit(300)))
    officer, chair = SuggestionService(db, OFFICER, today), SuggestionService(db, CHAIR, today)
    start = dt.date(today.year - 1, 1, 10)
    span = (today - start).days - 40
    days = sorted(rng.randrange(span) for _ in range(COUNT))
    for number, offset in enumerate(days):
        title, situation, idea, benefit, department = IDEAS[number % len(IDEAS)]
        submitted = start + dt.timedelta(days=offset)
        team = f"{department}QC小组" if number % 7 == 3 else ""
        proposers = () if team else tuple(rng.sample(people, 1 + number % 2)) if people else ()
        suggestion_id = officer.create(SuggestionInput(
            title, submitted, proposers, team,
            department, situation, idea, benefit))
        fate = number % 8
        if fate == 0:
            continue                                        # just received
        reviewed = submitted + dt.timedelta(days=7)
        for reviewer in REVIEWERS[: 1 if fate == 1 else 3]:
            points = (rng.randint(12, 28), rng.randint(12, 28), rng.randint(8, 19), rng.randint(8, 19))
            chair.score(suggestion_id, ScoreInput(reviewer, reviewed, tuple(D(x) for x in points)))
        if fate == 1:
            continue                                        # being scored
        decided = reviewed + dt.timedelta(days=5)
        if fate in (2, 3):
            decision = s.REJECT if fate == 2 else s.ARCHIVE
            reason = "投入过大，暂不具备实施条件" if fate == 2 else "列入明年技改计划备选"
            chair.decide(suggestion_id, DecisionInput(decision, decided, reason))
            continue
        chair.decide(suggestion_id, DecisionInput(s.TRIAL if fate == 4 else s.ADOPT, decided))
        if fate == 4:
            continue                                        # on trial
        done = decided + dt.timedelta(days=20)
        if done > today:
            continue
        officer.implement(suggestion_id, ImplementationInput(department, done, D(rng.randrange(5, 80) * 1000),
                                                             "已实施"))
        paid = _open_day(db, done + dt.timedelta(days=10))   # the demo books close past months
        if fate == 5 or paid > today:
            continue                                        # implemented, reward not yet decided
        grade = ("first", "second", "third")[(number // 8) % 3]
        chair.reward(suggestion_id, RewardInput(grade, {"first": D("1000"), "second": D("500"), "third": D("200")}[grade],
                                                paid, f"记-JY{number:02d}"))
