"""The union's figures as of a day (基层工会统计年报), computed from the register's history.

`StatisticsQueries(db, actor).report(as_of)` reads everything once and returns frozen values: the
member figures (rules.MEMBER_FIGURES), the year's movements, the union bodies, the year's
activities, hardship aid, dues and funds, and the consistency checks. The home pane's member
figures call `member_counts` and `movements` here, so both panes count alike. Parts a role may
not read (funds for a teller, aid outside the aid role) are left out, not masked.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from sqlalchemy import and_, case, func, or_, select, true

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.members.entities import Member, MembershipEvent, MemberPost
from desktop.domain.members.lifecycle import EventType
from desktop.domain.money import from_fen
from desktop.domain.statistics import rules
from desktop.domain.statistics.entities import UnionYearFigures
# The yearly settings in force on a day (the latest entry dated on or before it): the same value
# the cadre types.
from desktop.domain.statistics.inputs import SettingsInput as YearSettings
from desktop.store.database import Database

ZERO = Decimal("0.00")

# Union bodies: the 工会职务 codes each counts (resources/codes: union_post).
BODIES = {
    "committee": ("01", "02", "03"),
    "audit_committee": ("04", "05"),
    "women_committee": ("06", "07"),
    "member_representatives": ("09",),
    "congress_delegates": ("10",),
}


@dataclass(frozen=True)
class BodyCount:
    key: str
    count: int | None
    from_posts: bool      # counted from 工会职务 records; otherwise typed in the yearly settings


@dataclass(frozen=True)
class ActivityLine:
    type_code: str
    label_zh: str
    label_en: str
    activities: int
    attendances: int      # people present, counted once per activity


@dataclass(frozen=True)
class YearActivity:
    id: int
    starts_on: dt.date
    title: str
    type_code: str
    type_zh: str
    type_en: str
    attendances: int


@dataclass(frozen=True)
class AidLine:
    tier: str             # deep | relative | accident | "" (none computed)
    households: int
    payments: int
    amount: Decimal


@dataclass(frozen=True)
class FundLine:
    code: str
    label_zh: str
    label_en: str
    kind: str             # income | spending
    parent: str | None
    amount: Decimal


@dataclass(frozen=True)
class Report:
    as_of: dt.date
    union_name: str
    members: dict[str, int]              # rules.MEMBER_FIGURE_KEYS -> count
    start_members: int                   # members on 31 December of the year before
    movements: dict[str, int]            # EventType value -> events in the year up to the day
    settings: YearSettings | None
    bodies: tuple[BodyCount, ...]
    activities: tuple[ActivityLine, ...]
    year_activities: tuple[YearActivity, ...]
    aid: tuple[AidLine, ...] | None      # None: the reader may not see hardship aid
    dues_collected: Decimal | None       # None: the reader may not see dues and funds
    funds: tuple[FundLine, ...] | None
    checks: tuple[rules.Check, ...]

    @property
    def workforce(self) -> int | None:
        return self.settings.workforce if self.settings else None

    @property
    def membership_rate(self) -> str:
        return rules.membership_rate(self.members["members"], self.workforce)

    def fund(self, code: str) -> Decimal:
        return next((line.amount for line in self.funds or () if line.code == code), ZERO)

    def body(self, key: str) -> int | None:
        return next((b.count for b in self.bodies if b.key == key), None)


class StatisticsQueries:
    def __init__(self, db: Database, actor: Actor):
        actor.require(Permission.MEMBERS_READ)
        self._db = db
        self._actor = actor
        # A reader who sees birth years only gets ages by year (docs/domain.md, Masking).
        self._by_year = not actor.can(Permission.SENSITIVE_READ)

    # -- members ----------------------------------------------------------------------------------

    def _figure(self, figure: rules.MemberFigure, day: dt.date):
        """The SQL condition of a member figure (rules.MemberFigure.test) on `day`."""
        kind, *args = figure.test
        if kind == "all":
            return true()
        if kind == "standing":
            return MembershipEvent.event_type.in_([str(e) for e in args[0]])
        if kind == "gender":
            return Member.gender == args[0]
        if kind == "migrant":
            return Member.is_migrant_worker.is_(True)
        if kind == "minority":
            return and_(Member.ethnicity.is_not(None), Member.ethnicity.not_in(["", rules.HAN]))
        if kind == "age":
            after, until = rules.birth_bounds(args[0], args[1], day, self._by_year)
            return and_(Member.birth_date.is_not(None),
                        Member.birth_date > after if after else true(),
                        Member.birth_date <= until if until else true())
        if kind == "age_unknown":
            return Member.birth_date.is_(None)
        column = getattr(Member, args[0])
        if kind == "code":
            return column.in_(args[1])
        return or_(column.is_(None), column.not_in(args[1]))   # code_other

    def member_counts(self, as_of: dt.date, keys: Sequence[str] = rules.MEMBER_FIGURE_KEYS) -> dict[str, int]:
        """The member figures `keys` (all of them by default) on `as_of`, in one pass of SQL over the
        register (a page that shows four asks for four: each is a test on every member's row)."""
        figures = [rules.member_figure(key) for key in keys]
        sums = [func.coalesce(func.sum(case((self._figure(f, as_of), 1), else_=0)), 0) for f in figures]
        statement = _standing(as_of, *sums).where(_a_member())
        with self._db.engine.connect() as connection:
            row = connection.execute(statement).one()
        return dict(zip(keys, (int(v) for v in row)))

    def age_and_gender(self, as_of: dt.date) -> dict[str, tuple[int, int]]:
        """Members on `as_of` by age band: (men, women), for the printed report's chart."""
        bands = [rules.member_figure(key) for key in rules.AGE_BAND_KEYS]
        sums = [func.coalesce(func.sum(case((and_(self._figure(b, as_of), Member.gender == gender), 1),
                                            else_=0)), 0) for b in bands for gender in ("1", rules.WOMAN)]
        with self._db.engine.connect() as connection:
            row = connection.execute(_standing(as_of, *sums).where(_a_member())).one()
        return {key: (int(row[2 * i]), int(row[2 * i + 1])) for i, key in enumerate(rules.AGE_BAND_KEYS)}

    def members_behind(self, key: str, as_of: dt.date) -> list[int]:
        """The members a figure counts: a member figure on the day, or the people of a movement or
        a union body."""
        if key in rules.MEMBER_FIGURE_KEYS:
            statement = _standing(as_of, Member.id).where(_a_member(), self._figure(rules.member_figure(key), as_of))
            with self._db.engine.connect() as connection:
                return list(connection.execute(statement).scalars())
        if key in {str(e) for e in rules.MOVEMENTS}:
            return self._movers(EventType(key), rules.year_start(as_of), as_of)
        if key in BODIES:
            return self._post_holders(BODIES[key], as_of)
        raise KeyError(key)

    def member_total(self, as_of: dt.date) -> int:
        """The "members" figure alone, counted in SQL (last year's end, for the movements)."""
        statement = _standing(as_of, func.count(Member.id)).where(_a_member())
        with self._db.engine.connect() as connection:
            return connection.execute(statement).scalar_one()

    def movements(self, start: dt.date, end: dt.date) -> dict[str, int]:
        """History entries dated from `start` to `end` by kind (undated entries are in no year)."""
        statement = (select(MembershipEvent.event_type, func.count(MembershipEvent.id))
                     .join(Member, Member.id == MembershipEvent.member_id)
                     .where(Member.deleted_at.is_(None), MembershipEvent.event_date.between(start, end))
                     .group_by(MembershipEvent.event_type))
        with self._db.engine.connect() as connection:
            found = dict(connection.execute(statement).all())
        return {str(e): found.get(str(e), 0) for e in rules.MOVEMENTS}

    def _movers(self, event: EventType, start: dt.date, end: dt.date) -> list[int]:
        statement = (select(MembershipEvent.member_id).distinct()
                     .join(Member, Member.id == MembershipEvent.member_id)
                     .where(Member.deleted_at.is_(None), MembershipEvent.event_type == str(event),
                            MembershipEvent.event_date.between(start, end)))
        with self._db.engine.connect() as connection:
            return list(connection.execute(statement).scalars())

    # -- union bodies -----------------------------------------------------------------------------

    def _post_holders(self, posts: tuple[str, ...], day: dt.date) -> list[int]:
        statement = (select(MemberPost.member_id).distinct()
                     .join(Member, Member.id == MemberPost.member_id)
                     .where(Member.deleted_at.is_(None), MemberPost.post.in_(posts), MemberPost.started_on <= day,
                            or_(MemberPost.ended_on.is_(None), MemberPost.ended_on >= day)))
        with self._db.engine.connect() as connection:
            return list(connection.execute(statement).scalars())

    def bodies(self, as_of: dt.date, settings: YearSettings | None) -> tuple[BodyCount, ...]:
        """Each body from the 工会职务 held on the day; where nobody holds its posts, the figure typed
        in the yearly settings (or None: not known)."""
        found = []
        for key, posts in BODIES.items():
            holders = len(self._post_holders(posts, as_of))
            typed = getattr(settings, key) if settings else None
            if holders or typed is None:
                found.append(BodyCount(key, holders or None, bool(holders)))
            else:
                found.append(BodyCount(key, typed, False))
        return tuple(found)

    # -- yearly settings --------------------------------------------------------------------------

    def settings(self, as_of: dt.date) -> YearSettings | None:
        with self._db.session() as session:
            row = session.scalar(select(UnionYearFigures).where(UnionYearFigures.as_of <= as_of)
                                 .order_by(UnionYearFigures.as_of.desc()).limit(1))
            return None if row is None else settings_of(row)

    def all_settings(self) -> list[YearSettings]:
        with self._db.session() as session:
            rows = session.scalars(select(UnionYearFigures).order_by(UnionYearFigures.as_of.desc()))
            return [settings_of(row) for row in rows]

    # -- the year's work --------------------------------------------------------------------------

    def year_activities(self, as_of: dt.date) -> tuple[YearActivity, ...]:
        """Activities that started in the year up to the day (not cancelled), with attendance."""
        from desktop.domain.activities.entities import Activity, ActivityParticipant, ActivityType

        present = (select(ActivityParticipant.activity_id, func.count(ActivityParticipant.id).label("n"))
                   .where(ActivityParticipant.present.is_(True)).group_by(ActivityParticipant.activity_id).subquery())
        statement = (select(Activity.id, Activity.starts_on, Activity.title, Activity.type_code, ActivityType.zh,
                            ActivityType.en, func.coalesce(present.c.n, 0))
                     .join(ActivityType, ActivityType.code == Activity.type_code)
                     .outerjoin(present, present.c.activity_id == Activity.id)
                     .where(Activity.starts_on.between(rules.year_start(as_of), as_of), Activity.status != "cancelled")
                     .order_by(Activity.starts_on, Activity.id))
        with self._db.engine.connect() as connection:
            return tuple(YearActivity(*row) for row in connection.execute(statement))

    @staticmethod
    def activity_lines(activities: tuple[YearActivity, ...]) -> tuple[ActivityLine, ...]:
        lines: dict[str, list] = {}
        for a in activities:
            line = lines.setdefault(a.type_code, [a.type_code, a.type_zh, a.type_en, 0, 0])
            line[3] += 1
            line[4] += a.attendances
        return tuple(ActivityLine(*line) for line in lines.values())

    def aid(self, as_of: dt.date) -> tuple[AidLine, ...] | None:
        """Payments made in the year up to the day, by the tier of the household's case."""
        if not self._actor.can(Permission.AID_READ):
            return None
        from desktop.domain.aid.entities import AidCase, AidPayment

        statement = (select(AidCase.tier, func.count(func.distinct(AidPayment.case_id)), func.count(AidPayment.id),
                            func.sum(AidPayment.amount))
                     .join(AidCase, AidCase.id == AidPayment.case_id)
                     .where(AidPayment.paid_on.between(rules.year_start(as_of), as_of))
                     .group_by(AidCase.tier).order_by(AidCase.tier))
        with self._db.engine.connect() as connection:
            return tuple(AidLine(tier or "", households, payments, _yuan(total))
                         for tier, households, payments, total in connection.execute(statement))

    def dues_collected(self, as_of: dt.date) -> Decimal | None:
        """Dues paid in the year up to the day (corrections are negative rows and count)."""
        if not self._actor.can(Permission.FUNDS_READ):
            return None
        from desktop.domain.dues.entities import DuesPayment

        statement = select(func.sum(DuesPayment.amount)).where(
            DuesPayment.paid_on.between(rules.year_start(as_of), as_of))
        with self._db.engine.connect() as connection:
            return _yuan(connection.execute(statement).scalar_one())

    def funds(self, as_of: dt.date) -> tuple[FundLine, ...] | None:
        """Income and spending of the year up to the day by category (parents include sub-items)."""
        if not self._actor.can(Permission.FUNDS_READ):
            return None
        from desktop.domain.funds.queries import FundsQueries

        totals = FundsQueries(self._db, self._actor).by_category(rules.year_start(as_of), as_of)
        return tuple(FundLine(t.code, t.label_zh, t.label_en, t.kind, t.parent, t.amount) for t in totals)

    # -- the whole report -------------------------------------------------------------------------

    def report_and_year_before(self, as_of: dt.date) -> tuple[Report, Report]:
        """The report on `as_of` and the one a year earlier (the pane compares them), each on its
        own connection at the same time: most of their time is SQLite's, which runs without
        holding Python's lock, so a second core halves the wait."""
        with ThreadPoolExecutor(max_workers=1) as helper:
            earlier = helper.submit(self.report, rules.a_year_earlier(as_of))
            return self.report(as_of), earlier.result()

    def report(self, as_of: dt.date) -> Report:
        from desktop.domain.accounts.service import union_name

        members = self.member_counts(as_of)
        start_members = self.member_total(rules.previous_year_end(as_of))
        movements = self.movements(rules.year_start(as_of), as_of)
        settings = self.settings(as_of)
        activities = self.year_activities(as_of)
        checks = rules.checks(members, start_members, movements, settings.workforce if settings else None,
                              settings.women_workforce if settings else None)
        return Report(as_of, union_name(self._db), members, start_members, movements, settings,
                      self.bodies(as_of, settings), self.activity_lines(activities), activities, self.aid(as_of),
                      self.dues_collected(as_of), self.funds(as_of), checks)


def _a_member():
    """The last entry up to the day leaves the person a member (在册 or 保留)."""
    return MembershipEvent.event_type.in_([str(e) for e in rules.MEMBER_EVENTS])


def _standing(as_of: dt.date, *columns):
    """SELECT `columns` FROM each person (not in the trash) joined to their last history entry dated
    on or before `as_of`; an undated entry (join date unknown) counts as before every day."""
    dated = or_(MembershipEvent.event_date.is_(None), MembershipEvent.event_date <= as_of)
    last = (select(MembershipEvent.member_id, func.max(MembershipEvent.id).label("last_id"))
            .where(dated).group_by(MembershipEvent.member_id).subquery())
    return (select(*columns).select_from(Member)
            .join(last, last.c.member_id == Member.id)
            .join(MembershipEvent, MembershipEvent.id == last.c.last_id)
            .where(Member.deleted_at.is_(None)))


def settings_of(row: UnionYearFigures) -> YearSettings:
    return YearSettings(row.as_of, row.workforce, row.women_workforce, row.migrant_workforce, row.committee,
                        row.audit_committee, row.women_committee, row.member_representatives,
                        row.congress_delegates, row.note or "")


def _yuan(total) -> Decimal:
    """A SUM over a Money column: yuan when SQLAlchemy kept the column type, integer fen otherwise."""
    if total is None:
        return ZERO
    return total if isinstance(total, Decimal) else from_fen(int(total))
