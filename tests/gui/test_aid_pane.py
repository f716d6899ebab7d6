"""The aid pane as a cadre uses it: the cases and reminders of the demo union, masked values with
an audited reveal, a new case through the dialog, a recorded step, the export without sensitive
columns unless chosen, and nothing at all for a read-only user."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.domain.accounts.actor import Actor, PermissionDenied
from desktop.domain.accounts.permissions import Role
from desktop.domain.aid import workflow
from desktop.domain.aid.entities import AidCase, AidCaseStep
from desktop.domain.audit.entities import AuditRecord
from desktop.models.aid_tables import AidCaseTableModel, AidHouseholdModel, AidPaymentModel
from desktop.views.context import AppContext


@pytest.fixture
def aid_pane(qtbot, context):
    from desktop.views.aid.pane import AidPane

    widget = AidPane(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    qtbot.waitUntil(lambda: not widget.lane.busy, timeout=20000)  # the cases are read in the background
    return widget


def audit(db, action):
    with db.session() as session:
        return [json.loads(c) for c in session.scalars(select(AuditRecord.changes).where(AuditRecord.action == action))]


def test_the_pane_lists_cases_with_reminders_and_masked_details(aid_pane, shown):
    assert aid_pane.model.rowCount() >= 10          # open cases of the demo
    assert aid_pane.reminders.count() >= 1
    aid_pane.status.setCurrentIndex(0)              # open and closed
    shown(aid_pane)
    assert aid_pane.model.rowCount() >= 18
    aid_pane.table.selectRow(0)
    text = aid_pane.overview.text()
    assert "******" in text and "Tier calculation" in text
    assert aid_pane.timeline.rowCount() >= 1


def test_models_pass_the_model_tester(qtmodeltester, aid_pane, shown):
    aid_pane.status.setCurrentIndex(0)
    shown(aid_pane)
    qtmodeltester.check(aid_pane.model)
    row = next(r for r in range(aid_pane.model.rowCount()) if aid_pane.model.row_value(r).paid_total > 0)
    aid_pane.table.selectRow(row)
    assert aid_pane.payment_model.rowCount() >= 1
    qtmodeltester.check(aid_pane.payment_model)
    qtmodeltester.check(aid_pane.household_model)
    for model in (AidCaseTableModel(), AidHouseholdModel(), AidPaymentModel()):
        qtmodeltester.check(model)


def test_reveal_is_recorded(aid_pane, db, qtbot):
    aid_pane.table.selectRow(0)
    value = aid_pane.reveal("id_number")
    assert value and "*" not in value
    records = audit(db, "reveal")
    assert records[-1]["field"] == [None, "id_number"]


def test_export_leaves_out_sensitive_columns_unless_chosen(aid_pane, db, tmp_path):
    plain = tmp_path / "plain.xlsx"
    assert aid_pane.export_to(str(plain), sensitive=False) == aid_pane.model.rowCount()
    header = [c.value for c in next(load_workbook(plain).active.iter_rows(max_row=1))]
    assert "身份证号" not in header and "ID number" not in header and len(header) == 12
    full = tmp_path / "full.xlsx"
    aid_pane.export_to(str(full), sensitive=True)
    rows = list(load_workbook(full).active.iter_rows(values_only=True))
    assert len(rows[0]) == 18 and all(isinstance(r[12], str) and len(r[12]) == 18 for r in rows[1:])
    assert [r["sensitive_columns"][1] for r in audit(db, "aid_export")] == [False, True]


def test_a_new_case_through_the_dialog_and_a_step(aid_pane, db, context, qtbot, shown):
    from desktop.views.aid.case_dialog import CaseDialog
    from desktop.views.aid.dialogs import StepDialog

    dialog = CaseDialog(context, None, aid_pane)
    qtbot.addWidget(dialog)
    from desktop.domain.members.entities import Member
    with db.session() as session:
        taken = set(session.scalars(select(AidCase.member_id)))
        member_id, name = session.execute(select(Member.id, Member.name).where(Member.id.not_in(taken))
                                          .order_by(Member.id).limit(1)).one()
    dialog.member_search.setText(name)
    dialog._search_members()
    row = next(r for r in range(dialog.member_list.count()) if dialog.member_list.item(r).data(256) == member_id)
    dialog.member_list.setCurrentRow(row)
    dialog.household_size.setValue(2)
    dialog.yearly_income.setText("18000")
    assert "深度困难" in dialog.tier_text.text() or "Deep" in dialog.tier_text.text()
    dialog.main_cause.set_value("1")
    dialog.aid_requested.boxes["living"].setChecked(True)
    dialog.save()
    assert "consent" in dialog.error.text().lower() or "同意" in dialog.error.text()
    dialog.consent_default.click()
    from PySide6.QtCore import QDate
    dialog.consent_on.setDate(QDate.currentDate())
    dialog.save()
    assert dialog.saved_id, dialog.error.text()
    aid_pane.select_case(dialog.saved_id, widen=True)
    shown(aid_pane)
    assert aid_pane.current_id() == dialog.saved_id
    step = StepDialog(context, aid_pane._detail, aid_pane)
    qtbot.addWidget(step)
    assert step.step.currentData() == workflow.FIRST_REVIEW
    step.reason.setPlainText("符合条件")
    step.save()
    with db.session() as session:
        steps = session.execute(select(AidCaseStep.step, AidCaseStep.decision, AidCaseStep.decided_by)
                                .where(AidCaseStep.case_id == dialog.saved_id).order_by(AidCaseStep.id)).all()
    assert steps == [(workflow.APPLY, workflow.SUBMITTED, "admin"), (workflow.FIRST_REVIEW, workflow.PASSED, "admin")]


def test_a_second_case_for_the_household_points_to_the_first(aid_pane, db, context, qtbot):
    from desktop.views.aid.case_dialog import CaseDialog

    with db.session() as session:
        case_id, member_id = session.execute(select(AidCase.id, AidCase.member_id)
                                             .where(AidCase.status == "open").limit(1)).one()
    dialog = CaseDialog(context, None, aid_pane)
    qtbot.addWidget(dialog)
    dialog.member_list.addItem("x")
    dialog.member_list.item(0).setData(256, member_id)
    dialog.member_list.setCurrentRow(0)
    dialog.yearly_income.setText("10000")
    dialog.main_cause.set_value("1")
    dialog.aid_requested.boxes["living"].setChecked(True)
    dialog.consent_default.click()
    from PySide6.QtCore import QDate
    dialog.consent_on.setDate(QDate.currentDate())
    dialog.save()
    assert dialog.existing_case_id == case_id and "one household" in dialog.error.text()
    assert dialog.open_existing.isVisibleTo(dialog)


def test_nothing_for_a_read_only_user(qapp, db, settings):
    from desktop.views.aid.pane import AidPane
    from desktop.views.members.sections import member_page_sections

    viewer = AppContext(db, Actor("viewer", "吴查看", Role.READONLY), "zh_CN", settings)
    with pytest.raises(PermissionDenied):
        AidPane(viewer)
    assert not [s for s in member_page_sections(viewer) if type(s).__name__ == "MemberAidSection"]


def test_the_member_page_section_lists_the_members_cases(qtbot, context, db):
    from desktop.views.aid.member_section import MemberAidSection

    with db.session() as session:
        member_id = session.scalar(select(AidCase.member_id).limit(1))
    section = MemberAidSection(context)
    qtbot.addWidget(section)
    section.show_member(member_id)
    assert section.isVisibleTo(section.parentWidget() or section) or not section.isHidden()
    assert section.model.rowCount() >= 1


def test_editing_a_case_keeps_the_masked_values(aid_pane, db, context, qtbot):
    from desktop.domain.aid.entities import AidHouseholdMember
    from desktop.domain.aid.queries import AidQueries
    from desktop.views.aid.case_dialog import CaseDialog

    with db.session() as session:
        case = session.scalar(select(AidCase).where(AidCase.status == "open", AidCase.health != "",
                                                    AidCase.bank_card_no != "").limit(1))
        case_id, health, card = case.id, case.health, case.bank_card_no
        before = session.execute(select(AidHouseholdMember.name, AidHouseholdMember.id_number, AidHouseholdMember.health)
                                 .where(AidHouseholdMember.case_id == case_id).order_by(AidHouseholdMember.id)).all()
    dialog = CaseDialog(context, AidQueries(db, context.actor).detail(case_id), aid_pane)
    qtbot.addWidget(dialog)
    assert dialog.health.currentText() == "******" and "*" in dialog.bank_card_no.text()
    dialog.address.setText("本市城东街道 8 号 2 单元")
    dialog.save()
    assert dialog.result(), dialog.error.text()
    with db.session() as session:
        case = session.get(AidCase, case_id)
        assert (case.address, case.health, case.bank_card_no) == ("本市城东街道 8 号 2 单元", health, card)
        after = session.execute(select(AidHouseholdMember.name, AidHouseholdMember.id_number, AidHouseholdMember.health)
                                .where(AidHouseholdMember.case_id == case_id).order_by(AidHouseholdMember.id)).all()
    assert [tuple(r) for r in after] == [tuple(r) for r in before]


def test_papers_from_the_pane(aid_pane, db, shown):
    aid_pane.status.setCurrentIndex(0)
    shown(aid_pane)
    aid_pane.table.selectRow(0)
    for kind in ("application", "approval"):
        pdf, title, name = aid_pane.paper(kind)
        assert pdf.startswith(b"%PDF") and aid_pane._detail.case_no in name
    pdf, _, name = aid_pane.paper("payment_sheet", batch_id=aid_pane.queries.batches()[0].id)
    assert pdf.startswith(b"%PDF") and name.startswith("发放签领表")
    before = len(audit(db, "reveal"))
    aid_pane.paper("application_full")
    assert len(audit(db, "reveal")) == before + 2   # the ID number and the health, each recorded


def test_removing_a_payment_from_the_pane_takes_it_off_the_case(aid_pane, db, monkeypatch, shown):
    from PySide6.QtWidgets import QInputDialog

    from desktop.domain.aid.entities import AidPayment

    aid_pane.status.setCurrentIndex(0)
    shown(aid_pane)
    row = next(r for r in range(aid_pane.model.rowCount()) if aid_pane.model.row_value(r).paid_total > 0)
    aid_pane.table.selectRow(row)
    case_id = aid_pane.current_id()
    before = aid_pane.payment_model.rowCount()
    aid_pane.payments.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("录入错误", True))
    aid_pane.remove_payment()
    shown(aid_pane)
    with db.session() as session:
        left = session.scalars(select(AidPayment.id).where(AidPayment.case_id == case_id)).all()
    assert len(left) == before - 1
    assert aid_pane.current_id() == case_id and aid_pane.payment_model.rowCount() == before - 1
    assert ["录入错误" in str(change.get("reason")) for change in audit(db, "delete")][-1]


def test_purge_from_the_pane_says_when_nothing_is_past_retention(aid_pane, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    aid_pane.purge()
    assert said == ["No closed case is past the retention period."]


def test_purge_from_the_pane_shows_its_report(aid_pane, qtbot):
    from PySide6.QtWidgets import QPlainTextEdit

    from desktop.views.aid.dialogs import TextReportDialog

    report = aid_pane.run_purge()
    assert report is not None and list(report.cases) == []
    dialog = aid_pane.findChild(TextReportDialog)
    assert dialog.isVisible()
    assert "No closed case is past the retention period." in dialog.findChild(QPlainTextEdit).toPlainText()
