"""Audit-trail words for this area's action and record codes (merged by desktop.domain.audit.labels)."""

from __future__ import annotations

from desktop.messages import QT_TRANSLATE_NOOP, Message

ACTION_LABELS: dict[str, Message] = {
    "dues_rate": QT_TRANSLATE_NOOP("AuditActions", "Dues rate set"),
    "dues_rate_remove": QT_TRANSLATE_NOOP("AuditActions", "Dues rate removed"),
    "dues_wage": QT_TRANSLATE_NOOP("AuditActions", "Wage base for dues set"),
    "dues_wage_remove": QT_TRANSLATE_NOOP("AuditActions", "Wage base for dues removed"),
    "dues_pay": QT_TRANSLATE_NOOP("AuditActions", "Dues payment recorded"),
    "dues_batch": QT_TRANSLATE_NOOP("AuditActions", "Dues batch recorded"),
    "dues_receipt": QT_TRANSLATE_NOOP("AuditActions", "Dues receipt issued"),
    "dues_reverse": QT_TRANSLATE_NOOP("AuditActions", "Dues payment reversed"),
    "dues_receipt_void": QT_TRANSLATE_NOOP("AuditActions", "Dues receipt voided"),
    "dues_export": QT_TRANSLATE_NOOP("AuditActions", "Dues list exported"),
    "dues_demo_wages": QT_TRANSLATE_NOOP("AuditActions", "Demo wage bases added"),
}
ENTITY_LABELS: dict[str, Message] = {
    "dues_payment": QT_TRANSLATE_NOOP("AuditEntities", "Dues payment"),
    "dues_wage": QT_TRANSLATE_NOOP("AuditEntities", "Wage base for dues"),
    "dues_rate": QT_TRANSLATE_NOOP("AuditEntities", "Dues rate"),
    "dues_batch": QT_TRANSLATE_NOOP("AuditEntities", "Dues batch"),
    "dues_receipt": QT_TRANSLATE_NOOP("AuditEntities", "Dues receipt"),
    "dues_list": QT_TRANSLATE_NOOP("AuditEntities", "Dues list"),
}
FIELD_LABELS: dict[str, Message] = {
    "effective_from": QT_TRANSLATE_NOOP("AuditFields", "Effective from"),
    "rate_ppm": QT_TRANSLATE_NOOP("AuditFields", "Rate (parts per million)"),
    "wage": QT_TRANSLATE_NOOP("AuditFields", "Monthly wage"),
    "periods": QT_TRANSLATE_NOOP("AuditFields", "Months"),
    "period": QT_TRANSLATE_NOOP("AuditFields", "Month"),
    "paid_on": QT_TRANSLATE_NOOP("AuditFields", "Paid on"),
    "method": QT_TRANSLATE_NOOP("AuditFields", "Paid by"),
    "receipt_no": QT_TRANSLATE_NOOP("AuditFields", "Receipt no."),
    "payment_ids": QT_TRANSLATE_NOOP("AuditFields", "Payment lines"),
    "reverses_id": QT_TRANSLATE_NOOP("AuditFields", "Reverses line"),
    "wage_bases": QT_TRANSLATE_NOOP("AuditFields", "Wage bases"),
    "owed": QT_TRANSLATE_NOOP("AuditFields", "Owed"),
    "paid": QT_TRANSLATE_NOOP("AuditFields", "Paid"),
}
