"""The aid section of the member page, registered for Permission.AID_READ only.

Roles without AID_READ get no section at all and no hint that a case exists: that a member is in
financial hardship is itself sensitive personal information (PIPL art. 28). The section lists
the member's cases (number, tier, last step, status) — no health, income or bank details."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.aid.queries import AidQueries
from desktop.models.aid_tables import AidCaseTableModel
from desktop.views.context import AppContext
from desktop.views.members.case_section import MemberCasesSection


class MemberAidSection(MemberCasesSection):
    def __init__(self, context: AppContext, parent=None):
        queries = AidQueries(context.db, context.actor)  # refuses roles without AID_READ
        super().__init__(queries, AidCaseTableModel(context.language), QCoreApplication.translate("MemberAidSection", "Hardship aid"),
                         QCoreApplication.translate("MemberAidSection", "No hardship aid case."), 120, parent)
        self.model.setParent(self)
