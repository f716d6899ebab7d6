"""From a vote to its papers: ballots, the electorate's sign-in sheet, the result report and the
announcement. The GUI and the command line both come through here; printing ballots goes through
the service so that the copies are counted (and 差额 checked) before any paper is made."""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING

from desktop.documents.members.contents import union_name
from desktop.documents.shared.notice import Notice, notice_pdf
from desktop.documents.members.signin import SignInEntry
from desktop.documents.votes.ballots import BallotCandidate, BallotPaper, ballots_pdf
from desktop.documents.votes.result import ResultReport, ResultRow, result_pdf
from desktop.documents.votes.notice import vote_announcement
from desktop.documents.votes.tally import TallySheet, TellerCount, tally_pdf
from desktop.documents.votes.signin import ElectorateSheet, electorate_signin_pdf
from desktop.domain.accounts.actor import Actor
from desktop.domain.errors import RuleViolation
from desktop.domain.votes.counting import Kind, Outcome
from desktop.domain.votes.explain import INVALID_ZH, hide_breakdown, outcome_zh, standing_zh
from desktop.domain.votes.ordering import CandidateOrder
from desktop.domain.votes.presets import PRESETS, margin_zh, quorum_zh, threshold_zh
from desktop.domain.votes.queries import ROUND_ZH, RoundReason, VoteDetail, VoteQueries, VoteStatus
from desktop.domain.votes.service import VoteService
from desktop.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the open database is handed through to the domain, never used here
    from desktop.store.database import Database

ORDER_NOTES = {CandidateOrder.STROKES: "按姓氏笔画为序", CandidateOrder.PINYIN: "按姓氏拼音为序",
               CandidateOrder.ENTERED: "按提名顺序排列"}


def ballot_paper(db: Database, detail: VoteDetail) -> BallotPaper:
    revote = detail.round_reason == RoundReason.REVOTE  # among the tied only: no write-in rows
    order = CandidateOrder.ENTERED if detail.kind is Kind.MOTION else CandidateOrder(detail.candidate_order)
    return BallotPaper(union_name(db), detail.meeting, detail.title, str(detail.kind), detail.rule.seats,
                       tuple(BallotCandidate(c.name, c.detail) for c in detail.listed), detail.secret,
                       ORDER_NOTES[order], write_in_rows=0 if revote else None)


def print_ballots(db: Database, actor: Actor, vote_id: int, copies: int) -> bytes:
    """Ballots for a vote, counted as printed (the count only changes if the PDF was made)."""
    detail = VoteService(db, actor).check_printable(vote_id)
    pdf = ballots_pdf(ballot_paper(db, detail), copies)
    VoteService(db, actor).record_printed(vote_id, copies)
    return pdf


def sample_ballot(db: Database, actor: Actor, vote_id: int) -> bytes:
    """One ballot to look at on screen (not counted: the preview of the real print run is)."""
    return ballots_pdf(ballot_paper(db, VoteQueries(db, actor).detail(vote_id)), 1)


def electorate_signin(db: Database, actor: Actor, vote_id: int) -> bytes:
    queries = VoteQueries(db, actor)
    detail = queries.detail(vote_id)
    entries = tuple(SignInEntry(e.name, e.department) for e in queries.electorate(vote_id))
    title = f"{detail.title}{'选举人' if detail.kind is Kind.ELECTION else '投票人'}签到表"
    sheet = ElectorateSheet(union_name(db), title, detail.meeting, detail.held_on, detail.place, entries,
                            detail.electorate_fingerprint, detail.electorate_frozen)
    return electorate_signin_pdf(sheet)


def _outcome(db: Database, actor: Actor, vote_id: int) -> tuple[VoteDetail, Outcome]:
    queries = VoteQueries(db, actor)
    detail = queries.detail(vote_id)
    outcome = queries.outcome(vote_id)
    if outcome is None or detail.status is VoteStatus.COUNTING:
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "VoteRules", "The result can be printed once counting is closed."))
    return detail, outcome


def result_report(db: Database, actor: Actor, vote_id: int) -> ResultReport:
    detail, outcome = _outcome(db, actor, vote_id)
    names = {c.id: c.name for c in detail.candidates}
    write_ins = {c.id for c in detail.candidates if c.write_in}
    rows = tuple(ResultRow(names[r.key], r.yes, r.no, r.abstain, r.write_in, r.votes,
                           standing_zh(detail.kind, r.standing), r.key in write_ins) for r in outcome.results)
    if outcome.void is not None:
        rows = tuple(ResultRow(r.name, r.yes, r.no, r.abstain, r.write_in, r.votes, "—", r.write_in_person)
                     for r in rows)
    reasons = "，".join(f"{INVALID_ZH.get(k, k)} {v} 张" for k, v in sorted(outcome.invalid_reasons.items()))
    preset = PRESETS[detail.preset]
    round_line = ""
    if detail.round_no > 1:
        reason = ROUND_ZH.get(RoundReason(detail.round_reason)) if detail.round_reason else ""
        round_line = f"第 {detail.round_no} 轮（{reason}）"
    figures = outcome.figures
    return ResultReport(
        union_name(db), detail.meeting, detail.title, str(detail.kind), detail.held_on, detail.place,
        figures.due, figures.present, figures.issued, figures.returned, outcome.valid_ballots,
        outcome.invalid_ballots, rows, hide_breakdown(detail.secret, outcome), preset.name_zh, preset.rule_zh,
        threshold_zh(detail.rule, outcome.base_value), quorum_zh(detail.rule, figures.due), margin_zh(detail.rule),
        tuple(outcome_zh(detail.kind, outcome, names)), f"无效票原因：{reasons}。" if reasons else "", round_line,
        detail.chief_scrutineer, detail.scrutineers, detail.counters, secret=detail.secret)


def print_result(db: Database, actor: Actor, vote_id: int) -> bytes:
    return result_pdf(result_report(db, actor, vote_id))


def announcement(db: Database, actor: Actor, vote_id: int, date: dt.date | None = None) -> Notice:
    """公告: the result announced (GB/T 9704 notice layout); elected named by surname strokes."""
    detail, outcome = _outcome(db, actor, vote_id)
    if outcome.void is not None:
        raise RuleViolation(QT_TRANSLATE_NOOP("VoteRules", "A void vote has no result to announce."))
    return vote_announcement(detail, outcome, union_name(db), date or dt.date.today())


def print_announcement(db: Database, actor: Actor, vote_id: int, date: dt.date | None = None) -> bytes:
    return notice_pdf(announcement(db, actor, vote_id, date))


def tally_sheet(db: Database, actor: Actor, vote_id: int) -> bytes:
    """计票统计表: each teller's own count, once counting is closed."""
    detail, outcome = _outcome(db, actor, vote_id)
    names = {c.id: c.name for c in detail.candidates}
    counts = []
    for pass_no, tallies in VoteQueries(db, actor).teller_tallies(vote_id):
        teller = detail.tellers[pass_no - 1]
        label = ("第一计票人" if pass_no == 1 else "第二计票人") + (f" {teller}" if teller else "")
        if detail.entry_mode == "totals":
            label = "人工计票汇总" + (f"（录入 {teller}）" if teller else "")
        counts.append(TellerCount(label, tallies.valid, tallies.invalid, tuple(
            (names[t.key] + ("（另选）" if t.key not in {c.id for c in detail.listed} else ""), t.yes, t.no,
             t.abstain, t.write_in) for t in tallies.rows)))
    return tally_pdf(TallySheet(union_name(db), detail.title, str(detail.kind), tuple(counts)))


def paper_trail(db: Database, actor: Actor, vote_id: int, date: dt.date | None = None) -> bytes:
    """A closed vote's papers in one PDF for the archive: the electorate's sign-in sheet, a ballot
    specimen, the tellers' count (not for a secret vote of fewer than five), the result report and,
    unless the vote was void, the announcement."""
    from pypdf import PdfReader, PdfWriter

    detail, outcome = _outcome(db, actor, vote_id)
    parts = [electorate_signin(db, actor, vote_id), sample_ballot(db, actor, vote_id)]
    if not hide_breakdown(detail.secret, outcome):
        parts.append(tally_sheet(db, actor, vote_id))
    parts.append(print_result(db, actor, vote_id))
    if outcome.void is None:
        parts.append(print_announcement(db, actor, vote_id, date))
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    writer.add_metadata({"/Title": f"{detail.title}选举材料" if detail.kind is Kind.ELECTION
                         else f"{detail.title}表决材料", "/Author": union_name(db)})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
