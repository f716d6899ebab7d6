"""Demo data of the rights area (维权): 15 cases across the categories and every state — just
received, accepted with the mediation period running, due soon and overdue, mediated to an
agreement (one collective dispute of 23 workers), no agreement and referred to arbitration,
referred to legal aid, not accepted, withdrawn, closed and followed up.

Entered through RightsService as the demo's rights cadre, so every stored state is one the
program produces itself and the audit trail shows the steps."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal as D

from sqlalchemy import select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Role
from desktop.domain.members.entities import Member
from desktop.domain.rights import rules as r
from desktop.domain.rights.inputs import CaseInput, StepInput
from desktop.domain.rights.service import RightsService
from desktop.store.database import Database

CADRE = Actor("rights", "孙维权", Role.RIGHTS)
MEDIATORS = "孙维权（工会）、人力资源部刘经理（企业代表）"

A, S = r.AGREED, r.FAILED
# (category, days ago received, urgency, other party, request, claimed, headcount, injury,
#  [(step, days ago, fields)])
SCENARIOS = [
    ("wages", 3, "urgent", "装配车间", "补发 10 月份拖欠的夜班津贴", "1260", 1, "", []),
    ("contract", 10, "normal", "人力资源部", "要求签订无固定期限劳动合同", "0", 1, "",
     [(r.ACCEPT, 9, {}), (r.INVESTIGATE, 7, {"summary": "调阅劳动合同台账，已连续订立两次固定期限合同"})]),
    ("injury", 20, "urgent", "热处理车间", "工伤认定期间停工留薪期工资照发，报销医疗费", "8600", 1,
     "右手中指压伤，住院 12 天，停工留薪期 3 个月",
     [(r.ACCEPT, 17, {}), (r.MEDIATE, 12, {"participants": "申请人、热处理车间主任、" + MEDIATORS,
                                          "summary": "企业同意先行垫付医疗费，对停工留薪期工资标准双方仍有分歧"})]),
    ("hours_leave", 14, "normal", "仓储物流部", "补休或支付今年未休年休假工资", "2400", 1, "",
     [(r.ACCEPT, 13, {}), (r.MEDIATE, 5, {"participants": "申请人、仓储物流部经理、" + MEDIATORS,
                                         "summary": "核对考勤，确认未休年休假 5 天"})]),
    ("wages", 40, "urgent", "机加工车间", "支付今年 6-8 月延时加班费", "96000", 23, "",
     [(r.ACCEPT, 39, {}), (r.INVESTIGATE, 36, {"summary": "核对门禁与排班记录，确认 23 人共加班 1840 小时"}),
      (r.MEDIATE, 33, {"participants": "职工代表 3 人、机加工车间主任、" + MEDIATORS,
                       "summary": "企业认可加班事实，对计算基数有异议"}),
      (r.MEDIATE, 30, {"participants": "职工代表 3 人、财务部、" + MEDIATORS, "summary": "按劳动合同约定工资为基数重新核算"}),
      (r.RESULT, 29, {"outcome": A, "amount": D("86000"),
                      "terms": "一、企业于本协议签订之日起 15 日内向 23 名职工支付加班费共计 86000 元，随当月工资发放；\n"
                               "二、自下月起加班按月结算；\n三、双方就本争议再无其他争议。"}),
      (r.FOLLOW_UP, 10, {"summary": "电话回访职工代表，加班费已随工资足额发放"}),
      (r.CLOSE, 8, {"outcome": r.RESOLVED})]),
    ("social_insurance", 60, "normal", "销售部", "补缴入职后前 6 个月的社会保险", "0", 1, "",
     [(r.ACCEPT, 58, {}), (r.MEDIATE, 55, {"participants": "申请人、销售部经理、" + MEDIATORS,
                                          "summary": "企业称试用期不缴社保，经释法后仍不同意补缴"}),
      (r.RESULT, 50, {"outcome": S}), (r.REFER, 49, {"referral": "arbitration",
                                                     "summary": "协助申请人准备仲裁申请材料"}),
      (r.FOLLOW_UP, 20, {"summary": "仲裁委已受理，等待开庭"})]),
    ("dismissal", 90, "normal", "质检部", "违法解除劳动合同，要求支付赔偿金", "24000", 1, "",
     [(r.ACCEPT, 88, {}), (r.MEDIATE, 85, {"participants": "申请人、质检部、" + MEDIATORS, "summary": "双方分歧较大"}),
      (r.EXTEND, 80, {"reason": "双方同意延长调解期限，待企业法务意见"}),
      (r.MEDIATE, 75, {"participants": "申请人、企业法务、" + MEDIATORS, "summary": "企业同意协商解除并支付经济补偿"}),
      (r.RESULT, 74, {"outcome": A, "amount": D("12000"),
                      "terms": "一、双方协商一致解除劳动合同；\n二、企业支付经济补偿 12000 元，于离职手续办结当日支付。"}),
      (r.CLOSE, 60, {"outcome": r.RESOLVED})]),
    ("other", 30, "normal", "宿舍管理处", "宿舍邻里噪音纠纷", "0", 1, "",
     [(r.DECLINE, 28, {"reason": "所涉事项不属于劳动争议", "referral": "parent_union",
                       "summary": "建议向社区人民调解委员会反映"})]),
    ("women", 120, "urgent", "行政部", "孕期被调岗降薪，要求恢复原岗位和工资", "3000", 1, "",
     [(r.ACCEPT, 119, {}), (r.INVESTIGATE, 115, {"summary": "核实调岗通知及工资条"}),
      (r.MEDIATE, 110, {"participants": "申请人、行政部、女职工委员会主任、" + MEDIATORS,
                        "summary": "依据《女职工劳动保护特别规定》第五条释法"}),
      (r.RESULT, 109, {"outcome": A, "amount": D("3000"), "terms": "一、恢复申请人原岗位；\n二、补发调岗期间工资差额 3000 元。"}),
      (r.CLOSE, 100, {"outcome": r.RESOLVED})]),
    ("safety", 45, "normal", "喷涂车间", "喷涂车间通风设备损坏，要求整改并发放防护用品", "0", 6, "",
     [(r.ACCEPT, 44, {}), (r.INVESTIGATE, 40, {"summary": "会同安全部门现场检查，通风机故障属实"}),
      (r.CLOSE, 35, {"outcome": r.WITHDRAWN, "summary": "企业已完成整改，职工撤回申请"})]),
    ("wages", 200, "normal", "外包清洁公司", "劳务派遣单位拖欠两个月工资", "7800", 1, "",
     [(r.ACCEPT, 198, {}), (r.REFER, 195, {"referral": "legal_aid", "summary": "涉及派遣单位，转介法律援助中心代理"}),
      (r.FOLLOW_UP, 150, {"summary": "法律援助律师已代为追回工资"}), (r.CLOSE, 140, {"outcome": r.REFERRED})]),
    ("contract", 300, "normal", "研发中心", "竞业限制补偿金未支付", "15000", 1, "",
     [(r.ACCEPT, 299, {}), (r.MEDIATE, 290, {"participants": "申请人、研发中心、" + MEDIATORS, "summary": "企业认可应付补偿"}),
      (r.RESULT, 289, {"outcome": A, "amount": D("5000"), "terms": "企业于 30 日内支付竞业限制补偿金 5000 元。"}),
      (r.CLOSE, 280, {"outcome": r.RESOLVED})]),
    ("injury", 250, "urgent", "铸造车间", "工伤九级，要求支付一次性伤残就业补助金", "42000", 1, "左脚踝骨折，九级伤残",
     [(r.ACCEPT, 248, {}), (r.MEDIATE, 240, {"participants": "申请人、铸造车间、" + MEDIATORS, "summary": "补助金标准分歧"}),
      (r.RESULT, 236, {"outcome": S}), (r.REFER, 235, {"referral": "arbitration"}),
      (r.CLOSE, 180, {"outcome": r.REFERRED, "summary": "仲裁裁决已履行"})]),
    ("hours_leave", 8, "normal", "设备部", "要求支付法定节假日加班工资", "1500", 1, "",
     [(r.DECLINE, 6, {"reason": "申请人已就同一事项申请劳动仲裁，仲裁委员会已受理", "referral": "arbitration"})]),
    ("wages", 70, "normal", "食堂", "最低工资标准调整后未相应调整工资", "3600", 1, "",
     [(r.ACCEPT, 69, {}), (r.MEDIATE, 66, {"participants": "申请人、后勤部、" + MEDIATORS, "summary": "企业同意补差"}),
      (r.RESULT, 64, {"outcome": A, "amount": D("3600"), "terms": "企业补发工资差额 3600 元，下月起按新标准执行。"}),
      (r.FOLLOW_UP, 40, {"summary": "回访：差额已补发"})]),
]


def fill(db: Database, actor: Actor, seed: int, today: dt.date) -> None:
    # Dated back from the real day rather than the demo's snapshot day: the mediation periods are
    # then running, due soon and overdue as listed above when someone opens a fresh demo.
    today = dt.date.today()
    rng = random.Random(seed * 31 + 24)
    with db.session() as session:
        ids = list(session.scalars(select(Member.id).where(Member.deleted_at.is_(None)).order_by(Member.id)
                                   .limit(400)))
    people = rng.sample(ids, min(len(ids), len(SCENARIOS) + 3))
    service = RightsService(db, CADRE, today)
    for number, (category, received, urgency, party, request, claimed, headcount, injury, steps) in enumerate(
            SCENARIOS):
        member_id = people[number % len(people)]
        group = tuple(people[len(SCENARIOS):]) if headcount > 1 else ()   # the members named in a group
        case_id = service.create_case(CaseInput(
            member_id=member_id, category=category, request=request, received_on=today - dt.timedelta(days=received),
            other_party=party, channel=rng.choice(("来访", "来电", "来信", "网上")), urgency=urgency,
            collective=headcount > 1, headcount=headcount, other_members=group,
            amount_claimed=D(claimed), injury_detail=injury))
        for step, days, fields in steps:
            service.record_step(case_id, StepInput(step=step, done_on=today - dt.timedelta(days=days), **fields))
