"""The 统计 pane: the demo union's figures as of 31 December of last year, a year earlier beside
them, and a member figure that opens the member list on the people behind it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Role
from desktop.domain.statistics.queries import StatisticsQueries
from desktop.views.main_window import MainWindow


def _window(qtbot, context, role=None):
    if role is not None:
        context = replace(context, actor=Actor(role.value, role=role, display_name="某人"))
    window = MainWindow(context, first_pane="statistics")
    qtbot.addWidget(window)
    window.show()
    pane = window.panes["statistics"]
    pane.wait_until_loaded()
    return window, pane


def test_the_pane_starts_at_the_end_of_last_year_with_the_figures_of_the_queries(qtbot, context):
    _, pane = _window(qtbot, context)
    last_year_end = dt.date(dt.date.today().year - 1, 12, 31)
    assert pane.day() == last_year_end and pane.report.as_of == last_year_end
    assert pane.earlier.as_of == dt.date(last_year_end.year - 1, 12, 31)
    counts = StatisticsQueries(context.db, context.actor).member_counts(last_year_end)
    shown = pane.figure_texts()
    assert shown["women"] == str(counts["women"]) and shown["members"] == str(counts["members"])
    assert pane.checks.count() >= 5


def test_a_member_figure_opens_the_members_behind_it(qtbot, context):
    window, pane = _window(qtbot, context)
    pane.as_of.setDate(QDate(2025, 12, 31))
    pane.wait_until_loaded()
    section = pane.tree.topLevelItem(0)
    women = next(section.child(i) for i in range(section.childCount()) if section.child(i).data(0, 256)[0] == "women")
    pane._activate(women)
    members = window.panes["members"]
    assert window.current_pane_key() == "members"
    assert members.model.rowCount() == int(women.text(1)) > 0
    assert members.figure_label.isVisibleTo(members) and women.text(0)[2:] in members.figure_label.text()
    members._apply_filters()                                # any filter goes back to the register
    assert not members.figure_label.isVisibleTo(members)


def test_a_teller_sees_no_money_and_the_viewer_no_settings(qtbot, context):
    _, pane = _window(qtbot, context, Role.TELLER)
    assert pane.report.funds is None and pane.report.aid is None
    _, viewer = _window(qtbot, context, Role.READONLY)
    assert not viewer.settings_action.isVisible() and viewer.report.funds is not None
