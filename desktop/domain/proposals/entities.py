"""Mapped classes of the proposals area (职代会提案; tables created by migration 0016).

A congress session (职代会某次会议) collects proposals; each proposal has its proposers (one 领衔人,
the 附议人) and a timeline of steps (征集 … 办结). The columns `stage` … `closed_on` of a proposal
are folded from its steps by the service (desktop.domain.proposals.rules) so lists need no join.
The settings table is shared with the suggestions area (合理化建议).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.base import Base, UtcDateTime, Versioned, utc_now


class CongressSession(Versioned, Base):
    __tablename__ = "congress_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)        # 第五届职工代表大会第三次会议
    year: Mapped[int] = mapped_column(Integer)                         # the year in the proposal numbers
    opened_on: Mapped[dt.date] = mapped_column(Date)
    seconders_required: Mapped[int] = mapped_column(Integer, default=2)  # 附议人 at least
    answer_days: Mapped[int] = mapped_column(Integer, default=60)        # the default 交办 deadline
    vote_id: Mapped[int | None] = mapped_column(Integer)               # the approving motion in 选举与表决
    vote_mode: Mapped[str] = mapped_column(String(10), default="")     # items | list
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class Proposal(Versioned, Base):
    __tablename__ = "proposals"
    __table_args__ = (UniqueConstraint("session_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("congress_sessions.id"), index=True)
    number: Mapped[str] = mapped_column(String(20))                    # 2026-015
    title: Mapped[str] = mapped_column(String(200))                    # 案由
    reason: Mapped[str] = mapped_column(Text, default="")              # 理由
    measures: Mapped[str] = mapped_column(Text, default="")            # 建议办法
    category: Mapped[str] = mapped_column(String(20), index=True)
    submitted_on: Mapped[dt.date] = mapped_column(Date)
    lead_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)   # 领衔人
    # Folded from the steps.
    stage: Mapped[str] = mapped_column(String(20), default="")
    status: Mapped[str] = mapped_column(String(10), default="open")    # open | closed
    decision: Mapped[str] = mapped_column(String(20), default="")      # accept | reject | opinion | merge
    merged_into_id: Mapped[int | None] = mapped_column(Integer)
    department: Mapped[str] = mapped_column(String(60), default="")    # 承办部门
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    answered_on: Mapped[dt.date | None] = mapped_column(Date)          # the first answer
    answered_in_time: Mapped[bool | None] = mapped_column(Boolean)
    satisfaction: Mapped[str] = mapped_column(String(20), default="")  # the last one given
    returned: Mapped[bool] = mapped_column(Boolean, default=False)     # sent back once after 不满意
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    # The congress's approval through a motion in 选举与表决 (the item's id, its result).
    vote_item_id: Mapped[int | None] = mapped_column(Integer)
    approved: Mapped[bool | None] = mapped_column(Boolean)
    filed_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)

    seconders: Mapped[list["ProposalSeconder"]] = relationship(
        order_by="ProposalSeconder.id", cascade="all, delete-orphan")
    steps: Mapped[list["ProposalStep"]] = relationship(order_by="ProposalStep.id", cascade="all, delete-orphan")


class ProposalSeconder(Base):
    """A 附议人 of a proposal (the 领衔人 is proposals.lead_id)."""

    __tablename__ = "proposal_seconders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposals.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)


class ProposalStep(Base):
    """One step of the timeline: who, when, the decision and the reason or text."""

    __tablename__ = "proposal_steps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposals.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(20))
    decision: Mapped[str] = mapped_column(String(20), default="")      # review decision / satisfaction
    done_on: Mapped[dt.date] = mapped_column(Date)
    handler: Mapped[str] = mapped_column(String(60), default="")       # who decided, handled or answered
    text: Mapped[str] = mapped_column(Text, default="")                # reason, progress or the answer
    department: Mapped[str] = mapped_column(String(60), default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)               # 交办 (or the return's) deadline
    merged_into_id: Mapped[int | None] = mapped_column(Integer)
    recorded_by: Mapped[str] = mapped_column(String(60), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class ProposalSetting(Base):
    """key → value of the proposals' and suggestions' settings (附议 needed, score sheet …)."""

    __tablename__ = "proposal_settings"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
