"""What the suggestions' papers and exports show, decided here for one acting user; every print and
export is written to the audit trail before the file exists. desktop.documents.suggestions.papers and
desktop.exchange only format these frozen values.

Papers: 评审表 (one suggestion, with each reviewer's points and the average; blank lines when it has
not been scored), 奖励名单 (the year's rewards), the yearly summary (counts, benefit, rewards by
department)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.service import union_profile
from desktop.domain.audit import recorder
from desktop.domain.suggestions import rules
from desktop.domain.suggestions.queries import (
    DepartmentLine, ScoreRow, SuggestionFilter, SuggestionQueries, SuggestionRow,
)
from desktop.store.database import Database


@dataclass(frozen=True)
class ReviewSheet:
    union_name: str
    number: str
    title: str
    proposers: str
    department: str
    submitted_on: dt.date
    situation: str
    proposal: str
    expected_benefit: str
    sheet: tuple[tuple[str, int], ...]       # the criteria to print (the scores' own, or today's)
    scores: tuple[ScoreRow, ...]
    average: Decimal | None
    decision: str                            # in Chinese


@dataclass(frozen=True)
class RewardLine:
    number: str
    title: str
    proposers: str
    department: str
    grade: str
    amount: Decimal
    benefit: Decimal
    paid_on: dt.date | None


@dataclass(frozen=True)
class YearReport:
    union_name: str
    year: int
    submitted: int
    adopted: int
    implemented: int
    benefit: Decimal
    rewards_paid: Decimal
    rewarded: int
    by_department: tuple[DepartmentLine, ...]
    rewards: tuple[RewardLine, ...]


def stage_zh(row: SuggestionRow) -> str:
    if row.decision and row.stage == rules.DECIDE:
        return rules.DECISION_ZH[row.decision]
    return rules.STEP_ZH.get(row.stage, row.stage)


class SuggestionPrinting:
    def __init__(self, db: Database, actor: Actor, today: dt.date | None = None):
        self._queries = SuggestionQueries(db, actor, today)
        self._db = db
        self._actor = actor

    def _record(self, action: str, entity_id: int | None, values: dict) -> None:
        with self._db.transaction() as session:
            recorder.record(session, self._actor, action, "suggestion", entity_id,
                            {k: [None, v] for k, v in values.items()})

    def _union(self) -> str:
        profile = union_profile(self._db)
        return profile.union_name if profile else ""

    def review_sheet(self, suggestion_id: int) -> ReviewSheet:
        d = self._queries.detail(suggestion_id)
        r = d.row
        sheet = tuple((n, m) for n, m, _ in d.scores[0].points) if d.scores else self._queries.score_sheet()
        self._record("print", suggestion_id, {"paper": "review_sheet", "number": r.number})
        return ReviewSheet(self._union(), r.number, r.title, r.proposers, r.department, r.submitted_on, d.situation,
                           d.proposal, d.expected_benefit, sheet, d.scores, r.score,
                           rules.DECISION_ZH.get(r.decision, ""))

    def year_report(self, year: int, what: str = "year_summary") -> YearReport:
        """The year's figures by department and its rewards (奖励名单); the print is recorded."""
        report = self._report(year)
        self._record("print", None, {"paper": what, "year": year})
        return report

    def _report(self, year: int) -> YearReport:
        s = self._queries.year_summary(year)
        rewards = tuple(RewardLine(r.number, r.title, r.proposers, r.department,
                                   rules.GRADE_ZH.get(r.reward_grade, ""), r.reward_amount, r.actual_benefit,
                                   self._paid_on(r)) for r in self._queries.rewards(year))
        return YearReport(self._union(), year, s.submitted, s.adopted, s.implemented, s.benefit, s.rewards_paid,
                          s.rewarded, s.by_department, rewards)

    def _paid_on(self, row: SuggestionRow) -> dt.date | None:
        steps = self._queries.detail(row.id).steps
        return next((s.done_on for s in reversed(steps) if s.step == rules.REWARD), None)

    # -- exports --------------------------------------------------------------------------------

    def register_rows(self, year: int | None) -> list[SuggestionRow]:
        return self._queries.rows(SuggestionFilter(year=year))

    def report_for_export(self, year: int) -> YearReport:
        return self._report(year)

    def record_export(self, rows: int, path: str, put_in_place: Callable[[], None] | None = None) -> None:
        with self._db.transaction() as session:
            recorder.record(session, self._actor, "export", "suggestion", None,
                            {"what": [None, "suggestions"], "rows": [None, rows], "path": [None, path]})
            if put_in_place is not None:
                put_in_place()

    def export_rows(self, year: int | None = None) -> list[dict]:
        """The register as plain values for `suggestions list --json`; the export is recorded."""
        rows = self.register_rows(year)
        self.record_export(len(rows), "-")
        return [{"number": r.number, "title": r.title, "proposers": r.proposers, "department": r.department,
                 "submitted_on": r.submitted_on.isoformat(), "stage": r.stage, "stage_zh": stage_zh(r),
                 "status": r.status, "decision": r.decision, "score": None if r.score is None else f"{r.score:.2f}",
                 "reviews": r.reviews, "implemented_on": r.implemented_on.isoformat() if r.implemented_on else None,
                 "actual_benefit": f"{r.actual_benefit:.2f}", "reward_grade": r.reward_grade,
                 "reward_amount": f"{r.reward_amount:.2f}"} for r in rows]
