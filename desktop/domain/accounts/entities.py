"""Accounts and the union's own profile."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.base import Base, UtcDateTime, Versioned, utc_now


class User(Versioned, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(60), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2id, salted
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    password_changed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class UnionProfile(Base):
    """The one row describing this union: printed on paper, checked on start (first-run setup)."""

    __tablename__ = "union_profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    union_name: Mapped[str] = mapped_column(String(120))      # 工会名称
    unit_name: Mapped[str] = mapped_column(String(120))       # 单位名称
    credit_code: Mapped[str] = mapped_column(String(18), default="")  # 统一社会信用代码
    address: Mapped[str] = mapped_column(String(200), default="")
    chair: Mapped[str] = mapped_column(String(60), default="")  # 工会主席
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    # Roles besides the chair that may make a backup by hand (comma-separated Role values); restore
    # and the encrypted hand-over export stay the chair's.
    backup_roles: Mapped[str] = mapped_column(String(100), default="", server_default="")
    # The PC (network name) that makes the daily backup of a database on a server; "" none named.
    backup_station: Mapped[str] = mapped_column(String(100), default="", server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class UserSession(Base):
    """One running program connected to a shared server database: who, from which PC, since when,
    and when it last said it was still there (refreshed by a timer; stale after a few minutes).
    Not audited: log-ins are; this is only the "who is connected" board (desktop/domain/accounts/sessions.py)."""

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(60))
    display_name: Mapped[str] = mapped_column(String(60), default="")
    pc_name: Mapped[str] = mapped_column(String(100))
    pid: Mapped[int] = mapped_column(Integer)
    since: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    last_seen: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
