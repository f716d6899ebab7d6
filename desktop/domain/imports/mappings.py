"""Remembered column mappings: the mapping a user confirmed for a header row, found again by the
header's signature so that next month's roster maps itself. Stored in the database (see
ImportMapping for why not a settings file)."""

from __future__ import annotations

import json

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.base import utc_now
from desktop.domain.imports.entities import ImportMapping
from desktop.store.database import Database


class MappingMemory:
    def __init__(self, db: Database, actor: Actor, kind: str = "members"):
        self._db = db
        self._actor = actor
        self._kind = kind

    def recall(self, signature: str) -> dict[str, str] | None:
        """{header text: field, or "" for an ignored column} as last confirmed, or None."""
        with self._db.session() as session:
            row = session.get(ImportMapping, signature)
            return json.loads(row.mapping) if row is not None and row.kind == self._kind else None

    def remember(self, signature: str, mapping: dict[str, str]) -> None:
        self._actor.require(Permission.MEMBERS_WRITE)
        with self._db.transaction() as session:
            row = session.get(ImportMapping, signature)
            if row is None:
                row = ImportMapping(signature=signature, kind=self._kind)
                session.add(row)
            row.mapping = json.dumps(mapping, ensure_ascii=False)
            row.used_at = utc_now()
