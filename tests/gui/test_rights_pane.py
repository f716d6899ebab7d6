"""The rights pane (维权) as a cadre uses it: the demo union's cases with the mediation deadlines,
a case entered through the dialogs from registration to a signed-for agreement, masked values with
an audited reveal, the papers, and nothing at all for roles that may not see cases."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.domain.accounts.actor import Actor, PermissionDenied
from desktop.domain.accounts.permissions import Role
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.members.entities import Member
from desktop.domain.rights import rules
from desktop.domain.rights.entities import RightsCase, RightsCaseStep
from desktop.views.context import AppContext

from tests.gui.typing import type_text

CADRE = Actor("rights", "孙维权", Role.RIGHTS)


@pytest.fixture
def rights_pane(qtbot, qapp, db, settings):
    from desktop.views.rights.pane import RightsPane

    widget = RightsPane(AppContext(db, CADRE, "zh_CN", settings))
    qtbot.addWidget(widget)
    widget.resize(1240, 700)
    widget.show()
    return widget


def pdf_text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def audit(db, action):
    with db.session() as session:
        return [json.loads(c) for c in session.scalars(select(AuditRecord.changes).where(AuditRecord.action == action))]


def test_the_pane_lists_the_demo_cases_with_overdue_deadlines_in_red(rights_pane):
    assert rights_pane.model.rowCount() == 15
    assert rights_pane.reminders.count() >= 1
    deadlines = [rights_pane.model.row_value(r).deadline for r in range(15)]
    assert "overdue" in deadlines
    overdue = deadlines.index("overdue")
    colour = rights_pane.model.index(overdue, 6).data(int(8))   # BackgroundRole
    assert colour.color().name() == "#f4c7c3"


def test_models_pass_the_model_tester(qtmodeltester, rights_pane):
    qtmodeltester.check(rights_pane.model)
    rights_pane.table.selectRow(0)
    qtmodeltester.check(rights_pane.step_rows)


def test_a_case_from_registration_to_an_agreement(rights_pane, db, qtbot):
    from desktop.views.rights.case_dialog import RightsCaseDialog
    from desktop.views.rights.step_dialog import RightsStepDialog

    with db.session() as session:
        name = session.scalar(select(Member.name).where(Member.deleted_at.is_(None)).order_by(Member.id.desc()))
    context = rights_pane._context
    dialog = RightsCaseDialog(context, None, rights_pane)
    qtbot.addWidget(dialog)
    type_text(dialog.member_search, name)
    assert dialog.member_list.count() >= 1
    dialog.category.setCurrentIndex(dialog.category.findData("wages"))
    type_text(dialog.other_party, "冲压车间")
    dialog.save()
    assert "请求事项" in dialog.error.text() or "asks for" in dialog.error.text()   # the request is missing
    dialog.request.setPlainText("补发 9 月加班费 2000 元")
    dialog.amount_claimed.setText("2000")
    dialog.save()
    assert dialog.saved_id, dialog.error.text()
    rights_pane.select_case(dialog.saved_id, widen=True)
    assert rights_pane.current_id() == dialog.saved_id

    def record(step: str, **texts) -> None:
        step_dialog = RightsStepDialog(context, rights_pane.detail, rights_pane)
        qtbot.addWidget(step_dialog)
        step_dialog.step.setCurrentIndex(step_dialog.step.findData(step))
        for field, value in texts.items():
            widget = getattr(step_dialog, field)
            widget.setPlainText(value) if hasattr(widget, "setPlainText") else widget.setText(value)
        step_dialog.save()
        assert step_dialog.saved_id, step_dialog.error.text()

    record(rules.ACCEPT)
    assert rights_pane.model.row_value(rights_pane.model.row_of(dialog.saved_id)).mediation_due == \
        dt.date.today() + dt.timedelta(days=15)
    record(rules.MEDIATE, participants="申请人、冲压车间主任、调解员", summary="企业认可加班事实")
    record(rules.RESULT, terms="企业于 10 日内补发加班费 1800 元", amount="1800")
    with db.session() as session:
        case = session.get(RightsCase, dialog.saved_id)
        steps = session.scalars(select(RightsCaseStep.step).where(RightsCaseStep.case_id == case.id)
                                .order_by(RightsCaseStep.id)).all()
        assert steps == [rules.RECEIVE, rules.ACCEPT, rules.MEDIATE, rules.RESULT]
        assert str(case.amount_recovered) == "1800.00" and case.mediation_due is None
    assert rights_pane.print_actions["agreement"].isEnabled()
    from desktop.views.rights.printing import paper
    pdf, _, file_name = paper(rights_pane, "agreement")
    text = pdf_text(pdf)
    assert name in text and "补发加班费 1800 元" in text and "盖章" in text and file_name.startswith("劳动争议调解协议书")
    assert audit(db, "print")[-1]["paper"] == [None, "agreement"]


def test_reveal_of_the_id_number_is_recorded(rights_pane, db):
    rights_pane.table.selectRow(0)
    assert "*" in rights_pane.overview.text()
    value = rights_pane.reveal("id_number")
    assert value and "*" not in value
    assert audit(db, "reveal")[-1]["field"] == [None, "id_number"]


def test_the_yearly_list_has_no_names(rights_pane):
    from desktop.views.rights.printing import YEAR_SUMMARY, paper

    pdf, _, _ = paper(rights_pane, YEAR_SUMMARY, dt.date.today().year)
    text = pdf_text(pdf)
    assert "劳动报酬" in text and "合计" in text
    names = [rights_pane.model.row_value(r).name for r in range(rights_pane.model.rowCount())]
    assert not any(n in text for n in names)


@pytest.mark.parametrize("role", [Role.READONLY, Role.OFFICER, Role.AID, Role.FINANCE])
def test_nothing_for_roles_without_the_right(qapp, db, settings, role):
    from desktop.views.main_window import PANES
    from desktop.views.members.sections import member_page_entries
    from desktop.views.rights.pane import RightsPane

    context = AppContext(db, Actor("x", "x", role), "zh_CN", settings)
    with pytest.raises(PermissionDenied):
        RightsPane(context)
    assert "MemberRightsSection" not in [e.class_name for e in member_page_entries(context)]
    assert "rights" not in [p.key for p in PANES if context.actor.can(p.permission)]


def test_the_member_page_section_lists_the_members_cases(qtbot, db, settings):
    from desktop.views.members.sections import member_page_entries
    from desktop.views.rights.member_section import MemberRightsSection

    context = AppContext(db, CADRE, "zh_CN", settings)
    assert "MemberRightsSection" in [e.class_name for e in member_page_entries(context)]
    with db.session() as session:
        member_id = session.scalar(select(RightsCase.member_id).limit(1))
    section = MemberRightsSection(context)
    qtbot.addWidget(section)
    section.show_member(member_id)
    assert section.model.rowCount() >= 1


def test_a_collective_case_names_members_of_the_group(rights_pane, db, qtbot):
    from desktop.views.rights.case_dialog import RightsCaseDialog

    with db.session() as session:
        first, second = session.execute(select(Member.id, Member.name).where(Member.deleted_at.is_(None))
                                        .order_by(Member.id).limit(2)).all()
    dialog = RightsCaseDialog(rights_pane._context, None, rights_pane)
    qtbot.addWidget(dialog)
    type_text(dialog.member_search, first.name)
    dialog.member_list.setCurrentRow(next(r for r in range(dialog.member_list.count())
                                          if dialog.member_list.item(r).data(256) == first.id))
    dialog.collective.setChecked(True)
    assert dialog.group.isVisibleTo(dialog) and dialog.headcount.value() == 2
    type_text(dialog.group_search, second.name)
    dialog.group_results.setCurrentRow(next(r for r in range(dialog.group_results.count())
                                            if dialog.group_results.item(r).data(256) == second.id))
    dialog.add_to_group()
    dialog.add_to_group()                                   # the same member is listed once
    assert dialog.group_members() == (second.id,)
    dialog.headcount.setValue(40)
    dialog.request.setPlainText("集体要求补缴住房公积金")
    dialog.save()
    assert dialog.saved_id, dialog.error.text()
    rights_pane.select_case(dialog.saved_id, widen=True)
    assert rights_pane.detail.other_members == ((second.id, second.name),)
    assert "40" in rights_pane.overview.text() and second.name in rights_pane.overview.text()


def test_the_export_has_the_list_columns_only_and_is_recorded(rights_pane, db, tmp_path):
    from openpyxl import load_workbook

    from desktop.views.rights.export import export_to

    path = tmp_path / "cases.xlsx"
    assert export_to(rights_pane, str(path)) == 15
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert len(rows) == 16 and rows[0][0] == "案件编号" and "身份证号" not in rows[0]
    assert not any("伤残" in str(cell) or "骨折" in str(cell) for row in rows for cell in row)
    assert audit(db, "export")[-1]["rows"] == [None, 15]
    assert not (tmp_path / "cases.xlsx.part").exists()


def test_the_window_shows_the_pane_and_keeps_its_layout_when_closed(qtbot, db, settings):
    from desktop.views.main_window import MainWindow

    window = MainWindow(AppContext(db, CADRE, "zh_CN", settings), "rights")
    qtbot.addWidget(window)
    window.show()
    pane = window.panes["rights"]
    pane.splitter.setSizes([500, 150])
    window.close()
    assert settings.value("rights/splitter") is not None and settings.value("window/pane") == "rights"
