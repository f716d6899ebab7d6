"""Every entity module, imported in one place so the metadata is complete (for migrations' checks)."""

import desktop.domain.activities.entities  # noqa: F401  (each area's tables)
import desktop.domain.aid.entities  # noqa: F401
import desktop.domain.dues.entities  # noqa: F401
import desktop.domain.funds.entities  # noqa: F401
import desktop.domain.proposals.entities  # noqa: F401
import desktop.domain.rights.entities  # noqa: F401
import desktop.domain.suggestions.entities  # noqa: F401
import desktop.domain.votes.entities  # noqa: F401
from desktop.domain.accounts.entities import UnionProfile, User
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.base import Base
from desktop.domain.exports.entities import ExportFingerprint, ExportSubmission
from desktop.domain.imports.entities import ImportBatch, ImportBatchItem, ImportMapping
from desktop.domain.members.entities import Member, MembershipEvent, MemberSearchTerm

__all__ = ["AuditRecord", "Base", "ExportFingerprint", "ExportSubmission", "ImportBatch", "ImportBatchItem",
           "ImportMapping", "Member", "MembershipEvent", "MemberSearchTerm", "UnionProfile", "User"]
