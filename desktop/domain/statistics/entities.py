"""Mapped classes of the statistics area (table created by migration 0017).

The figures themselves are computed from the register; what the register cannot know is typed in
once a year with the date it is true of: the unit's headcount (职工人数) and, where no 工会职务
records exist, the size of the union bodies."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.base import Base, UtcDateTime, utc_now


class UnionYearFigures(Base):
    """Yearly union settings: figures true on `as_of` that the register does not hold."""

    __tablename__ = "union_year_figures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    as_of: Mapped[dt.date] = mapped_column(Date, unique=True)
    workforce: Mapped[int] = mapped_column(Integer)                 # 职工人数
    women_workforce: Mapped[int | None] = mapped_column(Integer)    # 其中女职工
    migrant_workforce: Mapped[int | None] = mapped_column(Integer)  # 其中农民工
    committee: Mapped[int | None] = mapped_column(Integer)          # typed when no 工会职务 records
    audit_committee: Mapped[int | None] = mapped_column(Integer)
    women_committee: Mapped[int | None] = mapped_column(Integer)
    member_representatives: Mapped[int | None] = mapped_column(Integer)
    congress_delegates: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    recorded_by: Mapped[str] = mapped_column(String(60), default="")
