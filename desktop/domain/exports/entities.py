"""Tables remembering submissions to the parent union.

A fingerprint (hash of the values a profile exported for a member) is kept per profile and member;
"changes since the last submission" are the members whose fingerprint differs or is missing. That
covers added members, changed fields and membership changes alike, without a change log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.base import Base, UtcDateTime, utc_now


class ExportSubmission(Base):
    __tablename__ = "export_submissions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profile: Mapped[str] = mapped_column(String(60))
    exported_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    exported_by: Mapped[str] = mapped_column(String(60))
    file_name: Mapped[str] = mapped_column(String(260))
    member_count: Mapped[int] = mapped_column(Integer, default=0)
    since_last: Mapped[bool] = mapped_column(Boolean, default=False)


class ExportFingerprint(Base):
    __tablename__ = "export_fingerprints"

    profile: Mapped[str] = mapped_column(String(60), primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True, index=True)
    fingerprint: Mapped[str] = mapped_column(String(40))
    submission_id: Mapped[int] = mapped_column(ForeignKey("export_submissions.id", ondelete="CASCADE"))
