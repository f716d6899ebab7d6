"""工会职务 on screen: the member page lists a member's posts, the posts dialog adds and ends them,
the register filters by post, and a sign-in sheet for the committee is two choices away."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.members.posts import COMMITTEE, PostService
from desktop.domain.members.queries import MemberFilter, MemberQueries
from desktop.views.members.posts_dialog import PostsDialog
from desktop.views.paper.signin_dialog import POSTS, SELECTED, SignInDialog


def _committee(db, count=3):
    ids = MemberQueries(db, LOCAL_ADMIN).ids(MemberFilter())[:count]
    service = PostService(db, LOCAL_ADMIN)
    for member_id, post in zip(ids, ("01", "03", "03")):
        service.add(member_id, post, dt.date(2023, 5, 1))
    return ids


def test_the_posts_dialog_adds_and_ends_a_post_and_the_member_page_shows_it(qtbot, pane, context):
    member_id = pane.current_id()
    dialog = PostsDialog(context, member_id, pane)
    qtbot.addWidget(dialog)
    dialog.post.setCurrentIndex(dialog.post.findData("09"))       # 会员代表
    dialog.started_on.setDate(QDate(2024, 3, 1))
    assert dialog.add_post()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "会员代表"
    dialog.table.selectRow(0)
    dialog.end_date.setDate(QDate(2025, 2, 28))
    assert dialog.end_selected()
    assert dialog.table.item(0, 2).text() == "2025-02-28"
    dialog.end_date.setDate(QDate(2020, 1, 1))                     # before the start: refused, said why
    assert not dialog.end_selected() and dialog.message.text()
    pane._show_selected()
    assert "会员代表" in pane.detail.posts.text() and "2025-02-28" in pane.detail.posts.text()


def test_the_register_filters_by_post(qtbot, pane, context, shown):
    ids = _committee(context.db)
    pane.post_filter.setCurrentIndex(pane.post_filter.findData(COMMITTEE))
    shown(pane)
    assert sorted(pane.model.ids()) == sorted(ids)
    pane.post_filter.setCurrentIndex(pane.post_filter.findData("01"))
    shown(pane)
    assert pane.model.ids() == [ids[0]]


def test_the_sign_in_dialog_defaults_to_the_selection_else_asks(qtbot):
    with_selection = SignInDialog(1927, 3)
    qtbot.addWidget(with_selection)
    assert with_selection.who() == SELECTED
    nothing_chosen = SignInDialog(1927, 0)
    qtbot.addWidget(nothing_chosen)
    assert not nothing_chosen.preview_button.isEnabled()   # 78 pages are never the silent default
    nothing_chosen.post_group.setCurrentIndex(nothing_chosen.post_group.findData("03"))
    assert nothing_chosen.who() == POSTS and nothing_chosen.preview_button.isEnabled()


def test_a_sign_in_sheet_for_the_committee_lists_its_members(qtbot, pane, context, monkeypatch):
    from desktop.views.members import printing as actions
    from desktop.views.paper.preview_dialog import PreviewDialog

    ids = _committee(context.db)
    names = [MemberQueries(context.db, LOCAL_ADMIN).detail(i).data.name for i in ids]

    def choose_committee(dialog):
        dialog.post_holders.setChecked(True)
        dialog.post_group.setCurrentIndex(dialog.post_group.findData(COMMITTEE))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SignInDialog, "exec", choose_committee)
    monkeypatch.setattr(PreviewDialog, "exec", lambda self: 0)
    pane.table.clearSelection()
    preview = actions.print_signin(pane)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert all(name in text for name in names)
    others = MemberQueries(context.db, LOCAL_ADMIN).detail(MemberQueries(context.db, LOCAL_ADMIN).ids(MemberFilter())[5])
    assert others.data.name not in text


def test_the_committee_signs_up_for_an_activity_as_a_group(qtbot, context):
    from desktop.domain.activities.queries import ActivityQueries
    from desktop.domain.activities.service import ActivityService
    from desktop.views.activities.participants_dialog import AddParticipantsDialog

    ids = _committee(context.db)
    queries = ActivityQueries(context.db, LOCAL_ADMIN)
    activity_id = queries.ids()[0]
    before = {p.member_id for p in queries.participants(activity_id)}
    dialog = AddParticipantsDialog(ActivityService(context.db, LOCAL_ADMIN), queries, activity_id, [], [])
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(2)
    dialog.post_group.setCurrentIndex(dialog.post_group.findData(COMMITTEE))
    assert dialog.post_count.text().startswith("3")
    dialog.save()
    after = {p.member_id for p in queries.participants(activity_id)}
    assert set(ids) <= after and after - before <= set(ids)


def test_a_votes_named_list_takes_the_committee_in_one_click(qtbot, context):
    from desktop.views.votes.setup_dialog import DelegatePicker, VoteSetupDialog

    ids = _committee(context.db)
    setup = VoteSetupDialog(context)
    qtbot.addWidget(setup)
    picker = DelegatePicker(setup._queries, {}, setup, setup._post_holder_choices, "zh_CN")
    qtbot.addWidget(picker)
    picker.post_group.setCurrentIndex(picker.post_group.findData(COMMITTEE))
    picker.add_post_holders()
    assert sorted(picker.selected()) == sorted(ids)
