"""The rules of a rights case (维权), pure: the steps and which may follow which, the outcome of a
closed case, and the mediation deadline. No database, no Qt (docs/domain.md "Rights cases").

登记 → 受理 (or 不予受理: closed) → 调查核实 → 调解 (one record per session; 延期 once) → 调解结果
(达成协议 / 未达成) → 转介 → 回访 → 结案
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from desktop.messages import QT_TRANSLATE_NOOP, Message

# Steps.
RECEIVE = "receive"
ACCEPT = "accept"
DECLINE = "decline"
INVESTIGATE = "investigate"
MEDIATE = "mediate"
EXTEND = "extend"
RESULT = "result"
REFER = "refer"
FOLLOW_UP = "follow_up"
CLOSE = "close"
STEPS = (RECEIVE, ACCEPT, DECLINE, INVESTIGATE, MEDIATE, EXTEND, RESULT, REFER, FOLLOW_UP, CLOSE)

STEP_LABELS: dict[str, Message] = {
    RECEIVE: QT_TRANSLATE_NOOP("RightsRules", "Received (登记)"),
    ACCEPT: QT_TRANSLATE_NOOP("RightsRules", "Accepted (受理)"),
    DECLINE: QT_TRANSLATE_NOOP("RightsRules", "Not accepted (不予受理)"),
    INVESTIGATE: QT_TRANSLATE_NOOP("RightsRules", "Investigation (调查核实)"),
    MEDIATE: QT_TRANSLATE_NOOP("RightsRules", "Mediation session (调解)"),
    EXTEND: QT_TRANSLATE_NOOP("RightsRules", "Mediation extended (延期)"),
    RESULT: QT_TRANSLATE_NOOP("RightsRules", "Mediation result (调解结果)"),
    REFER: QT_TRANSLATE_NOOP("RightsRules", "Referred (转介)"),
    FOLLOW_UP: QT_TRANSLATE_NOOP("RightsRules", "Follow-up (回访)"),
    CLOSE: QT_TRANSLATE_NOOP("RightsRules", "Closed (结案)"),
}
STEP_ZH = {RECEIVE: "登记", ACCEPT: "受理", DECLINE: "不予受理", INVESTIGATE: "调查核实", MEDIATE: "调解",
           EXTEND: "延期", RESULT: "调解结果", REFER: "转介", FOLLOW_UP: "回访", CLOSE: "结案"}

# Outcomes of a mediation result and of the closing step.
AGREED = "agreed"
FAILED = "failed"
RESOLVED = "resolved"
UNRESOLVED = "unresolved"
WITHDRAWN = "withdrawn"
REFERRED = "referred"
DECLINED = "declined"     # the outcome of a case not accepted
RESULT_OUTCOMES = (AGREED, FAILED)
CLOSE_OUTCOMES = (RESOLVED, REFERRED, UNRESOLVED, WITHDRAWN)
OUTCOME_LABELS: dict[str, Message] = {
    AGREED: QT_TRANSLATE_NOOP("RightsRules", "Agreement reached (达成协议)"),
    FAILED: QT_TRANSLATE_NOOP("RightsRules", "No agreement (未达成)"),
    RESOLVED: QT_TRANSLATE_NOOP("RightsRules", "Resolved (已解决)"),
    REFERRED: QT_TRANSLATE_NOOP("RightsRules", "Handled by the referral (转介处理)"),
    UNRESOLVED: QT_TRANSLATE_NOOP("RightsRules", "Not resolved (未解决)"),
    WITHDRAWN: QT_TRANSLATE_NOOP("RightsRules", "Withdrawn (撤回)"),
    DECLINED: QT_TRANSLATE_NOOP("RightsRules", "Not accepted (不予受理)"),
}
OUTCOME_ZH = {AGREED: "达成协议", FAILED: "未达成", RESOLVED: "已解决", REFERRED: "转介处理", UNRESOLVED: "未解决",
              WITHDRAWN: "撤回", DECLINED: "不予受理"}

CATEGORIES = ("wages", "contract", "injury", "social_insurance", "hours_leave", "safety", "women", "dismissal",
              "other")
CATEGORY_LABELS: dict[str, Message] = {
    "wages": QT_TRANSLATE_NOOP("RightsRules", "Pay (劳动报酬)"),
    "contract": QT_TRANSLATE_NOOP("RightsRules", "Labour contract (劳动合同)"),
    "injury": QT_TRANSLATE_NOOP("RightsRules", "Injury at work (工伤)"),
    "social_insurance": QT_TRANSLATE_NOOP("RightsRules", "Social insurance (社会保险)"),
    "hours_leave": QT_TRANSLATE_NOOP("RightsRules", "Hours and leave (工时休假)"),
    "safety": QT_TRANSLATE_NOOP("RightsRules", "Safety and health (劳动安全卫生)"),
    "women": QT_TRANSLATE_NOOP("RightsRules", "Women workers' rights (女职工权益)"),
    "dismissal": QT_TRANSLATE_NOOP("RightsRules", "Dismissal / end of contract (解除/终止)"),
    "other": QT_TRANSLATE_NOOP("RightsRules", "Other (其他)"),
}
CATEGORY_ZH = {"wages": "劳动报酬", "contract": "劳动合同", "injury": "工伤", "social_insurance": "社会保险",
               "hours_leave": "工时休假", "safety": "劳动安全卫生", "women": "女职工权益", "dismissal": "解除/终止",
               "other": "其他"}

REFERRALS = ("legal_aid", "arbitration", "parent_union")
REFERRAL_LABELS: dict[str, Message] = {
    "legal_aid": QT_TRANSLATE_NOOP("RightsRules", "Legal aid centre (法律援助中心)"),
    "arbitration": QT_TRANSLATE_NOOP("RightsRules", "Labour arbitration (劳动仲裁)"),
    "parent_union": QT_TRANSLATE_NOOP("RightsRules", "Parent union (上级工会)"),
}
REFERRAL_ZH = {"legal_aid": "法律援助中心", "arbitration": "劳动争议仲裁委员会", "parent_union": "上级工会"}

URGENCIES = ("normal", "urgent")
URGENCY_LABELS: dict[str, Message] = {
    "normal": QT_TRANSLATE_NOOP("RightsRules", "Normal"),
    "urgent": QT_TRANSLATE_NOOP("RightsRules", "Urgent"),
}
URGENCY_ZH = {"normal": "一般", "urgent": "紧急"}

# 《企业劳动争议协商调解规定》(人社部令第17号, 2011) art. 27: mediation ends within 15 days of
# accepting the application; with both parties' consent it may be extended once, by at most 15 days.
MEDIATION_DAYS = 15
EXTENSION_DAYS = 15
DUE_SOON_DAYS = 3

# The steps that may follow the last one; a closed case takes none.
_NEXT: dict[str, tuple[str, ...]] = {
    RECEIVE: (ACCEPT, DECLINE),
    ACCEPT: (INVESTIGATE, MEDIATE, EXTEND, REFER, CLOSE),
    INVESTIGATE: (INVESTIGATE, MEDIATE, EXTEND, REFER, CLOSE),
    MEDIATE: (MEDIATE, EXTEND, RESULT),
    EXTEND: (MEDIATE, RESULT),
    REFER: (FOLLOW_UP, CLOSE),
    FOLLOW_UP: (FOLLOW_UP, CLOSE),
    DECLINE: (),
    CLOSE: (),
}
# While the last step is one of these, the mediation period is running.
_MEDIATING = {ACCEPT, INVESTIGATE, MEDIATE, EXTEND}


@dataclass(frozen=True)
class StepRecord:
    step: str
    outcome: str
    done_on: dt.date
    amount: Decimal = Decimal("0")


@dataclass(frozen=True)
class CaseState:
    stage: str                   # the last step
    next_steps: tuple[str, ...]  # what may be recorded now (empty: closed)
    closed: bool
    outcome: str                 # declined | resolved | referred | unresolved | withdrawn ("" while open)
    closed_on: dt.date | None
    accepted_on: dt.date | None
    mediation_due: dt.date | None  # the last day of the mediation period while it runs, else None
    extended: bool
    agreed: bool                 # a mediation agreement was reached
    amount_recovered: Decimal


def next_after(step: str, outcome: str, extended: bool) -> tuple[str, ...]:
    steps: tuple[str, ...]
    if step == RESULT:
        steps = (FOLLOW_UP, REFER, CLOSE) if outcome == AGREED else (REFER, CLOSE)
    else:
        steps = _NEXT[step]
    return tuple(s for s in steps if not (s == EXTEND and extended))


def fold(records: list[StepRecord]) -> CaseState:
    """The state of a case after its step records, oldest first (the first is always 登记)."""
    stage, outcome, closed_on, accepted_on = "", "", None, None
    extended = agreed = False
    amount = Decimal("0")
    next_steps: tuple[str, ...] = (RECEIVE,)
    for r in records:
        stage = r.step
        amount += r.amount
        if r.step == ACCEPT:
            accepted_on = r.done_on
        elif r.step == EXTEND:
            extended = True
        elif r.step == RESULT and r.outcome == AGREED:
            agreed = True
        elif r.step == DECLINE:
            outcome, closed_on = DECLINED, r.done_on
        elif r.step == CLOSE:
            outcome, closed_on = r.outcome, r.done_on
        next_steps = next_after(r.step, r.outcome, extended)
    due = None
    if accepted_on is not None and stage in _MEDIATING:
        due = accepted_on + dt.timedelta(days=MEDIATION_DAYS + (EXTENSION_DAYS if extended else 0))
    return CaseState(stage, next_steps, closed_on is not None, outcome, closed_on, accepted_on, due, extended,
                     agreed, amount)


def deadline_state(due: dt.date | None, today: dt.date) -> str:
    """"" (no deadline running), "running", "soon" (within 3 days) or "overdue" (past the last day)."""
    if due is None:
        return ""
    if today > due:
        return "overdue"
    if (due - today).days <= DUE_SOON_DAYS:
        return "soon"
    return "running"


def suggested_close_outcome(state: CaseState) -> str:
    """What the closing step usually records after this state (the dialog's default)."""
    if state.agreed:
        return RESOLVED
    if state.stage in (REFER, FOLLOW_UP):
        return REFERRED
    return UNRESOLVED


def step_not_allowed(records: list[StepRecord], step: str) -> Message | None:
    """Why `step` cannot be recorded after these records, or None."""
    state = fold(records)
    if state.closed:
        return QT_TRANSLATE_NOOP("RightsRules", "The case is closed; no further step can be recorded.")
    if step == EXTEND and state.extended:
        return QT_TRANSLATE_NOOP(
            "RightsRules", "The mediation period was already extended once; it can be extended only once, "
            "by at most 15 days.")
    if step not in state.next_steps:
        return QT_TRANSLATE_NOOP("RightsRules", "{step} cannot be recorded now; possible next steps: "
                                 "{next}.").format(step=STEP_LABELS.get(step, step),
                                                   next="、".join(STEP_ZH[s] for s in state.next_steps))
    return None
