"""Several PCs on one database at once (issue 22): each "PC" is its own open Database (its own
engine and connections). Two people editing one member, numbers under 8 concurrent writers, the
audit chain under 8 writers with verify running meanwhile, two tellers entering ballots at once.
Run on a throwaway PostgreSQL server (tests/pg_server.py) and, where SQLite can take part, on a file."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import replace
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Role
from desktop.domain.accounts.service import AccountService
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.concurrency import StaleEditError
from desktop.domain.dues.entities import DuesReceipt
from desktop.domain.dues.rules import Method, Period
from desktop.domain.dues.service import DuesService
from desktop.domain.members.entities import Member
from desktop.domain.members.queries import MemberQueries
from desktop.domain.members.service import MemberService
from desktop.domain.proposals.entities import Proposal
from desktop.domain.proposals.inputs import ProposalInput, SessionInput
from desktop.domain.proposals.service import ProposalService
from desktop.domain.rights.entities import RightsCase
from desktop.domain.rights.inputs import CaseInput as RightsCaseInput
from desktop.domain.rights.service import RightsService
from desktop.domain.votes.counting import NO, YES, Kind
from desktop.domain.votes.queries import VoteQueries
from desktop.domain.votes.inputs import BallotInput, CandidateInput, VoteInput
from desktop.domain.votes.service import VoteService
from desktop.store.database import open_database
from desktop.store.integrity import verify_database
from tests.domain.conftest import TODAY

CHAIR = Actor("admin", "王主席", Role.ADMIN)
CLERK = Actor("clerk", "李干事", Role.OFFICER)
WRITERS = 8


@pytest.fixture(params=["postgresql", "sqlite"])
def location(request, tmp_path):
    """Where the shared database is: a server database, or one SQLite file two processes open."""
    if request.param == "postgresql":
        return request.getfixturevalue("pg_url")
    return str(tmp_path / "shared.sqlite3")


@pytest.fixture
def pg_location(pg_url):
    return pg_url


@pytest.fixture
def pcs():
    """Open "PCs": pcs(location) opens the database once more, closed at the end."""
    opened = []

    def open_pc(location):
        db = open_database(location)
        opened.append(db)
        return db

    yield open_pc
    for db in opened:
        db.close()


def _clerk_account(db):
    AccountService(db, CHAIR).create_user("clerk", "李干事", Role.OFFICER, "Clerk-Pass-2024!")


def _run_together(work, count=WRITERS):
    """Run work(i) in `count` threads started at the same moment; the errors they raised."""
    start = threading.Barrier(count)
    errors = []

    def run(i):
        start.wait()
        try:
            work(i)
        except Exception as error:  # noqa: BLE001 - collected and shown by the test
            errors.append(error)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


# -- two people, one member ----------------------------------------------------------------------

def test_the_second_save_of_one_member_is_refused_with_what_the_first_changed(location, pcs, make_member):
    office, hall = pcs(location), pcs(location)
    _clerk_account(office)
    member_id = MemberService(office, CHAIR, TODAY).create(make_member(name="张海生", department="工会办"))
    # both open the same member for editing
    mine = MemberQueries(office, CHAIR).detail(member_id)
    theirs = MemberQueries(hall, CLERK).detail(member_id)
    assert mine.version == theirs.version
    # the clerk in the hall saves first: a new department
    MemberService(hall, CLERK, TODAY).update(member_id, replace(theirs.data, department="机修车间"), theirs.version)
    # the chair's save, from the copy loaded before, is refused and says what the clerk changed
    typed = replace(mine.data, mobile="13900001111")
    with pytest.raises(StaleEditError) as refused:
        MemberService(office, CHAIR, TODAY).update(member_id, typed, mine.version)
    text = str(refused.value)
    assert "李干事" in text and "机修车间" in text and "Department" in text
    stored = MemberQueries(office, CHAIR).detail(member_id)
    assert stored.data.department == "机修车间" and stored.data.mobile == mine.data.mobile  # nothing lost
    # after reloading, the chair's change goes in on top of the clerk's
    MemberService(office, CHAIR, TODAY).update(member_id, replace(stored.data, mobile="13900001111"), stored.version)
    final = MemberQueries(hall, CLERK).detail(member_id)
    assert (final.data.department, final.data.mobile) == ("机修车间", "13900001111")
    assert verify_database(office).ok


def test_a_stale_message_is_translated(location, pcs, make_member):
    from desktop.i18n.catalog import translator

    office, hall = pcs(location), pcs(location)
    member_id = MemberService(office, CHAIR, TODAY).create(make_member(name="张海生"))
    loaded = MemberQueries(office, CHAIR).detail(member_id)
    MemberService(hall, CHAIR, TODAY).update(member_id, replace(loaded.data, department="二车间"), loaded.version)
    with pytest.raises(StaleEditError) as refused:
        MemberService(office, CHAIR, TODAY).update(member_id, loaded.data, loaded.version)
    chinese = refused.value.message.render(translator("zh_CN"))
    assert "未保存" in chinese and "二车间" in chinese and "部门" in chinese


def test_other_records_refuse_a_stale_save_too(location, pcs, make_member):
    """The same guard on the other editable records: an activity and a rights case here (the
    services of aid cases, votes, proposals, suggestions, fund entries and accounts take the
    loaded version the same way)."""
    from desktop.domain.activities.inputs import ActivityInput
    from desktop.domain.activities.queries import ActivityQueries
    from desktop.domain.activities.service import ActivityService
    from desktop.domain.rights.queries import RightsQueries

    office, hall = pcs(location), pcs(location)
    _clerk_account(office)
    member_id = MemberService(office, CHAIR, TODAY).create(make_member(name="李建国"))
    activity_id = ActivityService(office, CHAIR, TODAY).create(ActivityInput(
        title="2024年职工羽毛球赛", type_code="culture_sports", starts_on=dt.date(2024, 6, 15), place="体育馆"))
    case_id = RightsService(office, CHAIR, TODAY).create_case(RightsCaseInput(
        member_id=member_id, category="wages", request="补发加班费", received_on=TODAY, other_party="第二车间",
        channel="来访"))
    mine_a, theirs_a = ActivityQueries(office, CHAIR).detail(activity_id), ActivityQueries(hall, CLERK).detail(activity_id)
    mine_c, theirs_c = RightsQueries(office, CHAIR).detail(case_id), RightsQueries(hall, CHAIR).detail(case_id)
    ActivityService(hall, CLERK, TODAY).update(activity_id, replace(theirs_a.data, place="二号体育馆"), theirs_a.version)
    RightsService(hall, CHAIR, TODAY).update_case(case_id, RightsCaseInput(
        member_id=member_id, category="wages", request="补发 3 个月加班费", received_on=TODAY,
        other_party="第二车间", channel="来访"), theirs_c.version)
    with pytest.raises(StaleEditError) as refused:
        ActivityService(office, CHAIR, TODAY).update(activity_id, replace(mine_a.data, title="羽毛球赛"), mine_a.version)
    assert "二号体育馆" in str(refused.value) and "李干事" in str(refused.value)
    with pytest.raises(StaleEditError) as refused:
        RightsService(office, CHAIR, TODAY).update_case(case_id, RightsCaseInput(
            member_id=member_id, category="wages", request="我的修改", received_on=TODAY, other_party="第二车间",
            channel="来访"), mine_c.version)
    assert "补发 3 个月加班费" in str(refused.value)
    assert ActivityQueries(office, CHAIR).detail(activity_id).data.title == "2024年职工羽毛球赛"
    assert RightsQueries(office, CHAIR).detail(case_id).version == theirs_c.version + 1


# -- numbers under concurrent writers --------------------------------------------------------------

def _members(db, make_member, count):
    service = MemberService(db, CHAIR, TODAY)
    return [service.create(make_member(name=f"会员{i:02d}")) for i in range(count)]


def test_receipt_numbers_stay_gapless_under_8_writers(pg_location, pcs, make_member):
    first = pcs(pg_location)
    people = _members(first, make_member, WRITERS)
    dbs = [pcs(pg_location) for _ in range(WRITERS)]

    def pay(i):
        for month in (1, 2, 3):
            DuesService(dbs[i], CHAIR, TODAY).record_payment(
                people[i], [(Period(2024, month), D("20"))], dt.date(2024, 5, 1), Method.CASH)

    assert _run_together(pay) == []
    with first.session() as session:
        numbers = session.scalars(select(DuesReceipt.seq).where(DuesReceipt.year == 2024)).all()
    assert sorted(numbers) == list(range(1, 3 * WRITERS + 1))
    assert verify_database(first).ok


def test_rights_case_and_proposal_numbers_stay_gapless_under_8_writers(pg_location, pcs, make_member):
    first = pcs(pg_location)
    people = _members(first, make_member, 3)
    congress = ProposalService(first, CHAIR, TODAY).create_session(
        SessionInput("第五届职工代表大会第三次会议", TODAY - dt.timedelta(days=100), seconders_required=2,
                     answer_days=30))
    dbs = [pcs(pg_location) for _ in range(WRITERS)]

    def write(i):
        for _ in range(2):
            RightsService(dbs[i], CHAIR, TODAY).create_case(RightsCaseInput(
                member_id=people[0], category="wages", request=f"补发加班费 {i}", received_on=TODAY,
                other_party="第二车间", channel="来访"))
            ProposalService(dbs[i], CHAIR, TODAY).create_proposal(ProposalInput(
                session_id=congress, title=f"提案 {i}", category="welfare", lead_id=people[0],
                submitted_on=TODAY - dt.timedelta(days=90), seconder_ids=(people[1], people[2]),
                reason="理由", measures="办法"))

    assert _run_together(write) == []
    with first.session() as session:
        cases = session.scalars(select(RightsCase.case_no)).all()
        proposals = session.scalars(select(Proposal.number)).all()
    assert sorted(cases) == [f"WQ{TODAY.year}-{n:03d}" for n in range(1, 2 * WRITERS + 1)]
    assert len(set(proposals)) == 2 * WRITERS
    assert sorted(int(p.rsplit("-", 1)[-1]) for p in proposals) == list(range(1, 2 * WRITERS + 1))
    assert verify_database(first).ok


# -- the audit chain ----------------------------------------------------------------------------

def test_the_audit_chain_never_forks_under_8_writers_and_verify_holds_meanwhile(pg_location, pcs, make_member):
    first = pcs(pg_location)
    people = _members(first, make_member, WRITERS)
    dbs = [pcs(pg_location) for _ in range(WRITERS)]
    checker = pcs(pg_location)
    writing = threading.Event()
    verdicts = []

    def verify_while_busy():
        while writing.is_set():
            verdicts.append(verify_database(checker).ok)

    def edit(i):
        service, queries = MemberService(dbs[i], CHAIR, TODAY), MemberQueries(dbs[i], CHAIR)
        for n in range(10):
            loaded = queries.detail(people[i])
            service.update(people[i], replace(loaded.data, remarks=f"第{n}次"), loaded.version)

    writing.set()
    watcher = threading.Thread(target=verify_while_busy)
    watcher.start()
    try:
        errors = _run_together(edit)
    finally:
        writing.clear()
        watcher.join()
    assert errors == []
    with first.session() as session:
        ids = session.scalars(select(AuditRecord.id).order_by(AuditRecord.id)).all()
        prevs = session.scalars(select(AuditRecord.prev_hash)).all()
    assert ids == list(range(1, len(ids) + 1))
    assert len(set(prevs)) == len(prevs)   # no two records follow the same one: no fork
    assert verdicts and all(verdicts)      # verify never saw a broken chain while the writers ran
    assert verify_database(first).ok
    with first.session() as session:
        notes = session.scalars(select(Member.remarks).where(Member.id.in_(people))).all()
    assert notes == ["第9次"] * WRITERS


# -- two tellers, one vote --------------------------------------------------------------------------

def test_two_tellers_entering_ballots_of_one_vote_at_once_count_right(location, pcs, make_member):
    chair_pc = pcs(location)
    _members(chair_pc, make_member, 10)
    accounts = AccountService(chair_pc, CHAIR)
    for name in ("teller1", "teller2"):
        accounts.create_user(name, name, Role.TELLER, "Ballot-Box-2024!")
    votes = VoteService(chair_pc, CHAIR, today=TODAY)
    vote_id = votes.create(VoteInput("选举工会委员会委员", Kind.ELECTION, "union_committee", seats=2,
                                     meeting="会员大会", held_on=TODAY, double_entry=True),
                           [CandidateInput(n) for n in ("会员01", "会员02", "会员03")])
    votes.record_presence(vote_id, 10)
    votes.record_printed(vote_id, 10)
    votes.open(vote_id)
    votes.record_paper(vote_id, 10, 10)
    votes.assign_tellers(vote_id, "teller1", "teller2")
    ids = [c.id for c in VoteQueries(chair_pc, CHAIR).detail(vote_id).candidates]
    papers = [{ids[0]: YES, ids[1]: YES}] * 6 + [{ids[0]: YES, ids[2]: YES}] * 3 + [{ids[1]: NO}]
    tellers = [VoteService(pcs(location), Actor(f"teller{n}", "", Role.TELLER), today=TODAY) for n in (1, 2)]

    def enter(i):
        for marks in papers:
            tellers[i].enter_ballot(vote_id, BallotInput(marks), pass_no=i + 1)

    assert _run_together(enter, count=2) == []
    assert VoteQueries(chair_pc, CHAIR).disagreements(vote_id) == []
    outcome = votes.close(vote_id)
    assert outcome.void is None and outcome.valid_ballots == 10
    assert {r.key: r.yes for r in outcome.results} == {ids[0]: 9, ids[1]: 6, ids[2]: 3}
    with chair_pc.session() as session:
        from desktop.domain.votes.entities import VoteBallot

        per_pass = dict(session.execute(select(VoteBallot.pass_no, func.count()).group_by(VoteBallot.pass_no)).all())
    assert per_pass == {1: 10, 2: 10}
    assert verify_database(chair_pc).ok


# -- who is connected --------------------------------------------------------------------------------

def test_the_chair_sees_who_is_connected_from_which_pc_and_stale_programs_drop_off(pg_location, pcs):
    from desktop.domain.accounts.actor import PermissionDenied
    from desktop.domain.accounts.sessions import STALE_AFTER, SessionBoard, connected_users
    from desktop.domain.base import utc_now

    office, hall, gone = pcs(pg_location), pcs(pg_location), pcs(pg_location)
    mine = SessionBoard(office, CHAIR, pc_name="工会办公室")
    mine.start()
    theirs = SessionBoard(hall, CLERK, pc_name="车间电脑")
    theirs.start()
    crashed = SessionBoard(gone, Actor("old", "老张", Role.OFFICER), pc_name="旧电脑")
    crashed.start(now=utc_now() - STALE_AFTER * 2)   # last heard of long ago: switched off

    people = connected_users(office, CHAIR, mine.session_id)
    assert [(p.display_name, p.pc_name, p.this_program) for p in people] == [
        ("王主席", "工会办公室", True), ("李干事", "车间电脑", False)]
    with pytest.raises(PermissionDenied):
        connected_users(hall, CLERK)
    # being second is no reason to refuse anything: the clerk writes while the chair is connected
    MemberService(hall, CLERK, TODAY).create(replace(_a_member(), name="第二台电脑"))
    theirs.end()
    assert [p.pc_name for p in connected_users(office, CHAIR)] == ["工会办公室"]
    assert theirs.refresh() is False    # ended: nothing to refresh
    assert mine.refresh() is True


def _a_member():
    from tests.domain.conftest import id_number_for
    from desktop.domain.members.inputs import MemberInput

    return MemberInput(name="张海生", id_number=id_number_for(dt.date(1985, 3, 12), 7), mobile="13812345678",
                       join_date=dt.date(2010, 9, 1), department="工会办")
