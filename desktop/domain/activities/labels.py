"""Audit-trail words for this area's action and record codes (merged by desktop.domain.audit.labels)."""

from __future__ import annotations

from desktop.messages import QT_TRANSLATE_NOOP, Message

ACTION_LABELS: dict[str, Message] = {
    "sign_up": QT_TRANSLATE_NOOP("AuditActions", "Signed up for an activity"),
    "cancel_sign_up": QT_TRANSLATE_NOOP("AuditActions", "Sign-up cancelled"),
    "check_in": QT_TRANSLATE_NOOP("AuditActions", "Checked in"),
    "mark_present": QT_TRANSLATE_NOOP("AuditActions", "Marked present"),
    "mark_absent": QT_TRANSLATE_NOOP("AuditActions", "Marked absent"),
    "export_participants": QT_TRANSLATE_NOOP("AuditActions", "Participants exported"),
}
ENTITY_LABELS: dict[str, Message] = {
    "activity": QT_TRANSLATE_NOOP("AuditEntities", "Activity"),
    "activity_expense": QT_TRANSLATE_NOOP("AuditEntities", "Activity spending"),
    "activity_result": QT_TRANSLATE_NOOP("AuditEntities", "Competition result"),
    "condolence_visit": QT_TRANSLATE_NOOP("AuditEntities", "Condolence visit"),
    "activity_type": QT_TRANSLATE_NOOP("AuditEntities", "Activity type"),
    "condolence_ceiling": QT_TRANSLATE_NOOP("AuditEntities", "Visit ceilings"),
}
FIELD_LABELS: dict[str, Message] = {
    "title": QT_TRANSLATE_NOOP("AuditFields", "Title"),
    "type_code": QT_TRANSLATE_NOOP("AuditFields", "Type"),
    "starts_on": QT_TRANSLATE_NOOP("AuditFields", "Starts"),
    "start_time": QT_TRANSLATE_NOOP("AuditFields", "Start time"),
    "ends_on": QT_TRANSLATE_NOOP("AuditFields", "Ends"),
    "end_time": QT_TRANSLATE_NOOP("AuditFields", "End time"),
    "place": QT_TRANSLATE_NOOP("AuditFields", "Place"),
    "organizer": QT_TRANSLATE_NOOP("AuditFields", "Organizer"),
    "description": QT_TRANSLATE_NOOP("AuditFields", "Description"),
    "budget": QT_TRANSLATE_NOOP("AuditFields", "Budget"),
    "capacity": QT_TRANSLATE_NOOP("AuditFields", "Capacity"),
    "copied_from_id": QT_TRANSLATE_NOOP("AuditFields", "Copied from"),
    "signed_up": QT_TRANSLATE_NOOP("AuditFields", "Signed up"),
    "waiting": QT_TRANSLATE_NOOP("AuditFields", "Waiting list"),
    "cancelled": QT_TRANSLATE_NOOP("AuditFields", "Cancelled"),
    "promoted": QT_TRANSLATE_NOOP("AuditFields", "Moved up from the waiting list"),
    "member_id": QT_TRANSLATE_NOOP("AuditFields", "Member"),
    "members": QT_TRANSLATE_NOOP("AuditFields", "Members"),
    "late": QT_TRANSLATE_NOOP("AuditFields", "Late"),
    "walk_in": QT_TRANSLATE_NOOP("AuditFields", "Walk-in"),
    "team_name": QT_TRANSLATE_NOOP("AuditFields", "Team"),
    "activity_id": QT_TRANSLATE_NOOP("AuditFields", "Activity"),
    "category_code": QT_TRANSLATE_NOOP("AuditFields", "Category"),
    "amount": QT_TRANSLATE_NOOP("AuditFields", "Amount"),
    "spent_on": QT_TRANSLATE_NOOP("AuditFields", "Date spent"),
    "invoice_no": QT_TRANSLATE_NOOP("AuditFields", "Invoice no."),
    "payee": QT_TRANSLATE_NOOP("AuditFields", "Payee"),
    "note": QT_TRANSLATE_NOOP("AuditFields", "Note"),
    "rank": QT_TRANSLATE_NOOP("AuditFields", "Rank"),
    "score": QT_TRANSLATE_NOOP("AuditFields", "Score"),
    "award": QT_TRANSLATE_NOOP("AuditFields", "Award"),
    "reason": QT_TRANSLATE_NOOP("AuditFields", "Reason"),
    "visited_on": QT_TRANSLATE_NOOP("AuditFields", "Visit date"),
    "gift": QT_TRANSLATE_NOOP("AuditFields", "Gift"),
    "over_ceiling": QT_TRANSLATE_NOOP("AuditFields", "Over the yearly ceiling"),
    "zh": QT_TRANSLATE_NOOP("AuditFields", "Chinese name"),
    "en": QT_TRANSLATE_NOOP("AuditFields", "English name"),
    "code": QT_TRANSLATE_NOOP("AuditFields", "Code"),
    "path": QT_TRANSLATE_NOOP("AuditFields", "File"),
    "count": QT_TRANSLATE_NOOP("AuditFields", "Count"),
}
