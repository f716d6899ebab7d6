"""The proposals pane (职代会提案) as an officer and the chair use it: the demo session with its
overdue answers, a proposal entered through the dialog (refused with too few seconders, then
saved), and an answer recorded through the step dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Role
from desktop.domain.members.entities import Member
from desktop.domain.proposals import rules
from desktop.domain.proposals.entities import Proposal, ProposalStep
from desktop.views.context import AppContext

from tests.gui.typing import type_text

CHAIR = Actor("admin", "王主席", Role.ADMIN)


@pytest.fixture
def proposals_pane(qtbot, qapp, db, settings):
    from desktop.views.proposals.pane import ProposalsPane

    widget = ProposalsPane(AppContext(db, CHAIR, "zh_CN", settings))
    qtbot.addWidget(widget)
    widget.resize(1240, 700)
    widget.show()
    return widget


def test_the_demo_session_with_its_overdue_answers(proposals_pane, qtmodeltester):
    assert proposals_pane.model.rowCount() == 20
    assert proposals_pane.reminders.count() == 3
    overdue = [r for r in range(20) if proposals_pane.model.row_value(r).deadline == "overdue"]
    assert len(overdue) == 2
    assert proposals_pane.model.index(overdue[0], 7).data(int(8)).color().name() == "#f4c7c3"
    assert "20" in proposals_pane.summary.text()
    qtmodeltester.check(proposals_pane.model)


def test_entering_a_proposal(proposals_pane, db, qtbot):
    from desktop.views.proposals.proposal_dialog import ProposalDialog

    with db.session() as session:
        names = session.scalars(select(Member.name).where(Member.deleted_at.is_(None)).order_by(Member.id)
                                .limit(3)).all()
    dialog = ProposalDialog(proposals_pane._context, proposals_pane.congress(), None, proposals_pane)
    qtbot.addWidget(dialog)
    type_text(dialog.title, "关于更换冲压车间老旧风扇的提案")
    dialog.category.setCurrentIndex(dialog.category.findData("protection"))
    type_text(dialog.lead.search, names[0])
    assert dialog.lead.matches.count() >= 1
    type_text(dialog.seconders.search, names[1])
    dialog.seconders.add_current()
    dialog.save()
    assert "附议" in dialog.error.text() or "seconders" in dialog.error.text()
    assert dialog.result() == 0
    dialog.seconders.search.clear()
    type_text(dialog.seconders.search, names[2])
    dialog.seconders.add_current()
    dialog.reason.setPlainText("夏季车间温度高")
    dialog.measures.setPlainText("更换为工业大风扇")
    dialog.save()
    assert dialog.error.text() == ""
    with db.session() as session:
        proposal = session.get(Proposal, dialog.saved_id)
        assert proposal.title == "关于更换冲压车间老旧风扇的提案" and proposal.number.endswith("-021")
        assert len(proposal.seconders) == 2 and proposal.stage == rules.SUBMIT
    qtbot.waitUntil(lambda: proposals_pane.model.rowCount() == 21)


def test_recording_an_answer(proposals_pane, db, qtbot):
    overdue = next(r for r in proposals_pane.model.rows() if r.deadline == "overdue")
    proposals_pane.select_proposal(overdue.id)
    assert proposals_pane.detail.next_steps == (rules.HANDLE, rules.ANSWER)
    dialog = proposals_pane.step_dialog()
    qtbot.addWidget(dialog)
    dialog.step.setCurrentIndex(dialog.step.findData(rules.ANSWER))
    assert not dialog.form.isRowVisible(dialog.department)
    dialog.save()
    assert "答复单" in dialog.error.text()   # the answer's text is missing
    dialog.text.setPlainText("已按标准补发高温津贴，并修订发放办法")
    dialog.save()
    assert dialog.error.text() == ""
    with db.session() as session:
        step = session.scalars(select(ProposalStep).where(ProposalStep.proposal_id == overdue.id)
                               .order_by(ProposalStep.id.desc())).first()
        assert (step.step, step.text, step.done_on) == (rules.ANSWER, "已按标准补发高温津贴，并修订发放办法",
                                                         dt.date.today())
        assert session.get(Proposal, overdue.id).answered_in_time is False
    qtbot.waitUntil(lambda: proposals_pane.reminders.count() == 2)


def test_papers_and_the_export_from_the_pane(proposals_pane, tmp_path):
    import io

    from openpyxl import load_workbook
    from pypdf import PdfReader

    from desktop.views.proposals import printing

    rejected = next(r for r in proposals_pane.model.rows() if r.decision == rules.REJECT)
    proposals_pane.select_proposal(rejected.id)
    assert proposals_pane.print_actions["decision"].isEnabled()
    assert not proposals_pane.print_actions["answer"].isEnabled()
    pdf, _title, name, _word = printing.paper(proposals_pane, "decision")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "不予立案说明" in text and rejected.number in text and rejected.number in name
    pdf, _title, _name, word = printing.paper(proposals_pane, "report")
    assert "提案办理情况的报告" in "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert word()[:2] == b"PK"                               # the .docx copy
    path = tmp_path / "提案.xlsx"
    assert printing.export_to(proposals_pane, str(path)) == 20
    book = load_workbook(path)
    assert [c.value for c in book["提案登记"][1]][:3] == ["编号", "案由", "领衔人"]
    assert book["汇总"]["B2"].value == 20
