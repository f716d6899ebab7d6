"""The rules of a congress proposal (职代会提案), pure: the steps and which may follow which, the
answer deadline and the summary figures. No database, no Qt (docs/domain.md "Proposals").

征集 → 提案审查 (立案 / 不立案 / 转为意见建议 / 并案: the last three close it) → 交办 (department,
deadline) → 办理 (progress, any number) → 答复 → 满意度 (满意 / 基本满意 close it; 不满意 sends it
back to 办理 once, a second 不满意 leaves only 办结) → 办结
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.messages import QT_TRANSLATE_NOOP, Message

SUBMIT = "submit"
REVIEW = "review"
ASSIGN = "assign"
HANDLE = "handle"
ANSWER = "answer"
FEEDBACK = "feedback"
CLOSE = "close"
STEPS = (SUBMIT, REVIEW, ASSIGN, HANDLE, ANSWER, FEEDBACK, CLOSE)
STEP_LABELS: dict[str, Message] = {
    SUBMIT: QT_TRANSLATE_NOOP("ProposalRules", "Submitted (征集)"),
    REVIEW: QT_TRANSLATE_NOOP("ProposalRules", "Reviewed (提案审查)"),
    ASSIGN: QT_TRANSLATE_NOOP("ProposalRules", "Assigned (交办)"),
    HANDLE: QT_TRANSLATE_NOOP("ProposalRules", "Handling (办理)"),
    ANSWER: QT_TRANSLATE_NOOP("ProposalRules", "Answered (答复)"),
    FEEDBACK: QT_TRANSLATE_NOOP("ProposalRules", "Proposer's verdict (满意度)"),
    CLOSE: QT_TRANSLATE_NOOP("ProposalRules", "Closed (办结)"),
}
STEP_ZH = {SUBMIT: "征集", REVIEW: "提案审查", ASSIGN: "交办", HANDLE: "办理", ANSWER: "答复", FEEDBACK: "满意度",
           CLOSE: "办结"}

# Review decisions of the 提案工作委员会.
ACCEPT = "accept"
REJECT = "reject"
OPINION = "opinion"
MERGE = "merge"
DECISIONS = (ACCEPT, REJECT, OPINION, MERGE)
DECISION_LABELS: dict[str, Message] = {
    ACCEPT: QT_TRANSLATE_NOOP("ProposalRules", "Accepted (立案)"),
    REJECT: QT_TRANSLATE_NOOP("ProposalRules", "Not accepted (不立案)"),
    OPINION: QT_TRANSLATE_NOOP("ProposalRules", "Turned into an opinion (转为意见建议)"),
    MERGE: QT_TRANSLATE_NOOP("ProposalRules", "Merged (并案)"),
}
DECISION_ZH = {ACCEPT: "立案", REJECT: "不立案", OPINION: "转为意见建议", MERGE: "并案"}

# The proposer's verdict on the answer.
SATISFIED = "satisfied"
BASIC = "basic"
UNSATISFIED = "unsatisfied"
VERDICTS = (SATISFIED, BASIC, UNSATISFIED)
VERDICT_LABELS: dict[str, Message] = {
    SATISFIED: QT_TRANSLATE_NOOP("ProposalRules", "Satisfied (满意)"),
    BASIC: QT_TRANSLATE_NOOP("ProposalRules", "Mostly satisfied (基本满意)"),
    UNSATISFIED: QT_TRANSLATE_NOOP("ProposalRules", "Not satisfied (不满意)"),
}
VERDICT_ZH = {SATISFIED: "满意", BASIC: "基本满意", UNSATISFIED: "不满意"}

CATEGORIES = ("production", "protection", "pay", "welfare", "democracy", "other")
CATEGORY_LABELS: dict[str, Message] = {
    "production": QT_TRANSLATE_NOOP("ProposalRules", "Production and business (生产经营)"),
    "protection": QT_TRANSLATE_NOOP("ProposalRules", "Labour protection (劳动保护)"),
    "pay": QT_TRANSLATE_NOOP("ProposalRules", "Pay and welfare (工资福利)"),
    "welfare": QT_TRANSLATE_NOOP("ProposalRules", "Living services (生活后勤)"),
    "democracy": QT_TRANSLATE_NOOP("ProposalRules", "Democratic management (民主管理)"),
    "other": QT_TRANSLATE_NOOP("ProposalRules", "Other (其他)"),
}
CATEGORY_ZH = {"production": "生产经营", "protection": "劳动保护", "pay": "工资福利", "welfare": "生活后勤",
               "democracy": "民主管理", "other": "其他"}

DUE_SOON_DAYS = 7

_NEXT: dict[str, tuple[str, ...]] = {
    SUBMIT: (REVIEW,),
    ASSIGN: (HANDLE, ANSWER),
    HANDLE: (HANDLE, ANSWER),
    ANSWER: (FEEDBACK, CLOSE),
    CLOSE: (),
}


@dataclass(frozen=True)
class StepRecord:
    step: str
    decision: str
    done_on: dt.date
    due_on: dt.date | None = None
    department: str = ""
    merged_into_id: int | None = None


@dataclass(frozen=True)
class ProposalState:
    stage: str
    next_steps: tuple[str, ...]
    closed: bool
    decision: str                   # the review's decision ("" before the review)
    merged_into_id: int | None
    department: str
    due_on: dt.date | None          # while an answer is awaited, the last day for it
    awaiting_answer: bool
    answered_on: dt.date | None     # the first answer
    answered_in_time: bool | None
    satisfaction: str               # the last verdict
    returned: bool                  # sent back to 办理 once after 不满意
    closed_on: dt.date | None


def _after(step: str, decision: str, returned: bool) -> tuple[str, ...]:
    if step == REVIEW:
        return (ASSIGN,) if decision == ACCEPT else ()
    if step == FEEDBACK:
        if decision == UNSATISFIED and returned:
            # the first 不满意 has just sent it back (fold sets `returned` before asking)
            return (HANDLE, ANSWER)
        return (CLOSE,)
    return _NEXT[step]


def fold(records: list[StepRecord]) -> ProposalState:
    """The state after the step records, oldest first (the first is always 征集)."""
    stage, decision, department, satisfaction = "", "", "", ""
    merged_into = due = answered_on = closed_on = None
    in_time: bool | None = None
    awaiting = returned = False
    next_steps: tuple[str, ...] = (SUBMIT,)
    for r in records:
        stage = r.step
        just_returned = False
        if r.step == REVIEW:
            decision, merged_into = r.decision, r.merged_into_id
            if r.decision != ACCEPT:
                closed_on = r.done_on
        elif r.step == ASSIGN:
            department, due, awaiting = r.department, r.due_on, True
        elif r.step == ANSWER:
            if answered_on is None:
                answered_on = r.done_on
                in_time = due is None or r.done_on <= due
            awaiting = False
        elif r.step == FEEDBACK:
            satisfaction = r.decision
            if r.decision == UNSATISFIED and not returned:
                returned = just_returned = True
                due, awaiting = r.due_on, True
        elif r.step == CLOSE:
            closed_on = r.done_on
        next_steps = _after(r.step, r.decision, just_returned)
    return ProposalState(stage, next_steps, closed_on is not None, decision, merged_into, department,
                         due if awaiting else None, awaiting, answered_on, in_time, satisfaction, returned,
                         closed_on)


def deadline_state(due: dt.date | None, today: dt.date) -> str:
    """"" (no answer awaited), "running", "soon" (within 7 days) or "overdue"."""
    if due is None:
        return ""
    if today > due:
        return "overdue"
    if (due - today).days <= DUE_SOON_DAYS:
        return "soon"
    return "running"


def step_not_allowed(records: list[StepRecord], step: str) -> Message | None:
    """Why `step` cannot be recorded after these records, or None."""
    state = fold(records)
    if state.closed:
        return QT_TRANSLATE_NOOP("ProposalRules", "The proposal is closed; no further step can be recorded.")
    if step not in state.next_steps:
        return QT_TRANSLATE_NOOP("ProposalRules", "{step} cannot be recorded now; possible next steps: "
                                 "{next}.").format(step=STEP_LABELS.get(step, step),
                                                   next="、".join(STEP_ZH[s] for s in state.next_steps))
    return None


def seconders_missing(seconders: int, required: int) -> int:
    """How many more 附议人 a proposal needs."""
    return max(0, required - seconders)


def percent(part: int, whole: int) -> float | None:
    """part/whole in per cent to one decimal, None when there is nothing to measure."""
    return None if whole == 0 else round(100.0 * part / whole, 1)


def format_number(year: int, sequence: int) -> str:
    return f"{year}-{sequence:03d}"
