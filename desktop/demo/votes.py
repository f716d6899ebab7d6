"""Demo data of the votes area, written through the vote service (rules, audit and all):

- the union committee election of about twenty months ago: 7 seats, 8 candidates, 60 delegates;
  six elected in round 1 and a tie at the last seat, settled by a re-vote (round 2), published;
- a workers' congress passing a collective contract item by item (60 delegates, 45 present:
  31 votes needed), counted by hand, published;
- a named selection of model workers in one department, closed;
- a women's committee election made void by more ballots returned than issued, rerun and published;
- an election being counted (about half of the ballots entered, running count hidden);
- a member assembly motion open for voting (ballots being cast);
- a workers' congress motion being set up.

Ballots are entered one by one as tellers would (a hundred or so, well under a second).
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import func, select

from desktop.domain.accounts.actor import Actor
from desktop.domain.members.entities import Member
from desktop.domain.members.lifecycle import Status
from desktop.domain.votes.counting import NO, YES, Base, Kind, Quorum, Threshold
from desktop.domain.votes.ordering import CandidateOrder
from desktop.domain.votes.queries import ElectorateKind, VoteQueries
from desktop.domain.votes.inputs import BallotInput, CandidateInput, TotalsInput, VoteInput
from desktop.domain.votes.service import VoteService
from desktop.store.database import Database

MEETING = "第三届会员代表大会第一次会议"
CONGRESS = "第五届职工代表大会第二次会议"


def fill(db: Database, actor: Actor, seed: int, today: dt.date) -> None:
    """Add this area's examples to a demo database whose members exist already."""
    rng = random.Random(seed * 7919 + 9)
    with db.session() as session:
        members = session.execute(select(Member.id, Member.name, Member.department).where(
            Member.status == str(Status.ACTIVE), Member.deleted_at.is_(None)).order_by(Member.id)).all()
        departments = session.execute(
            select(Member.department, func.count()).where(Member.status == str(Status.ACTIVE),
                                                        Member.deleted_at.is_(None), Member.department.is_not(None))
            .group_by(Member.department).order_by(func.count())).all()
    if len(members) < 60:  # the examples need 60 delegates
        return
    service = VoteService(db, actor, today=today)
    delegates = rng.sample(members, 60)
    _committee_election(service, db, rng, delegates, today - dt.timedelta(days=610))
    _void_and_rerun(service, db, rng, rng.sample(members, 30), today - dt.timedelta(days=420))
    _congress_motion(service, db, rng, delegates, today - dt.timedelta(days=240))
    small = next((d for d, n in departments if n >= 12), departments[-1][0])
    in_department = [m for m in members if m.department == small]
    _selection(service, db, rng, in_department, small, today - dt.timedelta(days=75))
    _counting(service, db, rng, rng.sample(members, 40), today - dt.timedelta(days=1))
    _open(service, rng.sample(members, 24), today)
    _setup(service, delegates, today + dt.timedelta(days=14))


def _candidates(people, detail=True) -> list[CandidateInput]:
    return [CandidateInput(p.name, p.id, (p.department or "") if detail else "") for p in people]


def _ids(db, actor, vote_id) -> list[int]:
    return [c.id for c in VoteQueries(db, actor).detail(vote_id).listed]


def _committee_election(service: VoteService, db: Database, rng: random.Random, delegates, day: dt.date) -> None:
    actor = service._actor
    people = rng.sample(delegates, 8 + 5)
    candidates, staff = people[:8], people[8:]
    vote_id = service.create(VoteInput(
        "选举第三届工会委员会委员", Kind.ELECTION, "union_committee", seats=7, meeting=MEETING,
        electorate_kind=ElectorateKind.LIST, elector_ids=tuple(d.id for d in delegates), held_on=day,
        place="办公楼一楼大会议室", chief_scrutineer=staff[0].name, scrutineers=f"{staff[1].name}、{staff[2].name}",
        counters=f"{staff[3].name}、{staff[4].name}"), _candidates(candidates))
    service.record_presence(vote_id, 56)
    service.record_printed(vote_id, 60)
    service.open(vote_id)
    service.record_paper(vote_id, 56, 56, spoiled=1, destroyed=3)
    ids = _ids(db, actor, vote_id)
    # six clear winners (47 votes each), then two tied at the last seat (42 each)
    favourites, tied = ids[:6], ids[6:]
    ballots = []
    for n in range(56):
        if n < 2:
            marks = {c: YES for c in ids}                       # over-marked: void
        elif n < 44:
            marks = {c: YES for i, c in enumerate(favourites) if i != n % 6}
            marks.update({c: YES for c in tied})
            marks[favourites[n % 6]] = NO
        else:
            marks = {c: YES for c in favourites}
            marks.update({c: NO for c in tied if rng.random() < 0.5})
        ballots.append(BallotInput(marks))
    service.enter_ballots(vote_id, ballots)
    outcome = service.close(vote_id)
    if outcome.next_step is not None:
        revote = service.new_round(vote_id)
        service.record_presence(revote, 55)
        service.record_printed(revote, 56)
        service.open(revote)
        service.record_paper(revote, 55, 55)
        a, b = _ids(db, actor, revote)
        service.enter_ballots(revote, [BallotInput({a: YES, b: NO} if n < 36 else {b: YES} if n < 50 else {})
                                       for n in range(55)])
        service.close(revote)
        service.publish(revote)
    service.publish(vote_id)


def _congress_motion(service: VoteService, db: Database, rng: random.Random, delegates, day: dt.date) -> None:
    items = [CandidateInput("《公司2025—2027年度工资集体协议（草案）》", detail="职工方首席代表作说明"),
             CandidateInput("《女职工权益保护专项集体合同（草案）》"),
             CandidateInput("《职工福利费使用管理办法（修订稿）》")]
    vote_id = service.create(VoteInput(
        "审议通过集体合同等事项", Kind.MOTION, "workers_congress", meeting=CONGRESS, entry_mode="totals",
        candidate_order=CandidateOrder.ENTERED, electorate_kind=ElectorateKind.LIST,
        elector_ids=tuple(d.id for d in delegates), held_on=day, place="职工活动中心报告厅"), items)
    service.record_presence(vote_id, 45)
    service.record_printed(vote_id, 48)
    service.open(vote_id)
    service.record_paper(vote_id, 45, 45, destroyed=3)
    a, b, c = _ids(db, service._actor, vote_id)
    service.enter_totals(vote_id, TotalsInput({a: (40, 2, 2), b: (43, 0, 1), c: (33, 8, 3)}, valid=44, invalid=1))
    service.close(vote_id)
    service.publish(vote_id)


def _selection(service: VoteService, db: Database, rng: random.Random, people, department: str, day: dt.date) -> None:
    options = rng.sample(people, min(6, len(people) - 1))
    vote_id = service.create(VoteInput(
        f"评选{day.year}年度{department}优秀工会积极分子", Kind.SELECTION, "custom", seats=3, base=Base.VALID,
        threshold=Threshold.PLURALITY, quorum=Quorum.MORE_THAN_HALF, secret=False,
        candidate_order=CandidateOrder.PINYIN, electorate_kind=ElectorateKind.DEPARTMENT,
        electorate_department=department, held_on=day, place=f"{department}会议室"), _candidates(options, False))
    due = VoteQueries(db, service._actor).detail(vote_id).electorate_count
    present = max(due // 2 + 1, due - 2)
    service.record_presence(vote_id, present)
    service.record_printed(vote_id, present)
    service.open(vote_id)
    service.record_paper(vote_id, present, present)
    ids = _ids(db, service._actor, vote_id)
    ballots = []
    for i in range(present):  # distinct totals, so the demo shows three clear winners
        if i % 7 == 0:
            chosen = {ids[1], ids[2], ids[-1]}
        else:
            chosen = {ids[0], ids[1] if i % 5 else ids[3], ids[2] if i % 3 else ids[4 % len(ids)]}
        ballots.append(BallotInput({c: YES for c in chosen}))
    service.enter_ballots(vote_id, ballots)
    service.close(vote_id)


def _void_and_rerun(service: VoteService, db: Database, rng: random.Random, delegates, day: dt.date) -> None:
    people = rng.sample(delegates, 4)
    vote_id = service.create(VoteInput(
        "选举工会女职工委员会委员", Kind.ELECTION, "union_committee", seats=3, meeting="第三届会员代表大会第二次会议",
        electorate_kind=ElectorateKind.LIST, elector_ids=tuple(d.id for d in delegates), held_on=day,
        place="办公楼一楼大会议室", entry_mode="totals"), _candidates(people))
    service.record_presence(vote_id, 28)
    service.record_printed(vote_id, 30)
    service.open(vote_id)
    service.record_paper(vote_id, 28, 29, destroyed=2)   # one ballot too many in the box: void
    rerun = service.new_round(vote_id)
    service.record_presence(rerun, 28)
    service.record_printed(rerun, 30)
    service.open(rerun)
    service.record_paper(rerun, 28, 28, destroyed=2)
    a, b, c, d = _ids(db, service._actor, rerun)
    service.enter_totals(rerun, TotalsInput({a: (25, 2, 1), b: (22, 4, 2), c: (19, 6, 3), d: (9, 15, 4)},
                                            valid=28, invalid=0))
    service.close(rerun)
    service.publish(rerun)


def _open(service: VoteService, voters, day: dt.date) -> None:
    vote_id = service.create(VoteInput(
        "表决通过《会员代表大会代表选举办法》", Kind.MOTION, "member_assembly", base=Base.PRESENT,
        threshold=Threshold.MORE_THAN_HALF, meeting="工会委员会扩大会议", candidate_order=CandidateOrder.ENTERED,
        electorate_kind=ElectorateKind.LIST, elector_ids=tuple(v.id for v in voters), held_on=day,
        place="工会活动室"), [CandidateInput("《会员代表大会代表选举办法》")])
    service.record_presence(vote_id, 21)
    service.record_printed(vote_id, 24)
    service.open(vote_id)


def _counting(service: VoteService, db: Database, rng: random.Random, delegates, day: dt.date) -> None:
    people = rng.sample(delegates, 4)
    vote_id = service.create(VoteInput(
        "选举工会经费审查委员会委员", Kind.ELECTION, "union_committee", seats=3, meeting=MEETING,
        electorate_kind=ElectorateKind.LIST, elector_ids=tuple(d.id for d in delegates), held_on=day,
        place="办公楼一楼大会议室", hide_running=True), _candidates(people))
    service.record_presence(vote_id, 38)
    service.record_printed(vote_id, 40)
    service.open(vote_id)
    service.record_paper(vote_id, 38, 38)
    ids = _ids(db, service._actor, vote_id)
    service.enter_ballots(vote_id, [BallotInput({c: YES for c in rng.sample(ids, 3)}) for _ in range(20)])


def _setup(service: VoteService, delegates, day: dt.date) -> None:
    service.create(VoteInput(
        "审议《职工代表大会提案工作办法》", Kind.MOTION, "workers_congress", meeting="第五届职工代表大会第三次会议",
        candidate_order=CandidateOrder.ENTERED, electorate_kind=ElectorateKind.LIST,
        elector_ids=tuple(d.id for d in delegates), held_on=day, place="职工活动中心报告厅"),
        [CandidateInput("《职工代表大会提案工作办法》"), CandidateInput("提案工作委员会组成人员名单")])
