"""Item models of the aid pane: the case list, a case's household and its payments. Small lists
(tens to hundreds of rows), filtered and sorted in SQL by desktop.domain.aid.queries; these models
hold plain frozen rows (models/row_list) and show them in the interface language."""

from __future__ import annotations

from desktop.domain.aid import codes, workflow
from desktop.domain.aid.queries import CaseRow, HouseholdRow, PaymentRow
from desktop.domain.money import format_yuan
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.models.columns import Column
from desktop.models.row_list import RowListModel
from desktop.models.texts import message_text


def _case_status(row: CaseRow) -> str:
    if row.status == "open":
        return message_text(QT_TRANSLATE_NOOP("AidTables", "Open"))
    outcome = workflow.OUTCOME_LABELS.get(row.outcome)
    return message_text(QT_TRANSLATE_NOOP("AidTables", "Closed")) + (f" · {message_text(outcome)}" if outcome else "")


CASE_COLUMNS = (
    Column("case_no", QT_TRANSLATE_NOOP("AidTables", "Case no."), lambda r, _l: r.case_no),
    Column("name", QT_TRANSLATE_NOOP("AidTables", "Name"), lambda r, _l: r.name),
    Column("department", QT_TRANSLATE_NOOP("AidTables", "Department"), lambda r, _l: r.department),
    Column("tier", QT_TRANSLATE_NOOP("AidTables", "Tier"), lambda r, lang: codes.aid_label(codes.TIER, r.tier, lang)),
    Column("stage", QT_TRANSLATE_NOOP("AidTables", "Last step"),
           lambda r, _l: message_text(workflow.STEP_LABELS[r.stage]) if r.stage else ""),
    Column("status", QT_TRANSLATE_NOOP("AidTables", "Status"), lambda r, _l: _case_status(r)),
    Column("opened_on", QT_TRANSLATE_NOOP("AidTables", "Opened"), lambda r, _l: r.opened_on.isoformat()),
    Column("aid", QT_TRANSLATE_NOOP("AidTables", "Aid requested"),
           lambda r, lang: codes.aid_types_label(r.aid_granted or r.aid_requested, lang)),
    Column("paid_total", QT_TRANSLATE_NOOP("AidTables", "Paid (yuan)"), lambda r, _l: format_yuan(r.paid_total),
           right=True),
)

HOUSEHOLD_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("AidTables", "Name"), lambda r, _l: r.name),
    Column("relation", QT_TRANSLATE_NOOP("AidTables", "Relation"),
           lambda r, lang: codes.aid_label(codes.RELATION, r.relation, lang) or r.relation),
    Column("birth_date", QT_TRANSLATE_NOOP("AidTables", "Birth date"),
           lambda r, _l: r.birth_date.isoformat() if r.birth_date else ""),
    Column("health", QT_TRANSLATE_NOOP("AidTables", "Health"), lambda r, _l: r.health),
    Column("work_or_school", QT_TRANSLATE_NOOP("AidTables", "Work or school"), lambda r, _l: r.work_or_school),
    Column("monthly_income", QT_TRANSLATE_NOOP("AidTables", "Monthly income"),
           lambda r, _l: format_yuan(r.monthly_income), right=True),
    Column("id_number", QT_TRANSLATE_NOOP("AidTables", "ID number"), lambda r, _l: r.id_number),
)


def _category(row: PaymentRow, language: str) -> str:
    from desktop.domain.funds.categories import category_label
    return f"{row.category_code} {category_label(row.category_code, language)}"


PAYMENT_COLUMNS = (
    Column("paid_on", QT_TRANSLATE_NOOP("AidTables", "Paid on"), lambda r, _l: r.paid_on.isoformat()),
    Column("amount", QT_TRANSLATE_NOOP("AidTables", "Amount"), lambda r, _l: format_yuan(r.amount), right=True),
    Column("aid_type", QT_TRANSLATE_NOOP("AidTables", "Aid type"),
           lambda r, lang: codes.aid_label(codes.AID_TYPE, r.aid_type, lang)),
    Column("form", QT_TRANSLATE_NOOP("AidTables", "Form"),
           lambda r, lang: codes.aid_label(codes.PAYMENT_FORM, r.form, lang)),
    Column("items", QT_TRANSLATE_NOOP("AidTables", "What was given"), lambda r, _l: r.items),
    Column("recipient", QT_TRANSLATE_NOOP("AidTables", "Recipient"), lambda r, _l: r.recipient),
    Column("category", QT_TRANSLATE_NOOP("AidTables", "Category"), _category),
    Column("batch", QT_TRANSLATE_NOOP("AidTables", "Batch"), lambda r, _l: str(r.batch_id or "")),
)


def _id(row: CaseRow | HouseholdRow | PaymentRow) -> int:
    return row.id


class AidCaseTableModel(RowListModel):
    def __init__(self, language: str = "zh_CN", parent=None):
        super().__init__(CASE_COLUMNS, id_of=_id, language=language, parent=parent)


class AidHouseholdModel(RowListModel):
    def __init__(self, language: str = "zh_CN", parent=None):
        super().__init__(HOUSEHOLD_COLUMNS, id_of=_id, language=language, parent=parent)


class AidPaymentModel(RowListModel):
    def __init__(self, language: str = "zh_CN", parent=None):
        super().__init__(PAYMENT_COLUMNS, id_of=_id, language=language, parent=parent)
