"""Demo data of the proposals area (职代会提案): one congress session with 20 proposals in every
state — just collected, not accepted, turned into an opinion, merged, accepted and waiting to be
assigned, assigned with the answer running, due soon and overdue, being handled, answered and
waiting for the proposer's verdict, closed satisfied, sent back once after 不满意 and closed after a
second 不满意.

Entered through ProposalService as the demo's chair (the review) and officer (the rest), dated back
from the real day so the overdue answers show as reminders when someone opens a fresh demo."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Role
from desktop.domain.members.entities import Member
from desktop.domain.proposals import rules as p
from desktop.domain.proposals.inputs import ProposalInput, SessionInput, StepInput
from desktop.domain.proposals.service import ProposalService
from desktop.store.database import Database

CHAIR = Actor("admin", "王主席", Role.ADMIN)
OFFICER = Actor("officer", "李干事", Role.OFFICER)
SESSION = "第五届职工代表大会第四次会议"
OPENED = 125          # days ago
ANSWER_DAYS = 60

ACCEPTED = (p.REVIEW, 110, {"decision": p.ACCEPT})


def _assign(days: int, department: str) -> tuple:
    return (p.ASSIGN, days, {"department": department})


# (subject, category, reason, measures, [(step, days ago, fields)])
SCENARIOS = [
    ("增加职工体检项目", "welfare", "现有体检项目少，未含肿瘤筛查", "增加肿瘤标志物和低剂量CT", []),
    ("设立职工子女暑期托管班", "welfare", "双职工家庭暑期看护难", "利用活动中心开办暑托班", []),
    ("提高总经理年薪", "pay", "", "建议提高高管薪酬", [(p.REVIEW, 110, {"decision": p.REJECT,
                                                              "text": "不属于职代会审议范围，高管薪酬由董事会决定"})]),
    ("食堂增加清真窗口", "welfare", "少数民族职工用餐不便", "开设清真窗口", [(p.REVIEW, 110, {
        "decision": p.OPINION, "text": "属日常管理事项，转后勤部作为意见建议办理"})]),
    ("夜班职工热餐供应", "welfare", "夜班无热饭", "延长食堂供餐至凌晨1点", "MERGE"),
    ("改善夜班职工就餐条件", "welfare", "夜班职工只能吃冷食", "夜班供应热餐并设微波炉", [ACCEPTED]),
    ("建立技能人才津贴制度", "pay", "高级工流失严重", "按技能等级发放津贴", [ACCEPTED]),
    ("更新冲压车间通风设备", "protection", "夏季车间温度超过35度", "更换大功率排风机", [ACCEPTED, _assign(20, "设备部")]),
    ("完善职工培训积分制度", "production", "培训与晋升脱节", "培训积分与岗位晋升挂钩", [ACCEPTED, _assign(15, "人力资源部")]),
    ("增设厂区电动车充电桩", "welfare", "职工电动车充电不便，私拉电线有火灾隐患", "在车棚增设充电桩",
     [ACCEPTED, _assign(55, "后勤保障部")]),
    ("落实高温津贴发放", "pay", "部分岗位高温津贴未足额发放", "按规定标准足额发放", [ACCEPTED, _assign(100, "财务部")]),
    ("修订劳动防护用品发放标准", "protection", "防护手套更换周期过长", "按实际磨损更换", [ACCEPTED, _assign(95, "安全环保部")]),
    ("推行厂务公开栏电子化", "democracy", "纸质公开栏更新慢", "设电子屏及时公开", [ACCEPTED, _assign(30, "党群工作部"),
                                                                (p.HANDLE, 10, {"text": "已完成电子屏选型，待采购"})]),
    ("优化倒班制度", "production", "四班三倒休息不足", "试行四班两倒", [ACCEPTED, _assign(100, "生产管理部"),
                                                       (p.ANSWER, 50, {"text": "已在二车间试行四班两倒，年底总结后推广"})]),
    ("增加职工书屋藏书", "other", "书屋图书陈旧", "每年增购新书", [ACCEPTED, _assign(100, "党群工作部"),
                                                      (p.ANSWER, 30, {"text": "已增购图书800册"}),
                                                      (p.FEEDBACK, 25, {"decision": p.SATISFIED}),
                                                      (p.CLOSE, 24, {})]),
    ("维修职工宿舍热水器", "welfare", "宿舍热水器故障多", "统一更换", [ACCEPTED, _assign(100, "后勤保障部"),
                                                     (p.ANSWER, 70, {"text": "已全部更换为空气能热水器"}),
                                                     (p.FEEDBACK, 65, {"decision": p.SATISFIED}), (p.CLOSE, 64, {})]),
    ("建立困难职工帮扶基金", "pay", "突发困难救助不及时", "设立企业帮扶基金", [ACCEPTED, _assign(100, "工会办公室"),
                                                             (p.ANSWER, 60, {"text": "企业首期注资20万元设立帮扶基金"}),
                                                             (p.FEEDBACK, 55, {"decision": p.SATISFIED}),
                                                             (p.CLOSE, 54, {})]),
    ("规范加班审批流程", "democracy", "加班未经审批、加班费核算不清", "实行线上审批", [
        ACCEPTED, _assign(100, "人力资源部"), (p.ANSWER, 45, {"text": "已上线加班审批模块"}),
        (p.FEEDBACK, 40, {"decision": p.BASIC, "text": "希望加快核算"}), (p.CLOSE, 39, {})]),
    ("解决厂区停车难", "welfare", "上下班高峰停车位不足", "扩建停车场", [
        ACCEPTED, _assign(100, "后勤保障部"), (p.ANSWER, 50, {"text": "已与邻近单位协调错时停车"}),
        (p.FEEDBACK, 45, {"decision": p.UNSATISFIED, "text": "车位仍不足"}),
        (p.HANDLE, 20, {"text": "正在规划东侧空地扩建停车场"})]),
    ("提高班组长津贴", "pay", "班组长津贴十年未调", "提高至每月500元", [
        ACCEPTED, _assign(100, "人力资源部"), (p.ANSWER, 60, {"text": "纳入明年薪酬调整统筹考虑"}),
        (p.FEEDBACK, 55, {"decision": p.UNSATISFIED, "text": "没有明确时间"}),
        (p.ANSWER, 30, {"text": "明年一季度起班组长津贴调至每月400元"}),
        (p.FEEDBACK, 25, {"decision": p.UNSATISFIED, "text": "未达到建议标准"}),
        (p.CLOSE, 20, {"text": "已向提案人说明企业经营情况，作办结处理"})]),
]


def fill(db: Database, actor: Actor, seed: int, today: dt.date) -> None:
    today = dt.date.today()

    def ago(days: int) -> dt.date:
        return today - dt.timedelta(days=days)
    rng = random.Random(seed * 37 + 20)
    with db.session() as session:
        ids = list(session.scalars(select(Member.id).where(Member.deleted_at.is_(None)).order_by(Member.id)
                                   .limit(300)))
    chair, officer = ProposalService(db, CHAIR, today), ProposalService(db, OFFICER, today)
    session_id = chair.create_session(SessionInput(SESSION, ago(OPENED), seconders_required=2,
                                                   answer_days=ANSWER_DAYS))
    created: list[int] = []
    for number, (title, category, reason, measures, steps) in enumerate(SCENARIOS):
        lead, *seconders = rng.sample(ids, 3 + rng.randint(0, 2))
        proposal_id = officer.create_proposal(ProposalInput(
            session_id, title, category, lead, ago(OPENED + 10 - number // 4), tuple(seconders), reason, measures))
        created.append(proposal_id)
        if steps == "MERGE":   # merged into the next one, which asks for the same
            continue
        for step, days, fields in steps:
            service = chair if step == p.REVIEW else officer
            service.record_step(proposal_id, StepInput(step=step, done_on=ago(days), **fields))
    merged = [i for i, s in enumerate(SCENARIOS) if s[4] == "MERGE"]
    for index in merged:
        chair.record_step(created[index], StepInput(p.REVIEW, ago(110), decision=p.MERGE, text="与同类提案合并办理",
                                                    merged_into_id=created[index + 1]))
