"""The votes pane and the teller screen: ten paper ballots entered by keyboard, the tallies they
make, the running count hidden or shown; the item models pass Qt's model tester."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.modeltest import ModelTester
from sqlalchemy import select

from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.members.entities import Member
from desktop.domain.votes.counting import Kind
from desktop.domain.votes.ordering import CandidateOrder
from desktop.domain.votes.queries import ElectorateKind, VoteQueries, VoteStatus
from desktop.domain.votes.inputs import CandidateInput, VoteInput
from desktop.domain.votes.service import VoteService
from desktop.models.vote_entry import BallotEntryModel
from desktop.models.vote_list import VoteListModel
from desktop.models.vote_results import VoteResultModel


def _counting_vote(db, hide_running: bool) -> int:
    from tests.enrol import enrol

    enrol(db, ["甲", "乙", "丙", "赵磊"])   # only members may stand, or be elected when written in
    with db.session() as session:
        electors = list(session.execute(select(Member.id).where(Member.status == "active").limit(12)).scalars())
    service = VoteService(db, LOCAL_ADMIN)
    vote_id = service.create(VoteInput(
        "选举女职工委员会委员", Kind.ELECTION, "union_committee", seats=2, candidate_order=CandidateOrder.ENTERED,
        electorate_kind=ElectorateKind.LIST, elector_ids=tuple(electors), hide_running=hide_running),
        [CandidateInput("甲"), CandidateInput("乙"), CandidateInput("丙")])
    service.record_presence(vote_id, 12)
    service.record_printed(vote_id, 12)
    service.open(vote_id)
    service.record_paper(vote_id, 10, 10)
    return vote_id


def test_teller_enters_ten_ballots_by_keyboard(qtbot, context, db, monkeypatch):
    from desktop.views.votes.teller import TellerScreen

    vote_id = _counting_vote(db, hide_running=True)
    screen = TellerScreen(context, vote_id)
    qtbot.addWidget(screen)
    screen.show()
    ModelTester(qtbot).check(screen.model)
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, items, *a, **k: (items[1], True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("赵磊", True))

    def ballot(keys: str) -> None:
        for key in keys:
            qtbot.keyClick(screen, {"o": Qt.Key_O, "x": Qt.Key_X, " ": Qt.Key_Space, "w": Qt.Key_W,
                                    "i": Qt.Key_I}[key])
        if "i" not in keys:
            qtbot.keyClick(screen, Qt.Key_Return)

    for _ in range(4):
        ballot("oox")        # 甲 ○, 乙 ○, 丙 ×
    for _ in range(2):
        ballot("xoo")        # 甲 ×, 乙 ○, 丙 ○
    ballot("ooo")            # three ○ for two seats: void
    assert screen.warning.text() == ""     # cleared for the next ballot
    ballot("   ")            # all blank: valid, abstains
    ballot("i")              # declared invalid (unreadable)
    ballot("ow")             # 甲 ○ and 赵磊 written in
    assert screen.message.text() == "Ballot 10 entered: ○ 甲 · written in 赵磊"   # read back to the teller
    assert "All 10 returned ballots entered." == screen.progress.text()
    assert not screen.running.isVisible()  # the running count stays hidden

    service = VoteService(db, LOCAL_ADMIN)
    outcome = service.close(vote_id)
    detail = VoteQueries(db, LOCAL_ADMIN).detail(vote_id)
    rows = {next(c.name for c in detail.candidates if c.id == r.key): (r.yes, r.no, r.abstain, r.write_in)
            for r in outcome.results}
    assert rows == {"甲": (5, 2, 1, 0), "乙": (6, 0, 2, 0), "丙": (2, 4, 2, 0), "赵磊": (0, 0, 0, 1)}
    assert (outcome.valid_ballots, outcome.invalid_ballots) == (8, 2)
    assert outcome.invalid_reasons == {"over_marked": 1, "unreadable": 1}
    assert detail.status is VoteStatus.CLOSED


def test_over_marked_warning_and_undo(qtbot, context, db):
    from desktop.views.votes.teller import TellerScreen

    vote_id = _counting_vote(db, hide_running=False)
    screen = TellerScreen(context, vote_id)
    qtbot.addWidget(screen)
    screen.show()
    for key in (Qt.Key_O, Qt.Key_O, Qt.Key_O):
        qtbot.keyClick(screen, key)
    assert "over-marked" in screen.warning.text()
    qtbot.keyClick(screen, Qt.Key_Return)
    assert screen.running.isVisible()      # this vote shows the running count
    assert screen.running_note.text() == "Valid 0 · invalid 1"
    qtbot.keyClick(screen, Qt.Key_Z, Qt.ControlModifier)
    assert VoteQueries(db, LOCAL_ADMIN).detail(vote_id).entered == (0, 0)


def test_pane_lists_demo_votes_and_shows_a_result(qtbot, context, db):
    from desktop.views.votes.pane import VotesPane

    pane = VotesPane(context)
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    pane.show()
    ModelTester(qtbot).check(pane.model)
    rows = [pane.model.row_value(r) for r in range(pane.model.rowCount())]
    statuses = {r.status for r in rows}
    assert {VoteStatus.SETUP, VoteStatus.COUNTING, VoteStatus.CLOSED, VoteStatus.PUBLISHED} <= statuses
    congress = next(r for r in rows if r.kind is Kind.MOTION and r.status is VoteStatus.PUBLISHED)
    pane.select(congress.id)
    ModelTester(qtbot).check(pane.result_model)
    assert pane.result_model.rowCount() == 3
    assert "at least 31 votes" in pane.summary.text()
    counting = next(r for r in rows if r.status is VoteStatus.COUNTING)
    pane.select(counting.id)
    assert pane.result_model.rowCount() == 0          # hidden until counting closes
    assert "hidden" in pane.explanation.text()
    assert pane.next_button.defaultAction() is pane.teller_action
    void = next(r for r in rows if r.status is VoteStatus.VOID)
    pane.select(void.id)
    assert "VOID" in pane.explanation.text() and "returned" in pane.explanation.text()
    assert pane.round_action.isEnabled() and not pane.publish_action.isEnabled()


def test_models_pass_the_model_tester(qtbot, db):
    list_model = VoteListModel(VoteQueries(db, LOCAL_ADMIN))
    ModelTester(qtbot).check(list_model)
    entry = BallotEntryModel(Kind.MOTION, [(1, "议题一"), (2, "议题二")])
    ModelTester(qtbot).check(entry)
    entry.set_mark(0, "o")
    assert entry.data(entry.index(0, 2)) == "○"
    ModelTester(qtbot).check(VoteResultModel())


def test_setup_dialog_creates_an_election_and_shows_what_is_wrong(qtbot, context, db):
    from desktop.views.votes.setup_dialog import VoteSetupDialog
    from tests.gui.typing import type_text

    from tests.enrol import enrol

    enrol(db, ["张伟"], department="一车间")
    enrol(db, ["王芳", "李娜"])
    dialog = VoteSetupDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.seats.setValue(2)
    dialog.candidates.setPlainText("张伟 | 一车间\n王芳\n李娜")
    dialog.save()
    assert dialog.error.text() == "Enter what is voted on (the title)."   # refused, and why
    assert dialog.vote_id is None
    type_text(dialog.title_edit, "选举女职工委员会委员")
    dialog.save()
    assert dialog.vote_id is not None
    detail = VoteQueries(db, LOCAL_ADMIN).detail(dialog.vote_id)
    assert [c.name for c in detail.candidates] == ["王芳", "李娜", "张伟"]   # 4, 7, 7 strokes (li < zhang)
    assert detail.candidates[2].detail == "一车间"
    assert detail.rule.seats == 2 and detail.preset == "union_committee" and detail.secret


def test_totals_dialog_stores_hand_counted_totals(qtbot, context, db):
    from desktop.views.votes.setup_dialog import TotalsDialog

    with db.session() as session:
        electors = list(session.execute(select(Member.id).where(Member.status == "active").limit(10)).scalars())
    service = VoteService(db, LOCAL_ADMIN)
    vote_id = service.create(VoteInput("审议福利方案", Kind.MOTION, "workers_congress", entry_mode="totals",
                                       electorate_kind=ElectorateKind.LIST, elector_ids=tuple(electors)),
                             [CandidateInput("福利方案")])
    service.record_presence(vote_id, 9)
    service.record_printed(vote_id, 9)
    service.open(vote_id)
    service.record_paper(vote_id, 9, 9)
    dialog = TotalsDialog(context, VoteQueries(db, LOCAL_ADMIN).detail(vote_id))
    qtbot.addWidget(dialog)
    dialog.valid.setValue(9)
    yes, no, abstain = next(iter(dialog.rows.values()))
    yes.setValue(6)
    no.setValue(2)
    abstain.setValue(1)
    dialog.save()
    assert dialog.error.text() == ""
    outcome = service.close(vote_id)
    assert outcome.required == 6 and outcome.results[0].elected   # more than half of all 10 delegates
