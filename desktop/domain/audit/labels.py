"""Words for what the audit trail stores as codes: actions, kinds of record, field names.

The trail keeps short English codes ("update", "member", "department") so that it never changes
with the interface language; screens and exports show these labels instead. A code without a label
(written by a later release, say) is shown as it is.
"""

from __future__ import annotations

import importlib

from desktop.messages import QT_TRANSLATE_NOOP, Message, Translate

# Each area keeps the words for its own codes in desktop/domain/<area>/labels.py; they are merged
# into the tables below so the audit pane and its export need to know only this module.
AREA_LABEL_MODULES = ("activities", "dues", "funds", "aid", "votes")

ACTION_LABELS: dict[str, Message] = {
    "create": QT_TRANSLATE_NOOP("AuditActions", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditActions", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditActions", "Moved to trash"),
    "restore": QT_TRANSLATE_NOOP("AuditActions", "Restored"),
    "event": QT_TRANSLATE_NOOP("AuditActions", "Membership change"),
    "reveal": QT_TRANSLATE_NOOP("AuditActions", "Revealed a hidden value"),
    "export": QT_TRANSLATE_NOOP("AuditActions", "Exported"),
    "setup": QT_TRANSLATE_NOOP("AuditActions", "First-run setup"),
    "login": QT_TRANSLATE_NOOP("AuditActions", "Logged in"),
    "failed_login": QT_TRANSLATE_NOOP("AuditActions", "Failed log-in"),
    "reset_password": QT_TRANSLATE_NOOP("AuditActions", "Password reset"),
    "change_password": QT_TRANSLATE_NOOP("AuditActions", "Password changed"),
    "create_demo": QT_TRANSLATE_NOOP("AuditActions", "Demo data created"),
    "create_demo_accounts": QT_TRANSLATE_NOOP("AuditActions", "Demo accounts created"),
    "print": QT_TRANSLATE_NOOP("AuditActions", "Printed with full ID numbers"),
    "import": QT_TRANSLATE_NOOP("AuditActions", "Imported"),
    "import_rollback": QT_TRANSLATE_NOOP("AuditActions", "Import undone"),
    "add_post": QT_TRANSLATE_NOOP("AuditActions", "Union post added"),
    "end_post": QT_TRANSLATE_NOOP("AuditActions", "Union post ended"),
    "remove_post": QT_TRANSLATE_NOOP("AuditActions", "Union post removed"),
    "backup": QT_TRANSLATE_NOOP("AuditActions", "Backed up"),
    "restore_backup": QT_TRANSLATE_NOOP("AuditActions", "Restored a backup"),
    "export_encrypted": QT_TRANSLATE_NOOP("AuditActions", "Exported the whole database (encrypted)"),
    "import_encrypted": QT_TRANSLATE_NOOP("AuditActions", "Created from an encrypted export"),
    "verify": QT_TRANSLATE_NOOP("AuditActions", "Checked the database"),
    "seal": QT_TRANSLATE_NOOP("AuditActions", "Sealed the existing rows"),
    "backup_roles": QT_TRANSLATE_NOOP("AuditActions", "Changed who may back up"),
}

ENTITY_LABELS: dict[str, Message] = {
    "member": QT_TRANSLATE_NOOP("AuditEntities", "Member"),
    "membership_event": QT_TRANSLATE_NOOP("AuditEntities", "Membership change"),
    "user": QT_TRANSLATE_NOOP("AuditEntities", "Account"),
    "union_profile": QT_TRANSLATE_NOOP("AuditEntities", "Union profile"),
    "database": QT_TRANSLATE_NOOP("AuditEntities", "Database"),
    "audit_trail": QT_TRANSLATE_NOOP("AuditEntities", "Audit trail"),
    "import_batch": QT_TRANSLATE_NOOP("AuditEntities", "Import"),
}

FIELD_LABELS: dict[str, Message] = {
    "name": QT_TRANSLATE_NOOP("AuditFields", "Name"),
    "gender": QT_TRANSLATE_NOOP("AuditFields", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("AuditFields", "Birth date"),
    "ethnicity": QT_TRANSLATE_NOOP("AuditFields", "Ethnicity"),
    "employment_status": QT_TRANSLATE_NOOP("AuditFields", "Employment"),
    "id_type": QT_TRANSLATE_NOOP("AuditFields", "Document type"),
    "id_number": QT_TRANSLATE_NOOP("AuditFields", "ID number"),
    "education": QT_TRANSLATE_NOOP("AuditFields", "Education"),
    "skill_level": QT_TRANSLATE_NOOP("AuditFields", "Skill level"),
    "mobile": QT_TRANSLATE_NOOP("AuditFields", "Mobile"),
    "household_type": QT_TRANSLATE_NOOP("AuditFields", "Household type"),
    "household_place": QT_TRANSLATE_NOOP("AuditFields", "Household registration"),
    "political_status": QT_TRANSLATE_NOOP("AuditFields", "Political status"),
    "work_unit": QT_TRANSLATE_NOOP("AuditFields", "Work unit"),
    "native_place": QT_TRANSLATE_NOOP("AuditFields", "Native place"),
    "is_migrant_worker": QT_TRANSLATE_NOOP("AuditFields", "Migrant worker"),
    "department": QT_TRANSLATE_NOOP("AuditFields", "Department"),
    "team": QT_TRANSLATE_NOOP("AuditFields", "Team"),
    "post": QT_TRANSLATE_NOOP("AuditFields", "Post"),
    "hire_date": QT_TRANSLATE_NOOP("AuditFields", "Hire date"),
    "join_date": QT_TRANSLATE_NOOP("AuditFields", "Joined on"),
    "card_no": QT_TRANSLATE_NOOP("AuditFields", "Member card no."),
    "member_no": QT_TRANSLATE_NOOP("AuditFields", "Member no."),
    "consent_date": QT_TRANSLATE_NOOP("AuditFields", "Consent to data collection"),
    "remarks": QT_TRANSLATE_NOOP("AuditFields", "Remarks"),
    "first_event": QT_TRANSLATE_NOOP("AuditFields", "Joined by"),
    "event_type": QT_TRANSLATE_NOOP("AuditFields", "Change"),
    "event_date": QT_TRANSLATE_NOOP("AuditFields", "Date"),
    "reason": QT_TRANSLATE_NOOP("AuditFields", "Reason"),
    "status": QT_TRANSLATE_NOOP("AuditFields", "Status"),
    "field": QT_TRANSLATE_NOOP("AuditFields", "Field"),
    "username": QT_TRANSLATE_NOOP("AuditFields", "User name"),
    "display_name": QT_TRANSLATE_NOOP("AuditFields", "Display name"),
    "role": QT_TRANSLATE_NOOP("AuditFields", "Role"),
    "active": QT_TRANSLATE_NOOP("AuditFields", "Active"),
    "union_name": QT_TRANSLATE_NOOP("AuditFields", "Union name"),
    "unit_name": QT_TRANSLATE_NOOP("AuditFields", "Unit name"),
    "administrator": QT_TRANSLATE_NOOP("AuditFields", "Administrator"),
    "members": QT_TRANSLATE_NOOP("AuditFields", "Members"),
    "seed": QT_TRANSLATE_NOOP("AuditFields", "Seed"),
    "file": QT_TRANSLATE_NOOP("AuditFields", "File"),
    "records": QT_TRANSLATE_NOOP("AuditFields", "Records"),
    "accounts": QT_TRANSLATE_NOOP("AuditFields", "Accounts"),
    "filter": QT_TRANSLATE_NOOP("AuditFields", "Filter"),
    "user": QT_TRANSLATE_NOOP("AuditFields", "User"),
    "entity": QT_TRANSLATE_NOOP("AuditFields", "Kind of item"),
    "action": QT_TRANSLATE_NOOP("AuditFields", "Action"),
    "date_from": QT_TRANSLATE_NOOP("AuditFields", "From"),
    "date_to": QT_TRANSLATE_NOOP("AuditFields", "To"),
    "opening_year": QT_TRANSLATE_NOOP("AuditFields", "Opening balance of the year"),
    "union_post": QT_TRANSLATE_NOOP("AuditFields", "Union post"),
    # Fields other areas record without a label of their own (shown as program names before).
    "kind": QT_TRANSLATE_NOOP("AuditFields", "Kind"),
    "total": QT_TRANSLATE_NOOP("AuditFields", "Total"),
    "number": QT_TRANSLATE_NOOP("AuditFields", "Number"),
    "void": QT_TRANSLATE_NOOP("AuditFields", "Void"),
    "file_name": QT_TRANSLATE_NOOP("AuditFields", "File name"),
    "activities": QT_TRANSLATE_NOOP("AuditFields", "Activities"),
    "participants": QT_TRANSLATE_NOOP("AuditFields", "Participants"),
    "expenses": QT_TRANSLATE_NOOP("AuditFields", "Expense lines"),
    "visits": QT_TRANSLATE_NOOP("AuditFields", "Visits"),
    "started_on": QT_TRANSLATE_NOOP("AuditFields", "From"),
    "ended_on": QT_TRANSLATE_NOOP("AuditFields", "To"),
    "result": QT_TRANSLATE_NOOP("AuditFields", "Result"),
    "rows": QT_TRANSLATE_NOOP("AuditFields", "Rows"),
    "roles": QT_TRANSLATE_NOOP("AuditFields", "Roles"),
}


for _area in AREA_LABEL_MODULES:
    _labels = importlib.import_module(f"desktop.domain.{_area}.labels")
    ACTION_LABELS.update(_labels.ACTION_LABELS)
    ENTITY_LABELS.update(_labels.ENTITY_LABELS)
    FIELD_LABELS.update(_labels.FIELD_LABELS)


def label(table: dict[str, Message], code: str, translate: Translate | None = None) -> str:
    """The label of a code in the language `translate` gives, or the code itself when it has none."""
    message = table.get(code)
    return message.render(translate) if message is not None else code
