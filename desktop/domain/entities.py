"""Every entity module, imported in one place so the metadata is complete (for migrations' checks)."""

from desktop.domain.accounts.entities import UnionProfile, User
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.base import Base
from desktop.domain.members.entities import Member, MembershipEvent, MemberSearchTerm

__all__ = ["AuditRecord", "Base", "Member", "MembershipEvent", "MemberSearchTerm", "UnionProfile", "User"]
