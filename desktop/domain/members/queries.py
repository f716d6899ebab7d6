"""Reading the member register: filtered, sorted id lists and the rows for them, SQL-side.

A table on screen holds only the ordered ids for its filter and sort and asks for the rows it
shows, a page at a time (docs/design.md). Everything returned is a plain, frozen value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from sqlalchemy import Select, and_, case, func, or_, select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit import recorder
from desktop.domain.id_numbers import mask_id_number
from desktop.domain.phones import mask_phone
from desktop.domain.members.entities import Member, MembershipEvent, MemberSearchTerm
from desktop.domain.members.lifecycle import EventType, HistoryEvent, Status
from desktop.domain.members.posts import posts_of
from desktop.domain.members.search_keys import NUMBER_TAIL, pinyin_sorted, prefix_upper_bound, query_prefixes
from desktop.domain.members.inputs import MEMBER_FIELDS, TEXT_FIELDS, MemberInput
from desktop.store.database import Database
from desktop.store.fast_reads import first_column


@dataclass(frozen=True)
class AgeBand:
    """Ages from `low` to `high` inclusive (None = open end), measured on the day of the query."""

    low: int | None
    high: int | None


AGE_BANDS = {
    "under35": AgeBand(None, 34),
    "35to44": AgeBand(35, 44),
    "45to54": AgeBand(45, 54),
    "55plus": AgeBand(55, None),
}


@dataclass(frozen=True)
class MemberFilter:
    search: str = ""
    statuses: frozenset[Status] = frozenset()   # empty = any status
    department: str | None = None
    gender: str | None = None
    age_band: str | None = None                 # a key of AGE_BANDS
    migrant_worker: bool | None = None
    in_trash: bool = False
    no_attendance_year: int | None = None       # attended no activity in this calendar year
    union_post: str | None = None               # holds this post (or "committee") on the day asked
    join_date_unknown: bool = False             # imported without a join date: to be filled in
    member_ids: frozenset[int] | None = None    # only these (the members behind a statistics figure)


# Sortable columns: the key a view asks for -> the SQL expressions it sorts by.
SORT_COLUMNS = {
    "name": (Member.name_sort,),
    "gender": (Member.gender, Member.name_sort),
    "birth_date": (Member.birth_date,),
    "ethnicity": (Member.ethnicity, Member.name_sort),
    "department": (Member.department, Member.name_sort),
    "team": (Member.team, Member.name_sort),
    "post": (Member.post, Member.name_sort),
    "mobile": (Member.mobile,),
    "id_number": (Member.id_number,),
    "card_no": (Member.card_no,),
    "member_no": (Member.member_no,),
    "join_date": (Member.join_date,),
    "status": (Member.status, Member.name_sort),
    "education": (Member.education, Member.name_sort),
    "political_status": (Member.political_status, Member.name_sort),
    "is_migrant_worker": (Member.is_migrant_worker, Member.name_sort),
    "employment_status": (Member.employment_status, Member.name_sort),
}


@dataclass(frozen=True)
class SortOrder:
    column: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class MemberRow:
    """What one line of the member table shows."""

    id: int
    name: str
    gender: str
    birth_date: dt.date | None
    ethnicity: str | None
    department: str | None
    team: str | None
    post: str | None
    mobile: str | None
    id_number: str
    card_no: str | None
    member_no: str | None
    join_date: dt.date | None
    status: Status
    education: str | None
    political_status: str | None
    is_migrant_worker: bool
    employment_status: str | None
    birth_year: int | None = None   # shown instead of birth_date where the ID number is masked

    @property
    def birth_text(self) -> str:
        """The birth date, or only its year where the ID number is masked (docs/domain.md, Masking)."""
        if self.birth_date is not None:
            return self.birth_date.isoformat()
        return str(self.birth_year) if self.birth_year else ""


_ROW_COLUMNS = [getattr(Member, f) for f in MemberRow.__dataclass_fields__ if f != "birth_year"]


@dataclass(frozen=True)
class MemberDetail:
    """Everything about one member, with the membership history, for the member page."""

    id: int
    data: MemberInput
    status: Status
    history: tuple[HistoryEvent, ...]
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None = None
    posts: tuple = ()   # PostRow values (工会职务), current ones first
    birth_year: int | None = None   # where data.birth_date is withheld with a masked ID number
    version: int = 1   # what an edit hands back, so a save over someone else's change is refused

    @property
    def birth_text(self) -> str:
        if self.data.birth_date is not None:
            return self.data.birth_date.isoformat()
        return str(self.birth_year) if self.birth_year else ""


def _years_ago(today: dt.date, years: int) -> dt.date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


SENSITIVE_MEMBER_FIELDS = {"id_number": mask_id_number, "mobile": mask_phone}


def masked_row(row: MemberRow, phone: bool = True) -> MemberRow:
    """The row as a masked view shows it (docs/domain.md, Masking): ID number as area code and last
    four, the birth date as its year only (the hidden ID digits are the birth date), and the phone
    as 138****5678 unless `phone` is False."""
    birth = row.birth_date
    return replace(row, id_number=mask_id_number(row.id_number), birth_date=None,
                   birth_year=birth.year if birth else row.birth_year,
                   mobile=mask_phone(row.mobile) if phone else row.mobile)


def masked_detail(detail: MemberDetail, phone: bool = True) -> MemberDetail:
    """A whole record masked like `masked_row`."""
    data, birth = detail.data, detail.data.birth_date
    data = replace(data, id_number=mask_id_number(data.id_number), birth_date=None,
                   mobile=mask_phone(data.mobile) if phone else data.mobile)
    return replace(detail, data=data, birth_year=birth.year if birth else detail.birth_year)


def _word_condition(prefixes: list[str], masked: bool):
    """Members whose terms start with one of a typed word's prefixes. For a masked reader a number
    matches only card and member number tails: phone and ID tails would let anyone rebuild the
    hidden digits one search at a time (docs/domain.md, Masking)."""
    ranges = [and_(MemberSearchTerm.term >= p, MemberSearchTerm.term < prefix_upper_bound(p)) for p in prefixes]
    condition = Member.id.in_(select(MemberSearchTerm.member_id).where(or_(*ranges)))
    number_tails = [p[len(NUMBER_TAIL):][::-1] for p in prefixes if p.startswith(NUMBER_TAIL)]
    if masked and number_tails:
        tail = number_tails[0]
        condition = and_(condition, or_(func.lower(Member.card_no).like(f"%{tail}"),
                                        func.lower(Member.member_no).like(f"%{tail}")))
    return condition


def search_conditions(search: str, masked: bool = False) -> list:
    """WHERE conditions for members matching what was typed (name, pinyin, phone, ID or card tail):
    one indexed range look-up on the search terms per word. Empty when nothing searchable was typed.
    Other areas' member pickers filter with these, so every search box finds people alike; `masked`
    (a reader without Permission.SENSITIVE_READ) leaves phones and ID numbers out of the search."""
    return [_word_condition(prefixes, masked) for prefixes in query_prefixes(search)]


# What a masked reader's sort uses instead of the hidden value: sorting by the whole ID number or
# phone would give away the order of the hidden digits, and by birth date the hidden day.
MASKED_SORT_COLUMNS = {
    "birth_date": (func.extract("year", Member.birth_date), Member.name_sort),
    "mobile": (func.substr(Member.mobile, 1, 3), Member.name_sort),
    "id_number": (func.substr(Member.id_number, 1, 6), Member.name_sort),
}


class MemberQueries:
    """Reads for one acting user: without Permission.SENSITIVE_READ, ID numbers and phones come
    back masked (110105********002X, 138****5678); `reveal` unmasks one value and is audited."""

    def __init__(self, db: Database, actor: Actor):
        actor.require(Permission.MEMBERS_READ)
        self._db = db
        self._actor = actor
        self._masked = not actor.can(Permission.SENSITIVE_READ)

    @property
    def masked(self) -> bool:
        return self._masked

    def _filtered(self, statement: Select, flt: MemberFilter, today: dt.date) -> Select:
        return statement.where(*self._conditions(flt, today))

    def _conditions(self, flt: MemberFilter, today: dt.date) -> list:
        conditions = [Member.deleted_at.is_not(None) if flt.in_trash else Member.deleted_at.is_(None)]
        if flt.statuses:
            conditions.append(Member.status.in_([str(s) for s in flt.statuses]))
        if flt.department is not None:
            conditions.append(Member.department == flt.department)
        if flt.gender:
            conditions.append(Member.gender == flt.gender)
        if flt.join_date_unknown:
            conditions.append(Member.join_date.is_(None))
        if flt.member_ids is not None:
            conditions.append(Member.id.in_(sorted(flt.member_ids)))
        if flt.migrant_worker is not None:
            conditions.append(Member.is_migrant_worker.is_(flt.migrant_worker))
        if flt.age_band and self._masked:
            # By birth year only: a band measured to the day would tell, on the day someone moves
            # from one band to the next, their birthday (docs/domain.md, Masking).
            band = AGE_BANDS[flt.age_band]
            if band.low is not None:  # turns `low` this year at the latest
                conditions.append(Member.birth_date <= dt.date(today.year - band.low, 12, 31))
            if band.high is not None:  # turns at most `high` this year
                conditions.append(Member.birth_date >= dt.date(today.year - band.high, 1, 1))
        elif flt.age_band:
            band = AGE_BANDS[flt.age_band]
            if band.low is not None:  # at least `low` years old: born on or before that day
                conditions.append(Member.birth_date <= _years_ago(today, band.low))
            if band.high is not None:  # at most `high`: born after the day `high + 1` years ago
                conditions.append(Member.birth_date > _years_ago(today, band.high + 1))
        if flt.no_attendance_year is not None:
            # One NOT EXISTS probe of the (member_id, attended_on) index per member. (Imported here:
            # the activities' tables are not needed to show the register at start-up.)
            from desktop.domain.activities.entities import ActivityParticipant

            year = flt.no_attendance_year
            conditions.append(~select(ActivityParticipant.id).where(
                ActivityParticipant.member_id == Member.id,
                ActivityParticipant.attended_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31))).exists())
        if flt.union_post:
            from desktop.domain.members.posts import group_posts, held_condition

            conditions.append(held_condition(group_posts(flt.union_post), today))
        conditions += search_conditions(flt.search, self._masked)
        return conditions

    def ids(self, flt: MemberFilter, order: SortOrder = SortOrder(), today: dt.date | None = None) -> list[int]:
        """Ids of the members the filter lets through, in display order."""
        columns = (self._masked and MASKED_SORT_COLUMNS.get(order.column)) or SORT_COLUMNS[order.column]
        order_by = [c.desc() if order.descending else c.asc() for c in columns]
        order_by.append(Member.id.desc() if order.descending else Member.id.asc())
        statement = self._filtered(select(Member.id), flt, today or dt.date.today()).order_by(*order_by)
        with self._db.engine.connect() as connection:
            return first_column(connection, statement)

    def matching(self, search: str) -> frozenset[int] | None:
        """Ids of every member (any status, trash too) whose terms match all typed words; None when
        nothing searchable was typed. Each word is one indexed range look-up on the terms."""
        words = query_prefixes(search)
        if not words:
            return None
        found: frozenset[int] | None = None
        with self._db.engine.connect() as connection:
            for prefixes in words:
                ids = frozenset(first_column(connection, self._word_ids(prefixes)))
                found = ids if found is None else found & ids
                if not found:
                    break
        return found

    def _word_ids(self, prefixes: list[str]) -> Select:
        if self._masked:
            return select(Member.id).where(_word_condition(prefixes, True))
        ranges = [and_(MemberSearchTerm.term >= p, MemberSearchTerm.term < prefix_upper_bound(p)) for p in prefixes]
        return select(MemberSearchTerm.member_id).where(or_(*ranges))

    def narrow(self, ordered_ids: Sequence[int], search: str) -> list[int]:
        """The members of an already filtered and sorted id list that match a search, in order.

        Gives the same result as `ids()` with that search in the filter; a table that keeps the
        list for its filter and sort uses it so that each keystroke costs one terms look-up
        instead of re-sorting the whole register."""
        matches = self.matching(search)
        if matches is None:
            return list(ordered_ids)
        return [member_id for member_id in ordered_ids if member_id in matches]

    def count(self, flt: MemberFilter = MemberFilter(), today: dt.date | None = None) -> int:
        statement = self._filtered(select(func.count(Member.id)), flt, today or dt.date.today())
        with self._db.engine.connect() as connection:
            return connection.execute(statement).scalar_one()

    def counts(self, filters: Sequence[MemberFilter], today: dt.date | None = None) -> list[int]:
        """`count` of each filter, from one pass over the register (a chart of eight bars is one
        statement, not eight)."""
        today = today or dt.date.today()
        sums = [func.coalesce(func.sum(case((and_(*self._conditions(flt, today)), 1), else_=0)), 0)
                for flt in filters]
        with self._db.engine.connect() as connection:
            return [int(value) for value in connection.execute(select(*sums).select_from(Member)).one()]

    def rows(self, ids: Sequence[int]) -> dict[int, MemberRow]:
        """The table rows for these ids (any order); ids that no longer exist are left out."""
        if not ids:
            return {}
        with self._db.engine.connect() as connection:
            result = connection.execute(select(*_ROW_COLUMNS).where(Member.id.in_(list(ids))))
            rows = {r.id: MemberRow(*r[:13], Status(r.status), *r[14:]) for r in result}
        if self._masked:
            rows = {i: masked_row(r) for i, r in rows.items()}
        return rows

    def departments(self) -> list[str]:
        """Departments in use, for the filter and the dialog's suggestions."""
        statement = (select(Member.department).where(Member.department.is_not(None), Member.department != "")
                     .distinct().order_by(Member.department))
        with self._db.engine.connect() as connection:
            return pinyin_sorted(connection.execute(statement).scalars())

    def teams(self) -> list[str]:
        statement = (select(Member.team).where(Member.team.is_not(None), Member.team != "")
                     .distinct().order_by(Member.team))
        with self._db.engine.connect() as connection:
            return pinyin_sorted(connection.execute(statement).scalars())

    def detail(self, member_id: int) -> MemberDetail | None:
        with self._db.session() as session:
            member = session.get(Member, member_id)
            if member is None:
                return None
            detail = MemberDetail(
                id=member.id,
                data=member_input_of(member),
                status=Status(member.status),
                history=tuple(history_values(member.events)),
                created_at=member.created_at, updated_at=member.updated_at, deleted_at=member.deleted_at,
                posts=posts_of(session, member.id), version=member.version,
            )
        return masked_detail(detail) if self._masked else detail

    def post_holders(self, group: str, day: dt.date | None = None) -> list[int]:
        """Members holding a union post (or the committee) on `day`: a "who" picker's group."""
        from desktop.domain.members.posts import holders

        return holders(self._db, self._actor, group, day)

    def reveal(self, member_id: int, field: str) -> str:
        """The unmasked value of one sensitive field; the reveal is written to the audit trail."""
        if not (self._actor.can(Permission.SENSITIVE_READ) or self._actor.can(Permission.SENSITIVE_REVEAL)):
            self._actor.require(Permission.SENSITIVE_REVEAL)
        if field not in SENSITIVE_MEMBER_FIELDS:
            raise ValueError(f"{field} is not a sensitive member field")
        with self._db.transaction() as session:
            value = session.scalar(select(getattr(Member, field)).where(Member.id == member_id))
            recorder.record(session, self._actor, "reveal", "member", member_id, {"field": [None, field]})
        return value or ""

    def find_by_id_number(self, id_number: str) -> int | None:
        with self._db.engine.connect() as connection:
            return connection.execute(
                select(Member.id).where(Member.id_number == id_number)).scalar_one_or_none()


def member_input_of(member: Member) -> MemberInput:
    """The stored record as the dialog's input value (text fields as "", never None)."""
    return MemberInput(**{
        name: (getattr(member, name) or "") if name in TEXT_FIELDS else getattr(member, name)
        for name in MEMBER_FIELDS
    })


def history_values(events: Iterable[MembershipEvent]) -> list[HistoryEvent]:
    return [
        HistoryEvent(EventType(e.event_type), e.event_date, e.reason, e.approver or "", e.note or "",
                     e.recorded_by, e.recorded_at)
        for e in events
    ]
