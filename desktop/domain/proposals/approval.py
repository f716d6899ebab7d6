"""The congress approves the list of accepted proposals by a motion in 选举与表决: one item per
proposal, or one item for the whole list. The motion is created through the votes service's public
API (VoteService.create with CandidateInput items) and its result read through VoteQueries; both
are then written onto the proposals by ProposalService (link_vote, record_vote_result)."""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from sqlalchemy import select

from desktop.domain.accounts.actor import Actor
from desktop.domain.errors import RuleViolation
from desktop.domain.proposals import rules
from desktop.domain.proposals.entities import CongressSession, Proposal
from desktop.domain.proposals.service import ProposalService
from desktop.domain.votes.counting import Kind
from desktop.domain.votes.ordering import CandidateOrder
from desktop.domain.votes.queries import ElectorateKind, VoteQueries
from desktop.domain.votes.inputs import CandidateInput, VoteInput
from desktop.domain.votes.service import VoteService
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.database import Database

ITEMS = "items"   # one item per accepted proposal
LIST = "list"     # one item: the whole list
MODES = (ITEMS, LIST)


def put_to_congress(db: Database, actor: Actor, session_id: int, mode: str, held_on: dt.date | None = None,
                    elector_ids: Sequence[int] = (), today: dt.date | None = None) -> int:
    """Create the motion (in setup, for the votes pane to run) and link it; returns the vote's id."""
    with db.session() as session:
        congress = session.get(CongressSession, session_id)
        accepted = session.execute(select(Proposal.id, Proposal.number, Proposal.title).where(
            Proposal.session_id == session_id, Proposal.decision == rules.ACCEPT).order_by(Proposal.number)).all()
        name = congress.name if congress else ""
    if not accepted:
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "ProposalRules", "No proposal of this session has been accepted (立案) yet; there is nothing to approve."))
    if mode == ITEMS:
        items = [CandidateInput(f"{p.number} {p.title}"[:100], detail=p.title[:300]) for p in accepted]
    else:
        items = [CandidateInput(f"{name}立案提案（共{len(accepted)}件）"[:100],
                                detail="、".join(p.number for p in accepted)[:300])]
    electorate = dict(electorate_kind=ElectorateKind.LIST, elector_ids=tuple(elector_ids)) if elector_ids \
        else dict(electorate_kind=ElectorateKind.ALL)
    votes = VoteService(db, actor, today)
    vote_id = votes.create(VoteInput(f"审议通过{name}提案立案名单", Kind.MOTION, "workers_congress",
                                     meeting=name, candidate_order=CandidateOrder.ENTERED, held_on=held_on,
                                     entry_mode="totals",  # a congress counts a motion by hand
                                     **electorate), items)
    item_ids = [c.id for c in VoteQueries(db, actor).detail(vote_id).candidates if not c.write_in]
    links = {p.id: item_ids[i] for i, p in enumerate(accepted)} if mode == ITEMS \
        else {p.id: item_ids[0] for p in accepted}
    ProposalService(db, actor, today).link_vote(session_id, vote_id, mode, links)
    return vote_id


def take_vote_result(db: Database, actor: Actor, session_id: int, today: dt.date | None = None) -> int | None:
    """Write the motion's result onto the proposals; None while the vote has no result yet."""
    with db.session() as session:
        congress = session.get(CongressSession, session_id)
        vote_id = congress.vote_id if congress else None
    if vote_id is None:
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "ProposalRules", "The accepted list has not been put to the congress yet."))
    outcome = VoteQueries(db, actor).outcome(vote_id)
    if outcome is None or outcome.void is not None:
        return None
    return ProposalService(db, actor, today).record_vote_result(session_id, set(outcome.elected))
