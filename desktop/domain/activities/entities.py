"""Mapped classes of this area (tables created by migration 0004).

`activity_expenses` follows the cross-area contract (the funds ledger reads it): amounts are Money
(integer fen), the category is a SPENDING code of the union accounting categories.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.base import Base, UtcDateTime, Versioned, utc_now
from desktop.domain.money import Money


class ActivityType(Base):
    """A kind of activity (职工教育培训, 文体活动 …): a code table the union can extend. Each type
    names the spending category its expenses go to by default."""

    __tablename__ = "activity_types"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    zh: Mapped[str] = mapped_column(String(60))
    en: Mapped[str] = mapped_column(String(60))
    category_code: Mapped[str] = mapped_column(String(8))
    position: Mapped[int] = mapped_column(Integer, default=0)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class Activity(Versioned, Base):
    __tablename__ = "activities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    type_code: Mapped[str] = mapped_column(ForeignKey("activity_types.code"))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(200), default="")
    organizer: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    budget: Mapped[Decimal | None] = mapped_column(Money)
    status: Mapped[str] = mapped_column(String(20))          # planned, running, finished, cancelled
    capacity: Mapped[int | None] = mapped_column(Integer)    # None: no limit, no waiting list
    copied_from_id: Mapped[int | None] = mapped_column(ForeignKey("activities.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(60))

    __table_args__ = (
        Index("ix_activities_starts_on", "starts_on", "id"),
        Index("ix_activities_type_code", "type_code"),
        Index("ix_activities_status", "status"),
    )


class ActivityParticipant(Base):
    """One member on an activity: signed up, on the waiting list or cancelled; present or not.

    `attended_on` is the activity's date while the member is marked present (None otherwise): the
    member list's "did not attend any activity this year" filter is one NOT EXISTS on the index
    (member_id, attended_on), with no join to the activities."""

    __tablename__ = "activity_participants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(12))           # signed_up, waiting, cancelled
    signed_up_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    checked_in_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    attended_on: Mapped[dt.date | None] = mapped_column(Date)
    team_name: Mapped[str] = mapped_column(String(60), default="")

    __table_args__ = (
        UniqueConstraint("activity_id", "member_id"),
        Index("ix_activity_participants_member_attended", "member_id", "attended_on"),
    )


class ActivityExpense(Base):
    """A spending line of an activity (contract: read by the funds ledger). A removed line is
    deleted (the audit trail keeps it)."""

    __tablename__ = "activity_expenses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id"), index=True)
    category_code: Mapped[str] = mapped_column(String(8))
    amount: Mapped[Decimal] = mapped_column(Money)
    spent_on: Mapped[dt.date] = mapped_column(Date, index=True)
    invoice_no: Mapped[str] = mapped_column(String(60), default="", server_default="")
    payee: Mapped[str] = mapped_column(String(100), default="", server_default="")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(60), default="")


class ActivityResult(Base):
    """A competition result (劳动竞赛): for one participant, or for a team when member_id is None."""

    __tablename__ = "activity_results"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    team_name: Mapped[str] = mapped_column(String(60), default="")
    rank: Mapped[int | None] = mapped_column(Integer)
    score: Mapped[str] = mapped_column(String(30), default="")
    award: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class CondolenceVisit(Versioned, Base):
    """A condolence visit (慰问) to one member, recorded on a 慰问 activity. A visit with an amount
    (cash or the value of the gift) has its own expense line on the activity, so the ledger shows it."""

    __tablename__ = "condolence_visits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    reason: Mapped[str] = mapped_column(String(20))   # birthday, wedding_birth, hospital, funeral, retirement, festival
    visited_on: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    gift: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    expense_id: Mapped[int | None] = mapped_column(ForeignKey("activity_expenses.id", ondelete="SET NULL"))

    __table_args__ = (Index("ix_condolence_visits_member_reason", "member_id", "reason", "visited_on"),)


class CondolenceCeiling(Base):
    """The province's yearly ceiling per person for one reason of visit (None: no ceiling)."""

    __tablename__ = "condolence_ceilings"

    reason: Mapped[str] = mapped_column(String(20), primary_key=True)
    yearly_limit: Mapped[Decimal | None] = mapped_column(Money)
    updated_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    updated_by: Mapped[str | None] = mapped_column(String(60))
