"""Reading the proposals register. Proposals are read by every role that reads the member register
(the viewer included: workers judge the union by whether anyone answered); only names of members
are shown, never their ID numbers or phones. Everything returned is a plain, frozen value.

`ProposalQueries.overdue_answers()` is the reminder list for the home pane (工作台): answers due
within 7 days or already late.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.errors import NotFoundError
from desktop.domain.members.entities import Member
from desktop.domain.proposals import rules
from desktop.domain.proposals.entities import CongressSession, Proposal, ProposalSeconder
from desktop.domain.proposals.settings import ProposalSettings, read_settings
from desktop.domain.service_base import ServiceBase
from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.store.database import Database


@dataclass(frozen=True)
class SessionRow:
    id: int
    name: str
    year: int
    opened_on: dt.date
    seconders_required: int
    answer_days: int
    vote_id: int | None
    vote_mode: str
    proposals: int


@dataclass(frozen=True)
class ProposalFilter:
    session_id: int | None = None
    status: str = ""          # "" | open | closed | overdue
    category: str = ""
    search: str = ""          # number, subject or the lead proposer's name


@dataclass(frozen=True)
class ProposalRow:
    id: int
    session_id: int
    number: str
    title: str
    category: str
    lead_id: int
    lead: str
    lead_department: str
    seconders: int
    submitted_on: dt.date
    stage: str
    status: str
    decision: str
    department: str
    due_on: dt.date | None
    deadline: str             # "" | running | soon | overdue
    answered_on: dt.date | None
    answered_in_time: bool | None
    satisfaction: str
    returned: bool
    approved: bool | None


@dataclass(frozen=True)
class StepRow:
    id: int
    step: str
    decision: str
    done_on: dt.date
    handler: str
    text: str
    department: str
    due_on: dt.date | None
    merged_into: str          # the other proposal's number


@dataclass(frozen=True)
class ProposalDetail:
    row: ProposalRow
    session_name: str
    reason: str
    measures: str
    seconders: tuple[tuple[int, str], ...]
    steps: tuple[StepRow, ...]
    next_steps: tuple[str, ...]
    filed_by: str
    version: int = 1   # handed back by an edit, so a save over a newer one is refused


@dataclass(frozen=True)
class Reminder:
    proposal_id: int
    number: str
    title: str
    department: str
    due_on: dt.date
    overdue: bool
    text: Message


@dataclass(frozen=True)
class Share:
    key: str                  # a category code or a department
    total: int
    accepted: int
    answered: int
    in_time: int
    satisfied: int            # 满意 + 基本满意 (of those with a verdict)
    verdicts: int


@dataclass(frozen=True)
class Summary:
    session: SessionRow
    total: int
    decisions: tuple[tuple[str, int], ...]   # decision → count ("" = not reviewed yet)
    answered: int
    answered_in_time: int
    in_time_percent: float | None
    verdicts: tuple[tuple[str, int], ...]
    satisfied_percent: float | None          # 满意 + 基本满意 of the verdicts
    closed: int
    approved: int
    by_category: tuple[Share, ...]
    by_department: tuple[Share, ...]


class ProposalQueries(ServiceBase):
    """Reads for one acting user: the permission is checked here, once."""

    def __init__(self, db: Database, actor: Actor, today: dt.date | None = None):
        actor.require(Permission.MEMBERS_READ)
        super().__init__(db, actor, today)

    def settings(self) -> ProposalSettings:
        with self._db.session() as session:
            return read_settings(session)

    # -- sessions -------------------------------------------------------------------------------

    def sessions(self) -> list[SessionRow]:
        counts = (select(Proposal.session_id, func.count().label("n")).group_by(Proposal.session_id).subquery())
        statement = (select(CongressSession, func.coalesce(counts.c.n, 0))
                     .outerjoin(counts, counts.c.session_id == CongressSession.id)
                     .order_by(CongressSession.opened_on.desc(), CongressSession.id.desc()))
        with self._db.session() as session:
            return [_session_row(c, n) for c, n in session.execute(statement).all()]

    def session(self, session_id: int) -> SessionRow:
        for row in self.sessions():
            if row.id == session_id:
                return row
        raise NotFoundError(QT_TRANSLATE_NOOP("ProposalRules", "This congress session no longer exists."))

    # -- lists ----------------------------------------------------------------------------------

    def _statement(self):
        seconders = (select(ProposalSeconder.proposal_id, func.count().label("n"))
                     .group_by(ProposalSeconder.proposal_id).subquery())
        return (select(Proposal, Member.name, Member.department, func.coalesce(seconders.c.n, 0).label("n"))
                .join(Member, Member.id == Proposal.lead_id)
                .outerjoin(seconders, seconders.c.proposal_id == Proposal.id))

    def _row(self, p: Proposal, name: str, department: str | None, seconders: int) -> ProposalRow:
        return ProposalRow(p.id, p.session_id, p.number, p.title, p.category, p.lead_id, name, department or "",
                           seconders, p.submitted_on, p.stage, p.status, p.decision, p.department, p.due_on,
                           rules.deadline_state(p.due_on, self.today), p.answered_on, p.answered_in_time,
                           p.satisfaction, p.returned, p.approved)

    def rows(self, flt: ProposalFilter = ProposalFilter()) -> list[ProposalRow]:
        statement = self._statement()
        if flt.session_id is not None:
            statement = statement.where(Proposal.session_id == flt.session_id)
        if flt.status in ("open", "closed"):
            statement = statement.where(Proposal.status == flt.status)
        elif flt.status == "overdue":
            statement = statement.where(Proposal.status == "open", Proposal.due_on < self.today)
        if flt.category:
            statement = statement.where(Proposal.category == flt.category)
        text = flt.search.strip()
        if text:
            like = f"%{text}%"
            statement = statement.where(or_(Proposal.number.like(like), Proposal.title.like(like),
                                            Member.name.like(like)))
        statement = statement.order_by(Proposal.session_id.desc(), Proposal.number)
        with self._db.session() as session:
            return [self._row(*r) for r in session.execute(statement).all()]

    def overdue_answers(self) -> list[Reminder]:
        """Answers due within 7 days or late, soonest first: the reminders for the home pane."""
        soon = self.today + dt.timedelta(days=rules.DUE_SOON_DAYS)
        statement = (select(Proposal).where(Proposal.status == "open", Proposal.due_on.is_not(None),
                                            Proposal.due_on <= soon).order_by(Proposal.due_on, Proposal.number))
        found = []
        with self._db.session() as session:
            for p in session.scalars(statement):
                overdue = self.today > p.due_on
                text = (QT_TRANSLATE_NOOP("ProposalReminders", "Answer from {department} was due {day}: overdue")
                        if overdue else QT_TRANSLATE_NOOP("ProposalReminders", "Answer from {department} due {day}"))
                found.append(Reminder(p.id, p.number, p.title, p.department, p.due_on, overdue,
                                      text.format(department=p.department, day=p.due_on.isoformat())))
        return found

    # -- one proposal ---------------------------------------------------------------------------

    def detail(self, proposal_id: int) -> ProposalDetail:
        with self._db.session() as session:
            found = session.execute(self._statement().where(Proposal.id == proposal_id)).first()
            if found is None:
                raise NotFoundError(QT_TRANSLATE_NOOP(
                    "ProposalRules", "This proposal no longer exists. Refresh the list."))
            proposal = found[0]
            row = self._row(*found)
            seconders = tuple((r[0], r[1]) for r in session.execute(
                select(Member.id, Member.name).join(ProposalSeconder, ProposalSeconder.member_id == Member.id)
                .where(ProposalSeconder.proposal_id == proposal_id).order_by(ProposalSeconder.id)).all())
            numbers = dict(session.execute(select(Proposal.id, Proposal.number)
                                           .where(Proposal.session_id == proposal.session_id)).all())
            steps = tuple(StepRow(s.id, s.step, s.decision, s.done_on, s.handler, s.text, s.department, s.due_on,
                                  numbers.get(s.merged_into_id, "")) for s in proposal.steps)
            state = rules.fold([rules.StepRecord(s.step, s.decision, s.done_on, s.due_on, s.department,
                                                 s.merged_into_id) for s in proposal.steps])
            congress = session.get(CongressSession, proposal.session_id)
            return ProposalDetail(row, congress.name, proposal.reason, proposal.measures, seconders, steps,
                                  state.next_steps, proposal.filed_by, version=proposal.version)

    # -- the summary (提案汇总表, 办理情况报告) -----------------------------------------------------

    def summary(self, session_id: int) -> Summary:
        rows = self.rows(ProposalFilter(session_id=session_id))
        answered = [r for r in rows if r.answered_on is not None]
        in_time = sum(1 for r in answered if r.answered_in_time)
        verdicts = [r for r in rows if r.satisfaction]
        satisfied = sum(1 for r in verdicts if r.satisfaction in (rules.SATISFIED, rules.BASIC))
        decisions = Counter(r.decision for r in rows)
        return Summary(
            self.session(session_id), len(rows),
            tuple((d, decisions[d]) for d in ("", *rules.DECISIONS) if decisions[d]),
            len(answered), in_time, rules.percent(in_time, len(answered)),
            tuple((v, sum(1 for r in verdicts if r.satisfaction == v)) for v in rules.VERDICTS),
            rules.percent(satisfied, len(verdicts)), sum(1 for r in rows if r.status == "closed"),
            sum(1 for r in rows if r.approved), _shares(rows, lambda r: r.category, rules.CATEGORIES),
            _shares([r for r in rows if r.department], lambda r: r.department))


def _shares(rows: list[ProposalRow], key, order: tuple[str, ...] | None = None) -> tuple[Share, ...]:
    keys = order if order is not None else sorted({key(r) for r in rows})
    shares = []
    for k in keys:
        mine = [r for r in rows if key(r) == k]
        if not mine and order is None:
            continue
        shares.append(Share(
            k, len(mine), sum(1 for r in mine if r.decision == rules.ACCEPT),
            sum(1 for r in mine if r.answered_on), sum(1 for r in mine if r.answered_in_time),
            sum(1 for r in mine if r.satisfaction in (rules.SATISFIED, rules.BASIC)),
            sum(1 for r in mine if r.satisfaction)))
    return tuple(shares)


def _session_row(c: CongressSession, n: int) -> SessionRow:
    return SessionRow(c.id, c.name, c.year, c.opened_on, c.seconders_required, c.answer_days, c.vote_id,
                      c.vote_mode, n)


@dataclass(frozen=True)
class MemberChoice:
    member_id: int
    name: str
    department: str


def member_choices(db: Database, actor: Actor, search: str, limit: int = 40) -> list[MemberChoice]:
    """Members matching a search (name, pinyin initials …), for picking proposers."""
    from desktop.domain.members.queries import search_conditions

    actor.require(Permission.PROPOSALS_WRITE)
    statement = (select(Member.id, Member.name, Member.department)
                 .where(Member.deleted_at.is_(None), *search_conditions(search))
                 .order_by(Member.name_sort, Member.id).limit(limit))
    with db.engine.connect() as connection:
        return [MemberChoice(r.id, r.name, r.department or "") for r in connection.execute(statement)]
