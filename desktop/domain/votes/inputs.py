"""What a vote is set up from: the frozen input values of a vote, a candidate, a ballot and
hand-counted totals (checked by VoteService when it writes them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Mapping

from desktop.domain.votes.counting import Base, Kind, Quorum, Threshold
from desktop.domain.votes.ordering import CandidateOrder
from desktop.domain.votes.queries import ElectorateKind

ENTRY_MODES = ("ballots", "totals")


@dataclass(frozen=True)
class VoteInput:
    title: str
    kind: Kind
    preset: str
    seats: int = 1
    meeting: str = ""
    base: Base | None = None          # explicit for member assembly / custom
    threshold: Threshold | None = None
    quorum: Quorum | None = None
    secret: bool = True
    candidate_order: CandidateOrder = CandidateOrder.STROKES
    electorate_kind: ElectorateKind = ElectorateKind.ALL
    electorate_department: str | None = None
    elector_ids: tuple[int, ...] = ()  # the named list (delegates)
    held_on: dt.date | None = None
    place: str = ""
    entry_mode: str = "ballots"
    double_entry: bool = False
    hide_running: bool = True
    chief_scrutineer: str = ""
    scrutineers: str = ""
    counters: str = ""
    note: str = ""


@dataclass(frozen=True)
class CandidateInput:
    name: str
    member_id: int | None = None
    detail: str = ""                   # department, or a motion item's text


@dataclass(frozen=True)
class BallotInput:
    marks: Mapping[int, str] = field(default_factory=dict)  # candidate id → o / x / a / !
    write_ins: tuple[str, ...] = ()   # names written in (另选他人)
    spoiled: str | None = None        # the teller declares the ballot invalid: InvalidReason


@dataclass(frozen=True)
class TotalsInput:
    """Hand-counted totals: per candidate id (yes, no, abstain); write-ins by name with votes."""

    rows: Mapping[int, tuple[int, int, int]]
    valid: int
    invalid: int
    write_ins: tuple[tuple[str, int], ...] = ()
