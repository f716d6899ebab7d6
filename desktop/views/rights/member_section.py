"""The rights section of the member page, registered for Permission.RIGHTS_READ only.

Roles without RIGHTS_READ get no section at all and no hint that a case exists. The section lists
the member's cases, as the applicant or one of a group (number, category, stage, deadline) — no
ID number, request text or injury details."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.rights.queries import RightsQueries
from desktop.views.context import AppContext
from desktop.views.members.case_section import MemberCasesSection
from desktop.views.rights.columns import case_model


class MemberRightsSection(MemberCasesSection):
    def __init__(self, context: AppContext, parent=None):
        queries = RightsQueries(context.db, context.actor)   # refuses roles without RIGHTS_READ
        super().__init__(queries, case_model(), QCoreApplication.translate("MemberRightsSection", "Rights cases"), QCoreApplication.translate("MemberRightsSection", "No rights case."), 140, parent)
        self.model.setParent(self)
