"""What the proposals' papers and exports show, decided here for one acting user; every print and
export is written to the audit trail BEFORE the file exists (the export: as the file is put in
place, in the same transaction). desktop.documents.proposals.papers and desktop.exchange only
format these frozen values. Proposers appear by name and department only.

Papers of one proposal: 提案表 (also blank), 立案通知 / 不立案说明 (by the review's decision), 交办单,
答复单; of a session: 提案汇总表 and 办理情况报告 (by category, by department, answered in time %,
satisfaction %).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.service import union_profile
from desktop.domain.audit import recorder
from desktop.domain.errors import RuleViolation
from desktop.domain.proposals import rules
from desktop.domain.proposals.queries import ProposalFilter, ProposalQueries, ProposalRow, Share
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.database import Database

FORM = "form"            # 提案表
DECISION = "decision"    # 立案通知书 or 不立案说明
ASSIGN = "assign"        # 提案交办单
ANSWER = "answer"        # 提案答复单
PAPERS = (FORM, DECISION, ASSIGN, ANSWER)
_NEEDS = {DECISION: rules.REVIEW, ASSIGN: rules.ASSIGN, ANSWER: rules.ANSWER}


@dataclass(frozen=True)
class ProposalPaper:
    union_name: str
    session_name: str
    number: str
    title: str
    category: str            # in Chinese
    lead: str
    lead_department: str
    seconders: str
    submitted_on: dt.date | None
    reason: str
    measures: str
    decision: str            # 立案 / 不立案 / 转为意见建议 / 并案 ("" before the review)
    decided_on: dt.date | None
    decision_text: str
    merged_into: str
    department: str
    assigned_on: dt.date | None
    due_on: dt.date | None
    answer: str              # the latest answer
    answered_on: dt.date | None
    answered_by: str
    satisfaction: str        # in Chinese


@dataclass(frozen=True)
class ReportLine:
    label: str
    total: int
    accepted: int
    answered: int
    in_time: int
    satisfied: int
    verdicts: int


@dataclass(frozen=True)
class RegisterLine:
    number: str
    title: str
    lead: str
    seconders: int
    category: str
    decision: str
    department: str
    due_on: dt.date | None
    answered_on: dt.date | None
    in_time: str             # 是 / 否 / ""
    satisfaction: str
    stage: str


@dataclass(frozen=True)
class SessionReport:
    union_name: str
    session_name: str
    opened_on: dt.date
    total: int
    decisions: tuple[tuple[str, int], ...]       # in Chinese
    answered: int
    answered_in_time: int
    in_time_percent: float | None
    verdicts: tuple[tuple[str, int], ...]
    satisfied_percent: float | None
    closed: int
    approved: int
    by_category: tuple[ReportLine, ...]
    by_department: tuple[ReportLine, ...]
    register: tuple[RegisterLine, ...]


def _line(share: Share, label: str) -> ReportLine:
    return ReportLine(label, share.total, share.accepted, share.answered, share.in_time, share.satisfied,
                      share.verdicts)


def stage_zh(row: ProposalRow) -> str:
    if row.decision and row.decision != rules.ACCEPT:
        return rules.DECISION_ZH[row.decision]
    if row.stage == rules.FEEDBACK and row.returned and row.status == "open":
        return "退回重办"
    return rules.STEP_ZH.get(row.stage, row.stage)


def register_line(r: ProposalRow) -> RegisterLine:
    return RegisterLine(r.number, r.title, r.lead, r.seconders, rules.CATEGORY_ZH[r.category],
                        rules.DECISION_ZH.get(r.decision, ""), r.department, r.due_on, r.answered_on,
                        "" if r.answered_in_time is None else ("是" if r.answered_in_time else "否"),
                        rules.VERDICT_ZH.get(r.satisfaction, ""), stage_zh(r))


class ProposalPrinting:
    def __init__(self, db: Database, actor: Actor, today: dt.date | None = None):
        self._queries = ProposalQueries(db, actor, today)
        self._db = db
        self._actor = actor

    def _record(self, action: str, entity: str, entity_id: int | None, values: dict) -> None:
        with self._db.transaction() as session:
            recorder.record(session, self._actor, action, entity, entity_id,
                            {k: [None, v] for k, v in values.items()})

    def _union(self) -> str:
        profile = union_profile(self._db)
        return profile.union_name if profile else ""

    def blank_form(self, session_id: int) -> ProposalPaper:
        """The 提案表 a delegate fills in by hand."""
        congress = self._queries.session(session_id)
        self._record("print", "congress_session", session_id, {"paper": "blank_form"})
        return ProposalPaper(self._union(), congress.name, "", "", "", "", "", "", None, "", "", "", None, "", "",
                             "", None, None, "", None, "", "")

    def proposal_paper(self, proposal_id: int, paper: str) -> ProposalPaper:
        if paper not in PAPERS:
            raise ValueError(paper)
        d = self._queries.detail(proposal_id)
        steps = {s.step: s for s in d.steps}          # the latest of each kind
        if paper in _NEEDS and _NEEDS[paper] not in steps:
            raise RuleViolation(QT_TRANSLATE_NOOP("ProposalRules", "This proposal has no {step} to print yet.")
                                .format(step=rules.STEP_LABELS[_NEEDS[paper]]))
        r = d.row
        review, assign, answer = steps.get(rules.REVIEW), steps.get(rules.ASSIGN), steps.get(rules.ANSWER)
        self._record("print", "proposal", proposal_id, {"paper": paper, "number": r.number})
        return ProposalPaper(
            self._union(), d.session_name, r.number, r.title, rules.CATEGORY_ZH[r.category], r.lead,
            r.lead_department, "、".join(name for _, name in d.seconders), r.submitted_on, d.reason, d.measures,
            rules.DECISION_ZH.get(r.decision, ""), review.done_on if review else None,
            review.text if review else "", review.merged_into if review else "", r.department,
            assign.done_on if assign else None, r.due_on or (assign.due_on if assign else None),
            answer.text if answer else "", answer.done_on if answer else None, answer.handler if answer else "",
            rules.VERDICT_ZH.get(r.satisfaction, ""))

    def session_report(self, session_id: int, what: str = "summary") -> SessionReport:
        """The figures and the register of a session (提案汇总表 / 办理情况报告); the print is recorded."""
        s = self._queries.summary(session_id)
        rows = self._queries.rows(ProposalFilter(session_id=session_id))
        self._record("print", "congress_session", session_id, {"paper": what})
        return SessionReport(
            self._union(), s.session.name, s.session.opened_on, s.total,
            tuple((rules.DECISION_ZH.get(k, "待审查"), n) for k, n in s.decisions), s.answered, s.answered_in_time,
            s.in_time_percent, tuple((rules.VERDICT_ZH[k], n) for k, n in s.verdicts), s.satisfied_percent,
            s.closed, s.approved, tuple(_line(x, rules.CATEGORY_ZH[x.key]) for x in s.by_category),
            tuple(_line(x, x.key) for x in s.by_department), tuple(register_line(r) for r in rows))

    # -- exports --------------------------------------------------------------------------------

    def register_rows(self, session_id: int) -> list[RegisterLine]:
        """The register as a file may show it; writing it goes with `record_export`."""
        return [register_line(r) for r in self._queries.rows(ProposalFilter(session_id=session_id))]

    def summary_for_export(self, session_id: int) -> SessionReport:
        s = self._queries.summary(session_id)
        return SessionReport(
            self._union(), s.session.name, s.session.opened_on, s.total,
            tuple((rules.DECISION_ZH.get(k, "待审查"), n) for k, n in s.decisions), s.answered, s.answered_in_time,
            s.in_time_percent, tuple((rules.VERDICT_ZH[k], n) for k, n in s.verdicts), s.satisfied_percent,
            s.closed, s.approved, tuple(_line(x, rules.CATEGORY_ZH[x.key]) for x in s.by_category),
            tuple(_line(x, x.key) for x in s.by_department), tuple(self.register_rows(session_id)))

    def record_export(self, rows: int, path: str, put_in_place: Callable[[], None] | None = None) -> None:
        """Record an export; `put_in_place` runs inside the same transaction, so the file is there
        if and only if the trail says so."""
        with self._db.transaction() as session:
            recorder.record(session, self._actor, "export", "proposal", None,
                            {"what": [None, "proposals"], "rows": [None, rows], "path": [None, path]})
            if put_in_place is not None:
                put_in_place()

    def export_rows(self, session_id: int | None = None) -> list[dict]:
        """The register as plain values for `proposals list --json`; the export is recorded."""
        rows = self._queries.rows(ProposalFilter(session_id=session_id))
        sessions = {s.id: s.name for s in self._queries.sessions()}
        self.record_export(len(rows), "-")
        return [{"number": r.number, "session": sessions.get(r.session_id, ""), "title": r.title,
                 "category": r.category, "category_zh": rules.CATEGORY_ZH[r.category], "lead": r.lead,
                 "seconders": r.seconders, "submitted_on": r.submitted_on.isoformat(), "stage": r.stage,
                 "stage_zh": stage_zh(r), "status": r.status, "decision": r.decision, "department": r.department,
                 "due_on": r.due_on.isoformat() if r.due_on else None, "deadline": r.deadline,
                 "answered_on": r.answered_on.isoformat() if r.answered_on else None,
                 "answered_in_time": r.answered_in_time, "satisfaction": r.satisfaction, "approved": r.approved}
                for r in rows]
