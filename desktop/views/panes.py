"""The panes the navigation lists, in its order: the one registry that the main window, the manual
(帮助 → 使用手册) and the pictures script read. Each pane's module is imported only when the pane is
first shown, so start-up loads the first pane's code alone; that is why key, permission and title are
written here as well as on the pane classes (tests/gui/test_pane_registry.py keeps them equal)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication

from desktop.domain.accounts.permissions import Permission
from desktop.views.context import AppContext


@dataclass(frozen=True)
class PaneEntry:
    """A pane as the navigation lists it. Its module is imported when the pane is first shown, so
    start-up loads only the first pane's code."""

    key: str
    module: str         # desktop.views.<area>.pane
    class_name: str
    permission: Permission
    title: Callable[[], str]
    also_for: Callable[[AppContext], bool] | None = None   # shown without the permission when this says so

    def shown_to(self, context: AppContext) -> bool:
        return context.actor.can(self.permission) or (self.also_for is not None and self.also_for(context))

    def load(self) -> type:
        return getattr(importlib.import_module(self.module), self.class_name)


# Only panes that work are listed; later areas add theirs here. A pane is shown to roles that have
# its permission. (Titles repeat the panes' own title() texts, in the same translation context.)
PANES = (
    PaneEntry("home", "desktop.views.home.pane", "HomePane", Permission.MEMBERS_READ,
              lambda: QCoreApplication.translate("HomePane", "Home")),
    PaneEntry("members", "desktop.views.members.pane", "MembersPane", Permission.MEMBERS_READ,
              lambda: QCoreApplication.translate("MembersPane", "Members")),
    PaneEntry("activities", "desktop.views.activities.pane", "ActivitiesPane", Permission.MEMBERS_READ,
              lambda: QCoreApplication.translate("ActivitiesPane", "Activities")),
    PaneEntry("dues", "desktop.views.dues.pane", "DuesPane", Permission.FUNDS_READ,
              lambda: QCoreApplication.translate("DuesPane", "Dues")),
    PaneEntry("funds", "desktop.views.funds.pane", "FundsPane", Permission.FUNDS_READ,
              lambda: QCoreApplication.translate("FundsPane", "Union funds")),
    PaneEntry("aid", "desktop.views.aid.pane", "AidPane", Permission.AID_READ,
              lambda: QCoreApplication.translate("AidPane", "Hardship aid")),
    PaneEntry("rights", "desktop.views.rights.pane", "RightsPane", Permission.RIGHTS_READ,
              lambda: QCoreApplication.translate("RightsPane", "Rights cases")),
    PaneEntry("proposals", "desktop.views.proposals.pane", "ProposalsPane", Permission.MEMBERS_READ,
              lambda: QCoreApplication.translate("ProposalsPane", "Proposals")),
    PaneEntry("suggestions", "desktop.views.suggestions.pane", "SuggestionsPane", Permission.MEMBERS_READ,
              lambda: QCoreApplication.translate("SuggestionsPane", "Suggestions")),
    PaneEntry("votes", "desktop.views.votes.pane", "VotesPane", Permission.MEMBERS_READ,
              lambda: QCoreApplication.translate("VotesPane", "Votes")),
    PaneEntry("statistics", "desktop.views.statistics.pane", "StatisticsPane", Permission.MEMBERS_READ,
              lambda: QCoreApplication.translate("StatisticsPane", "Statistics")),
    PaneEntry("audit", "desktop.views.audit.pane", "AuditPane", Permission.AUDIT_READ,
              lambda: QCoreApplication.translate("AuditPane", "Audit trail")),
    PaneEntry("backups", "desktop.views.backups.pane", "BackupPane", Permission.BACKUP_MANAGE,
              lambda: QCoreApplication.translate("BackupPane", "Backups"),
              lambda context: _may_back_up(context)),
)


def _may_back_up(context: AppContext) -> bool:
    """A role the chair granted backup-only to sees the pane (restoring stays disabled there)."""
    from desktop.domain.operations.service import OperationsService

    return OperationsService(context.db, context.actor).may_back_up()
