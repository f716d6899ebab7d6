"""What the rights papers, the yearly case list and the exports may show, decided here for one acting
user; each read is written to the audit trail (as a print or an export) BEFORE the file exists.

desktop.documents.rights.papers and the CLI only format these frozen values. The case papers carry
the worker's name (the paper is about them) with the ID number and phone masked; injury details are
never printed. The yearly case list has no field that could name anyone: counts and amounts only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

from sqlalchemy import select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.service import union_profile
from desktop.domain.audit import recorder
from desktop.domain.codes import code_table
from desktop.domain.errors import RuleViolation
from desktop.domain.phones import mask_phone
from desktop.domain.rights import rules
from desktop.domain.rights.entities import RightsCase
from desktop.domain.rights.queries import CaseFilter, CaseRow, RightsQueries, StepRow
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.database import Database

REGISTRATION = "registration"   # 维权申请登记表
APPLICATION = "application"     # 调解申请书
RECORD = "record"               # 调解笔录 (one mediation session)
AGREEMENT = "agreement"         # 调解协议书
DECLINE_NOTICE = "decline"      # 不予受理通知书
PAPERS = (REGISTRATION, APPLICATION, RECORD, AGREEMENT, DECLINE_NOTICE)
# The step a paper is about, for the papers that are about one step.
PAPER_STEP = {RECORD: rules.MEDIATE, AGREEMENT: rules.RESULT, DECLINE_NOTICE: rules.DECLINE}


@dataclass(frozen=True)
class PaperStep:
    step: str            # in Chinese, as printed
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
class CasePaper:
    union_name: str
    committee: str           # the mediation committee that issues the papers
    case_no: str
    name: str
    gender: str
    department: str
    id_number: str           # masked
    mobile: str              # masked
    collective: bool
    headcount: int
    group: str               # the other members of a group case, by name
    other_party: str
    category: str
    request: str
    received_on: dt.date
    channel: str
    urgency: str
    amount_claimed: Decimal
    accepted_on: dt.date | None
    steps: tuple[PaperStep, ...]
    step: PaperStep | None   # the step the paper is about (a session, the agreement, the refusal)


@dataclass(frozen=True)
class SummaryLine:
    category: str
    received: int
    collective: int
    workers: int
    declined: int
    closed: int
    resolved: int
    amount: Decimal


@dataclass(frozen=True)
class YearSummary:
    union_name: str
    year: int
    lines: tuple[SummaryLine, ...]
    total: SummaryLine

    @property
    def resolved_percent(self) -> Decimal | None:
        """Resolved among the accepted cases that are closed; None when none is closed yet."""
        finished = self.total.closed - self.total.declined
        return None if finished <= 0 else (Decimal(100) * self.total.resolved / finished).quantize(Decimal("0.1"))


def _paper_step(s: StepRow) -> PaperStep:
    return PaperStep(rules.STEP_ZH[s.step], rules.OUTCOME_ZH.get(s.outcome, ""), s.done_on, s.handler,
                     s.participants, s.summary, s.reason, rules.REFERRAL_ZH.get(s.referral, ""), s.terms, s.amount)


class RightsPrinting:
    def __init__(self, db: Database, actor: Actor, today: dt.date | None = None):
        self._queries = RightsQueries(db, actor, today)   # refuses roles without RIGHTS_READ
        self._db = db
        self._actor = actor

    def _record(self, action: str, entity_id: int | None, values: dict) -> None:
        with self._db.transaction() as session:
            recorder.record(session, self._actor, action, "rights_case", entity_id,
                            {k: [None, v] for k, v in values.items()})

    def case_paper(self, case_id: int, paper: str, step_id: int | None = None) -> CasePaper:
        """One case paper's contents; the print is recorded. A paper about one step takes that step
        (the latest of its kind when step_id is None)."""
        if paper not in PAPERS:
            raise ValueError(paper)
        d = self._queries.detail(case_id)
        step = None
        if paper in PAPER_STEP:
            kind = PAPER_STEP[paper]
            candidates = [s for s in d.steps if s.step == kind and (step_id is None or s.id == step_id)
                          and (paper != AGREEMENT or s.outcome == rules.AGREED)]
            if not candidates:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "RightsRules", "This case has no {step} to print yet.").format(step=rules.STEP_LABELS[kind]))
            step = _paper_step(candidates[-1])
        row = d.row
        self._record("print", case_id, {"paper": paper, "case_no": row.case_no,
                                        **({"step_id": step_id} if step_id else {})})
        profile = union_profile(self._db)
        union = profile.union_name if profile else ""
        return CasePaper(
            union_name=union, committee=f"{(profile.unit_name if profile else '') or union}劳动争议调解委员会",
            case_no=row.case_no, name=row.name,
            gender=code_table("gender").label(d.gender, "zh_CN"), department=row.department, id_number=d.id_number,
            mobile=mask_phone(d.mobile), collective=row.collective, headcount=row.headcount,
            group="、".join(name for _, name in d.other_members), other_party=row.other_party,
            category=rules.CATEGORY_ZH[row.category], request=d.request, received_on=row.received_on,
            channel=d.channel, urgency=rules.URGENCY_ZH.get(row.urgency, ""), amount_claimed=d.amount_claimed,
            accepted_on=d.accepted_on, steps=tuple(_paper_step(s) for s in d.steps), step=step)

    def year_summary(self, year: int) -> YearSummary:
        """The year's cases (received in the year) counted by category, for the parent union; the print
        is recorded."""
        with self._db.engine.connect() as connection:
            cases = connection.execute(select(
                RightsCase.category, RightsCase.collective, RightsCase.headcount, RightsCase.status,
                RightsCase.outcome, RightsCase.amount_recovered).where(
                RightsCase.received_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))).all()
        lines = []
        for category in rules.CATEGORIES:
            mine = [c for c in cases if c.category == category]
            lines.append(_count(rules.CATEGORY_ZH[category], mine))
        self._record("print", None, {"paper": "year_summary", "year": year})
        profile = union_profile(self._db)
        return YearSummary(profile.union_name if profile else "", year, tuple(lines), _count("合计", cases))

    def case_rows(self, flt: CaseFilter = CaseFilter()) -> list[CaseRow]:
        """The case list as a file may show it (the list's own columns: no ID number, request text or
        injury details). Writing it to a file goes with `record_export`."""
        return self._queries.rows(flt)

    def record_export(self, rows: int, path: str, put_in_place: Callable[[], None] | None = None) -> None:
        """Record an export of the case list; `put_in_place` (moving the written file to its name)
        runs inside the same transaction, so the file is there if and only if the trail says so."""
        with self._db.transaction() as session:
            recorder.record(session, self._actor, "export", "rights_case", None,
                            {"what": [None, "rights_cases"], "rows": [None, rows], "path": [None, path]})
            if put_in_place is not None:
                put_in_place()

    def export_rows(self, flt: CaseFilter = CaseFilter()) -> list[dict]:
        """The case list as plain values for `cases list --json`; the export is recorded."""
        rows = self.case_rows(flt)
        self.record_export(len(rows), "-")
        return [{"case_no": r.case_no, "name": r.name, "department": r.department, "collective": r.collective,
                 "headcount": r.headcount, "other_party": r.other_party, "category": r.category,
                 "category_zh": rules.CATEGORY_ZH[r.category], "received_on": r.received_on.isoformat(),
                 "urgency": r.urgency, "stage": r.stage, "status": r.status, "outcome": r.outcome,
                 "mediation_due": r.mediation_due.isoformat() if r.mediation_due else None,
                 "deadline": r.deadline, "amount_recovered": f"{r.amount_recovered:.2f}"} for r in rows]


def _count(label: str, cases) -> SummaryLine:
    return SummaryLine(
        category=label, received=len(cases), collective=sum(1 for c in cases if c.collective),
        workers=sum(c.headcount for c in cases), declined=sum(1 for c in cases if c.outcome == rules.DECLINED),
        closed=sum(1 for c in cases if c.status == "closed"),
        resolved=sum(1 for c in cases if c.outcome == rules.RESOLVED),
        amount=sum((c.amount_recovered for c in cases), Decimal("0.00")))


__all__ = ["APPLICATION", "AGREEMENT", "CasePaper", "DECLINE_NOTICE", "PAPERS", "PaperStep", "RECORD",
           "REGISTRATION", "RightsPrinting", "SummaryLine", "YearSummary"]
