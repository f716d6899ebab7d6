"""Tables of the import history and of the column mappings a user confirmed.

An import is undone as a whole, so every member it created or changed is listed with the values it
had before (`before`, JSON) — the audit trail masks ID numbers and could not restore them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.base import Base, UtcDateTime, utc_now


class ImportBatch(Base):
    """One import of one sheet of one file."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="members")
    file_name: Mapped[str] = mapped_column(String(260))
    sheet: Mapped[str] = mapped_column(String(100), default="")
    on_duplicate: Mapped[str] = mapped_column(String(10))       # skip, fill, overwrite
    imported_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    finished_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    imported_by: Mapped[str] = mapped_column(String(60))
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    skipped_count: Mapped[int] = mapped_column(Integer, default=0)
    rejected_count: Mapped[int] = mapped_column(Integer, default=0)
    rolled_back_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    rolled_back_by: Mapped[str | None] = mapped_column(String(60))


class ImportBatchItem(Base):
    """A member an import created or changed; `before` holds the changed fields' old values."""

    __tablename__ = "import_batch_items"

    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True, index=True)
    action: Mapped[str] = mapped_column(String(10))              # create, update
    before: Mapped[str | None] = mapped_column(Text)


class ImportMapping(Base):
    """The column mapping a user last confirmed for a header row, found again by its signature
    (a hash of the normalized header texts), so the same monthly roster maps itself next time.
    Kept in the database, not a settings file: the CLI and the window share it, and it travels
    with the union's data when the database is moved to another PC."""

    __tablename__ = "import_mappings"

    signature: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="members")
    mapping: Mapped[str] = mapped_column(Text)                   # JSON {header text: field or ""}
    used_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
