"""Reading activities: the filtered, sorted list (SQL-side), one activity's plan, participants,
attendance counts, expenses, results and visits, and a member's attendance history. Everything
returned is a plain frozen value."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from sqlalchemy import and_, case, func, literal, or_, select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.activities.entities import (
    Activity, ActivityExpense, ActivityParticipant, ActivityResult, ActivityType, CondolenceCeiling,
    CondolenceVisit,
)
from desktop.domain.activities.inputs import (
    ActivityInput, ActivityStatus, ParticipantState, VisitReason,
)
from desktop.domain.members.entities import Member
from desktop.domain.members.queries import MemberQueries
from desktop.domain.money import ZERO, from_fen
from desktop.store.database import Database
from desktop.store.fast_reads import first_column

SIGNED = str(ParticipantState.SIGNED_UP)
WAITING = str(ParticipantState.WAITING)


@dataclass(frozen=True)
class ActivityFilter:
    search: str = ""                     # words of the title (or place)
    type_code: str | None = None
    year: int | None = None
    status: ActivityStatus | None = None


SORT_COLUMNS = {
    "starts_on": (Activity.starts_on,),
    "title": (Activity.title,),
    "type_code": (Activity.type_code, Activity.starts_on),
    "place": (Activity.place, Activity.starts_on),
    "status": (Activity.status, Activity.starts_on),
    "budget": (Activity.budget,),
}


@dataclass(frozen=True)
class ActivityType_:
    code: str
    zh: str
    en: str
    category_code: str
    builtin: bool

    def label(self, language: str) -> str:
        return self.zh if language.startswith("zh") else self.en


@dataclass(frozen=True)
class ActivityRow:
    id: int
    title: str
    type_code: str
    starts_on: dt.date
    ends_on: dt.date | None
    place: str
    organizer: str
    status: ActivityStatus
    budget: Decimal | None
    capacity: int | None
    signed_up: int
    present: int
    spent: Decimal


@dataclass(frozen=True)
class ActivityDetail:
    id: int
    data: ActivityInput
    copied_from_id: int | None
    created_by: str
    version: int = 1   # handed back by an edit, so a save over a newer one is refused


@dataclass(frozen=True)
class Counts:
    signed_up: int
    waiting: int
    present: int
    walk_ins: int
    late: int


@dataclass(frozen=True)
class ParticipantRow:
    member_id: int
    name: str
    department: str
    team: str
    card_no: str
    state: ParticipantState
    present: bool
    late: bool
    walk_in: bool
    checked_in_at: dt.datetime | None
    signed_up_at: dt.datetime
    waiting_position: int | None   # 1, 2, … on the waiting list
    team_name: str


@dataclass(frozen=True)
class ExpenseRow:
    id: int
    category_code: str
    amount: Decimal
    spent_on: dt.date
    invoice_no: str
    payee: str
    note: str
    from_visit: bool


@dataclass(frozen=True)
class ResultRow:
    id: int
    member_id: int | None
    name: str
    department: str
    team_name: str
    rank: int | None
    score: str
    award: str
    note: str


@dataclass(frozen=True)
class VisitRow:
    id: int
    member_id: int
    name: str
    department: str
    reason: VisitReason
    visited_on: dt.date
    amount: Decimal
    gift: str
    note: str


@dataclass(frozen=True)
class MemberActivity:
    activity_id: int
    title: str
    type_code: str
    starts_on: dt.date
    status: ActivityStatus
    state: ParticipantState
    present: bool
    late: bool


@dataclass(frozen=True)
class CheckInCandidate:
    member_id: int
    name: str
    department: str
    card_no: str
    state: ParticipantState | None   # None: not on this activity's list (a walk-in)
    present: bool


def _yuan(value) -> Decimal:
    """A summed Money column: Decimal when the column type came through, whole fen otherwise."""
    if isinstance(value, Decimal):
        return value.quantize(ZERO)
    return from_fen(int(value or 0))


def year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


class ActivityQueries:
    def __init__(self, db: Database, actor: Actor):
        actor.require(Permission.MEMBERS_READ)
        self._db = db
        self._actor = actor

    # -- the list -------------------------------------------------------------------------------

    def _conditions(self, flt: ActivityFilter) -> list:
        conditions = []
        for word in flt.search.split():
            pattern = f"%{word}%"
            conditions.append(or_(Activity.title.like(pattern), Activity.place.like(pattern)))
        if flt.type_code:
            conditions.append(Activity.type_code == flt.type_code)
        if flt.year:
            start, end = year_bounds(flt.year)
            conditions.append(Activity.starts_on.between(start, end))
        if flt.status:
            conditions.append(Activity.status == str(flt.status))
        return conditions

    def ids(self, flt: ActivityFilter = ActivityFilter(), column: str = "starts_on",
            descending: bool = True) -> list[int]:
        order = [c.desc() if descending else c.asc() for c in SORT_COLUMNS[column]]
        order.append(Activity.id.desc() if descending else Activity.id.asc())
        statement = select(Activity.id).where(*self._conditions(flt)).order_by(*order)
        with self._db.engine.connect() as connection:
            return first_column(connection, statement)

    def count(self, flt: ActivityFilter = ActivityFilter()) -> int:
        with self._db.engine.connect() as connection:
            return connection.execute(
                select(func.count(Activity.id)).where(*self._conditions(flt))).scalar_one()

    def rows(self, ids: Sequence[int]) -> dict[int, ActivityRow]:
        if not ids:
            return {}
        p = ActivityParticipant
        signed = (select(func.count(p.id)).where(p.activity_id == Activity.id, p.state == SIGNED)
                  .scalar_subquery())
        present = (select(func.count(p.id)).where(p.activity_id == Activity.id, p.present.is_(True))
                   .scalar_subquery())
        spent = (select(func.coalesce(func.sum(ActivityExpense.amount), 0))
                 .where(ActivityExpense.activity_id == Activity.id).scalar_subquery())
        statement = select(Activity.id, Activity.title, Activity.type_code, Activity.starts_on, Activity.ends_on,
                           Activity.place, Activity.organizer, Activity.status, Activity.budget,
                           Activity.capacity, signed, present, spent).where(Activity.id.in_(list(ids)))
        with self._db.engine.connect() as connection:
            return {r[0]: ActivityRow(*r[:7], ActivityStatus(r[7]), r[8], r[9], r[10], r[11],
                                      _yuan(r[12]))
                    for r in connection.execute(statement)}

    def years(self) -> list[int]:
        """Years that have activities, newest first (for the year filter)."""
        with self._db.engine.connect() as connection:
            days = connection.execute(select(func.min(Activity.starts_on), func.max(Activity.starts_on))).one()
        if days[0] is None:
            return []
        return list(range(days[1].year, days[0].year - 1, -1))

    # -- one activity ---------------------------------------------------------------------------

    def detail(self, activity_id: int) -> ActivityDetail | None:
        with self._db.session() as session:
            a = session.get(Activity, activity_id)
            if a is None:
                return None
            data = ActivityInput(a.title, a.type_code, a.starts_on, a.start_time, a.ends_on, a.end_time, a.place,
                                 a.organizer, a.description, a.budget, ActivityStatus(a.status), a.capacity)
            return ActivityDetail(a.id, data, a.copied_from_id, a.created_by, version=a.version)

    def counts(self, activity_id: int) -> Counts:
        p = ActivityParticipant
        statement = select(
            func.coalesce(func.sum(case((p.state == SIGNED, 1), else_=0)), 0),
            func.coalesce(func.sum(case((p.state == WAITING, 1), else_=0)), 0),
            func.coalesce(func.sum(case((p.present.is_(True), 1), else_=0)), 0),
            func.coalesce(func.sum(case((and_(p.walk_in.is_(True), p.present.is_(True)), 1), else_=0)), 0),
            func.coalesce(func.sum(case((and_(p.late.is_(True), p.present.is_(True)), 1), else_=0)), 0),
        ).where(p.activity_id == activity_id)
        with self._db.engine.connect() as connection:
            return Counts(*(int(v) for v in connection.execute(statement).one()))

    def participants(self, activity_id: int, include_cancelled: bool = True) -> list[ParticipantRow]:
        """Signed-up members first (by name), then the waiting list in its order, then cancellations."""
        p = ActivityParticipant
        # Plain columns, not ORM objects: "everyone active" can be tens of thousands of rows.
        statement = (select(p.id, p.member_id, Member.name, Member.department, Member.team, Member.card_no,
                            p.state, p.present, p.late, p.walk_in, p.checked_in_at, p.signed_up_at, p.team_name,
                            Member.name_sort)
                     .join(Member, Member.id == p.member_id).where(p.activity_id == activity_id))
        if not include_cancelled:
            statement = statement.where(p.state != str(ParticipantState.CANCELLED))
        with self._db.engine.connect() as connection:
            found = connection.execute(statement).all()
        waiting = sorted((r for r in found if r.state == WAITING), key=lambda r: (r.signed_up_at, r.id))
        position = {r.id: n for n, r in enumerate(waiting, start=1)}
        rank = {SIGNED: 0, WAITING: 1, str(ParticipantState.CANCELLED): 2}
        found.sort(key=lambda r: (rank[r.state], position.get(r.id, 0), r.name_sort, r.id))
        states = {state.value: state for state in ParticipantState}
        return [ParticipantRow(r.member_id, r.name, r.department or "", r.team or "", r.card_no or "",
                               states[r.state], bool(r.present), bool(r.late), bool(r.walk_in), r.checked_in_at,
                               r.signed_up_at, position.get(r.id), r.team_name or "") for r in found]

    def expenses(self, activity_id: int) -> list[ExpenseRow]:
        e = ActivityExpense
        from_visit = select(CondolenceVisit.id).where(CondolenceVisit.expense_id == e.id).exists()
        statement = (select(e.id, e.category_code, e.amount, e.spent_on, e.invoice_no, e.payee, e.note, from_visit)
                     .where(e.activity_id == activity_id).order_by(e.spent_on, e.id))
        with self._db.session() as session:
            return [ExpenseRow(*r) for r in session.execute(statement)]

    def spent(self, activity_id: int) -> Decimal:
        with self._db.session() as session:
            total = session.execute(select(func.coalesce(func.sum(ActivityExpense.amount), 0))
                                    .where(ActivityExpense.activity_id == activity_id)).scalar_one()
        return _yuan(total)

    def results(self, activity_id: int) -> list[ResultRow]:
        r = ActivityResult
        statement = (select(r.id, r.member_id, func.coalesce(Member.name, ""), func.coalesce(Member.department, ""),
                            r.team_name, r.rank, r.score, r.award, r.note)
                     .outerjoin(Member, Member.id == r.member_id).where(r.activity_id == activity_id)
                     .order_by(case((r.rank.is_(None), 1), else_=0), r.rank, r.id))
        with self._db.engine.connect() as connection:
            return [ResultRow(*row) for row in connection.execute(statement)]

    def visits(self, activity_id: int | None = None, member_id: int | None = None) -> list[VisitRow]:
        v = CondolenceVisit
        statement = (select(v.id, v.member_id, Member.name, func.coalesce(Member.department, ""), v.reason,
                            v.visited_on, v.amount, v.gift, v.note)
                     .join(Member, Member.id == v.member_id).order_by(v.visited_on, v.id))
        if activity_id is not None:
            statement = statement.where(v.activity_id == activity_id)
        if member_id is not None:
            statement = statement.where(v.member_id == member_id)
        with self._db.session() as session:
            return [VisitRow(r[0], r[1], r[2], r[3], VisitReason(r[4]), *r[5:]) for r in session.execute(statement)]

    # -- code table and settings ----------------------------------------------------------------

    def types(self) -> list[ActivityType_]:
        with self._db.session() as session:
            return [ActivityType_(t.code, t.zh, t.en, t.category_code, t.builtin) for t in session.scalars(
                select(ActivityType).order_by(ActivityType.position, ActivityType.code))]

    def ceilings(self) -> dict[VisitReason, Decimal | None]:
        with self._db.session() as session:
            stored = {c.reason: c.yearly_limit for c in session.scalars(select(CondolenceCeiling))}
        return {reason: stored.get(str(reason)) for reason in VisitReason}

    # -- for the member page and the door -------------------------------------------------------

    def member_activities(self, member_id: int) -> list[MemberActivity]:
        """The activities a member was on (not cancelled), newest first."""
        p = ActivityParticipant
        statement = (select(Activity.id, Activity.title, Activity.type_code, Activity.starts_on, Activity.status,
                            p.state, p.present, p.late)
                     .join(p, p.activity_id == Activity.id)
                     .where(p.member_id == member_id, p.state != str(ParticipantState.CANCELLED))
                     .order_by(Activity.starts_on.desc(), Activity.id.desc()))
        with self._db.engine.connect() as connection:
            return [MemberActivity(r[0], r[1], r[2], r[3], ActivityStatus(r[4]), ParticipantState(r[5]),
                                   bool(r[6]), bool(r[7])) for r in connection.execute(statement)]

    def check_in_candidates(self, activity_id: int, text: str, limit: int = 20) -> list[CheckInCandidate]:
        """Who the text typed at the door (name, pinyin initials, card number) may mean: members on
        the activity's list first; when none of them matches, current members who could walk in.

        The search is the member register's own (desktop.domain.members.search_keys terms)."""
        matches = MemberQueries(self._db, self._actor).matching(text)
        if not matches:
            return []
        p = ActivityParticipant
        columns = (Member.id, Member.name, Member.department, Member.card_no, p.state, p.present)
        with self._db.engine.connect() as connection:
            listed = connection.execute(
                select(*columns).join(p, and_(p.member_id == Member.id, p.activity_id == activity_id))
                .where(Member.id.in_(list(matches)), p.state != str(ParticipantState.CANCELLED))
                .order_by(Member.name_sort).limit(limit)).all()
            if listed:
                return [CheckInCandidate(r[0], r[1], r[2] or "", r[3] or "", ParticipantState(r[4]), bool(r[5]))
                        for r in listed]
            others = connection.execute(
                select(Member.id, Member.name, Member.department, Member.card_no, literal(None), literal(False))
                .where(Member.id.in_(list(matches)), Member.deleted_at.is_(None),
                       Member.status.in_(("active", "retained")))
                .order_by(Member.name_sort).limit(limit)).all()
        return [CheckInCandidate(r[0], r[1], r[2] or "", r[3] or "", None, False) for r in others]

    def visit_total(self, member_id: int, reason: VisitReason, year: int, excluding: int | None = None) -> Decimal:
        """What a member has received for one reason in one calendar year."""
        start, end = year_bounds(year)
        v = CondolenceVisit
        statement = select(func.coalesce(func.sum(v.amount), 0)).where(
            v.member_id == member_id, v.reason == str(reason), v.visited_on.between(start, end))
        if excluding is not None:
            statement = statement.where(v.id != excluding)
        with self._db.engine.connect() as connection:
            return _yuan(connection.execute(statement).scalar_one())

    def active_member_ids(self, department: str | None = None, team: str | None = None) -> list[int]:
        """Members in the register now (status active, not in the trash), of one department and/or
        team when given: "add a department", "add a team", "add everyone active"."""
        conditions = [Member.status == "active", Member.deleted_at.is_(None)]
        if department:
            conditions.append(Member.department == department)
        if team:
            conditions.append(Member.team == team)
        with self._db.engine.connect() as connection:
            return first_column(connection, select(Member.id).where(*conditions).order_by(Member.name_sort))

    def post_holders(self, group: str) -> list[int]:
        """Active members holding a union post (or on the committee) today: a participants group."""
        from desktop.domain.members.posts import holders

        return holders(self._db, self._actor, group, active_only=True)

    def member_choices(self, text: str, limit: int = 30) -> list[CheckInCandidate]:
        """Current members whose name, pinyin or number matches, for the pickers of the pane."""
        matches = MemberQueries(self._db, self._actor).matching(text)
        if not matches:
            return []
        with self._db.engine.connect() as connection:
            found = connection.execute(
                select(Member.id, Member.name, Member.department, Member.card_no)
                .where(Member.id.in_(list(matches)), Member.deleted_at.is_(None),
                       Member.status.in_(("active", "retained")))
                .order_by(Member.name_sort).limit(limit)).all()
        return [CheckInCandidate(r[0], r[1], r[2] or "", r[3] or "", None, False) for r in found]

    def spending_categories(self) -> list:
        """The SPENDING categories an expense may use (desktop.domain.funds.categories)."""
        from desktop.domain.funds.categories import spending_choices

        return spending_choices(self._db)
