"""The workflow of a hardship case, as pure rules over its recorded steps (no database, no Qt).

申请 → 初审 → 入户调查 → 公示 → 审批 → 帮扶发放 → 年度复核 → 解困/退档 → 回访

Every step is a recorded decision (who, when, decision, reason). Steps are taken in order; a step
may be skipped only by a recorded decision with a reason ("skipped" records for each step passed
over). A rejection closes the case; so does 解困/退档 (the 回访 follow-up is then still due). The
yearly review either continues the aid (another review a year later) or leads to 解困/退档. A case
closed by mistake is reopened with a reason, and continues from the step that closed it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.messages import QT_TRANSLATE_NOOP, Message

APPLY = "apply"
FIRST_REVIEW = "first_review"
HOME_VISIT = "home_visit"
PUBLICITY = "publicity"
APPROVAL = "approval"
PAYMENT = "payment"
YEARLY_REVIEW = "yearly_review"
EXIT = "exit"
FOLLOW_UP = "follow_up"
REOPEN = "reopen"  # not a step of the chain: the record of a reopening

STEPS = (APPLY, FIRST_REVIEW, HOME_VISIT, PUBLICITY, APPROVAL, PAYMENT, YEARLY_REVIEW, EXIT, FOLLOW_UP)

STEP_LABELS: dict[str, Message] = {
    APPLY: QT_TRANSLATE_NOOP("AidWorkflow", "Application (申请)"),
    FIRST_REVIEW: QT_TRANSLATE_NOOP("AidWorkflow", "First review (初审)"),
    HOME_VISIT: QT_TRANSLATE_NOOP("AidWorkflow", "Home visit (入户调查)"),
    PUBLICITY: QT_TRANSLATE_NOOP("AidWorkflow", "Public notice (公示)"),
    APPROVAL: QT_TRANSLATE_NOOP("AidWorkflow", "Approval (审批)"),
    PAYMENT: QT_TRANSLATE_NOOP("AidWorkflow", "Aid given (帮扶发放)"),
    YEARLY_REVIEW: QT_TRANSLATE_NOOP("AidWorkflow", "Yearly review (年度复核)"),
    EXIT: QT_TRANSLATE_NOOP("AidWorkflow", "Out of hardship / removed (解困/退档)"),
    FOLLOW_UP: QT_TRANSLATE_NOOP("AidWorkflow", "Follow-up call (回访)"),
    REOPEN: QT_TRANSLATE_NOOP("AidWorkflow", "Reopened"),
}
STEP_ZH = {APPLY: "申请", FIRST_REVIEW: "初审", HOME_VISIT: "入户调查", PUBLICITY: "公示", APPROVAL: "审批",
           PAYMENT: "帮扶发放", YEARLY_REVIEW: "年度复核", EXIT: "解困/退档", FOLLOW_UP: "回访", REOPEN: "重新开启"}

# Decisions.
SUBMITTED = "submitted"
PASSED = "passed"
REJECTED = "rejected"
SKIPPED = "skipped"
DONE = "done"
CONTINUE = "continue"
RESOLVED = "resolved"   # 解困
EXITED = "exited"       # 退档
REOPENED = "reopened"

DECISION_LABELS: dict[str, Message] = {
    SUBMITTED: QT_TRANSLATE_NOOP("AidWorkflow", "Submitted"),
    PASSED: QT_TRANSLATE_NOOP("AidWorkflow", "Passed"),
    REJECTED: QT_TRANSLATE_NOOP("AidWorkflow", "Rejected"),
    SKIPPED: QT_TRANSLATE_NOOP("AidWorkflow", "Skipped by decision"),
    DONE: QT_TRANSLATE_NOOP("AidWorkflow", "Done"),
    CONTINUE: QT_TRANSLATE_NOOP("AidWorkflow", "Aid continues"),
    RESOLVED: QT_TRANSLATE_NOOP("AidWorkflow", "Out of hardship (解困)"),
    EXITED: QT_TRANSLATE_NOOP("AidWorkflow", "Removed from the files (退档)"),
    REOPENED: QT_TRANSLATE_NOOP("AidWorkflow", "Reopened"),
}
DECISION_ZH = {SUBMITTED: "已提交", PASSED: "通过", REJECTED: "不通过", SKIPPED: "经决定跳过", DONE: "完成",
               CONTINUE: "继续帮扶", RESOLVED: "解困", EXITED: "退档", REOPENED: "重新开启"}

# The decisions each step takes (the first is the usual one).
STEP_DECISIONS: dict[str, tuple[str, ...]] = {
    APPLY: (SUBMITTED,),
    FIRST_REVIEW: (PASSED, REJECTED),
    HOME_VISIT: (PASSED, REJECTED),
    PUBLICITY: (PASSED, REJECTED),
    APPROVAL: (PASSED, REJECTED),
    PAYMENT: (DONE,),
    YEARLY_REVIEW: (CONTINUE, EXITED),
    EXIT: (RESOLVED, EXITED),
    FOLLOW_UP: (DONE,),
}
CLOSING = {REJECTED, RESOLVED, EXITED}
REASON_NEEDED = {REJECTED, SKIPPED, REOPENED, EXITED, RESOLVED}

# Outcomes of a closed case.
OUTCOME_LABELS: dict[str, Message] = {
    REJECTED: QT_TRANSLATE_NOOP("AidWorkflow", "Not approved"),
    RESOLVED: QT_TRANSLATE_NOOP("AidWorkflow", "Out of hardship"),
    EXITED: QT_TRANSLATE_NOOP("AidWorkflow", "Removed from the files"),
}


@dataclass(frozen=True)
class StepRecord:
    step: str
    decision: str
    decided_on: dt.date
    decided_by: str = ""
    reason: str = ""


@dataclass(frozen=True)
class CaseState:
    stage: str                  # last step done ("" before the application)
    next_steps: tuple[str, ...]  # the steps that may be recorded now, in order (empty: finished)
    closed: bool
    outcome: str                # "" | rejected | resolved | exited
    closed_on: dt.date | None
    approved: bool              # approval passed and not rejected since: payments allowed while open
    approved_on: dt.date | None
    last_review_on: dt.date | None   # approval or latest yearly review
    exit_on: dt.date | None
    followed_up: bool


def _after(step: str, decision: str) -> tuple[str, ...]:
    """The steps that may follow a step done with a (non-closing) decision."""
    if step == YEARLY_REVIEW and decision == CONTINUE:
        return (YEARLY_REVIEW, EXIT)
    if step == YEARLY_REVIEW and decision == EXITED:
        return (EXIT,)
    if step == PAYMENT:
        return (YEARLY_REVIEW, EXIT)
    if step == EXIT:
        return (FOLLOW_UP,)
    if step == FOLLOW_UP:
        return ()
    return (STEPS[STEPS.index(step) + 1],)


def fold(records: list[StepRecord]) -> CaseState:
    """The state of a case after its records, oldest first."""
    next_steps: tuple[str, ...]
    stage, next_steps = "", (APPLY,)
    closed, outcome, closed_on = False, "", None
    approved, approved_on, last_review, exit_on, followed_up = False, None, None, None, False
    closing_step = ""
    for r in records:
        if r.step == REOPEN:
            closed, outcome, closed_on = False, "", None
            if closing_step in (EXIT, FOLLOW_UP) or (closing_step == YEARLY_REVIEW):
                next_steps = (YEARLY_REVIEW, EXIT)
                stage = YEARLY_REVIEW
                exit_on, followed_up = None, False
            else:  # rejected at a step: that step is taken again
                next_steps = (closing_step,)
                stage = STEPS[STEPS.index(closing_step) - 1]
            continue
        stage = r.step
        if r.decision == REJECTED:
            closed, outcome, closed_on, closing_step = True, REJECTED, r.decided_on, r.step
            next_steps = ()
            if r.step == APPROVAL:
                approved = False
            continue
        if r.step == APPROVAL:
            approved, approved_on, last_review = True, r.decided_on, r.decided_on
        if r.step == YEARLY_REVIEW:
            last_review = r.decided_on
        if r.step == EXIT:
            closed, outcome, closed_on, closing_step, exit_on = True, r.decision, r.decided_on, EXIT, r.decided_on
        if r.step == FOLLOW_UP:
            followed_up = True
            closing_step = FOLLOW_UP
        next_steps = _after(r.step, r.decision)
    return CaseState(stage, next_steps, closed, outcome, closed_on, approved and not (closed and outcome == REJECTED),
                     approved_on, last_review, exit_on, followed_up)


def plan_step(records: list[StepRecord], step: str, decision: str, reason: str, skip_reason: str,
              on: dt.date) -> tuple[list[tuple[str, str, str]] | None, Message | None]:
    """The records to write for recording `step` with `decision` now: [(step, decision, reason)],
    the skipped steps first; or a message saying why it is not allowed."""
    state = fold(records)
    if step not in STEPS or decision not in STEP_DECISIONS[step]:
        return None, QT_TRANSLATE_NOOP("AidWorkflow", "This decision does not belong to this step.")
    if decision in REASON_NEEDED and not reason.strip():
        return None, QT_TRANSLATE_NOOP("AidWorkflow", "Write the reason for this decision.")
    if records and on < max(r.decided_on for r in records):
        return None, QT_TRANSLATE_NOOP(
            "AidWorkflow", "The date is before the case's last recorded step; steps are recorded in order.")
    if state.closed and step not in state.next_steps:
        return None, QT_TRANSLATE_NOOP(
            "AidWorkflow", "The case is closed. Reopen it with a reason first if it was closed by mistake.")
    if not state.next_steps:
        return None, QT_TRANSLATE_NOOP("AidWorkflow", "The case has gone through every step.")
    if step in state.next_steps:
        return [(step, decision, reason.strip())], None
    first = state.next_steps[0]
    if state.closed or STEPS.index(step) < STEPS.index(first):
        return None, QT_TRANSLATE_NOOP("AidWorkflow", "{step} cannot be recorded now; the next step is {next}.").format(
            step=STEP_LABELS[step], next=STEP_LABELS[first])
    if not skip_reason.strip():
        return None, QT_TRANSLATE_NOOP(
            "AidWorkflow", "The next step is {next}. Steps are not skipped unless you record a decision to skip "
            "them, with its reason.").format(next=STEP_LABELS[first])
    skipped = [(s, SKIPPED, skip_reason.strip()) for s in STEPS[STEPS.index(first):STEPS.index(step)]]
    if any(s in (APPROVAL, APPLY) for s, _, _ in skipped):
        return None, QT_TRANSLATE_NOOP(
            "AidWorkflow", "The application and the approval cannot be skipped: no aid is given without them.")
    return [*skipped, (step, decision, reason.strip())], None


def plan_reopen(records: list[StepRecord], reason: str) -> Message | None:
    state = fold(records)
    if not state.closed:
        return QT_TRANSLATE_NOOP("AidWorkflow", "The case is open; only a closed case can be reopened.")
    if not reason.strip():
        return QT_TRANSLATE_NOOP("AidWorkflow", "Write why the case is reopened.")
    return None
