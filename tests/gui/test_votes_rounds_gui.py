"""Issue 15 in the window: a write-in tied at the last seat, entered on the teller screen, is carried
into the re-vote the pane starts; the chair assigns the tellers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from sqlalchemy import select

from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.members.entities import Member
from desktop.domain.votes.counting import Kind
from desktop.domain.votes.ordering import CandidateOrder
from desktop.domain.votes.queries import ElectorateKind, VoteQueries, VoteStatus
from desktop.domain.votes.inputs import CandidateInput, VoteInput
from desktop.domain.votes.service import VoteService
from tests.enrol import enrol


def _counting_vote(db, double_entry: bool = False) -> int:
    enrol(db, ["甲一", "乙二", "丙三", "赵磊磊"])
    with db.session() as session:
        electors = list(session.execute(select(Member.id).where(Member.status == "active").limit(10)).scalars())
    service = VoteService(db, LOCAL_ADMIN)
    vote_id = service.create(VoteInput(
        "选举工会委员会委员", Kind.ELECTION, "union_committee", seats=2, candidate_order=CandidateOrder.ENTERED,
        electorate_kind=ElectorateKind.LIST, elector_ids=tuple(electors), double_entry=double_entry),
        [CandidateInput(n) for n in ("甲一", "乙二", "丙三")])
    service.record_presence(vote_id, 10)
    service.record_printed(vote_id, 10)
    service.open(vote_id)
    service.record_paper(vote_id, 10, 10)
    return vote_id


def test_a_write_in_tied_at_the_last_seat_goes_into_the_re_vote(qtbot, context, db, monkeypatch, tmp_path):
    from desktop.views.votes.pane import VotesPane
    from desktop.views.votes.teller import TellerScreen

    vote_id = _counting_vote(db)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("赵磊磊", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    screen = TellerScreen(context, vote_id)
    qtbot.addWidget(screen)
    screen.show()
    keys = {"o": Qt.Key_O, " ": Qt.Key_Space, "w": Qt.Key_W}
    for ballot in ["oo"] * 4 + ["ow"] * 4 + [" ow"] * 2:   # 甲一 8, 乙二 6, 赵磊磊 (written in) 6
        for key in ballot:
            qtbot.keyClick(screen, keys[key])
        qtbot.keyClick(screen, Qt.Key_Return)
    assert screen.progress.text() == "All 10 returned ballots entered."

    pane = VotesPane(context)
    qtbot.addWidget(pane)
    pane.resize(1366, 768)
    pane.show()
    pane.select(vote_id)
    assert pane.next_button.defaultAction() is pane.close_action
    pane.close_counting()
    assert "Tie at the last seat: 乙二、赵磊磊" in pane.explanation.text()
    assert "赵磊磊" in [pane.result_model.data(pane.result_model.index(r, 0))
                       for r in range(pane.result_model.rowCount())][-1]
    pane.new_round()
    qtbot.waitUntil(lambda: not pane.lane.busy, timeout=20000)  # the list is read again in the background
    revote_id = pane.selected_id()
    assert revote_id != vote_id
    detail = VoteQueries(db, LOCAL_ADMIN).detail(revote_id)
    assert detail.round_reason == "revote" and detail.status is VoteStatus.SETUP
    assert sorted(c.name for c in detail.listed) == ["乙二", "赵磊磊"] and detail.rule.seats == 1
    assert "round 2: re-vote among the tied" in pane.summary.text()
    assert "1 seats, 2 candidates" in pane.summary.text()
    assert "elects a committee of" not in pane.summary.text()   # the leftover seat is not the committee's size
    VoteService(db, LOCAL_ADMIN).check_printable(revote_id)   # 2 for 1 seat: printable, no 差额 refusal
    pane.grab().save(str(tmp_path / "revote.png"))


def test_the_chair_assigns_two_different_tellers(qtbot, context, db):
    from desktop.domain.accounts.permissions import Role
    from desktop.domain.accounts.service import AccountService
    from desktop.views.votes.tellers_dialog import TellersDialog

    for name in ("jipiao1", "jipiao2"):
        AccountService(db, LOCAL_ADMIN).create_user(name, name, Role.TELLER, "Ballot-Box-2024!")
    vote_id = _counting_vote(db, double_entry=True)
    dialog = TellersDialog(context, VoteQueries(db, LOCAL_ADMIN).detail(vote_id))
    qtbot.addWidget(dialog)
    dialog.show()
    for combo in (dialog.first, dialog.second):
        combo.setCurrentIndex(combo.findData("jipiao1"))
    dialog.save()
    assert "cannot enter both passes" in dialog.error.text()        # refused, and why
    dialog.second.setCurrentIndex(dialog.second.findData("jipiao2"))
    dialog.save()
    assert dialog.error.text() == "" and dialog.result() == QDialog.Accepted
    assert VoteQueries(db, LOCAL_ADMIN).detail(vote_id).tellers == ("jipiao1", "jipiao2")


def test_the_paper_trail_is_one_pdf_from_the_print_menu(qtbot, context, db, monkeypatch):
    import io

    from pypdf import PdfReader

    from desktop.views.paper import preview_dialog
    from desktop.views.votes.pane import VotesPane

    shown = []

    class Preview:
        def __init__(self, pdf, title, file_name, parent=None):
            shown.append((pdf, file_name))

        def exec(self):
            return 0

    monkeypatch.setattr(preview_dialog, "PreviewDialog", Preview)
    pane = VotesPane(context)
    qtbot.addWidget(pane)
    published = next(r for r in (pane.model.row_value(i) for i in range(pane.model.rowCount()))
                     if r.kind is Kind.MOTION and r.status is VoteStatus.PUBLISHED)
    pane.select(published.id)
    assert pane.archive_action.isEnabled()
    pane.archive_action.trigger()
    pdf, file_name = shown[0]
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert file_name.endswith("表决材料.pdf")
    assert "签到表" in text and "表决票" in text and "计票统计表" in text and "计票结果报告单" in text and "公告" in text
