"""Demo data of the aid area: two years of a union's hardship files — every workflow state and
tier, households, payments in batches (春节送温暖, 金秋助学, 医疗救助), a case skipped past the first
review by decision, an overridden tier and a reopened case.

Written in one transaction through the area's pure rules (workflow.fold, compute_tier) so every
stored state is one the services could have produced, with one summary record in the audit trail.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal as D

from sqlalchemy import select

from desktop.domain.accounts.actor import Actor
from desktop.domain.aid import workflow as wf
from desktop.domain.aid.entities import (
    AidCase, AidCaseStep, AidHouseholdMember, AidPayment, AidPaymentBatch, AidPovertyLine)
from desktop.domain.aid.service_base import category_for
from desktop.domain.aid.tiers import TierFigures, compute_tier
from desktop.domain.audit import recorder
from desktop.domain.members.entities import Member
from desktop.demo.pools import FEMALE_CHARS, MALE_CHARS
from desktop.store.database import Database

HANDLERS = ("aid", "admin")  # the demo accounts of the aid cadre and the chair
CONSENT = "同意工会为困难帮扶收集、使用本人及家庭成员的健康、收入、银行账户信息，用于审核、发放、公示（仅姓名、部门、类别、金额）和回访"

# (days ago opened, steps after 申请 [(step, decision, reason)], (income, rigid, size, accident costs),
#  health, main cause, secondary, aid requested, tier override (code, reason))
PASS = "符合帮扶条件"
_FULL = [(wf.FIRST_REVIEW, wf.PASSED, PASS), (wf.HOME_VISIT, wf.PASSED, "入户核实，情况属实"),
         (wf.PUBLICITY, wf.PASSED, "公示无异议"), (wf.APPROVAL, wf.PASSED, "同意建档帮扶")]
SCENARIOS = [
    (5, [], ("26000", "2000", 3, "0"), "3", "1", "", ("living", "medical"), None),
    (16, [_FULL[0]], ("50000", "0", 4, "0"), "1", "5", "4", ("living", "education"), None),
    (24, _FULL[:2], ("22000", "3000", 3, "0"), "5", "2", "", ("medical",), None),
    (40, _FULL[:3], ("40000", "6000", 3, "0"), "1", "4", "9", ("education",), None),
    (60, _FULL, ("18000", "0", 2, "0"), "4", "1", "", ("living", "medical"), None),
    (150, _FULL, ("24000", "2000", 3, "0"), "6", "2", "9", ("living", "medical", "warmth"), None),
    (200, _FULL, ("52000", "1200", 4, "0"), "1", "4", "", ("education", "warmth"), None),
    (260, _FULL, ("80000", "5000", 3, "70000"), "1", "7", "", ("accident", "living"), None),
    (300, _FULL, ("15000", "0", 2, "0"), "7", "3", "5", ("living", "employment"), None),
    (420, _FULL + [(wf.YEARLY_REVIEW, wf.CONTINUE, "家庭收入未明显改善，继续帮扶")],
     ("20000", "0", 3, "0"), "3", "1", "", ("living", "medical", "warmth"), None),
    (400, _FULL, ("28000", "0", 3, "0"), "2", "9", "", ("living", "warmth"), None),
    (700, _FULL, ("33000", "3000", 3, "0"), "1", "6", "4", ("living", "education"), None),
    (90, [(wf.FIRST_REVIEW, wf.REJECTED, "家庭人均收入高于相对困难标准")], ("90000", "0", 3, "0"),
     "1", "9", "", ("living",), None),
    (120, _FULL[:2] + [(wf.PUBLICITY, wf.REJECTED, "公示期间收到实名反映，核实家庭另有经营收入")],
     ("32000", "0", 3, "0"), "1", "5", "", ("living",), None),
    (610, _FULL + [(wf.PAYMENT, wf.DONE, ""), (wf.EXIT, wf.RESOLVED, "本人再就业，家庭收入稳定")],
     ("21000", "0", 3, "0"), "1", "5", "", ("living", "employment"), None),
    (730, _FULL + [(wf.PAYMENT, wf.DONE, ""), (wf.YEARLY_REVIEW, wf.EXITED, "子女毕业就业，收入超过标准"),
                   (wf.EXIT, wf.EXITED, "年度复核不再符合条件，退档"), (wf.FOLLOW_UP, wf.DONE, "电话回访，生活稳定")],
     ("26000", "0", 3, "0"), "1", "4", "", ("education",), None),
    (110, [(wf.FIRST_REVIEW, wf.PASSED, PASS), (wf.HOME_VISIT, wf.REJECTED, "入户未见到本人，材料不全"),
           (wf.REOPEN, wf.REOPENED, "本人住院未能接待，补齐材料后重新调查"),
           (wf.HOME_VISIT, wf.PASSED, "补充调查属实"), (wf.PUBLICITY, wf.PASSED, "公示无异议"),
           (wf.APPROVAL, wf.PASSED, "同意建档帮扶")],
     ("19000", "1000", 2, "0"), "3", "1", "", ("medical",), None),
    (75, [(wf.HOME_VISIT, wf.PASSED, "入户核实，情况属实")], ("12000", "0", 2, "0"), "5", "1", "",
     ("medical",), "skip"),
    (180, _FULL, ("70000", "4000", 3, "0"), "1", "8", "", ("accident", "living"),
     ("accident", "台风致住房严重受损，损失超过家庭年收入，经委员会讨论按意外致困认定")),
    (330, _FULL, ("45000", "0", 3, "0"), "1", "5", "", ("living", "legal"), None),
]
BATCHES = [  # (title, month, day, year offset, aid type, amount by tier)
    ("{y}年春节送温暖", 1, 20, -1, "warmth", {"deep": "2000", "relative": "1000", "accident": "1500"}),
    ("{y}年金秋助学", 8, 25, -1, "education", {"deep": "3000", "relative": "2000", "accident": "2000"}),
    ("{y}年春节送温暖", 1, 18, 0, "warmth", {"deep": "2000", "relative": "1000", "accident": "1500"}),
    ("{y}年医疗救助（第一批）", 0, 0, 0, "medical", {"deep": "5000", "relative": "3000", "accident": "8000"}),
]


def _name(rng: random.Random, surname: str, female: bool) -> str:
    chars = FEMALE_CHARS if female else MALE_CHARS
    return surname + "".join(rng.choice(chars) for _ in range(rng.choice((1, 2))))


def fill(db: Database, actor: Actor, seed: int, today: dt.date) -> None:
    """Add this area's examples to a demo database whose members exist already."""
    rng = random.Random(seed * 7919 + 8)
    with db.transaction() as session:
        members = session.execute(select(Member.id, Member.name, Member.gender, Member.birth_date)
                                  .where(Member.status == "active", Member.deleted_at.is_(None))
                                  .order_by(Member.id).limit(400)).all()
        if len(members) < len(SCENARIOS):
            return
        chosen = rng.sample(members, len(SCENARIOS))
        lines = [(dt.date(today.year - 2, 1, 1), D("780"), "上年度低保标准"),
                 (dt.date(today.year - 1, 7, 1), D("820"), "市民政局调整"),
                 (dt.date(today.year, 1, 1), D("850"), "本年度低保标准")]
        session.add_all(AidPovertyLine(effective_from=d, monthly_amount=a, note=n) for d, a, n in lines)

        def line_on(day: dt.date) -> D:
            return max((l for l in lines if l[0] <= day), key=lambda l: l[0], default=(None, D("780")))[1]

        cases: list[tuple[AidCase, wf.CaseState]] = []
        numbers: dict[int, int] = {}
        extra: list[tuple[AidCase, dt.date]] = []
        # numbered in the order the applications came in
        ordered = sorted(zip(SCENARIOS, chosen), key=lambda pair: -pair[0][0])
        for index, (scenario, member) in enumerate(ordered):
            days, steps, figures, health, cause, cause2, requested, special = scenario
            opened = today - dt.timedelta(days=days)
            numbers[opened.year] = numbers.get(opened.year, 0) + 1
            income, rigid, size, costs = (D(figures[0]), D(figures[1]), figures[2], D(figures[3]))
            tier = compute_tier(TierFigures(income, rigid, size, costs), line_on(opened))
            override = special if isinstance(special, tuple) else None
            case = AidCase(
                case_no=f"BF{opened.year}-{numbers[opened.year]:03d}", member_id=member.id, opened_on=opened,
                assessed_on=opened, household_size=size, yearly_income=income, rigid_spending=rigid,
                accident_costs=costs, monthly_income=(income / 12 / size).quantize(D("1")), other_income=D("0"),
                tier_computed=tier.tier, tier=override[0] if override else tier.tier,
                tier_override_reason=override[1] if override else "", poverty_line=tier.line,
                category="1", health=health, health_detail="化疗中，每月自付药费约2000元" if health == "3" else "",
                disability_type="4" if health == "7" else "", disability_grade="3" if health == "7" else "",
                work_status="1" if cause not in ("5",) else "2", housing_type=rng.choice("12234"),
                housing_area=rng.choice((38, 45, 52, 60, 72)), marital_status="20", household_type=rng.choice("12"),
                address=f"本市{rng.choice(('城东', '城西', '江南', '开发区'))}街道{rng.randint(1, 99)}号",
                main_cause=cause, secondary_cause=cause2,
                bank_name="中国工商银行", bank_card_no=f"62220{rng.randint(10 ** 13, 10 ** 14 - 1)}",
                aid_requested=",".join(requested), consent_on=opened, consent_scope=CONSENT,
                situation="家庭主要收入来源单一，" + ("本人患病需长期治疗。" if health != "1" else "子女上学开支较大。"),
                filed_by="陈帮扶", reviewed_by="王主席")
            session.add(case)
            session.flush()
            # the household: a spouse and one or two children
            female = member.gender == "2"
            household = [(_name(rng, member.name[0] if False else rng.choice("王李张刘陈杨黄赵吴周"), not female),
                          "spouse", dt.date(1975 + rng.randint(0, 15), rng.randint(1, 12), rng.randint(1, 28)),
                          "1", rng.choice(("个体经营", "超市营业员", "无业", "保洁员")), D(rng.choice(("0", "1800", "2500"))))]
            for _ in range(size - 2):
                household.append((_name(rng, member.name[0], rng.random() < 0.5), rng.choice(("son", "daughter")),
                                  dt.date(today.year - rng.randint(6, 20), rng.randint(1, 12), rng.randint(1, 28)),
                                  "1", rng.choice(("实验小学", "第二中学", "职业技术学院")), D("0")))
            for name, relation, birth, h, work, monthly in household[:max(size - 1, 0)]:
                session.add(AidHouseholdMember(case_id=case.id, name=name, relation=relation, birth_date=birth,
                                               health=h, work_or_school=work, monthly_income=monthly))
            records = [wf.StepRecord(wf.APPLY, wf.SUBMITTED, opened, "aid")]
            day = opened
            for step, decision, reason in steps:
                day = min(day + dt.timedelta(days=rng.randint(4, 9) if step != wf.YEARLY_REVIEW else 365), today)
                if step == wf.PAYMENT:
                    day = day + dt.timedelta(days=10)
                    extra.append((case, day))
                skip = special == "skip" and step == wf.HOME_VISIT
                if skip:
                    records.append(wf.StepRecord(wf.FIRST_REVIEW, wf.SKIPPED, day, "admin",
                                                 "重大疾病紧急救助，经主席办公会决定免于初审"))
                records.append(wf.StepRecord(step, decision, day, HANDLERS[index % 2] if step != wf.APPROVAL
                                             else "admin", reason))
            for r in records:
                session.add(AidCaseStep(case_id=case.id, step=r.step, decision=r.decision, reason=r.reason,
                                        decided_on=r.decided_on, decided_by=r.decided_by or "aid"))
            state = wf.fold(records)
            case.stage, case.status, case.outcome, case.closed_on = (
                state.stage, "closed" if state.closed else "open", state.outcome, state.closed_on)
            if state.approved_on:
                case.aid_granted = case.aid_requested
            if state.next_steps == (wf.PUBLICITY,):
                case.publicity_until = records[-1].decided_on + dt.timedelta(days=7)
            cases.append((case, state))

        # payment batches: every case approved before the batch day and not closed by then
        count, total = 0, D("0")
        for title, month, day, offset, aid_type, amounts in BATCHES:
            year = today.year + offset
            paid_on = dt.date(year, month, day) if month else today - dt.timedelta(days=12)
            if paid_on > today:
                continue
            chosen_cases = [(case, state) for case, state in cases
                            if state.approved_on and state.approved_on <= paid_on
                            and not (state.closed_on and state.closed_on <= paid_on)
                            and (aid_type in case.aid_requested or aid_type == "warmth")]
            if not chosen_cases:
                continue
            batch = AidPaymentBatch(title=title.format(y=year), paid_on=paid_on, handler="陈帮扶", created_by="aid")
            session.add(batch)
            session.flush()
            for case, state in chosen_cases:
                amount = D(amounts.get(case.tier, "1000"))
                form = "bank" if aid_type == "medical" else ("in_kind" if aid_type == "warmth" and count % 3 == 0
                                                             else "cash")
                session.add(AidPayment(case_id=case.id, amount=amount, paid_on=paid_on,
                                       category_code=category_for(aid_type), form=form, aid_type=aid_type,
                                       items="米 1 袋、油 1 桶、慰问金" if form == "in_kind" else "",
                                       recipient="", batch_id=batch.id, created_by="aid"))
                count += 1
                total += amount
        session.flush()
        # recipients default to the applicant, as the service does
        for payment, name in session.execute(select(AidPayment, Member.name).join(
                AidCase, AidCase.id == AidPayment.case_id).join(Member, Member.id == AidCase.member_id)):
            payment.recipient = name
        # a payment of an approved case outside any batch (a legal-aid fee)
        for case, state in cases:
            if "legal" in case.aid_requested and state.approved_on and not state.closed:
                paid_on = min(state.approved_on + dt.timedelta(days=20), today)
                session.add(AidPayment(case_id=case.id, amount=D("1500"), paid_on=paid_on, category_code="50203",
                                       form="bank", aid_type="legal", items="劳动争议仲裁代理费",
                                       recipient="本市法律援助中心", created_by="aid"))
                count += 1
                total += D("1500")
        for case, day in extra:  # the living aid of cases whose 帮扶发放 step is in the scenario
            session.add(AidPayment(case_id=case.id, amount=D("2000"), paid_on=day, category_code=category_for("living"),
                                   form="cash", aid_type="living", items="", recipient="", created_by="aid"))
            count += 1
            total += D("2000")
        session.flush()
        for payment, name in session.execute(select(AidPayment, Member.name).join(
                AidCase, AidCase.id == AidPayment.case_id).join(Member, Member.id == AidCase.member_id)
                .where(AidPayment.recipient == "")):
            payment.recipient = name
        for case, state in cases:  # the first payment is the 帮扶发放 step, as the service records it
            if state.next_steps == (wf.PAYMENT,):
                first = session.scalar(select(AidPayment.paid_on).where(AidPayment.case_id == case.id)
                                       .order_by(AidPayment.paid_on).limit(1))
                if first is not None:
                    session.add(AidCaseStep(case_id=case.id, step=wf.PAYMENT, decision=wf.DONE, reason="",
                                            decided_on=first, decided_by="aid"))
                    case.stage = wf.PAYMENT
        recorder.record(session, actor, "create_demo", "aid_case", None, {
            "records": [None, f"{len(cases)} aid cases, {count} payments, {total} yuan"]})
