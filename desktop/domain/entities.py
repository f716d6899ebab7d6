"""Every entity module, imported in one place so the metadata is complete (for migrations' checks)."""

from desktop.domain.accounts.entities import UnionProfile, User
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.base import Base
from desktop.domain.exports.entities import ExportFingerprint, ExportSubmission
from desktop.domain.imports.entities import ImportBatch, ImportBatchItem, ImportMapping
from desktop.domain.members.entities import Member, MembershipEvent, MemberSearchTerm

__all__ = ["AuditRecord", "Base", "ExportFingerprint", "ExportSubmission", "ImportBatch", "ImportBatchItem",
           "ImportMapping", "Member", "MembershipEvent", "MemberSearchTerm", "UnionProfile", "User"]
