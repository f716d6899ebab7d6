"""The columns of the suggestions pane's tables over the shared small-list model
(models/row_list): the register, one suggestion's scores and its timeline."""

from __future__ import annotations

from desktop.domain.money import format_yuan
from desktop.domain.suggestions import rules
from desktop.domain.suggestions.queries import StepRow, SuggestionRow
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.models.columns import text_column
from desktop.models.row_list import RowListModel
from desktop.views.proposals.columns import label


def stage_text(row: SuggestionRow) -> str:
    if row.decision and row.stage == rules.DECIDE:
        return label(rules.DECISION_LABELS, row.decision)
    return label(rules.STEP_LABELS, row.stage)


def _yuan(amount) -> str:
    return format_yuan(amount) if amount else ""


SUGGESTION_COLUMNS = (
    text_column(QT_TRANSLATE_NOOP("SuggestionColumns", "No."), lambda r: r.number),
    text_column(QT_TRANSLATE_NOOP("SuggestionColumns", "Title"), lambda r: r.title),
    text_column(QT_TRANSLATE_NOOP("SuggestionColumns", "Proposer(s)"), lambda r: r.proposers),
    text_column(QT_TRANSLATE_NOOP("SuggestionColumns", "Department"), lambda r: r.department),
    text_column(QT_TRANSLATE_NOOP("SuggestionColumns", "Date"), lambda r: r.submitted_on.isoformat()),
    text_column(QT_TRANSLATE_NOOP("SuggestionColumns", "Stage"), stage_text),
    text_column(QT_TRANSLATE_NOOP("SuggestionColumns", "Score"), lambda r: f"{r.score:.2f}" if r.score is not None
              else "", right=True),
    text_column(QT_TRANSLATE_NOOP("SuggestionColumns", "Benefit (yuan)"), lambda r: _yuan(r.actual_benefit),
              right=True),
    text_column(QT_TRANSLATE_NOOP("SuggestionColumns", "Reward"),
              lambda r: f"{label(rules.GRADE_LABELS, r.reward_grade)} {_yuan(r.reward_amount)}" if r.reward_grade
              else ""),
)

SCORE_COLUMNS = (
    text_column(QT_TRANSLATE_NOOP("SuggestionColumns", "Reviewer"), lambda s: s.reviewer),
    text_column(QT_TRANSLATE_NOOP("SuggestionColumns", "Date"), lambda s: s.scored_on.isoformat()),
    text_column(QT_TRANSLATE_NOOP("SuggestionColumns", "Total"), lambda s: f"{s.total:.2f}", right=True),
    text_column(QT_TRANSLATE_NOOP("SuggestionColumns", "Points"),
              lambda s: "；".join(f"{n} {p:g}/{m}" for n, m, p in s.points)),
)


def _decision(step: StepRow) -> str:
    if step.step == rules.DECIDE:
        return label(rules.DECISION_LABELS, step.decision)
    if step.step == rules.REWARD:
        return label(rules.GRADE_LABELS, step.decision)
    return ""


STEP_COLUMNS = (
    text_column(QT_TRANSLATE_NOOP("SuggestionColumns", "Step"), lambda s: label(rules.STEP_LABELS, s.step)),
    text_column(QT_TRANSLATE_NOOP("SuggestionColumns", "Date"), lambda s: s.done_on.isoformat()),
    text_column(QT_TRANSLATE_NOOP("SuggestionColumns", "Who"), lambda s: s.handler),
    text_column(QT_TRANSLATE_NOOP("SuggestionColumns", "Decision"), _decision),
    text_column(QT_TRANSLATE_NOOP("SuggestionColumns", "Amount"), lambda s: _yuan(s.amount), right=True),
    text_column(QT_TRANSLATE_NOOP("SuggestionColumns", "Details"),
              lambda s: "；".join(p for p in (s.department, s.text) if p)),
)


def suggestion_model(parent=None) -> RowListModel:
    return RowListModel(SUGGESTION_COLUMNS, id_of=lambda r: r.id, parent=parent)


def score_model(parent=None) -> RowListModel:
    return RowListModel(SCORE_COLUMNS, id_of=lambda s: s.reviewer, parent=parent)


def step_model(parent=None) -> RowListModel:
    return RowListModel(STEP_COLUMNS, id_of=lambda s: s.id, parent=parent)
