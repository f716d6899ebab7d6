"""Reading the suggestions register (合理化建议): read by every role that reads the member
register; proposers are shown by name only. Everything returned is a plain, frozen value."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, or_, select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.errors import NotFoundError
from desktop.domain.members.entities import Member
from desktop.domain.proposals.settings import ProposalSettings, read_settings
from desktop.domain.suggestions import rules
from desktop.domain.suggestions.entities import Suggestion, SuggestionProposer
from desktop.domain.service_base import ServiceBase
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.database import Database

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class SuggestionFilter:
    year: int | None = None
    status: str = ""
    decision: str = ""
    search: str = ""


@dataclass(frozen=True)
class SuggestionRow:
    id: int
    number: str
    title: str
    proposers: str            # names, or the team
    department: str
    submitted_on: dt.date
    stage: str
    status: str
    decision: str
    score: Decimal | None
    reviews: int
    implemented_on: dt.date | None
    actual_benefit: Decimal
    reward_grade: str
    reward_amount: Decimal
    reward_entry_id: int | None


@dataclass(frozen=True)
class ScoreRow:
    reviewer: str
    scored_on: dt.date
    points: tuple[tuple[str, int, Decimal], ...]   # criterion, most, given
    total: Decimal
    comment: str


@dataclass(frozen=True)
class StepRow:
    id: int
    step: str
    decision: str
    done_on: dt.date
    handler: str
    text: str
    department: str
    amount: Decimal


@dataclass(frozen=True)
class SuggestionDetail:
    row: SuggestionRow
    proposer_ids: tuple[int, ...]
    team: str
    situation: str
    proposal: str
    expected_benefit: str
    scores: tuple[ScoreRow, ...]
    steps: tuple[StepRow, ...]
    next_steps: tuple[str, ...]
    version: int = 1   # handed back by an edit, so a save over a newer one is refused


@dataclass(frozen=True)
class DepartmentLine:
    department: str
    submitted: int
    adopted: int               # 采纳 or 试行
    implemented: int
    benefit: Decimal
    rewards: Decimal


@dataclass(frozen=True)
class YearSummary:
    year: int
    submitted: int
    adopted: int
    implemented: int
    benefit: Decimal
    rewards_paid: Decimal
    rewarded: int
    by_department: tuple[DepartmentLine, ...]


class SuggestionQueries(ServiceBase):
    """Reads for one acting user: the permission is checked here, once."""

    def __init__(self, db: Database, actor: Actor, today: dt.date | None = None):
        actor.require(Permission.MEMBERS_READ)
        super().__init__(db, actor, today)

    def settings(self) -> ProposalSettings:
        with self._db.session() as session:
            return read_settings(session)

    def score_sheet(self) -> tuple[tuple[str, int], ...]:
        return self.settings().score_sheet

    def years(self) -> list[int]:
        with self._db.engine.connect() as connection:
            first = connection.execute(select(func.min(Suggestion.submitted_on))).scalar()
        this = self.today.year
        return list(range(this, (first.year if first else this) - 1, -1))

    def _names(self, session, ids: list[int]) -> dict[int, str]:
        names: dict[int, list[str]] = {}
        statement = (select(SuggestionProposer.suggestion_id, Member.name)
                     .join(Member, Member.id == SuggestionProposer.member_id)
                     .where(SuggestionProposer.suggestion_id.in_(ids)).order_by(SuggestionProposer.id))
        for suggestion_id, name in session.execute(statement):
            names.setdefault(suggestion_id, []).append(name)
        return {k: "、".join(v) for k, v in names.items()}

    @staticmethod
    def _row(s: Suggestion, names: dict[int, str]) -> SuggestionRow:
        who = names.get(s.id, "")
        if s.team:
            who = f"{s.team}（{who}）" if who else s.team
        return SuggestionRow(s.id, s.number, s.title, who, s.department, s.submitted_on, s.stage, s.status,
                             s.decision, s.score, s.reviews, s.implemented_on, s.actual_benefit, s.reward_grade,
                             s.reward_amount, s.reward_entry_id)

    def rows(self, flt: SuggestionFilter = SuggestionFilter()) -> list[SuggestionRow]:
        statement = select(Suggestion)
        if flt.year:
            statement = statement.where(Suggestion.submitted_on.between(dt.date(flt.year, 1, 1),
                                                                        dt.date(flt.year, 12, 31)))
        if flt.status:
            statement = statement.where(Suggestion.status == flt.status)
        if flt.decision:
            statement = statement.where(Suggestion.decision == flt.decision)
        text = flt.search.strip()
        if text:
            like = f"%{text}%"
            by_name = (select(SuggestionProposer.suggestion_id).join(Member, Member.id == SuggestionProposer.member_id)
                       .where(Member.name.like(like)))
            statement = statement.where(or_(Suggestion.number.like(like), Suggestion.title.like(like),
                                            Suggestion.team.like(like), Suggestion.id.in_(by_name)))
        statement = statement.order_by(Suggestion.submitted_on.desc(), Suggestion.id.desc())
        with self._db.session() as session:
            found = session.scalars(statement).all()
            names = self._names(session, [s.id for s in found])
            return [self._row(s, names) for s in found]

    def detail(self, suggestion_id: int) -> SuggestionDetail:
        with self._db.session() as session:
            s = session.get(Suggestion, suggestion_id)
            if s is None:
                raise NotFoundError(QT_TRANSLATE_NOOP(
                    "SuggestionRules", "This suggestion no longer exists. Refresh the list."))
            row = self._row(s, self._names(session, [s.id]))
            scores = tuple(ScoreRow(c.reviewer, c.scored_on, tuple((n, int(m), Decimal(p))
                                                                  for n, m, p in json.loads(c.sheet)),
                                    c.total, c.comment) for c in s.scores)
            steps = tuple(StepRow(t.id, t.step, t.decision, t.done_on, t.handler, t.text, t.department, t.amount)
                          for t in s.steps)
            state = rules.fold([rules.StepRecord(t.step, t.decision, t.done_on) for t in s.steps])
            return SuggestionDetail(row, tuple(p.member_id for p in s.proposers), s.team, s.situation, s.proposal,
                                    s.expected_benefit, scores, steps, state.next_steps, version=s.version)

    def rewards(self, year: int) -> list[SuggestionRow]:
        """The year's suggestions (handed in that year) that were rewarded, biggest reward first:
        the 奖励名单 (the reward itself may be paid early the next year)."""
        statement = (select(Suggestion).where(Suggestion.submitted_on.between(dt.date(year, 1, 1),
                                                                             dt.date(year, 12, 31)),
                                              Suggestion.reward_entry_id.is_not(None))
                     .order_by(Suggestion.reward_amount.desc(), Suggestion.number))
        with self._db.session() as session:
            found = session.scalars(statement).all()
            names = self._names(session, [s.id for s in found])
            return [self._row(s, names) for s in found]

    def year_summary(self, year: int) -> YearSummary:
        rows = self.rows(SuggestionFilter(year=year))
        departments = sorted({r.department or "—" for r in rows})
        lines = tuple(_line(d, [r for r in rows if (r.department or "—") == d]) for d in departments)
        total = _line("", rows)
        return YearSummary(year, total.submitted, total.adopted, total.implemented, total.benefit, total.rewards,
                           sum(1 for r in rows if r.reward_entry_id is not None), lines)


def _line(department: str, rows: list[SuggestionRow]) -> DepartmentLine:
    return DepartmentLine(department, len(rows), sum(1 for r in rows if r.decision in rules.GOES_ON),
                          sum(1 for r in rows if r.implemented_on is not None),
                          sum((r.actual_benefit for r in rows), ZERO), sum((r.reward_amount for r in rows), ZERO))
