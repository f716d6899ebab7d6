"""Roles as sets of permissions, small enough to explain on one screen.

A permission names something a person may do; a role is the set a union gives one kind of
officer. Services call `actor.require(...)`, so the GUI, the CLI and anything later are bound alike;
the GUI only hides what a role cannot do.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.messages import QT_TRANSLATE_NOOP, Message


class Permission(StrEnum):
    MEMBERS_READ = "members.read"
    MEMBERS_WRITE = "members.write"
    SENSITIVE_READ = "sensitive.read"        # ID, phone, bank card, health, income shown in full
    SENSITIVE_REVEAL = "sensitive.reveal"    # may unmask one value, and that is audited
    EXPORT_SENSITIVE = "export.sensitive"    # exports and paper with full ID numbers (audited)
    ACTIVITIES_WRITE = "activities.write"
    NOTICES_WRITE = "notices.write"
    VOTES_SETUP = "votes.setup"
    VOTES_TELLER = "votes.teller"
    FUNDS_READ = "funds.read"
    FUNDS_WRITE = "funds.write"
    AID_READ = "aid.read"
    AID_WRITE = "aid.write"
    AID_SENSITIVE = "aid.sensitive"
    RIGHTS_READ = "rights.read"              # rights cases (维权): that a case exists at all
    RIGHTS_WRITE = "rights.write"
    RIGHTS_SENSITIVE = "rights.sensitive"    # reveal ID numbers and injury/health details of a case (audited)
    PROPOSALS_WRITE = "proposals.write"      # enter proposals and suggestions and their handling
    PROPOSALS_DECIDE = "proposals.decide"    # the committee's decisions: 立案, scores, 采纳, rewards
    AUDIT_READ = "audit.read"
    BACKUP_MANAGE = "backup.manage"          # restore, the encrypted hand-over export: the chair's
    BACKUP_MAKE = "backup.make"              # a backup by hand (the chair; other roles by setting)
    ACCOUNTS_MANAGE = "accounts.manage"
    SETTINGS_MANAGE = "settings.manage"


class Role(StrEnum):
    ADMIN = "admin"        # 主席/管理员
    OFFICER = "officer"    # 干事
    FINANCE = "finance"    # 财务
    AID = "aid"            # 帮扶
    RIGHTS = "rights"      # 维权 (legal aid and labour-dispute mediation)
    TELLER = "teller"      # 计票
    READONLY = "readonly"  # 只读


P = Permission
_VIEW = {P.MEMBERS_READ, P.FUNDS_READ}
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.OFFICER: frozenset(_VIEW | {P.MEMBERS_WRITE, P.SENSITIVE_READ, P.EXPORT_SENSITIVE, P.ACTIVITIES_WRITE,
                                     P.NOTICES_WRITE, P.VOTES_SETUP, P.PROPOSALS_WRITE}),
    # A backup is a full copy (ID numbers, aid health and bank data): only the chair makes one, unless
    # the union grants backup-only to other roles (desktop.domain.operations, union_profile.backup_roles).
    Role.FINANCE: frozenset(_VIEW | {P.FUNDS_WRITE, P.SENSITIVE_REVEAL}),
    Role.AID: frozenset(_VIEW | {P.AID_READ, P.AID_WRITE, P.AID_SENSITIVE, P.SENSITIVE_REVEAL}),
    Role.RIGHTS: frozenset(_VIEW | {P.RIGHTS_READ, P.RIGHTS_WRITE, P.RIGHTS_SENSITIVE, P.SENSITIVE_REVEAL}),
    Role.TELLER: frozenset({P.MEMBERS_READ, P.VOTES_TELLER}),
    Role.READONLY: frozenset(_VIEW),
}

ROLE_LABELS: dict[Role, Message] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Chair / administrator"),
    Role.OFFICER: QT_TRANSLATE_NOOP("Roles", "Officer"),
    Role.FINANCE: QT_TRANSLATE_NOOP("Roles", "Finance"),
    Role.AID: QT_TRANSLATE_NOOP("Roles", "Hardship aid"),
    Role.RIGHTS: QT_TRANSLATE_NOOP("Roles", "Rights cases"),
    Role.TELLER: QT_TRANSLATE_NOOP("Roles", "Teller"),
    Role.READONLY: QT_TRANSLATE_NOOP("Roles", "Read only"),
}

ROLE_DESCRIPTIONS: dict[Role, Message] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Everything, including accounts, backups and the audit trail."),
    Role.OFFICER: QT_TRANSLATE_NOOP(
        "Roles", "Members (with ID numbers and phones), activities, notices, setting up votes."),
    Role.FINANCE: QT_TRANSLATE_NOOP(
        "Roles", "Dues and union funds; sees members with ID numbers and phones masked."),
    Role.AID: QT_TRANSLATE_NOOP("Roles", "Hardship aid cases and their sensitive data; sees members masked."),
    Role.RIGHTS: QT_TRANSLATE_NOOP(
        "Roles", "Rights cases (legal aid, labour-dispute mediation) and their sensitive data; sees members masked."),
    Role.TELLER: QT_TRANSLATE_NOOP("Roles", "Entering ballot counts for the votes they are assigned to."),
    Role.READONLY: QT_TRANSLATE_NOOP("Roles", "Looks at everything except sensitive fields; changes nothing."),
}
