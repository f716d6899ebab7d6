"""The counting rules of every vote, in one pure module: no database, no Qt, no clock.

Entry point::

    outcome = count(rule, figures, tallies)

- `rule` (Rule): the kind of vote, the base the threshold is taken of (应到 / 实到 / valid ballots),
  the threshold (more than half, two thirds, plurality), the quorum and the seats (应选 N, or
  "choose up to K"). The presets (presets.py) fill it in for the union committee election and the
  workers' congress; a custom vote sets each part explicitly.
- `figures` (Figures): 应到 due, 实到 present, 发出 issued, 收回 returned.
- `tallies` (Tallies): from `tally(rule, keys, ballots)` over ballots entered one by one, or built
  directly from totals counted by hand (`Tallies.from_totals`).

All arithmetic is on integers (2/3 quorum: present * 3 >= due * 2), so no rounding can move a
threshold. The rules (docs/domain.md, "Votes and elections"; 工会基层组织选举工作条例 2016):

- ballots returned > ballots issued: the whole vote is void and must be rerun;
- fewer returned than the quorum (two thirds of 应到 for unions and workers' congresses): void;
- a ballot with more marks (○ plus write-ins) than seats (or than K for a selection) is void;
- elected: at least the threshold (more than half of the base = base // 2 + 1); when more reach it
  than there are seats, the highest votes fill the seats; a tie at the last seat → re-vote among
  the tied for the seats left; fewer elected than seats → another round (另行选举) among the rest;
- a motion item passes with at least the threshold of yes votes (plurality: more yes than no).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Hashable, Iterable, Mapping, Sequence

Key = Hashable  # a candidate, item or option (the service uses candidate ids)

# Marks on a ballot, per candidate/item. A candidate left blank is an abstention.
YES = "o"       # ○ 赞成 (or "chosen" in a selection)
NO = "x"        # × 不赞成 / 反对
ABSTAIN = "a"   # 弃权 (blank means the same)
SPOILED = "!"   # a motion item marked so that its intent is unclear: void for that item only

MIN_GROUP = 5   # secret votes: no breakdown for fewer voters than this (nobody can be singled out)
MARGIN_PERCENT = 5  # 差额: union committee candidates exceed seats by at least 5 %, rounded up


class Kind(StrEnum):
    ELECTION = "election"     # 选举: N seats, ○/×/blank per candidate, write-ins
    MOTION = "motion"         # 表决: yes/no/abstain item by item
    SELECTION = "selection"   # 评选: choose up to K


class Base(StrEnum):
    DUE = "due"           # 应到: everyone entitled to vote
    PRESENT = "present"   # 实到: those who signed in
    VALID = "valid"       # valid ballots


class Threshold(StrEnum):
    MORE_THAN_HALF = "more_than_half"   # 过半数: base // 2 + 1
    TWO_THIRDS = "two_thirds"           # 三分之二以上: votes * 3 >= base * 2
    PLURALITY = "plurality"             # 相对多数: most votes


class Quorum(StrEnum):
    TWO_THIRDS = "two_thirds"           # 到会 ≥ 2/3 of 应到
    MORE_THAN_HALF = "more_than_half"   # 到会 > 1/2 of 应到
    NONE = "none"


class Void(StrEnum):
    RETURNED_EXCEEDS_ISSUED = "returned_exceeds_issued"
    QUORUM_NOT_MET = "quorum_not_met"


class Standing(StrEnum):
    ELECTED = "elected"                  # 当选 / 入选
    TIED = "tied"                        # tie at the last seat: re-vote
    BELOW_THRESHOLD = "below_threshold"  # did not reach the threshold
    NOT_ELECTED = "not_elected"          # reached it, but others had more votes
    PASSED = "passed"                    # motion item 通过
    FAILED = "failed"                    # motion item 未通过
    INELIGIBLE = "ineligible"            # a write-in who may not stand (not a member in good standing)


class Step(StrEnum):
    REVOTE = "revote"                # 对票数相等的候选人重新投票
    ANOTHER_ROUND = "another_round"  # 另行选举
    RERUN = "rerun"                  # the whole vote again (void)


class InvalidReason(StrEnum):
    OVER_MARKED = "over_marked"      # 多选: more marks than seats
    UNREADABLE = "unreadable"        # 无法辨认
    MARKED = "marked"                # 有可辨认身份的记号或署名 (secret ballots)
    BLANK_PAPER = "blank_paper"      # 空白未填写的废票 by the meeting's own rules
    DAMAGED = "damaged"              # 污损
    OTHER = "other"


@dataclass(frozen=True)
class Rule:
    kind: Kind
    base: Base
    threshold: Threshold
    quorum: Quorum = Quorum.TWO_THIRDS
    seats: int = 1                # election: 应选 N; selection: choose up to K; motion: unused
    margin_percent: int = 0       # 差额 required (5 for union committee elections); 0: none

    def __post_init__(self) -> None:
        if self.kind is not Kind.MOTION and self.seats < 1:
            raise ValueError("an election or selection fills at least one seat")


@dataclass(frozen=True)
class Figures:
    due: int        # 应到
    present: int    # 实到
    issued: int     # 发出
    returned: int   # 收回


@dataclass(frozen=True)
class Ballot:
    """One paper ballot as entered: the mark per candidate (absent = blank), write-ins (另选他人,
    each a key of a write-in person, counted as a ○ for them), and the teller's reason if the
    teller declared it invalid."""

    marks: Mapping[Key, str] = field(default_factory=dict)
    write_ins: tuple[Key, ...] = ()
    spoiled: str | None = None


@dataclass(frozen=True)
class Tally:
    key: Key
    yes: int = 0
    no: int = 0
    abstain: int = 0
    write_in: int = 0      # votes as a write-in (另选他人)
    spoiled: int = 0       # motion: ballots on which this item was void

    @property
    def votes(self) -> int:
        """Votes received: ○ on the ballot plus the times written in."""
        return self.yes + self.write_in


@dataclass(frozen=True)
class Tallies:
    rows: tuple[Tally, ...]
    valid: int
    invalid: int
    invalid_reasons: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def from_totals(cls, rows: Iterable[Tally], valid: int, invalid: int) -> "Tallies":
        """Totals counted by hand (no ballot-by-ballot entry)."""
        return cls(tuple(rows), valid, invalid, {})

    def row(self, key: Key) -> Tally:
        return next(r for r in self.rows if r.key == key)


@dataclass(frozen=True)
class Result:
    key: Key
    yes: int
    no: int
    abstain: int
    write_in: int
    votes: int
    standing: Standing
    item_base: int = 0          # motion with the valid-ballot base: the item's own valid count
    item_required: int | None = None

    @property
    def elected(self) -> bool:
        return self.standing in (Standing.ELECTED, Standing.PASSED)


@dataclass(frozen=True)
class NextStep:
    step: Step
    candidates: tuple[Key, ...] = ()
    seats: int = 0


@dataclass(frozen=True)
class Outcome:
    rule: Rule
    figures: Figures
    valid_ballots: int
    invalid_ballots: int
    base_value: int              # the number the threshold is taken of
    required: int | None         # votes needed (None: plurality)
    void: Void | None
    results: tuple[Result, ...]
    elected: tuple[Key, ...]     # in order of votes (elections, selections) or items passed
    unfilled: int                # seats left over (shortfall or tie)
    next_step: NextStep | None
    invalid_reasons: Mapping[str, int] = field(default_factory=dict)

    @property
    def is_void(self) -> bool:
        return self.void is not None


# -- the numbers ------------------------------------------------------------------------------------

def required_votes(threshold: Threshold, base: int) -> int | None:
    """The fewest votes that meet `threshold` of `base` (None for plurality).

    More than half of 61 is 31, of 60 also 31; two thirds of 60 is 40, of 61 is 41 (41*3 >= 122)."""
    if threshold is Threshold.MORE_THAN_HALF:
        return base // 2 + 1
    if threshold is Threshold.TWO_THIRDS:
        return (2 * base + 2) // 3
    return None


def quorum_met(quorum: Quorum, due: int, attending: int) -> bool:
    """Whether `attending` (实到 before opening, ballots returned when counting) makes the quorum."""
    if quorum is Quorum.TWO_THIRDS:
        return attending * 3 >= due * 2
    if quorum is Quorum.MORE_THAN_HALF:
        return attending * 2 > due
    return True


def quorum_needed(quorum: Quorum, due: int) -> int:
    """The fewest attending that make the quorum."""
    if quorum is Quorum.TWO_THIRDS:
        return (2 * due + 2) // 3
    if quorum is Quorum.MORE_THAN_HALF:
        return due // 2 + 1
    return 0


def minimum_candidates(seats: int, margin_percent: int = MARGIN_PERCENT) -> int:
    """差额: candidates needed for `seats`, at least `margin_percent` more, rounded up (7 → 8)."""
    if margin_percent <= 0:
        return seats
    return (seats * (100 + margin_percent) + 99) // 100


def breakdown_hidden(secret: bool, voters: int) -> bool:
    """A secret vote of fewer than MIN_GROUP voters shows outcomes only, never the numbers."""
    return secret and voters < MIN_GROUP


# -- ballots into tallies ---------------------------------------------------------------------------

def ballot_problem(rule: Rule, ballot: Ballot) -> str | None:
    """Why a ballot is void (an InvalidReason value, or the teller's own reason), or None."""
    if ballot.spoiled:
        return ballot.spoiled
    if rule.kind in (Kind.ELECTION, Kind.SELECTION):
        chosen = sum(1 for m in ballot.marks.values() if m == YES) + len(ballot.write_ins)
        if chosen > rule.seats:
            return str(InvalidReason.OVER_MARKED)
    return None


def tally(rule: Rule, keys: Sequence[Key], ballots: Iterable[Ballot],
          write_in_keys: Iterable[Key] = ()) -> Tallies:
    """Count ballots entered one by one. `keys`: every candidate/item in ballot order, and then the
    write-in persons (`write_in_keys`, also in `keys`; one not in `keys` is added at the end).
    A write-in person is not on the paper, so nobody abstains on or votes against them."""
    rows = {k: Counter() for k in keys}
    listed = set(keys) - set(write_in_keys)
    valid = invalid = 0
    reasons: Counter = Counter()
    for ballot in ballots:
        problem = ballot_problem(rule, ballot)
        if problem:
            invalid += 1
            reasons[problem] += 1
            continue
        valid += 1
        for key in ballot.write_ins:
            rows.setdefault(key, Counter())["write_in"] += 1
        for key in list(rows):
            mark = ballot.marks.get(key, "")
            if key in ballot.write_ins and not mark:
                continue
            if mark == YES:
                rows[key]["yes"] += 1
            elif mark == NO:
                rows[key]["no"] += 1
            elif mark == SPOILED and rule.kind is Kind.MOTION:
                rows[key]["spoiled"] += 1
            elif key in listed:  # blank or 弃权
                rows[key]["abstain"] += 1
    return Tallies(tuple(Tally(k, c["yes"], c["no"], c["abstain"], c["write_in"], c["spoiled"])
                         for k, c in rows.items()), valid, invalid, dict(reasons))


# -- the outcome ------------------------------------------------------------------------------------

def count(rule: Rule, figures: Figures, tallies: Tallies, ineligible: frozenset = frozenset()) -> Outcome:
    """The outcome of a vote under `rule`: void or valid, who is elected / which items pass, and
    what happens next when a tie or a shortfall leaves seats open. `ineligible`: write-ins who may
    not stand (retained, left, not in the register): their votes are shown, they are never elected
    and never carried into another round."""
    base_value = {Base.DUE: figures.due, Base.PRESENT: figures.present,
                  Base.VALID: tallies.valid}[rule.base]
    required = required_votes(rule.threshold, base_value)
    void = None
    if figures.returned > figures.issued:
        void = Void.RETURNED_EXCEEDS_ISSUED
    elif not quorum_met(rule.quorum, figures.due, figures.returned):
        void = Void.QUORUM_NOT_MET
    common = dict(rule=rule, figures=figures, valid_ballots=tallies.valid, invalid_ballots=tallies.invalid,
                  base_value=base_value, required=required, invalid_reasons=dict(tallies.invalid_reasons))
    if void is not None:
        results = tuple(_result(t, Standing.FAILED if rule.kind is Kind.MOTION else Standing.NOT_ELECTED)
                        for t in tallies.rows)
        seats = 0 if rule.kind is Kind.MOTION else rule.seats
        return Outcome(**common, void=void, results=results, elected=(), unfilled=seats,
                       next_step=NextStep(Step.RERUN))
    if rule.kind is Kind.MOTION:
        return _motion(rule, tallies, common)
    return _election(rule, tallies, required, common, ineligible)


def _result(t: Tally, standing: Standing, item_base: int = 0, item_required: int | None = None) -> Result:
    return Result(t.key, t.yes, t.no, t.abstain, t.write_in, t.votes, standing, item_base, item_required)


def _motion(rule: Rule, tallies: Tallies, common: dict) -> Outcome:
    results = []
    for t in tallies.rows:
        if rule.base is Base.VALID:  # an item void on some ballots has its own valid count
            item_base = tallies.valid - t.spoiled
            needed = required_votes(rule.threshold, item_base)
        else:
            item_base, needed = common["base_value"], common["required"]
        passed = t.yes > t.no if needed is None else t.yes >= needed
        results.append(_result(t, Standing.PASSED if passed else Standing.FAILED, item_base, needed))
    passed = tuple(r.key for r in results if r.standing is Standing.PASSED)
    return Outcome(**common, void=None, results=tuple(results), elected=passed, unfilled=0, next_step=None)


def _election(rule: Rule, tallies: Tallies, required: int | None, common: dict,
              ineligible: frozenset = frozenset()) -> Outcome:
    def reaches(t: Tally) -> bool:
        if t.key in ineligible:
            return False
        return t.votes > 0 if required is None else t.votes >= required

    order = {t.key: i for i, t in enumerate(tallies.rows)}
    eligible = sorted((t for t in tallies.rows if reaches(t)), key=lambda t: (-t.votes, order[t.key]))
    standing: dict[Key, Standing] = {t.key: Standing.BELOW_THRESHOLD for t in tallies.rows}
    next_step = None
    if len(eligible) <= rule.seats:
        elected = [t.key for t in eligible]
    else:
        cut = eligible[rule.seats - 1].votes
        above = [t.key for t in eligible if t.votes > cut]
        at_cut = [t.key for t in eligible if t.votes == cut]
        if len(above) + len(at_cut) <= rule.seats:
            elected = above + at_cut
        else:
            elected = above
            for key in at_cut:
                standing[key] = Standing.TIED
            next_step = NextStep(Step.REVOTE, tuple(at_cut), rule.seats - len(above))
        for t in eligible:
            if t.key not in elected and standing[t.key] is not Standing.TIED:
                standing[t.key] = Standing.NOT_ELECTED
    for key in elected:
        standing[key] = Standing.ELECTED
    for key in ineligible & set(standing):
        standing[key] = Standing.INELIGIBLE
    unfilled = rule.seats - len(elected)
    if unfilled and next_step is None:
        rest = tuple(t.key for t in tallies.rows if t.key not in elected and t.key not in ineligible)
        next_step = NextStep(Step.ANOTHER_ROUND, rest, unfilled)
    results = tuple(_result(t, standing[t.key]) for t in tallies.rows)
    return Outcome(**common, void=None, results=results, elected=tuple(elected), unfilled=unfilled,
                   next_step=next_step)


# -- double entry -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Disagreement:
    entry_no: int                 # the sequence number of entry (1 = the first ballot entered)
    keys: tuple[Key, ...] = ()    # candidates whose marks differ
    invalid: bool = False         # one teller declared it invalid (or gave another reason)
    write_ins: bool = False       # the write-ins differ
    missing: bool = False         # one teller entered fewer ballots


def compare(first: Sequence[Ballot], second: Sequence[Ballot]) -> list[Disagreement]:
    """Where two tellers' entries of the same paper ballots (in the same order) disagree."""
    result = []
    for n in range(max(len(first), len(second))):
        if n >= len(first) or n >= len(second):
            result.append(Disagreement(n + 1, missing=True))
            continue
        a, b = first[n], second[n]
        keys = tuple(k for k in dict.fromkeys([*a.marks, *b.marks])
                     if _plain_mark(a.marks.get(k, "")) != _plain_mark(b.marks.get(k, "")))
        invalid = (a.spoiled or None) != (b.spoiled or None)
        write_ins = sorted(map(str, a.write_ins)) != sorted(map(str, b.write_ins))
        if keys or invalid or write_ins:
            result.append(Disagreement(n + 1, keys, invalid, write_ins))
    return result


def _plain_mark(mark: str) -> str:
    """Blank and 弃权 are the same mark on paper."""
    return "" if mark == ABSTAIN else mark
