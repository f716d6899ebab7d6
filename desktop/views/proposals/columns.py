"""The columns of the proposals pane's tables, over the shared small-list model
(models/row_list): the register (an answer due soon in amber, overdue in red) and a proposal's
timeline."""

from __future__ import annotations

from desktop.domain.proposals import rules
from desktop.domain.proposals.queries import ProposalRow, StepRow
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.models.columns import text_column
from desktop.models.row_list import RowListModel
from desktop.models.texts import message_text

DEADLINE_COLOURS = {"overdue": "#f4c7c3", "soon": "#fff4ce"}


def label(labels: dict, code: str) -> str:
    return message_text(labels[code]) if code in labels else code


def stage_text(row: ProposalRow) -> str:
    """Where the proposal stands: the review's decision once it closed there, else the last step."""
    if row.decision and row.decision != rules.ACCEPT:
        return label(rules.DECISION_LABELS, row.decision)
    if row.stage == rules.FEEDBACK and row.returned and row.status == "open":
        return message_text(QT_TRANSLATE_NOOP("ProposalColumns", "Sent back to handling (不满意)"))
    return label(rules.STEP_LABELS, row.stage)


def _approved(row: ProposalRow) -> str:
    if row.approved is None:
        return ""
    return message_text(QT_TRANSLATE_NOOP("ProposalColumns", "Approved") if row.approved
                        else QT_TRANSLATE_NOOP("ProposalColumns", "Not approved"))


PROPOSAL_COLUMNS = (
    text_column(QT_TRANSLATE_NOOP("ProposalColumns", "No."), lambda r: r.number),
    text_column(QT_TRANSLATE_NOOP("ProposalColumns", "Subject (案由)"), lambda r: r.title),
    text_column(QT_TRANSLATE_NOOP("ProposalColumns", "Lead proposer"), lambda r: r.lead),
    text_column(QT_TRANSLATE_NOOP("ProposalColumns", "Seconders"), lambda r: str(r.seconders), right=True),
    text_column(QT_TRANSLATE_NOOP("ProposalColumns", "Category"), lambda r: label(rules.CATEGORY_LABELS, r.category)),
    text_column(QT_TRANSLATE_NOOP("ProposalColumns", "Stage"), stage_text),
    text_column(QT_TRANSLATE_NOOP("ProposalColumns", "Department"), lambda r: r.department),
    text_column(QT_TRANSLATE_NOOP("ProposalColumns", "Answer due"), lambda r: r.due_on.isoformat() if r.due_on else "",
              colour=lambda r: DEADLINE_COLOURS.get(r.deadline)),
    text_column(QT_TRANSLATE_NOOP("ProposalColumns", "Verdict"),
              lambda r: label(rules.VERDICT_LABELS, r.satisfaction) if r.satisfaction else ""),
    text_column(QT_TRANSLATE_NOOP("ProposalColumns", "Congress"), _approved),
)


def _decision(step: StepRow) -> str:
    if step.step == rules.REVIEW:
        return label(rules.DECISION_LABELS, step.decision)
    if step.step == rules.FEEDBACK:
        return label(rules.VERDICT_LABELS, step.decision)
    return ""


def _what(step: StepRow) -> str:
    parts = [step.department, step.due_on and f"→ {step.due_on.isoformat()}",
             step.merged_into and f"并入 {step.merged_into}", step.text]
    return "；".join(p for p in parts if p)


STEP_COLUMNS = (
    text_column(QT_TRANSLATE_NOOP("ProposalColumns", "Step"), lambda s: label(rules.STEP_LABELS, s.step)),
    text_column(QT_TRANSLATE_NOOP("ProposalColumns", "Date"), lambda s: s.done_on.isoformat()),
    text_column(QT_TRANSLATE_NOOP("ProposalColumns", "Who"), lambda s: s.handler),
    text_column(QT_TRANSLATE_NOOP("ProposalColumns", "Decision"), _decision),
    text_column(QT_TRANSLATE_NOOP("ProposalColumns", "Details"), _what),
)


def proposal_model(parent=None) -> RowListModel:
    return RowListModel(PROPOSAL_COLUMNS, id_of=lambda r: r.id, parent=parent)


def step_model(parent=None) -> RowListModel:
    return RowListModel(STEP_COLUMNS, id_of=lambda s: s.id, parent=parent)
