"""Reading rights cases for one acting user (privacy is enforced here, not only in the views).

- Without Permission.RIGHTS_READ nothing is readable: the constructor refuses (PermissionDenied), so
  other roles do not even learn that a member has a case (a labour dispute or an injury at work is
  personal information the worker brought to the union in confidence).
- The worker's ID number comes back masked and the injury details (工伤) hidden for every role;
  `reveal` returns one value in clear, needs Permission.RIGHTS_SENSITIVE and is audited.
Everything returned is a plain, frozen value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, func, or_, select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit import recorder
from desktop.domain.errors import NotFoundError
from desktop.domain.id_numbers import mask_id_number
from desktop.domain.members.entities import Member
from desktop.domain.members.queries import search_conditions
from desktop.domain.rights import rules
from desktop.domain.rights.entities import RightsCase, RightsCaseMember
from desktop.domain.rights.service import HIDDEN
from desktop.domain.service_base import ServiceBase
from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.store.database import Database

REVEALABLE = ("id_number", "injury_detail")


@dataclass(frozen=True)
class CaseFilter:
    status: str = ""          # "" any, "open", "closed"
    category: str = ""
    year: int | None = None   # received in the year
    search: str = ""          # member name, pinyin … or the case number


@dataclass(frozen=True)
class CaseRow:
    id: int
    case_no: str
    member_id: int
    name: str
    department: str
    collective: bool
    headcount: int
    other_party: str
    category: str
    urgency: str
    received_on: dt.date
    stage: str
    status: str
    outcome: str
    mediation_due: dt.date | None
    deadline: str             # "" | running | soon | overdue (rules.deadline_state)
    amount_recovered: Decimal


@dataclass(frozen=True)
class StepRow:
    id: int
    step: str
    outcome: str
    done_on: dt.date
    handler: str
    participants: str
    summary: str
    reason: str
    referral: str
    terms: str
    amount: Decimal


@dataclass(frozen=True)
class CaseDetail:
    row: CaseRow
    gender: str
    mobile: str
    id_number: str            # masked
    request: str
    channel: str
    amount_claimed: Decimal
    injury_detail: str        # HIDDEN when there is one
    other_members: tuple[tuple[int, str], ...]   # (member id, name) of a group case
    accepted_on: dt.date | None
    closed_on: dt.date | None
    filed_by: str
    steps: tuple[StepRow, ...]
    next_steps: tuple[str, ...]
    suggested_close: str
    version: int = 1   # handed back by an edit, so a save over a newer one is refused


@dataclass(frozen=True)
class Reminder:
    case_id: int
    case_no: str
    name: str
    due_on: dt.date
    overdue: bool
    text: Message


class RightsQueries(ServiceBase):
    """Reads for one acting user: the permission is checked here, once."""

    def __init__(self, db: Database, actor: Actor, today: dt.date | None = None):
        actor.require(Permission.RIGHTS_READ)
        super().__init__(db, actor, today)

    # -- lists ----------------------------------------------------------------------------------

    def _statement(self):
        return (select(RightsCase.id, RightsCase.case_no, RightsCase.member_id, Member.name, Member.department,
                       RightsCase.collective, RightsCase.headcount, RightsCase.other_party, RightsCase.category,
                       RightsCase.urgency, RightsCase.received_on, RightsCase.stage, RightsCase.status,
                       RightsCase.outcome, RightsCase.mediation_due, RightsCase.amount_recovered)
                .join(Member, Member.id == RightsCase.member_id))

    def _row(self, r) -> CaseRow:
        return CaseRow(r.id, r.case_no, r.member_id, r.name, r.department or "", bool(r.collective), r.headcount,
                       r.other_party, r.category, r.urgency, r.received_on, r.stage, r.status, r.outcome,
                       r.mediation_due, rules.deadline_state(r.mediation_due, self.today), r.amount_recovered)

    def rows(self, flt: CaseFilter = CaseFilter()) -> list[CaseRow]:
        statement = self._statement()
        if flt.status:
            statement = statement.where(RightsCase.status == flt.status)
        if flt.category:
            statement = statement.where(RightsCase.category == flt.category)
        if flt.year:
            statement = statement.where(RightsCase.received_on.between(dt.date(flt.year, 1, 1),
                                                                       dt.date(flt.year, 12, 31)))
        if flt.search.strip():
            conditions = search_conditions(flt.search)
            by_number = RightsCase.case_no.like(f"%{flt.search.strip().upper()}%")
            statement = statement.where(or_(and_(*conditions), by_number) if conditions else by_number)
        statement = statement.order_by(RightsCase.received_on.desc(), RightsCase.id.desc())
        with self._db.engine.connect() as connection:
            return [self._row(r) for r in connection.execute(statement)]

    def cases_of_member(self, member_id: int) -> list[CaseRow]:
        """The member's cases: as the applicant or as one of a group."""
        in_group = select(RightsCaseMember.case_id).where(RightsCaseMember.member_id == member_id)
        statement = (self._statement().where(or_(RightsCase.member_id == member_id, RightsCase.id.in_(in_group)))
                     .order_by(RightsCase.received_on.desc()))
        with self._db.engine.connect() as connection:
            return [self._row(r) for r in connection.execute(statement)]

    def years(self) -> list[int]:
        with self._db.engine.connect() as connection:
            first = connection.execute(select(func.min(RightsCase.received_on))).scalar()
        this = self.today.year
        return list(range(this, (first.year if first else this) - 1, -1))

    def reminders(self) -> list[Reminder]:
        """Mediation periods ending within 3 days or already past (overdue)."""
        soon = self.today + dt.timedelta(days=rules.DUE_SOON_DAYS)
        statement = self._statement().where(RightsCase.status == "open", RightsCase.mediation_due <= soon)
        found = []
        with self._db.engine.connect() as connection:
            for r in connection.execute(statement.order_by(RightsCase.mediation_due)):
                overdue = self.today > r.mediation_due
                text = (QT_TRANSLATE_NOOP("RightsReminders", "Mediation period ended {day}: overdue") if overdue
                        else QT_TRANSLATE_NOOP("RightsReminders", "Mediation period ends {day}"))
                found.append(Reminder(r.id, r.case_no, r.name, r.mediation_due, overdue,
                                      text.format(day=r.mediation_due.isoformat())))
        return found

    # -- one case -------------------------------------------------------------------------------

    def detail(self, case_id: int) -> CaseDetail:
        with self._db.session() as session:
            case = self._get(session, case_id)
            row = self._row(session.execute(self._statement().where(RightsCase.id == case_id)).one())
            member = session.get(Member, case.member_id)
            others = tuple((r[0], r[1]) for r in session.execute(
                select(Member.id, Member.name).join(RightsCaseMember, RightsCaseMember.member_id == Member.id)
                .where(RightsCaseMember.case_id == case_id).order_by(RightsCaseMember.id)).all())
            steps = tuple(StepRow(s.id, s.step, s.outcome, s.done_on, s.handler, s.participants, s.summary, s.reason,
                                  s.referral, s.terms, s.amount) for s in case.steps)
            state = rules.fold([rules.StepRecord(s.step, s.outcome, s.done_on, s.amount) for s in case.steps])
            return CaseDetail(
                row=row, gender=member.gender or "", mobile=member.mobile or "",
                id_number=mask_id_number(member.id_number), request=case.request, channel=case.channel,
                amount_claimed=case.amount_claimed, injury_detail=HIDDEN if case.injury_detail else "",
                other_members=others, accepted_on=case.accepted_on, closed_on=case.closed_on,
                filed_by=case.filed_by, steps=steps, next_steps=state.next_steps,
                suggested_close=rules.suggested_close_outcome(state), version=case.version)

    def reveal(self, case_id: int, field: str) -> str:
        """The applicant's "id_number" or the "injury_detail" in clear. Needs RIGHTS_SENSITIVE; the
        reveal is written to the audit trail."""
        if field not in REVEALABLE:
            raise ValueError(f"{field} cannot be revealed")
        self._actor.require(Permission.RIGHTS_SENSITIVE)
        with self._db.transaction() as session:
            case = self._get(session, case_id)
            if field == "id_number":
                value = session.scalar(select(Member.id_number).where(Member.id == case.member_id)) or ""
            else:
                value = case.injury_detail
            recorder.record(session, self._actor, "reveal", "rights_case", case_id, {"field": [None, field]})
        return value

    @staticmethod
    def _get(session, case_id: int) -> RightsCase:
        case = session.get(RightsCase, case_id)
        if case is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("RightsRules", "This case no longer exists. Refresh the list."))
        return case

    def step(self, case_id: int, step_id: int) -> StepRow:
        for row in self.detail(case_id).steps:
            if row.id == step_id:
                return row
        raise NotFoundError(QT_TRANSLATE_NOOP("RightsRules", "This case no longer exists. Refresh the list."))


@dataclass(frozen=True)
class MemberChoice:
    member_id: int
    name: str
    department: str


def member_choices(db: Database, actor: Actor, search: str, limit: int = 40) -> list[MemberChoice]:
    """Members matching a search (name, pinyin initials, phone or card tail), for picking the worker."""
    actor.require(Permission.RIGHTS_WRITE)
    statement = (select(Member.id, Member.name, Member.department)
                 .where(Member.deleted_at.is_(None), *search_conditions(search))
                 .order_by(Member.name_sort, Member.id).limit(limit))
    with db.engine.connect() as connection:
        return [MemberChoice(r.id, r.name, r.department or "") for r in connection.execute(statement)]


__all__ = ["CaseDetail", "CaseFilter", "CaseRow", "HIDDEN", "MemberChoice", "Reminder", "RightsQueries",
           "StepRow", "member_choices"]
