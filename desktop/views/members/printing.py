"""The members pane's print menu: roster, sign-in sheet, registration forms and notices, each going
through its options dialog to the one print preview.

The pane is passed in (no global window): its current filter, its selection, its queries and its
AppContext decide who is on the paper and what the user may print.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop.documents.members.contents import build_registration, build_signin, roster_from_rows, union_name
from desktop.documents.members.registration import registration_pdf
from desktop.documents.members.roster import roster_docx, roster_pdf
from desktop.documents.members.signin import signin_docx, signin_pdf
from desktop.domain.accounts.permissions import Permission
from desktop.domain.members.paper import record_saved, rows_for_paper
from desktop.messages import UserError
from desktop.models.texts import message_text
from desktop.views.paper.notice_dialog import NoticeDialog
from desktop.views.paper.preview_dialog import PreviewDialog
from desktop.views.paper.roster_dialog import RosterDialog
from desktop.views.paper.signin_dialog import BLANK, POSTS, SELECTED, SignInDialog

if TYPE_CHECKING:
    from desktop.views.members.pane import MembersPane


class _Busy:
    """A wait cursor while a long roster is laid out."""

    def __enter__(self):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc):
        QGuiApplication.restoreOverrideCursor()


def _show_error(parent: QWidget, error: UserError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("PaperMenu", "Print"), message_text(error.message))


def print_roster(pane: MembersPane) -> PreviewDialog | None:
    context = pane.context
    selected = pane.selected_ids()
    dialog = RosterDialog(context.settings, pane.model.rowCount(), len(selected),
                          context.actor.can(Permission.EXPORT_SENSITIVE), pane)
    if not dialog.exec():
        return None
    request = dialog.request(pane.model.member_filter, selected)
    if request.ids is None:  # the list as it is on screen: same filter, search and order
        request = replace(request, ids=tuple(pane.model.ids()))
    try:
        with _Busy():
            rows = rows_for_paper(context.db, context.actor, ids=request.ids, full_ids=request.full_ids,
                                  document="roster")
            roster = roster_from_rows(rows, request, union_name(context.db))
            pdf = roster_pdf(roster)
    except UserError as error:
        _show_error(pane, error)
        return None
    on_saved = None
    if request.full_ids:
        ids = [r.id for r in rows]
        on_saved = lambda path: record_saved(context.db, context.actor, "roster", ids, path)  # noqa: E731
    title = QCoreApplication.translate("PaperMenu", "Roster")
    preview = PreviewDialog(pdf, title, "会员花名册.pdf", pane, on_saved, word=lambda: roster_docx(roster))
    preview.exec()
    return preview


def print_signin(pane: MembersPane) -> PreviewDialog | None:
    context = pane.context
    selected = pane.selected_ids()
    dialog = SignInDialog(pane.model.rowCount(), len(selected), pane, context.language)
    if not dialog.exec():
        return None
    who = dialog.who()
    if who == POSTS:  # e.g. tomorrow's committee meeting: the committee on the meeting's day
        ids = pane.queries.post_holders(dialog.post_group.currentData(), dialog.sheet_date())
    else:
        ids = None if who == BLANK else (selected if who == SELECTED else pane.model.ids())
    try:
        with _Busy():
            sheet = build_signin(context.db, context.actor, ids=ids, title=dialog.sheet_title(),
                                 date=dialog.sheet_date(), place=dialog.place.text().strip(),
                                 blank_rows=dialog.blank_rows.value())
            pdf = signin_pdf(sheet)
    except UserError as error:
        _show_error(pane, error)
        return None
    title = QCoreApplication.translate("PaperMenu", "Sign-in sheet")
    preview = PreviewDialog(pdf, title, f"{sheet.title}.pdf", pane, word=lambda: signin_docx(sheet))
    preview.exec()
    return preview


def print_registration(pane: MembersPane) -> PreviewDialog | None:
    """Registration forms of the selected members (or the current one): a form on file needs the
    full ID number, so a role allowed to print it is asked, and the print is audited."""
    context = pane.context
    ids = pane.selected_ids()
    if not ids:
        QMessageBox.information(pane, QCoreApplication.translate("PaperMenu", "Registration forms"),
                                QCoreApplication.translate("PaperMenu", "Select the members to print forms for."))
        return None
    full_ids = False
    if context.actor.can(Permission.EXPORT_SENSITIVE):
        answer = QMessageBox.question(
            pane, QCoreApplication.translate("PaperMenu", "Registration forms"),
            QCoreApplication.translate(
                "PaperMenu", "Print full ID numbers on the forms? This is recorded in the audit trail."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        full_ids = answer == QMessageBox.StandardButton.Yes
    try:
        with _Busy():
            pdf = registration_pdf(build_registration(context.db, context.actor, ids, full_ids=full_ids))
    except UserError as error:
        _show_error(pane, error)
        return None
    on_saved = None
    if full_ids:
        on_saved = lambda path: record_saved(context.db, context.actor, "registration", ids, path)  # noqa: E731
    title = QCoreApplication.translate("PaperMenu", "Registration forms")
    preview = PreviewDialog(pdf, title, "会员登记表.pdf", pane, on_saved)
    preview.exec()
    return preview


def write_notice(pane: MembersPane) -> None:
    NoticeDialog(union_name(pane.context.db), pane, pane.context.settings).exec()


def paper_menu(pane: MembersPane) -> QMenu:
    """The menu to put on the member pane's toolbar (a button with this menu) or in the menu bar."""
    menu = QMenu(QCoreApplication.translate("PaperMenu", "Print"), pane)
    menu.addAction(QCoreApplication.translate("PaperMenu", "Print roster…"), lambda: print_roster(pane))
    menu.addAction(QCoreApplication.translate("PaperMenu", "Print sign-in sheet…"), lambda: print_signin(pane))
    menu.addAction(QCoreApplication.translate("PaperMenu", "Print registration forms…"),
                   lambda: print_registration(pane))
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("PaperMenu", "Write a notice…"), lambda: write_notice(pane))
    return menu
