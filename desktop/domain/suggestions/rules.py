"""The rules of a rationalization suggestion (合理化建议), pure (docs/domain.md "Suggestions").

受理 → 评审 (one score per reviewer, any number; the average counts) → 决定 (采纳 / 试行: go on;
存档 / 不采纳 with a reason: closed) → 实施 (department, date, 实际效益 in yuan) → 奖励 (grade and
amount, paid as a ledger line; closes) or 办结 without a reward.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from desktop.messages import QT_TRANSLATE_NOOP, Message

RECEIVE = "receive"
REVIEW = "review"
DECIDE = "decide"
IMPLEMENT = "implement"
REWARD = "reward"
CLOSE = "close"
STEPS = (RECEIVE, REVIEW, DECIDE, IMPLEMENT, REWARD, CLOSE)
STEP_LABELS: dict[str, Message] = {
    RECEIVE: QT_TRANSLATE_NOOP("SuggestionRules", "Received (受理)"),
    REVIEW: QT_TRANSLATE_NOOP("SuggestionRules", "Scored (评审)"),
    DECIDE: QT_TRANSLATE_NOOP("SuggestionRules", "Decided (采纳/不采纳)"),
    IMPLEMENT: QT_TRANSLATE_NOOP("SuggestionRules", "Implemented (实施)"),
    REWARD: QT_TRANSLATE_NOOP("SuggestionRules", "Rewarded (奖励)"),
    CLOSE: QT_TRANSLATE_NOOP("SuggestionRules", "Closed (办结)"),
}
STEP_ZH = {RECEIVE: "受理", REVIEW: "评审", DECIDE: "采纳/不采纳", IMPLEMENT: "实施", REWARD: "奖励", CLOSE: "办结"}

ADOPT = "adopt"
TRIAL = "trial"
ARCHIVE = "archive"
REJECT = "reject"
DECISIONS = (ADOPT, TRIAL, ARCHIVE, REJECT)
GOES_ON = (ADOPT, TRIAL)
DECISION_LABELS: dict[str, Message] = {
    ADOPT: QT_TRANSLATE_NOOP("SuggestionRules", "Adopted (采纳实施)"),
    TRIAL: QT_TRANSLATE_NOOP("SuggestionRules", "On trial (试行)"),
    ARCHIVE: QT_TRANSLATE_NOOP("SuggestionRules", "Filed for later (存档)"),
    REJECT: QT_TRANSLATE_NOOP("SuggestionRules", "Not adopted (不采纳)"),
}
DECISION_ZH = {ADOPT: "采纳实施", TRIAL: "试行", ARCHIVE: "存档", REJECT: "不采纳"}

GRADES = ("first", "second", "third", "other")
GRADE_LABELS: dict[str, Message] = {
    "first": QT_TRANSLATE_NOOP("SuggestionRules", "First prize (一等奖)"),
    "second": QT_TRANSLATE_NOOP("SuggestionRules", "Second prize (二等奖)"),
    "third": QT_TRANSLATE_NOOP("SuggestionRules", "Third prize (三等奖)"),
    "other": QT_TRANSLATE_NOOP("SuggestionRules", "Amount only (奖励)"),
}
GRADE_ZH = {"first": "一等奖", "second": "二等奖", "third": "三等奖", "other": "奖励"}

_NEXT: dict[str, tuple[str, ...]] = {
    RECEIVE: (REVIEW,),
    REVIEW: (REVIEW, DECIDE),
    IMPLEMENT: (REWARD, CLOSE),
    REWARD: (),
    CLOSE: (),
}


@dataclass(frozen=True)
class StepRecord:
    step: str
    decision: str
    done_on: dt.date


@dataclass(frozen=True)
class SuggestionState:
    stage: str
    next_steps: tuple[str, ...]
    closed: bool
    decision: str


def fold(records: list[StepRecord]) -> SuggestionState:
    stage, decision = "", ""
    next_steps: tuple[str, ...] = (RECEIVE,)
    for r in records:
        stage = r.step
        if r.step == DECIDE:
            decision = r.decision
            next_steps = (IMPLEMENT,) if r.decision in GOES_ON else ()
        else:
            next_steps = _NEXT[r.step]
    return SuggestionState(stage, next_steps, bool(records) and not next_steps, decision)


def step_not_allowed(records: list[StepRecord], step: str) -> Message | None:
    state = fold(records)
    if state.closed:
        return QT_TRANSLATE_NOOP("SuggestionRules", "The suggestion is closed; no further step can be recorded.")
    if step not in state.next_steps:
        return QT_TRANSLATE_NOOP("SuggestionRules", "{step} cannot be recorded now; possible next steps: "
                                 "{next}.").format(step=STEP_LABELS.get(step, step),
                                                   next="、".join(STEP_ZH[s] for s in state.next_steps))
    return None


def sheet_total(points: tuple[int | Decimal, ...]) -> Decimal:
    return Decimal(sum(Decimal(str(p)) for p in points)).quantize(Decimal("0.01"))


def average(totals: list[Decimal]) -> Decimal | None:
    """The reviewers' average, to two decimals (half up); None without a review."""
    if not totals:
        return None
    return (sum(totals, Decimal("0")) / len(totals)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def format_number(year: int, sequence: int) -> str:
    return f"JY{year}-{sequence:03d}"
