"""The import history as plain values, newest first, for the history dialog."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.imports.entities import ImportBatch
from desktop.store.database import Database


@dataclass(frozen=True)
class ImportRecord:
    id: int
    file_name: str
    sheet: str
    imported_at: dt.datetime
    imported_by: str
    created: int
    updated: int
    skipped: int
    rejected: int
    on_duplicate: str
    rolled_back_at: dt.datetime | None
    rolled_back_by: str | None


def import_history(db: Database, actor: Actor, kind: str = "members") -> list[ImportRecord]:
    actor.require(Permission.MEMBERS_READ)
    with db.session() as session:
        return [ImportRecord(b.id, b.file_name, b.sheet, b.imported_at, b.imported_by, b.created_count,
                             b.updated_count, b.skipped_count, b.rejected_count, b.on_duplicate,
                             b.rolled_back_at, b.rolled_back_by)
                for b in session.scalars(select(ImportBatch).where(ImportBatch.kind == kind)
                                         .order_by(ImportBatch.id.desc()))]
