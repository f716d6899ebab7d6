"""The audit record table: one row per change, written in the same transaction as the change."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.base import Base, UtcDateTime, utc_now


class AuditRecord(Base):
    __tablename__ = "audit_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    actor: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(30))   # create, update, delete, restore, event …
    entity: Mapped[str] = mapped_column(String(40))   # "member", "membership_event" …
    entity_id: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON {field: [old, new]}
    # Hash chain: each record's hash covers its content and the previous record's hash, so an
    # edited or deleted past record is detectable (`uniondesk verify`).
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")
    # Digest of the row seals written with this record (desktop.store.row_seals); "" when the
    # transaction touched no audited row. Covered by `hash` when present.
    rows_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")

    __table_args__ = (
        Index("ix_audit_records_entity", "entity", "entity_id"),
        # The log's filters (who, what, when) read these instead of every record's text.
        Index("ix_audit_records_actor", "actor"),
        Index("ix_audit_records_action", "action"),
        Index("ix_audit_records_at", "at"),
    )


class RowSeal(Base):
    """The hash of one audited row's state after a write, tied to the audit record of that write.
    Append-only: a row's newest seal is what `verify` compares the row with."""

    __tablename__ = "row_seals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # No indexes: verify reads the table in id order (which is record order: seals are written at
    # commit, and commits are one at a time), and indexes would add a third to the file.
    record_id: Mapped[int] = mapped_column(Integer)
    tbl: Mapped[str] = mapped_column(String(40))
    row_key: Mapped[str] = mapped_column(String(60))
    hash: Mapped[str] = mapped_column(String(64))   # "" when the write deleted the row
