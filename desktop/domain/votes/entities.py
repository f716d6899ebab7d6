"""Mapped classes of this area (tables created by migration 0008).

Secrecy by design (docs/domain.md "Votes and elections"): a ballot row carries only the vote, the
teller's pass (1, or 2 for double entry) and the sequence number of its entry — never a voter.
Who is in the electorate is one table (frozen when the vote opens); how many came is one number on
the vote; the ballots are a third table. Nothing joins them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import true, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.base import Base, UtcDateTime, Versioned, utc_now


class Vote(Versioned, Base):
    """One vote (or one round of an election): its rule, electorate, paper counts and result."""

    __tablename__ = "votes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))                 # the matter: 选举工会委员会委员
    meeting: Mapped[str] = mapped_column(String(200), default="")   # 第三届会员代表大会第一次会议
    kind: Mapped[str] = mapped_column(String(20))                   # election, motion, selection
    preset: Mapped[str] = mapped_column(String(30))                 # presets.PRESETS key
    base: Mapped[str] = mapped_column(String(10))                   # due, present, valid
    threshold: Mapped[str] = mapped_column(String(20))              # more_than_half, two_thirds, plurality
    quorum: Mapped[str] = mapped_column(String(20))                 # two_thirds, more_than_half, none
    secret: Mapped[bool] = mapped_column(Boolean, default=True)
    seats: Mapped[int] = mapped_column(Integer, default=0)          # 应选 N (election), choose up to K
    candidate_order: Mapped[str] = mapped_column(String(10), default="strokes")  # strokes, pinyin, entered
    electorate_kind: Mapped[str] = mapped_column(String(20), default="all")      # all, department, list
    electorate_department: Mapped[str | None] = mapped_column(String(60))
    electorate_count: Mapped[int | None] = mapped_column(Integer)           # 应到, frozen at opening
    electorate_fingerprint: Mapped[str | None] = mapped_column(String(16))
    present_count: Mapped[int | None] = mapped_column(Integer)              # 实到 (sign-in count)
    ballots_printed: Mapped[int] = mapped_column(Integer, default=0)
    ballots_issued: Mapped[int | None] = mapped_column(Integer)             # 发出
    ballots_returned: Mapped[int | None] = mapped_column(Integer)           # 收回
    ballots_spoiled: Mapped[int] = mapped_column(Integer, default=0)        # 写错换回 (exchanged, destroyed)
    ballots_destroyed: Mapped[int] = mapped_column(Integer, default=0)      # unused, destroyed after voting
    entry_mode: Mapped[str] = mapped_column(String(10), default="ballots")  # ballots, totals
    double_entry: Mapped[bool] = mapped_column(Boolean, default=False)
    hide_running: Mapped[bool] = mapped_column(Boolean, default=True)
    totals_valid: Mapped[int | None] = mapped_column(Integer)      # totals entry: valid ballots
    totals_invalid: Mapped[int | None] = mapped_column(Integer)    # totals entry: invalid ballots
    status: Mapped[str] = mapped_column(String(20), default="setup")  # setup, open, counting, closed, published, void
    void_reason: Mapped[str | None] = mapped_column(String(30))
    round_no: Mapped[int] = mapped_column(Integer, default=1)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("votes.id", ondelete="SET NULL"))
    round_reason: Mapped[str | None] = mapped_column(String(20))    # revote, another_round, correction
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(100), default="")
    chief_scrutineer: Mapped[str] = mapped_column(String(100), default="")  # 总监票人
    scrutineers: Mapped[str] = mapped_column(String(200), default="")       # 监票人
    counters: Mapped[str] = mapped_column(String(200), default="")          # 计票人
    # The outcome at closing as JSON, written until issue 16 and read by nothing: the outcome is computed
    # from the ballots, which a closed vote keeps unchanged (a correction is a new round). Kept for the
    # rows that have it; to be dropped by a migration.
    result: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    # None: the preset's 差额 margin; 0 for a re-vote among the tied, 0 or 5 for 另行选举 (migration 0010)
    margin_percent: Mapped[int | None] = mapped_column(Integer)
    teller_1: Mapped[str] = mapped_column(String(60), default="", server_default="")  # account entering pass 1
    teller_2: Mapped[str] = mapped_column(String(60), default="", server_default="")  # pass 2 (double entry)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(60))
    opened_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    published_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_votes_held_on", "held_on", "id"),
        Index("ix_votes_status", "status"),
        Index("ix_votes_previous_id", "previous_id"),
    )


class VoteCandidate(Base):
    """A candidate (election), an item (motion) or an option (selection), in ballot order.
    Write-ins (另选他人) found while counting are added with `write_in` set."""

    __tablename__ = "vote_candidates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vote_id: Mapped[int] = mapped_column(ForeignKey("votes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    detail: Mapped[str] = mapped_column(String(300), default="")   # department, or the item's text
    write_in: Mapped[bool] = mapped_column(Boolean, default=False)
    # False: a write-in who is not a member in good standing — their votes are counted, never elected
    eligible: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class VoteElector(Base):
    """Who is due to vote (应到): a named list while setting up, everyone's list once opened."""

    __tablename__ = "vote_electors"

    vote_id: Mapped[int] = mapped_column(ForeignKey("votes.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True,
                                           index=True)


class VoteBallot(Base):
    """One paper ballot as a teller entered it. `entry_no` is the order of entry (1, 2, 3 …) within
    the teller's pass, so that two passes can be compared; it never maps to a person."""

    __tablename__ = "vote_ballots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vote_id: Mapped[int] = mapped_column(ForeignKey("votes.id", ondelete="CASCADE"))
    pass_no: Mapped[int] = mapped_column(Integer, default=1)
    entry_no: Mapped[int] = mapped_column(Integer)
    spoiled: Mapped[str | None] = mapped_column(String(20))   # invalid by the teller: the reason code
    marks: Mapped[str] = mapped_column(Text, default="{}")    # JSON {candidate id: "o"|"x"|"a"|"!"}
    write_ins: Mapped[str] = mapped_column(Text, default="[]")  # JSON [candidate id of a write-in]

    __table_args__ = (
        UniqueConstraint("vote_id", "pass_no", "entry_no"),
    )


class VoteTotal(Base):
    """Totals entry, when the ballots were counted by hand: one row per candidate or item."""

    __tablename__ = "vote_totals"

    vote_id: Mapped[int] = mapped_column(ForeignKey("votes.id", ondelete="CASCADE"), primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("vote_candidates.id", ondelete="CASCADE"),
                                              primary_key=True)
    yes: Mapped[int] = mapped_column(Integer, default=0)
    no: Mapped[int] = mapped_column(Integer, default=0)
    abstain: Mapped[int] = mapped_column(Integer, default=0)
    write_in: Mapped[int] = mapped_column(Integer, default=0)
