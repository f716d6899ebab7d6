"""Audit-trail words for the statistics area's action and record codes (merged by desktop.domain.audit.labels)."""

from __future__ import annotations

from desktop.messages import QT_TRANSLATE_NOOP, Message

ACTION_LABELS: dict[str, Message] = {
    "stats_export": QT_TRANSLATE_NOOP("AuditActions", "Statistics exported"),
    "stats_print": QT_TRANSLATE_NOOP("AuditActions", "Yearly report printed"),
}
ENTITY_LABELS: dict[str, Message] = {
    "union_year_figures": QT_TRANSLATE_NOOP("AuditEntities", "Yearly union figures"),
    "statistics": QT_TRANSLATE_NOOP("AuditEntities", "Statistics"),
}
FIELD_LABELS: dict[str, Message] = {
    "as_of": QT_TRANSLATE_NOOP("AuditFields", "As of"),
    "workforce": QT_TRANSLATE_NOOP("AuditFields", "Headcount (职工人数)"),
    "women_workforce": QT_TRANSLATE_NOOP("AuditFields", "of whom women"),
    "migrant_workforce": QT_TRANSLATE_NOOP("AuditFields", "of whom migrant workers"),
    "committee": QT_TRANSLATE_NOOP("AuditFields", "Union committee members"),
    "audit_committee": QT_TRANSLATE_NOOP("AuditFields", "Funds review committee members"),
    "women_committee": QT_TRANSLATE_NOOP("AuditFields", "Women workers' committee members"),
    "member_representatives": QT_TRANSLATE_NOOP("AuditFields", "Member representatives"),
    "congress_delegates": QT_TRANSLATE_NOOP("AuditFields", "Workers' congress delegates"),
    "profile": QT_TRANSLATE_NOOP("AuditFields", "Profile"),
}
