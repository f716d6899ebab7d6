"""Who may stand, and who is on the ballot: the candidates (items, options) of a vote being set up,
the checks before printing and opening (差额, a re-vote among exactly the tied), and the write-ins
(另选他人) found while counting.

Who may stand (docs/domain.md "Votes and elections"): in an election of a union body only members
in good standing — not retained (保留会籍), not left, not in the trash. A candidate picked from the
register is checked by id; a candidate typed by name is looked up in the register (the department
typed after the name tells two namesakes apart). A write-in is looked up the same way when the
ballot is entered: one who may not stand is counted but never elected.
"""

from __future__ import annotations

from typing import Sequence

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from desktop.domain.errors import FieldError, RuleViolation, ValidationError
from desktop.domain.members.entities import Member
from desktop.domain.members.lifecycle import Status as MemberStatus
from desktop.domain.votes.counting import Kind, minimum_candidates
from desktop.domain.votes.entities import Vote, VoteCandidate
from desktop.domain.votes.ordering import CandidateOrder, ordered
from desktop.domain.votes.presets import WORKERS_CONGRESS
from desktop.domain.votes.queries import RoundReason, candidate_rows, get_vote, outcome_of, rule_of
from desktop.messages import QT_TRANSLATE_NOOP


def union_body_election(vote: Vote) -> bool:
    """An election of a union body (committee, 经审会, 女职委, chair): only members may stand. A
    workers' congress elects among all staff (e.g. 职工董事), members or not."""
    return vote.kind == Kind.ELECTION and vote.preset != WORKERS_CONGRESS.key


def ballot_order(vote: Vote) -> CandidateOrder:
    """Stroke (or pinyin) order is for people; a motion's items keep the order they were entered."""
    if vote.kind == Kind.MOTION:
        return CandidateOrder.ENTERED
    return CandidateOrder(vote.candidate_order)


def _good_standing(member: Member) -> bool:
    return member.status == str(MemberStatus.ACTIVE) and member.deleted_at is None


def _namesakes(session: Session, name: str) -> list[Member]:
    return list(session.execute(select(Member).where(Member.name == name).order_by(Member.id)).scalars())


def _not_in_good_standing(name: str):
    return QT_TRANSLATE_NOOP(
        "VoteRules", "{name} is not a member in good standing (retained, left or in the trash): only "
        "members in good standing may stand.").format(name=name)


def _member_of(session: Session, vote: Vote, name: str, member_id: int | None, detail: str) -> int | None:
    """The member a candidate is; raises a FieldError-carrying ValidationError when they may not stand."""
    def refuse(message) -> None:
        raise ValidationError([FieldError("candidates", message)])

    if member_id is not None:
        member = session.get(Member, member_id)
        if member is None or not _good_standing(member):
            refuse(_not_in_good_standing(name))
        return member_id
    if vote.kind == Kind.MOTION:
        return None
    namesakes = _namesakes(session, name)
    active = [m for m in namesakes if _good_standing(m)]
    if detail and len(active) > 1:
        active = [m for m in active if (m.department or "") == detail] or active
    if len(active) == 1:
        return active[0].id
    if not union_body_election(vote):
        if namesakes and not active and vote.kind == Kind.ELECTION:
            refuse(_not_in_good_standing(name))
        return None
    if len(active) > 1:
        refuse(QT_TRANSLATE_NOOP(
            "VoteRules", "{count} members in good standing are named {name}: add the department after the "
            "name (e.g. \"{name} | department\") or pick the right one from the register.").format(
                count=len(active), name=name))
    if namesakes:
        refuse(_not_in_good_standing(name))
    refuse(QT_TRANSLATE_NOOP(
        "VoteRules", "{name} is not in the register: only members in good standing may stand in an election "
        "of a union body. Check the spelling, or add the member first.").format(name=name))
    return None


def write_candidates(session: Session, vote: Vote, candidates: Sequence) -> list[str]:
    """Replace the vote's candidates (CandidateInput) with the cleaned, checked list in ballot
    order; returns the old names (for the audit record)."""
    errors = []
    cleaned = []
    seen = set()
    for n, c in enumerate(candidates, start=1):
        name = " ".join(c.name.split())
        detail = c.detail.strip()
        if not name:
            errors.append(FieldError("candidates", QT_TRANSLATE_NOOP(
                "VoteRules", "Line {n}: enter a name (or the item's title).").format(n=n)))
            continue
        if (name, detail) in seen:
            errors.append(FieldError("candidates", QT_TRANSLATE_NOOP(
                "VoteRules", "{name} is on the list twice.").format(name=name)))
        seen.add((name, detail))
        try:
            member_id = _member_of(session, vote, name, c.member_id, detail)
        except ValidationError as error:
            errors += error.errors
            continue
        cleaned.append((name, member_id, detail))
    if errors:
        raise ValidationError(errors)
    _check_round_list(session, vote, [name for name, _, _ in cleaned])
    cleaned = ordered(cleaned, ballot_order(vote), lambda c: c[0])
    old = [c.name for c in candidate_rows(session, vote.id)]
    session.execute(delete(VoteCandidate).where(VoteCandidate.vote_id == vote.id))
    if cleaned:
        session.execute(insert(VoteCandidate.__table__), [
            dict(vote_id=vote.id, position=n, name=name, member_id=member_id, detail=detail, write_in=False,
                 eligible=True)
            for n, (name, member_id, detail) in enumerate(cleaned, start=1)])
    return old


def _check_round_list(session: Session, vote: Vote, names: list[str]) -> None:
    """A re-vote is among exactly the tied; 另行选举 among those not elected in the round before."""
    if vote.previous_id is None or vote.round_reason not in (RoundReason.REVOTE, RoundReason.ANOTHER_ROUND):
        return
    previous = get_vote(session, vote.previous_id)
    outcome = outcome_of(session, previous)
    by_id = {c.id: c.name for c in candidate_rows(session, previous.id)}
    if vote.round_reason == RoundReason.REVOTE:
        tied = sorted(by_id[k] for k in outcome.next_step.candidates) if outcome.next_step else []
        if sorted(names) != tied:
            raise ValidationError([FieldError("candidates", QT_TRANSLATE_NOOP(
                "VoteRules", "A re-vote is held among exactly the tied candidates: {names}.").format(
                    names="、".join(tied)))])
        return
    elected = {by_id[k] for k in outcome.elected}
    ineligible = {c.name for c in candidate_rows(session, previous.id) if not c.eligible}
    others = sorted(n for n in names if n in elected or n in ineligible or n not in by_id.values())
    if others:
        raise ValidationError([FieldError("candidates", QT_TRANSLATE_NOOP(
            "VoteRules", "Another round (另行选举) is held among those not elected in the round before; {names} "
            "cannot stand in it.").format(names="、".join(others)))])


def check_candidates(session: Session, vote: Vote) -> None:
    """Before printing ballots or opening: enough candidates, and under a 差额 rule 5 % more than
    seats. A re-vote among the tied and an 等额 另行选举 carry no margin (rule_of)."""
    rule = rule_of(vote)
    listed = [c for c in candidate_rows(session, vote.id) if not c.write_in]
    kind = Kind(vote.kind)
    if not listed:
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "VoteRules", "Add the candidates (or the items voted on) first."))
    if kind is not Kind.MOTION and len(listed) < vote.seats:
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "VoteRules", "{count} candidates for {seats} seats: there must be at least as many candidates "
            "as seats.").format(count=len(listed), seats=vote.seats))
    if kind is Kind.ELECTION and rule.margin_percent:
        needed = minimum_candidates(vote.seats, rule.margin_percent)
        if len(listed) < needed:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "VoteRules", "Competitive election (差额): {seats} seats need at least {needed} candidates (5% more, "
                "rounded up); there are {count}. Add candidates before printing ballots or opening.").format(
                    seats=vote.seats, needed=needed, count=len(listed)))
    stale = [c.name for c in listed if c.member_id is not None and union_body_election(vote)
             and not _good_standing(session.get(Member, c.member_id))]
    if stale:
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "VoteRules", "{names}: no longer a member in good standing since being nominated; take them off the "
            "list before printing ballots or opening.").format(names="、".join(stale)))


def clean_write_ins(vote: Vote, names: Sequence[str], listed_names: set[str]) -> list[str]:
    """Write-in names as entered, checked: not a name printed on the ballot, not twice."""
    write_ins = [" ".join(n.split()) for n in names if n.strip()]
    if write_ins and vote.kind != Kind.ELECTION:
        raise RuleViolation(QT_TRANSLATE_NOOP("VoteRules", "Only election ballots have write-ins."))
    if write_ins and vote.round_reason == RoundReason.REVOTE:
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "VoteRules", "A re-vote is among the tied only: its ballots have no write-ins. A name written in "
            "does not count."))
    for name in write_ins:
        if name in listed_names:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "VoteRules", "{name} is on the ballot: count the mark in {name}'s row, not as a write-in.").format(
                    name=name))
    if len(set(write_ins)) != len(write_ins):
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "VoteRules", "The same name is written in twice: enter it once."))
    return write_ins


def write_in_id(session: Session, vote: Vote, name: str) -> int:
    """The write-in person `name` of this vote, added at the end of the list the first time a
    valid ballot names them; linked to the member, and marked ineligible if they may not stand."""
    found = session.execute(select(VoteCandidate.id).where(
        VoteCandidate.vote_id == vote.id, VoteCandidate.write_in.is_(True), VoteCandidate.name == name)).scalar()
    if found is not None:
        return found
    active = [m for m in _namesakes(session, name) if _good_standing(m)]
    member_id = active[0].id if len(active) == 1 else None
    eligible = bool(active) or not union_body_election(vote)
    position = session.execute(select(func.coalesce(func.max(VoteCandidate.position), 0)).where(
        VoteCandidate.vote_id == vote.id)).scalar_one() + 1
    return session.execute(insert(VoteCandidate.__table__).values(
        vote_id=vote.id, position=position, name=name, member_id=member_id, detail="", write_in=True,
        eligible=eligible).returning(VoteCandidate.id)).scalar_one()
