"""Tables of the member register. Only services write them; queries read them into plain values."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.base import Base, UtcDateTime, Versioned, utc_now

# A member whose document is not a resident ID card (居民身份证, code 1): its number has no check
# character to verify. Written as SQL text because a partial index is used only by a query that
# spells its condition the same way, literal included.
OTHER_DOCUMENT = "id_type != '1'"


class Member(Versioned, Base):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Real-name template fields (docs/domain.md "Members"), codes from the code tables.
    name: Mapped[str] = mapped_column(String(50))
    gender: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    ethnicity: Mapped[str | None] = mapped_column(String(2))
    employment_status: Mapped[str | None] = mapped_column(String(1))
    id_type: Mapped[str] = mapped_column(String(1), default="1")
    id_number: Mapped[str] = mapped_column(String(40), unique=True)
    education: Mapped[str | None] = mapped_column(String(2))
    skill_level: Mapped[str | None] = mapped_column(String(1))
    mobile: Mapped[str | None] = mapped_column(String(30))
    household_type: Mapped[str | None] = mapped_column(String(1))
    household_place: Mapped[str | None] = mapped_column(String(100))
    political_status: Mapped[str | None] = mapped_column(String(2))
    work_unit: Mapped[str | None] = mapped_column(String(100))
    native_place: Mapped[str | None] = mapped_column(String(100))
    is_migrant_worker: Mapped[bool] = mapped_column(Boolean, default=False)
    # Kept locally.
    department: Mapped[str | None] = mapped_column(String(60))
    team: Mapped[str | None] = mapped_column(String(60))
    post: Mapped[str | None] = mapped_column(String(60))
    hire_date: Mapped[dt.date | None] = mapped_column(Date)
    join_date: Mapped[dt.date | None] = mapped_column(Date)
    card_no: Mapped[str | None] = mapped_column(String(40))  # issued by the provincial system
    member_no: Mapped[str | None] = mapped_column(String(40))
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    remarks: Mapped[str | None] = mapped_column(Text)
    # Derived and maintained by the member service.
    status: Mapped[str] = mapped_column(String(20))  # lifecycle.Status, folded from the history
    name_sort: Mapped[str] = mapped_column(String(200), default="")  # pinyin, for sorting
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)  # in the trash when set
    deleted_by: Mapped[str | None] = mapped_column(String(60))

    events: Mapped[list["MembershipEvent"]] = relationship(
        back_populates="member", order_by="MembershipEvent.id")

    __table_args__ = (
        # The two default sorts scan a covering index in order and filter on the status and trash
        # columns it carries; a separate index on those low-selectivity columns made SQLite sort
        # 100 000 rows in a temporary B-tree instead (215 ms vs 70 ms, bench/RESULTS.md).
        Index("ix_members_name_sort", "name_sort", "id", "deleted_at", "status"),
        Index("ix_members_join_date", "join_date", "id", "deleted_at", "status"),
        Index("ix_members_birth_date", "birth_date"),
        Index("ix_members_department", "department", "name_sort"),
        Index("ix_members_card_no", "card_no"),
        # The few members whose document is not a resident ID card (the home pane's reminder): the
        # query must spell the condition the same way, with the literal (OTHER_DOCUMENT below).
        Index("ix_members_other_documents", "name_sort", sqlite_where=text(OTHER_DOCUMENT),
              postgresql_where=text(OTHER_DOCUMENT)),
    )


class MembershipEvent(Base):
    """One entry of the append-only membership history (入会, 转入, 保留, 转出, 除名, 退会, 恢复)."""

    __tablename__ = "membership_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    event_type: Mapped[str] = mapped_column(String(20))
    event_date: Mapped[dt.date | None] = mapped_column(Date)  # None: joined, date unknown (imported)
    reason: Mapped[str | None] = mapped_column(String(2))  # 会籍变化原因 code
    approver: Mapped[str | None] = mapped_column(String(60))
    note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    recorded_by: Mapped[str] = mapped_column(String(60))

    member: Mapped[Member] = relationship(back_populates="events")


class MemberSearchTerm(Base):
    """Tagged search terms of a member (see search_keys); a prefix range on `term` is indexed."""

    __tablename__ = "member_search_terms"

    term: Mapped[str] = mapped_column(String(120), primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True, index=True)


class MemberPost(Base):
    """A union post (工会职务: 主席, 委员, 经审委员, 小组长, 会员代表 …) a member holds from one day
    (to another; open while held). Several at once are common. Codes: the union_post code table."""

    __tablename__ = "member_posts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    post: Mapped[str] = mapped_column(String(4))
    started_on: Mapped[dt.date] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    recorded_by: Mapped[str] = mapped_column(String(60))

    __table_args__ = (Index("ix_member_posts_post", "post", "ended_on"),)
