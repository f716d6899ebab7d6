"""Mapped classes of the suggestions area (合理化建议; tables created by migration 0016).

A suggestion comes from one member or several, or a team; the committee scores it (one row per
reviewer, on the score sheet of the day: the sheet is stored with each score so later changes to
the settings do not change old scores), decides, the department implements it, and the union pays
a reward as a ledger line (fund_entries, through the funds service; its id is kept here).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.base import Base, UtcDateTime, Versioned, utc_now
from desktop.domain.money import Money


class Suggestion(Versioned, Base):
    __tablename__ = "suggestions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)       # JY2026-007
    title: Mapped[str] = mapped_column(String(200))
    situation: Mapped[str] = mapped_column(Text, default="")           # 现状
    proposal: Mapped[str] = mapped_column(Text, default="")            # 建议 (measures)
    expected_benefit: Mapped[str] = mapped_column(Text, default="")    # 预期效益
    team: Mapped[str] = mapped_column(String(100), default="")         # a team's name, when a team proposes
    department: Mapped[str] = mapped_column(String(60), default="")
    submitted_on: Mapped[dt.date] = mapped_column(Date, index=True)
    # Folded from the steps and reviews.
    stage: Mapped[str] = mapped_column(String(20), default="")
    status: Mapped[str] = mapped_column(String(10), default="open")    # open | closed
    decision: Mapped[str] = mapped_column(String(20), default="")      # adopt | trial | archive | reject
    score: Mapped[Decimal | None] = mapped_column(Money)               # the reviewers' average, 2 decimals
    reviews: Mapped[int] = mapped_column(Integer, default=0)
    implemented_on: Mapped[dt.date | None] = mapped_column(Date)
    actual_benefit: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))   # 实际效益, yuan
    reward_grade: Mapped[str] = mapped_column(String(10), default="")  # first | second | third | ""
    reward_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    reward_entry_id: Mapped[int | None] = mapped_column(Integer)       # the ledger line (fund_entries.id)
    rewarded_on: Mapped[dt.date | None] = mapped_column(Date)
    filed_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)

    proposers: Mapped[list["SuggestionProposer"]] = relationship(
        order_by="SuggestionProposer.id", cascade="all, delete-orphan")
    steps: Mapped[list["SuggestionStep"]] = relationship(order_by="SuggestionStep.id", cascade="all, delete-orphan")
    scores: Mapped[list["SuggestionScore"]] = relationship(order_by="SuggestionScore.id",
                                                           cascade="all, delete-orphan")


class SuggestionProposer(Base):
    __tablename__ = "suggestion_proposers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    suggestion_id: Mapped[int] = mapped_column(ForeignKey("suggestions.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)


class SuggestionScore(Base):
    """One reviewer's scores: {criterion: points} with the sheet's maxima of the day."""

    __tablename__ = "suggestion_scores"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    suggestion_id: Mapped[int] = mapped_column(ForeignKey("suggestions.id", ondelete="CASCADE"), index=True)
    reviewer: Mapped[str] = mapped_column(String(60))
    scored_on: Mapped[dt.date] = mapped_column(Date)
    sheet: Mapped[str] = mapped_column(Text)                           # JSON [[criterion, max, points], …]
    total: Mapped[Decimal] = mapped_column(Money)
    comment: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(60), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class SuggestionStep(Base):
    __tablename__ = "suggestion_steps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    suggestion_id: Mapped[int] = mapped_column(ForeignKey("suggestions.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(20))
    decision: Mapped[str] = mapped_column(String(20), default="")      # the decision / reward grade
    done_on: Mapped[dt.date] = mapped_column(Date)
    handler: Mapped[str] = mapped_column(String(60), default="")
    text: Mapped[str] = mapped_column(Text, default="")                # reason, what was implemented
    department: Mapped[str] = mapped_column(String(60), default="")
    amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))   # benefit or reward
    recorded_by: Mapped[str] = mapped_column(String(60), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
