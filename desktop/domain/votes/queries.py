"""Reading votes: plain, frozen values for the views, the CLI and paper; and the functions the
service shares with them (the electorate, the rule of a vote, its tallies and outcome)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.errors import NotFoundError
from desktop.domain.members.entities import Member
from desktop.domain.members.lifecycle import Status as MemberStatus
from desktop.domain.members.search_keys import name_sort_key, pinyin_sorted
from desktop.domain.votes.counting import (
    Ballot, Base, Disagreement, Figures, Kind, Outcome, Quorum, Rule, Tallies, Tally, Threshold, compare, count,
    tally,
)
from desktop.domain.votes.entities import Vote, VoteBallot, VoteCandidate, VoteElector, VoteTotal
from desktop.domain.votes.presets import PRESETS, committee_size, elects_union_committee, rule_for
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.database import Database

ENTITY = "vote"


class VoteStatus(StrEnum):
    SETUP = "setup"          # being prepared: rule, candidates, electorate, papers
    OPEN = "open"            # electorate frozen, quorum met: ballots being issued and cast
    COUNTING = "counting"    # ballots issued and returned are known: tellers enter ballots
    CLOSED = "closed"        # counting closed: the result stands
    PUBLISHED = "published"  # announced
    VOID = "void"            # returned > issued, or no quorum: rerun as a new round


class ElectorateKind(StrEnum):
    ALL = "all"                # every member in good standing (retained members excluded)
    DEPARTMENT = "department"  # members in good standing of one department
    LIST = "list"              # a named list (delegates)


class RoundReason(StrEnum):
    REVOTE = "revote"                # tie at the last seat
    ANOTHER_ROUND = "another_round"  # 另行选举 for unfilled seats
    RERUN = "rerun"                  # the vote was void
    CORRECTION = "correction"        # a closed result corrected


STATUS_LABELS = {
    VoteStatus.SETUP: QT_TRANSLATE_NOOP("VoteStatus", "Setting up"),
    VoteStatus.OPEN: QT_TRANSLATE_NOOP("VoteStatus", "Voting"),
    VoteStatus.COUNTING: QT_TRANSLATE_NOOP("VoteStatus", "Counting"),
    VoteStatus.CLOSED: QT_TRANSLATE_NOOP("VoteStatus", "Closed"),
    VoteStatus.PUBLISHED: QT_TRANSLATE_NOOP("VoteStatus", "Published"),
    VoteStatus.VOID: QT_TRANSLATE_NOOP("VoteStatus", "Void"),
}
STATUS_ZH = {VoteStatus.SETUP: "筹备中", VoteStatus.OPEN: "投票中", VoteStatus.COUNTING: "计票中",
             VoteStatus.CLOSED: "计票结束", VoteStatus.PUBLISHED: "已公布", VoteStatus.VOID: "无效"}
ROUND_LABELS = {
    RoundReason.REVOTE: QT_TRANSLATE_NOOP("VoteStatus", "re-vote among the tied"),
    RoundReason.ANOTHER_ROUND: QT_TRANSLATE_NOOP("VoteStatus", "another round for unfilled seats"),
    RoundReason.RERUN: QT_TRANSLATE_NOOP("VoteStatus", "rerun of a void vote"),
    RoundReason.CORRECTION: QT_TRANSLATE_NOOP("VoteStatus", "correction"),
}
ROUND_ZH = {RoundReason.REVOTE: "重新投票", RoundReason.ANOTHER_ROUND: "另行选举",
            RoundReason.RERUN: "重新选举", RoundReason.CORRECTION: "更正"}


@dataclass(frozen=True)
class VoteRow:
    id: int
    title: str
    meeting: str
    kind: Kind
    preset: str
    status: VoteStatus
    held_on: dt.date | None
    seats: int
    round_no: int
    candidates: int
    electorate_count: int | None
    present_count: int | None
    ballots_issued: int | None
    ballots_returned: int | None


@dataclass(frozen=True)
class CandidateRow:
    id: int
    position: int
    name: str
    member_id: int | None
    detail: str
    write_in: bool
    eligible: bool = True   # False: a write-in who may not stand (counted, never elected)


@dataclass(frozen=True)
class VoteDetail:
    id: int
    title: str
    meeting: str
    kind: Kind
    preset: str
    rule: Rule
    secret: bool
    status: VoteStatus
    void_reason: str | None
    candidate_order: str
    electorate_kind: ElectorateKind
    electorate_department: str | None
    electorate_count: int               # frozen count once open; the live count before
    electorate_fingerprint: str         # frozen once open; the live one before
    electorate_frozen: bool
    present_count: int | None
    ballots_printed: int
    ballots_issued: int | None
    ballots_returned: int | None
    ballots_spoiled: int
    ballots_destroyed: int
    entry_mode: str
    double_entry: bool
    hide_running: bool
    totals_valid: int | None
    totals_invalid: int | None
    round_no: int
    previous_id: int | None
    round_reason: str | None
    held_on: dt.date | None
    place: str
    chief_scrutineer: str
    scrutineers: str
    counters: str
    note: str
    candidates: tuple[CandidateRow, ...]
    entered: tuple[int, int]            # ballots entered by teller 1 and teller 2
    published_at: dt.datetime | None
    closed_at: dt.datetime | None
    tellers: tuple[str, str] = ("", "")           # accounts assigned to enter pass 1 and pass 2
    members_in_good_standing: int = 0
    committee_seats: tuple[int, int] | None = None  # the seats the rules allow, when electing the committee
    version: int = 1   # handed back by an edit, so a save over a newer one is refused

    @property
    def seats_outside_rules(self) -> bool:
        """The union committee elected with more or fewer seats than its membership allows."""
        if self.committee_seats is None:
            return False
        fewest, most = self.committee_seats
        return not fewest <= self.rule.seats <= most

    @property
    def listed(self) -> tuple[CandidateRow, ...]:
        return tuple(c for c in self.candidates if not c.write_in)

    @property
    def figures(self) -> Figures:
        return Figures(self.electorate_count, self.present_count or 0, self.ballots_issued or 0,
                       self.ballots_returned or 0)

    @property
    def changeable(self) -> bool:
        return self.status in (VoteStatus.SETUP, VoteStatus.OPEN, VoteStatus.COUNTING)


# -- shared helpers (service, queries, paper) ------------------------------------------------------

def fingerprint(member_ids: Sequence[int]) -> str:
    """A short fingerprint of an electorate: the same list always gives the same 12 characters,
    any change to it (one person more, less or different) gives others. Printed on the sign-in
    sheet so the list used can be checked against the one frozen when voting opened."""
    text = ",".join(str(i) for i in sorted(set(member_ids)))
    digest = hashlib.sha256(text.encode("ascii")).hexdigest()[:12].upper()
    return f"{digest[:4]}-{digest[4:8]}-{digest[8:]}"


def live_electorate(session: Session, vote: Vote) -> list[int]:
    """Who is due to vote now: members in good standing (status active; retained members are
    excluded, and so is the trash) of the union, of a department, or of the named list."""
    statement = select(Member.id).where(Member.status == str(MemberStatus.ACTIVE), Member.deleted_at.is_(None))
    if vote.electorate_kind == ElectorateKind.DEPARTMENT:
        statement = statement.where(Member.department == (vote.electorate_department or ""))
    elif vote.electorate_kind == ElectorateKind.LIST:
        statement = statement.where(Member.id.in_(select(VoteElector.member_id).where(VoteElector.vote_id == vote.id)))
    return list(session.execute(statement.order_by(Member.id)).scalars())


def is_frozen(vote: Vote) -> bool:
    return vote.electorate_count is not None


def electorate_ids(session: Session, vote: Vote) -> list[int]:
    """The frozen electorate once the vote opened; the live one before."""
    if is_frozen(vote):
        return list(session.execute(select(VoteElector.member_id).where(VoteElector.vote_id == vote.id)
                                    .order_by(VoteElector.member_id)).scalars())
    return live_electorate(session, vote)


def named_list(session: Session, vote_id: int) -> list[int]:
    return list(session.execute(select(VoteElector.member_id).where(VoteElector.vote_id == vote_id)).scalars())


def rule_of(vote: Vote) -> Rule:
    return rule_for(PRESETS[vote.preset], Kind(vote.kind), vote.seats, Base(vote.base),
                    Threshold(vote.threshold), Quorum(vote.quorum), vote.margin_percent)


def members_in_good_standing(session: Session) -> int:
    return session.execute(select(func.count()).select_from(Member).where(
        Member.status == str(MemberStatus.ACTIVE), Member.deleted_at.is_(None))).scalar_one()


def candidate_rows(session: Session, vote_id: int) -> tuple[CandidateRow, ...]:
    rows = session.execute(select(VoteCandidate).where(VoteCandidate.vote_id == vote_id)
                           .order_by(VoteCandidate.write_in, VoteCandidate.position, VoteCandidate.id)).scalars()
    return tuple(CandidateRow(c.id, c.position, c.name, c.member_id, c.detail, c.write_in, c.eligible) for c in rows)


def ballot_values(session: Session, vote_id: int, pass_no: int) -> list[Ballot]:
    """One teller's ballots in the order of entry."""
    rows = session.execute(select(VoteBallot.marks, VoteBallot.write_ins, VoteBallot.spoiled)
                           .where(VoteBallot.vote_id == vote_id, VoteBallot.pass_no == pass_no)
                           .order_by(VoteBallot.entry_no)).all()
    return [Ballot({int(k): v for k, v in json.loads(marks).items()}, tuple(json.loads(write_ins)), spoiled)
            for marks, write_ins, spoiled in rows]


def entered_counts(session: Session, vote_id: int) -> tuple[int, int]:
    counts = dict(session.execute(select(VoteBallot.pass_no, func.count()).where(VoteBallot.vote_id == vote_id)
                                  .group_by(VoteBallot.pass_no)).all())
    return counts.get(1, 0), counts.get(2, 0)


def tallies_of(session: Session, vote: Vote, candidates: Sequence[CandidateRow]) -> Tallies:
    """The tallies of pass 1 (or of the totals). A write-in left without a vote on any valid
    ballot (entered by the second teller only, or taken back) is not a row of the result."""
    rule = rule_of(vote)
    keys = [c.id for c in candidates]
    write_ins = {c.id for c in candidates if c.write_in}
    if vote.entry_mode == "totals":
        totals = {t.candidate_id: t for t in session.execute(
            select(VoteTotal).where(VoteTotal.vote_id == vote.id)).scalars()}
        rows = [Tally(c.id, *(lambda t: (t.yes, t.no, t.abstain, t.write_in) if t else (0, 0, 0, 0))(totals.get(c.id)))
                for c in candidates]
        tallies = Tallies.from_totals(rows, vote.totals_valid or 0, vote.totals_invalid or 0)
    else:
        tallies = tally(rule, keys, ballot_values(session, vote.id, 1), write_ins)
    rows = tuple(t for t in tallies.rows if t.key not in write_ins or t.write_in > 0)
    return Tallies(rows, tallies.valid, tallies.invalid, tallies.invalid_reasons)


def outcome_of(session: Session, vote: Vote) -> Outcome:
    candidates = candidate_rows(session, vote.id)
    figures = Figures(vote.electorate_count if vote.electorate_count is not None
                      else len(electorate_ids(session, vote)),
                      vote.present_count or 0, vote.ballots_issued or 0, vote.ballots_returned or 0)
    ineligible = frozenset(c.id for c in candidates if not c.eligible)
    return count(rule_of(vote), figures, tallies_of(session, vote, candidates), ineligible)


def _sized_by_membership(vote: Vote) -> bool:
    """The committee's seats are checked on the election itself, not on a re-vote or another round
    (their seats are the ones left over)."""
    return (elects_union_committee(Kind(vote.kind), vote.preset, vote.title)
            and vote.round_reason not in (RoundReason.REVOTE, RoundReason.ANOTHER_ROUND))


def detail_of(session: Session, vote: Vote) -> VoteDetail:
    frozen = is_frozen(vote)
    members = members_in_good_standing(session)
    ids = None if frozen else live_electorate(session, vote)
    return VoteDetail(
        vote.id, vote.title, vote.meeting, Kind(vote.kind), vote.preset, rule_of(vote), vote.secret,
        VoteStatus(vote.status), vote.void_reason, vote.candidate_order, ElectorateKind(vote.electorate_kind),
        vote.electorate_department, vote.electorate_count if frozen else len(ids),
        vote.electorate_fingerprint if frozen else fingerprint(ids), frozen, vote.present_count,
        vote.ballots_printed, vote.ballots_issued, vote.ballots_returned, vote.ballots_spoiled or 0,
        vote.ballots_destroyed or 0, vote.entry_mode, vote.double_entry,
        vote.hide_running, vote.totals_valid, vote.totals_invalid, vote.round_no, vote.previous_id,
        vote.round_reason, vote.held_on, vote.place, vote.chief_scrutineer, vote.scrutineers, vote.counters,
        vote.note, candidate_rows(session, vote.id), entered_counts(session, vote.id), vote.published_at,
        vote.closed_at, (vote.teller_1 or "", vote.teller_2 or ""), members,
        committee_size(members) if _sized_by_membership(vote) else None, version=vote.version)


def get_vote(session: Session, vote_id: int) -> Vote:
    vote = session.get(Vote, vote_id)
    if vote is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("VoteRules", "This vote no longer exists. Refresh the list."))
    return vote


# -- the read side for views and the CLI ----------------------------------------------------------

@dataclass(frozen=True)
class Elector:
    member_id: int
    name: str
    department: str


@dataclass(frozen=True)
class DelegateMatch:
    """One line of a delegate list: the member it names, or why none (a Message)."""
    row: int
    name: str
    unit: str
    member_id: int | None
    problem: object = None


class VoteQueries:
    def __init__(self, db: Database, actor: Actor):
        actor.require(Permission.MEMBERS_READ)
        self._db = db
        self._actor = actor

    def rows(self, status: VoteStatus | None = None) -> list[VoteRow]:
        """Every vote, newest first (tens to hundreds in a union's lifetime)."""
        candidates = (select(VoteCandidate.vote_id, func.count().label("n"))
                      .where(VoteCandidate.write_in.is_(False)).group_by(VoteCandidate.vote_id).subquery())
        statement = (select(Vote, func.coalesce(candidates.c.n, 0))
                     .outerjoin(candidates, candidates.c.vote_id == Vote.id)
                     .order_by(Vote.held_on.desc().nulls_first(), Vote.id.desc()))
        if status is not None:
            statement = statement.where(Vote.status == str(status))
        with self._db.session() as session:
            # before opening, the electorate as it stands now (a few votes in setup at most)
            return [VoteRow(v.id, v.title, v.meeting, Kind(v.kind), v.preset, VoteStatus(v.status), v.held_on,
                            v.seats, v.round_no, n,
                            v.electorate_count if is_frozen(v) else len(live_electorate(session, v)),
                            v.present_count, v.ballots_issued, v.ballots_returned)
                    for v, n in session.execute(statement).all()]

    def detail(self, vote_id: int) -> VoteDetail:
        with self._db.session() as session:
            return detail_of(session, get_vote(session, vote_id))

    def outcome(self, vote_id: int, for_teller: bool = False) -> Outcome | None:
        """The outcome as the counting stands. None while counting if the vote hides the running
        count (the teller screen asks with `for_teller`; nothing is shown before closing)."""
        with self._db.session() as session:
            vote = get_vote(session, vote_id)
            if vote.status in (VoteStatus.SETUP, VoteStatus.OPEN):
                return None
            if vote.status == VoteStatus.COUNTING and vote.hide_running:
                return None
            return outcome_of(session, vote)

    def electorate(self, vote_id: int) -> list[Elector]:
        """The electorate by name (frozen once open), in pinyin order: the sign-in sheet's rows."""
        with self._db.session() as session:
            ids = electorate_ids(session, get_vote(session, vote_id))
            rows = session.execute(select(Member.id, Member.name, Member.department, Member.name_sort)
                                   .where(Member.id.in_(ids))).all() if ids else []
        return [Elector(r.id, r.name, r.department or "") for r in sorted(rows, key=lambda r: (r.name_sort, r.id))]

    def disagreements(self, vote_id: int) -> list[Disagreement]:
        """Where teller 2's entries differ from teller 1's (double entry)."""
        with self._db.session() as session:
            get_vote(session, vote_id)
            return compare(ballot_values(session, vote_id, 1), ballot_values(session, vote_id, 2))

    def totals(self, vote_id: int) -> dict[int, tuple[int, int, int, int]]:
        """Hand-counted totals entered so far: candidate id → (yes, no, abstain, write-in)."""
        with self._db.session() as session:
            return {t.candidate_id: (t.yes, t.no, t.abstain, t.write_in) for t in session.execute(
                select(VoteTotal).where(VoteTotal.vote_id == vote_id)).scalars()}

    def teller_tallies(self, vote_id: int) -> list[tuple[int, Tallies]]:
        """Each teller's own count once counting is closed: (pass, tallies) for pass 1 and, with
        double entry, pass 2 (hand-counted totals are pass 1). Nothing while counting."""
        with self._db.session() as session:
            vote = get_vote(session, vote_id)
            if vote.status not in (VoteStatus.CLOSED, VoteStatus.PUBLISHED, VoteStatus.VOID):
                return []
            candidates = candidate_rows(session, vote_id)
            result = [(1, tallies_of(session, vote, candidates))]
            if vote.entry_mode == "ballots" and vote.double_entry:
                write_ins = [c.id for c in candidates if c.write_in]
                result.append((2, tally(rule_of(vote), [c.id for c in candidates],
                                        ballot_values(session, vote_id, 2), write_ins)))
            return result

    def ballots(self, vote_id: int, pass_no: int = 1) -> list[Ballot]:
        with self._db.session() as session:
            return ballot_values(session, vote_id, pass_no)

    def rounds(self, vote_id: int) -> list[VoteRow]:
        """The rounds that followed this vote (re-votes, another round, corrections)."""
        return [r for r in self.rows() if r.id in self._followers(vote_id)]

    def _followers(self, vote_id: int) -> set[int]:
        with self._db.session() as session:
            found, frontier = set(), {vote_id}
            while frontier:
                nxt = set(session.execute(select(Vote.id).where(Vote.previous_id.in_(frontier))).scalars())
                frontier = nxt - found
                found |= nxt
            return found

    def match_delegates(self, lines) -> list[DelegateMatch]:
        """Delegate lines (row, name, unit) matched to members in good standing by name, the unit
        telling namesakes apart (against the department)."""
        names = sorted({line.name for line in lines})
        with self._db.session() as session:
            members = session.execute(select(Member.id, Member.name, Member.department, Member.status,
                                             Member.deleted_at).where(Member.name.in_(names))).all() if names else []
        result = []
        for line in lines:
            namesakes = [m for m in members if m.name == line.name]
            active = [m for m in namesakes if m.status == str(MemberStatus.ACTIVE) and m.deleted_at is None]
            if len(active) > 1 and line.unit:
                active = [m for m in active if (m.department or "") == line.unit] or active
            problem = None
            if len(active) > 1:
                problem = QT_TRANSLATE_NOOP("VoteRules", "{count} members in good standing are named {name}; "
                                            "add them by hand.").format(count=len(active), name=line.name)
            elif not active:
                problem = (QT_TRANSLATE_NOOP("VoteRules", "not a member in good standing (retained, left or in "
                                             "the trash)") if namesakes else
                           QT_TRANSLATE_NOOP("VoteRules", "not in the register"))
            result.append(DelegateMatch(line.row, line.name, line.unit, active[0].id if len(active) == 1 else None,
                                        problem))
        return result

    def teller_accounts(self) -> list[tuple[str, str]]:
        """Active accounts allowed to enter ballots, (user name, display name): the chair assigns
        tellers from them."""
        from desktop.domain.accounts.entities import User
        from desktop.domain.accounts.permissions import ROLE_PERMISSIONS, Role

        with self._db.session() as session:
            users = session.execute(select(User.username, User.display_name, User.role)
                                    .where(User.active.is_(True)).order_by(User.username)).all()
        return [(u.username, u.display_name or u.username) for u in users
                if Permission.VOTES_TELLER in ROLE_PERMISSIONS[Role(u.role)]]

    def departments(self) -> list[str]:
        with self._db.session() as session:
            return pinyin_sorted(d for d in session.execute(
                select(Member.department).where(Member.department.is_not(None), Member.deleted_at.is_(None))
                .distinct()).scalars() if d)

    def member_choices(self, search: str = "", limit: int = 50) -> list[Elector]:
        """Members in good standing whose name or pinyin starts with `search` (to add candidates
        and delegates)."""
        key = name_sort_key(search) if search else ""
        statement = (select(Member.id, Member.name, Member.department)
                     .where(Member.status == str(MemberStatus.ACTIVE), Member.deleted_at.is_(None)))
        if search:
            statement = statement.where((Member.name.like(f"%{search}%")) | (Member.name_sort.like(f"{key}%")))
        with self._db.session() as session:
            rows = session.execute(statement.order_by(Member.name_sort).limit(limit)).all()
        return [Elector(r.id, r.name, r.department or "") for r in rows]
