"""The columns of the rights pane's tables, over the shared small-list model (models/row_list):
the case list (a running mediation period in amber, an overdue one in red) and a case's timeline."""

from __future__ import annotations

from desktop.domain.money import format_yuan
from desktop.domain.rights import rules
from desktop.domain.rights.queries import CaseRow, StepRow
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.models.columns import text_column
from desktop.models.row_list import RowListModel
from desktop.models.texts import message_text

DEADLINE_COLOURS = {"overdue": "#f4c7c3", "soon": "#fff4ce"}


def _label(labels: dict, code: str) -> str:
    return message_text(labels[code]) if code in labels else code


def _status(row: CaseRow) -> str:
    if row.status == "closed":
        return _label(rules.OUTCOME_LABELS, row.outcome)
    return _label(rules.STEP_LABELS, row.stage)


def _parties(row: CaseRow) -> str:
    return f"{row.name} ×{row.headcount}" if row.collective else row.name


def _due(row: CaseRow) -> str:
    return row.mediation_due.isoformat() if row.mediation_due else ""


CASE_COLUMNS = (
    text_column(QT_TRANSLATE_NOOP("RightsColumns", "Case no."), lambda r: r.case_no),
    text_column(QT_TRANSLATE_NOOP("RightsColumns", "Worker(s)"), _parties),
    text_column(QT_TRANSLATE_NOOP("RightsColumns", "Department"), lambda r: r.department),
    text_column(QT_TRANSLATE_NOOP("RightsColumns", "Category"), lambda r: _label(rules.CATEGORY_LABELS, r.category)),
    text_column(QT_TRANSLATE_NOOP("RightsColumns", "Received"), lambda r: r.received_on.isoformat()),
    text_column(QT_TRANSLATE_NOOP("RightsColumns", "Stage / outcome"), _status),
    text_column(QT_TRANSLATE_NOOP("RightsColumns", "Mediation due"), _due,
              colour=lambda r: DEADLINE_COLOURS.get(r.deadline)),
    text_column(QT_TRANSLATE_NOOP("RightsColumns", "Recovered (yuan)"),
              lambda r: format_yuan(r.amount_recovered) if r.amount_recovered else "", right=True),
    text_column(QT_TRANSLATE_NOOP("RightsColumns", "Other party"), lambda r: r.other_party),
)


def _what(row: StepRow) -> str:
    parts = [row.summary, row.participants and f"[{row.participants}]", row.reason, row.terms,
             row.referral and _label(rules.REFERRAL_LABELS, row.referral)]
    return "；".join(p for p in parts if p)


STEP_COLUMNS = (
    text_column(QT_TRANSLATE_NOOP("RightsColumns", "Step"), lambda s: _label(rules.STEP_LABELS, s.step)),
    text_column(QT_TRANSLATE_NOOP("RightsColumns", "Date"), lambda s: s.done_on.isoformat()),
    text_column(QT_TRANSLATE_NOOP("RightsColumns", "Who"), lambda s: s.handler),
    text_column(QT_TRANSLATE_NOOP("RightsColumns", "Outcome"),
              lambda s: _label(rules.OUTCOME_LABELS, s.outcome) if s.outcome else ""),
    text_column(QT_TRANSLATE_NOOP("RightsColumns", "Amount"), lambda s: format_yuan(s.amount) if s.amount else "",
              right=True),
    text_column(QT_TRANSLATE_NOOP("RightsColumns", "What was done"), _what),
)


def case_model(parent=None) -> RowListModel:
    return RowListModel(CASE_COLUMNS, id_of=lambda r: r.id, parent=parent)


def step_model(parent=None) -> RowListModel:
    return RowListModel(STEP_COLUMNS, id_of=lambda s: s.id, parent=parent)
