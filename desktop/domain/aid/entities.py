"""Mapped classes of this area (tables created by migration 0007).

`aid_payments` follows the cross-area contract (the funds ledger reads it): amounts are Money
(integer fen), the category is a SPENDING code (50204 困难职工帮扶费 by default, 50205 送温暖费,
50203 法律援助费). Sensitive columns (ID numbers, bank card numbers, health) are read only through
desktop.domain.aid.queries, which masks them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.base import Base, UtcDateTime, Versioned, utc_now
from desktop.domain.money import Money


class AidCase(Versioned, Base):
    """One hardship file (困难职工档案) of one member's household."""

    __tablename__ = "aid_cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_no: Mapped[str] = mapped_column(String(20), unique=True)         # 帮扶档案号, e.g. BF2025-003
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    assessed_on: Mapped[dt.date] = mapped_column(Date)                   # the day the figures are of
    # Workflow, folded from aid_case_steps by the service (desktop.domain.aid.workflow).
    stage: Mapped[str] = mapped_column(String(20), default="")           # last step done ("" = none)
    status: Mapped[str] = mapped_column(String(10), default="open")      # open | closed
    outcome: Mapped[str] = mapped_column(String(20), default="")         # rejected | resolved | exited
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    publicity_until: Mapped[dt.date | None] = mapped_column(Date)        # last day of the 公示
    # The household's figures (DOMAIN.md "Hardship aid") and the tier computed from them.
    household_size: Mapped[int] = mapped_column(Integer, default=1)
    yearly_income: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))   # 家庭年可支配收入
    rigid_spending: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))  # 刚性支出 (year)
    accident_costs: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))  # 灾害/事故/大病支出 (year)
    monthly_income: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))  # applicant's own
    other_income: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))    # other household income (year)
    tier_computed: Mapped[str] = mapped_column(String(20), default="")   # deep | relative | accident | none
    tier: Mapped[str] = mapped_column(String(20), default="", index=True)  # in force (override or computed)
    tier_override_reason: Mapped[str] = mapped_column(Text, default="")
    poverty_line: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))    # 低保 used for the tier
    # File fields.
    category: Mapped[str] = mapped_column(String(20), default="")        # 职工类别 code
    health: Mapped[str] = mapped_column(String(4), default="")           # sensitive
    health_detail: Mapped[str] = mapped_column(Text, default="")         # sensitive
    disability_type: Mapped[str] = mapped_column(String(4), default="")  # sensitive
    disability_grade: Mapped[str] = mapped_column(String(4), default="")  # sensitive
    work_status: Mapped[str] = mapped_column(String(4), default="")
    housing_type: Mapped[str] = mapped_column(String(4), default="")
    housing_area: Mapped[int | None] = mapped_column(Integer)            # m²
    marital_status: Mapped[str] = mapped_column(String(4), default="")
    household_type: Mapped[str] = mapped_column(String(4), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    main_cause: Mapped[str] = mapped_column(String(4), default="")
    secondary_cause: Mapped[str] = mapped_column(String(4), default="")
    bank_name: Mapped[str] = mapped_column(String(60), default="")
    bank_card_no: Mapped[str] = mapped_column(String(40), default="")    # sensitive
    aid_requested: Mapped[str] = mapped_column(String(200), default="")  # aid type codes, comma separated
    aid_granted: Mapped[str] = mapped_column(String(200), default="")
    situation: Mapped[str] = mapped_column(Text, default="")             # 申请理由 / 家庭情况
    # Consent (PIPL art. 28-29): separate consent for sensitive personal information.
    consent_on: Mapped[dt.date | None] = mapped_column(Date)
    consent_scope: Mapped[str] = mapped_column(Text, default="")
    filed_by: Mapped[str] = mapped_column(String(60), default="")        # 建档人
    reviewed_by: Mapped[str] = mapped_column(String(60), default="")     # 审核人
    purged_on: Mapped[dt.date | None] = mapped_column(Date)              # personal data removed (retention)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)

    household: Mapped[list["AidHouseholdMember"]] = relationship(
        order_by="AidHouseholdMember.id", cascade="all, delete-orphan")
    steps: Mapped[list["AidCaseStep"]] = relationship(order_by="AidCaseStep.id", cascade="all, delete-orphan")

    __table_args__ = (
        Index("ix_aid_cases_status_opened", "status", "opened_on"),
    )


class AidHouseholdMember(Base):
    """One person of the applicant's household (the applicant is not repeated here)."""

    __tablename__ = "aid_household_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("aid_cases.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(50))
    relation: Mapped[str] = mapped_column(String(20), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    health: Mapped[str] = mapped_column(String(4), default="")           # sensitive
    work_or_school: Mapped[str] = mapped_column(String(100), default="")
    monthly_income: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    id_number: Mapped[str] = mapped_column(String(40), default="", index=True)  # sensitive
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)  # also a member


class AidCaseStep(Base):
    """One recorded workflow decision: who, when, which step, the decision and the reason."""

    __tablename__ = "aid_case_steps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("aid_cases.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(20))
    decision: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[dt.date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(60))
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class AidPaymentBatch(Base):
    """Payments handed out together and signed for on one payment sheet (发放签领表)."""

    __tablename__ = "aid_payment_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    paid_on: Mapped[dt.date] = mapped_column(Date)
    handler: Mapped[str] = mapped_column(String(50), default="")         # 经办人
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class AidPayment(Base):
    """One payment (帮扶发放) of an approved case; the funds ledger shows it under category_code."""

    __tablename__ = "aid_payments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("aid_cases.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    paid_on: Mapped[dt.date] = mapped_column(Date, index=True)
    category_code: Mapped[str] = mapped_column(String(8))
    form: Mapped[str] = mapped_column(String(20))                        # cash | bank | in_kind
    aid_type: Mapped[str] = mapped_column(String(20), default="")
    items: Mapped[str] = mapped_column(Text, default="")                 # what was given
    recipient: Mapped[str] = mapped_column(String(50), default="")
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("aid_payment_batches.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class AidPovertyLine(Base):
    """The local minimum-living line (低保标准, yuan per person per month) from a day on."""

    __tablename__ = "aid_poverty_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    effective_from: Mapped[dt.date] = mapped_column(Date, unique=True)
    monthly_amount: Mapped[Decimal] = mapped_column(Money)
    note: Mapped[str] = mapped_column(String(200), default="")


class AidSetting(Base):
    """Other settings of the area (retention years, 公示 days, follow-up months …) as text."""

    __tablename__ = "aid_settings"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
