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
    qtbot.waitUntil(lambda: not pane.lane.busy, timeout=30000)
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
    assert pane.report.workforce and pane.report.membership_rate       # the demo has a headcount
    assert all(check.passed for check in pane.report.checks)


def test_a_member_figure_opens_the_members_behind_it(qtbot, context):
    window, pane = _window(qtbot, context)
    pane.as_of.setDate(QDate(2025, 12, 31))
    qtbot.waitUntil(lambda: not pane.lane.busy, timeout=30000)
    section = pane.tree.topLevelItem(0)
    women = next(section.child(i) for i in range(section.childCount()) if section.child(i).data(0, 256)[0] == "women")
    pane._activate(women)
    members = window.panes["members"]
    assert window.current_pane_key() == "members"
    qtbot.waitUntil(lambda: not members.lane.busy, timeout=30000)
    assert members.model.rowCount() == int(women.text(1)) > 0
    assert members.figure_label.isVisibleTo(members) and women.text(0)[2:] in members.figure_label.text()
    members._apply_filters()                                # any filter goes back to the register
    assert not members.figure_label.isVisibleTo(members)


def test_a_teller_sees_no_money_and_the_viewer_no_settings(qtbot, context):
    _, pane = _window(qtbot, context, Role.TELLER)
    assert pane.report.funds is None and pane.report.aid is None
    _, viewer = _window(qtbot, context, Role.READONLY)
    assert not viewer.settings_action.isVisible() and viewer.report.funds is not None


def test_the_pane_exports_the_template_and_prints_the_yearly_report(qtbot, context, tmp_path):
    import io

    import openpyxl
    from pypdf import PdfReader

    from desktop.domain.audit.queries import AuditFilter, AuditQueries
    from desktop.domain.statistics.inputs import Signers
    from desktop.views.statistics.exporting import export_to, report_papers

    _, pane = _window(qtbot, context)
    pane.as_of.setDate(QDate(2025, 12, 31))
    qtbot.waitUntil(lambda: not pane.lane.busy, timeout=30000)
    out = tmp_path / "年报.xlsx"
    assert export_to(pane, "basic-situation", Signers("李干事", "王主席", "0571-1"), str(out))
    sheet = openpyxl.load_workbook(out).active
    assert sheet["B7"].value == pane.report.members["members"] and sheet["A34"].value == "填报人：李干事"
    pdf, word = report_papers(pane, Signers("李干事", "王主席", "0571-1"))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "2025-12-31" in text and "李干事" in text
    assert pane.report.year_activities[0].title in text                  # the year's activities are listed
    assert str(pane.report.members["members"]) in text
    assert word()[:2] == b"PK"                                            # a .docx is a zip
    audit = AuditQueries(context.db, context.actor)
    assert audit.count(AuditFilter(entity="statistics")) == 2
