"""Mapped classes of the rights area (维权; tables created by migration 0015).

A case is one request for help (one worker, or a group: 集体争议 with a headcount); its steps are
the timeline (受理 … 结案). The member's ID number is read only through
desktop.domain.rights.queries, which masks it; `injury_detail` (工伤 health details) is sensitive
personal information (PIPL art. 28) and is masked there too.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.base import Base, UtcDateTime, Versioned, utc_now
from desktop.domain.money import Money


class RightsCase(Versioned, Base):
    __tablename__ = "rights_cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_no: Mapped[str] = mapped_column(String(20), unique=True)          # WQ2026-007
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)  # the applicant (representative)
    collective: Mapped[bool] = mapped_column(Boolean, default=False)       # 集体争议
    headcount: Mapped[int] = mapped_column(Integer, default=1)
    other_party: Mapped[str] = mapped_column(String(100), default="")     # usually the employer or a department
    category: Mapped[str] = mapped_column(String(20), index=True)
    request: Mapped[str] = mapped_column(Text, default="")                # what is asked
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(20), default="")          # 来访, 来电, 来信, 网上 … (typed in)
    urgency: Mapped[str] = mapped_column(String(10), default="normal")    # normal | urgent
    amount_claimed: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    injury_detail: Mapped[str] = mapped_column(Text, default="")          # sensitive (工伤)
    # Folded from the steps by the service (desktop.domain.rights.rules).
    stage: Mapped[str] = mapped_column(String(20), default="")
    status: Mapped[str] = mapped_column(String(10), default="open")       # open | closed
    outcome: Mapped[str] = mapped_column(String(20), default="")
    accepted_on: Mapped[dt.date | None] = mapped_column(Date)
    mediation_due: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    amount_recovered: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    filed_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)

    parties: Mapped[list["RightsCaseMember"]] = relationship(
        order_by="RightsCaseMember.id", cascade="all, delete-orphan")
    steps: Mapped[list["RightsCaseStep"]] = relationship(order_by="RightsCaseStep.id", cascade="all, delete-orphan")


class RightsCaseMember(Base):
    """A further member of a collective case (the applicant is in rights_cases.member_id)."""

    __tablename__ = "rights_case_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("rights_cases.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)


class RightsCaseStep(Base):
    """One step of the timeline: who, when, what was done and the outcome."""

    __tablename__ = "rights_case_steps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("rights_cases.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str] = mapped_column(String(20), default="")
    done_on: Mapped[dt.date] = mapped_column(Date)
    handler: Mapped[str] = mapped_column(String(60), default="")          # who (the cadre or mediator)
    participants: Mapped[str] = mapped_column(Text, default="")           # a mediation session's participants
    summary: Mapped[str] = mapped_column(Text, default="")                # what was done
    reason: Mapped[str] = mapped_column(Text, default="")                 # why (declined, extended)
    referral: Mapped[str] = mapped_column(String(20), default="")         # legal_aid | arbitration | parent_union
    terms: Mapped[str] = mapped_column(Text, default="")                  # the agreement's terms
    amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))  # recovered by this step
    recorded_by: Mapped[str] = mapped_column(String(60), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
