"""What a person types for a congress session, a proposal and one step: plain frozen values,
checked by the validate_* functions before the service writes anything."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.errors import FieldError
from desktop.domain.proposals import rules
from desktop.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SessionInput:
    name: str                       # 第五届职工代表大会第三次会议
    opened_on: dt.date
    seconders_required: int = 2
    answer_days: int = 60


@dataclass(frozen=True)
class ProposalInput:
    session_id: int
    title: str                      # 案由
    category: str
    lead_id: int                    # 领衔人
    submitted_on: dt.date
    seconder_ids: tuple[int, ...] = ()   # 附议人
    reason: str = ""                # 理由
    measures: str = ""              # 建议办法

    def file_values(self) -> dict:
        return {"session_id": self.session_id, "title": self.title.strip(), "category": self.category,
                "lead_id": self.lead_id, "submitted_on": self.submitted_on, "reason": self.reason.strip(),
                "measures": self.measures.strip()}


@dataclass(frozen=True)
class StepInput:
    step: str
    done_on: dt.date
    decision: str = ""              # review: accept | reject | opinion | merge; feedback: a verdict
    text: str = ""                  # the reason, the progress, the answer
    department: str = ""            # 交办: the handling department
    due_on: dt.date | None = None   # 交办: the deadline ("" = the session's answer days)
    merged_into_id: int | None = None
    handler: str = ""               # who ("" = the person recording)


def validate_session(data: SessionInput) -> list[FieldError]:
    errors = []
    if not data.name.strip():
        errors.append(FieldError("name", QT_TRANSLATE_NOOP(
            "ProposalRules", "Write the session's name (e.g. 第五届职工代表大会第三次会议).")))
    if not 0 <= data.seconders_required <= 30:
        errors.append(FieldError("seconders_required", QT_TRANSLATE_NOOP(
            "ProposalRules", "The number of seconders needed is 0 to 30.")))
    if not 7 <= data.answer_days <= 365:
        errors.append(FieldError("answer_days", QT_TRANSLATE_NOOP(
            "ProposalRules", "The days for an answer are 7 to 365.")))
    return errors


def validate_proposal(data: ProposalInput, seconders_required: int, today: dt.date) -> list[FieldError]:
    errors = []
    if not data.title.strip():
        errors.append(FieldError("title", QT_TRANSLATE_NOOP(
            "ProposalRules", "Write the subject of the proposal (案由).")))
    elif len(data.title.strip()) > 200:
        errors.append(FieldError("title", QT_TRANSLATE_NOOP(
            "ProposalRules", "The subject is at most 200 characters; put the detail under 理由.")))
    if data.category not in rules.CATEGORIES:
        errors.append(FieldError("category", QT_TRANSLATE_NOOP("ProposalRules", "Choose the category.")))
    if data.submitted_on > today:
        errors.append(FieldError("submitted_on", QT_TRANSLATE_NOOP(
            "ProposalRules", "The date is in the future; enter the day the proposal was handed in.")))
    if data.lead_id in data.seconder_ids:
        errors.append(FieldError("seconder_ids", QT_TRANSLATE_NOOP(
            "ProposalRules", "The lead proposer cannot also second the proposal; remove them from the seconders.")))
    missing = rules.seconders_missing(len(set(data.seconder_ids) - {data.lead_id}), seconders_required)
    if missing:
        errors.append(FieldError("seconder_ids", QT_TRANSLATE_NOOP(
            "ProposalRules", "A proposal needs at least {n} seconders (附议人); add {missing} more.").format(
                n=seconders_required, missing=missing)))
    return errors


def validate_step(data: StepInput, last_on: dt.date, today: dt.date) -> list[FieldError]:
    """The step's own fields (whether it may follow the last one is rules.step_not_allowed)."""
    errors = []
    if data.done_on > today:
        errors.append(FieldError("done_on", QT_TRANSLATE_NOOP("ProposalRules", "The date is in the future.")))
    elif data.done_on < last_on:
        errors.append(FieldError("done_on", QT_TRANSLATE_NOOP(
            "ProposalRules", "The date is before the proposal's last recorded step; steps are recorded in order.")))
    if data.step == rules.REVIEW:
        if data.decision not in rules.DECISIONS:
            errors.append(FieldError("decision", QT_TRANSLATE_NOOP("ProposalRules", "Choose the decision.")))
        elif data.decision != rules.ACCEPT and not data.text.strip():
            errors.append(FieldError("text", QT_TRANSLATE_NOOP(
                "ProposalRules", "Write the reason; it is printed on the 不立案说明 for the proposer.")))
        if data.decision == rules.MERGE and data.merged_into_id is None:
            errors.append(FieldError("merged_into_id", QT_TRANSLATE_NOOP(
                "ProposalRules", "Choose the proposal this one is merged with.")))
    if data.step == rules.ASSIGN:
        if not data.department.strip():
            errors.append(FieldError("department", QT_TRANSLATE_NOOP(
                "ProposalRules", "Name the department that handles the proposal.")))
        if data.due_on is not None and data.due_on < data.done_on:
            errors.append(FieldError("due_on", QT_TRANSLATE_NOOP(
                "ProposalRules", "The deadline is before the day of assignment.")))
    if data.step == rules.ANSWER and not data.text.strip():
        errors.append(FieldError("text", QT_TRANSLATE_NOOP(
            "ProposalRules", "Write the department's answer; it is printed on the 答复单.")))
    if data.step == rules.FEEDBACK and data.decision not in rules.VERDICTS:
        errors.append(FieldError("decision", QT_TRANSLATE_NOOP(
            "ProposalRules", "Choose the proposer's verdict: 满意, 基本满意 or 不满意.")))
    return errors
