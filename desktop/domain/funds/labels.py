"""Audit-trail words for this area's action and record codes (merged by desktop.domain.audit.labels)."""

from __future__ import annotations

from desktop.messages import QT_TRANSLATE_NOOP, Message

ACTION_LABELS: dict[str, Message] = {
    "reverse": QT_TRANSLATE_NOOP("AuditActions", "Reversing entry"),
    "allocation": QT_TRANSLATE_NOOP("AuditActions", "Employer allocation recorded"),
    "close_period": QT_TRANSLATE_NOOP("AuditActions", "Month closed"),
    "budget": QT_TRANSLATE_NOOP("AuditActions", "Budget set"),
    "opening": QT_TRANSLATE_NOOP("AuditActions", "Opening balance set"),
    "export_ledger": QT_TRANSLATE_NOOP("AuditActions", "Ledger exported"),
}
ENTITY_LABELS: dict[str, Message] = {
    "fund_entry": QT_TRANSLATE_NOOP("AuditEntities", "Ledger entry"),
    "fund_budget": QT_TRANSLATE_NOOP("AuditEntities", "Funds budget"),
    "fund_category": QT_TRANSLATE_NOOP("AuditEntities", "Funds category"),
    "fund_period": QT_TRANSLATE_NOOP("AuditEntities", "Accounting month"),
    "fund_opening": QT_TRANSLATE_NOOP("AuditEntities", "Opening balance"),
}
FIELD_LABELS: dict[str, Message] = {
    "entry_date": QT_TRANSLATE_NOOP("AuditFields", "Entry date"),
    "category_code": QT_TRANSLATE_NOOP("AuditFields", "Funds category"),
    "amount": QT_TRANSLATE_NOOP("AuditFields", "Amount"),
    "counterparty": QT_TRANSLATE_NOOP("AuditFields", "Counterparty"),
    "voucher_no": QT_TRANSLATE_NOOP("AuditFields", "Voucher no."),
    "note": QT_TRANSLATE_NOOP("AuditFields", "Note"),
    "activity_id": QT_TRANSLATE_NOOP("AuditFields", "Activity"),
    "aid_case_id": QT_TRANSLATE_NOOP("AuditFields", "Aid case"),
    "reverses_id": QT_TRANSLATE_NOOP("AuditFields", "Reverses entry"),
    "allocation": QT_TRANSLATE_NOOP("AuditFields", "Allocation month"),
    "payroll_total": QT_TRANSLATE_NOOP("AuditFields", "Total payroll"),
    "period": QT_TRANSLATE_NOOP("AuditFields", "Month"),
    "entries": QT_TRANSLATE_NOOP("AuditFields", "Entries"),
    "label_zh": QT_TRANSLATE_NOOP("AuditFields", "Label (Chinese)"),
    "label_en": QT_TRANSLATE_NOOP("AuditFields", "Label (English)"),
    "code": QT_TRANSLATE_NOOP("AuditFields", "Code"),
}
