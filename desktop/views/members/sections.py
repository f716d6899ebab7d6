"""Sections other areas add to the member page (activities attended, dues account, aid case).

A section is a QWidget class built as `Section(context)` with a method `show_member(member_id | None)`;
it is a tab beside the member's record for roles that have its permission, built when its tab is
first opened (so start-up does not load every area's code). Each area keeps its section in its own
views package, so the member page does not grow with every area.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain.accounts.permissions import Permission
from desktop.views.context import AppContext


@dataclass(frozen=True)
class SectionEntry:
    module: str
    class_name: str
    permission: Permission
    title: Callable[[], str]

    def build(self, context: AppContext) -> QWidget:
        return getattr(importlib.import_module(self.module), self.class_name)(context)


MEMBER_PAGE_SECTIONS = (
    SectionEntry("desktop.views.activities.member_section", "MemberActivitiesSection", Permission.MEMBERS_READ,
                 lambda: QCoreApplication.translate("MemberSections", "Activities")),
    SectionEntry("desktop.views.dues.member_section", "MemberDuesSection", Permission.FUNDS_READ,
                 lambda: QCoreApplication.translate("MemberSections", "Dues")),
    SectionEntry("desktop.views.aid.member_section", "MemberAidSection", Permission.AID_READ,
                 lambda: QCoreApplication.translate("MemberSections", "Hardship aid")),
    SectionEntry("desktop.views.rights.member_section", "MemberRightsSection", Permission.RIGHTS_READ,
                 lambda: QCoreApplication.translate("MemberSections", "Rights cases")),
)


def member_page_entries(context: AppContext) -> list[SectionEntry]:
    """The sections this user's role may see, in tab order."""
    return [entry for entry in MEMBER_PAGE_SECTIONS if context.actor.can(entry.permission)]


def member_page_sections(context: AppContext) -> list[QWidget]:
    return [entry.build(context) for entry in member_page_entries(context)]
