"""Audit-trail words for this area's action and record codes (merged by desktop.domain.audit.labels)."""

from __future__ import annotations

from desktop.messages import QT_TRANSLATE_NOOP, Message

ACTION_LABELS: dict[str, Message] = {
    "aid_step": QT_TRANSLATE_NOOP("AuditActions", "Aid workflow step"),
    "aid_reopen": QT_TRANSLATE_NOOP("AuditActions", "Aid case reopened"),
    "aid_purge": QT_TRANSLATE_NOOP("AuditActions", "Old aid cases purged"),
    "aid_settings": QT_TRANSLATE_NOOP("AuditActions", "Aid settings changed"),
    "aid_export": QT_TRANSLATE_NOOP("AuditActions", "Aid cases exported"),
}
ENTITY_LABELS: dict[str, Message] = {
    "aid_case": QT_TRANSLATE_NOOP("AuditEntities", "Aid case"),
    "aid_payment": QT_TRANSLATE_NOOP("AuditEntities", "Aid payment"),
    "aid_payment_batch": QT_TRANSLATE_NOOP("AuditEntities", "Aid payment batch"),
    "aid_poverty_line": QT_TRANSLATE_NOOP("AuditEntities", "Minimum-living line"),
    "aid_setting": QT_TRANSLATE_NOOP("AuditEntities", "Aid setting"),
}
FIELD_LABELS: dict[str, Message] = {
    "case_no": QT_TRANSLATE_NOOP("AuditFields", "Case no."),
    "tier": QT_TRANSLATE_NOOP("AuditFields", "Tier"),
    "step": QT_TRANSLATE_NOOP("AuditFields", "Step"),
    "decision": QT_TRANSLATE_NOOP("AuditFields", "Decision"),
    "decided_on": QT_TRANSLATE_NOOP("AuditFields", "Decided on"),
    "yearly_income": QT_TRANSLATE_NOOP("AuditFields", "Household yearly income"),
    "rigid_spending": QT_TRANSLATE_NOOP("AuditFields", "Rigid spending"),
    "accident_costs": QT_TRANSLATE_NOOP("AuditFields", "Accident / illness costs"),
    "household_size": QT_TRANSLATE_NOOP("AuditFields", "Household size"),
    "bank_card_no": QT_TRANSLATE_NOOP("AuditFields", "Bank card no."),
    "health": QT_TRANSLATE_NOOP("AuditFields", "Health"),
    "aid_requested": QT_TRANSLATE_NOOP("AuditFields", "Aid requested"),
    "aid_granted": QT_TRANSLATE_NOOP("AuditFields", "Aid granted"),
    "paid_on": QT_TRANSLATE_NOOP("AuditFields", "Paid on"),
    "amount": QT_TRANSLATE_NOOP("AuditFields", "Amount"),
    "recipient": QT_TRANSLATE_NOOP("AuditFields", "Recipient"),
    "field": QT_TRANSLATE_NOOP("AuditFields", "Field"),
    "sensitive_columns": QT_TRANSLATE_NOOP("AuditFields", "Sensitive columns"),
}
