"""Writing audit records. Services call `record` inside their own transaction, so a change and
its record are committed together or not at all."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.audit.entities import AuditRecord
from desktop.domain.accounts.actor import Actor
from desktop.domain.base import utc_now
from desktop.domain.id_numbers import mask_id_number
from desktop.domain.phones import mask_phone

# Fields whose values the audit trail keeps masked: the trail is read by more people than the data.
SENSITIVE_FIELDS = {"id_number": mask_id_number, "mobile": mask_phone}




def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _masked(field: str, value: Any) -> Any:
    value = _plain(value)
    mask = SENSITIVE_FIELDS.get(field)
    return mask(value) if mask and value else value


def _same(a: Any, b: Any) -> bool:
    """Equal as stored: "" and None are both "no value"."""
    return (_plain(a) if a != "" else None) == (_plain(b) if b != "" else None)


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, list[Any]]:
    """{field: [old, new]} for the fields whose value changed, sensitive ones masked."""
    return {
        key: [_masked(key, old.get(key)), _masked(key, new.get(key))]
        for key in new
        if not _same(old.get(key), new.get(key))
    }


def record(
    session: Session, actor: Actor, action: str, entity: str, entity_id: int | None,
    changes: Mapping[str, Any] | None = None,
) -> AuditRecord:
    row = AuditRecord(
        at=utc_now(), actor=actor.username, action=action, entity=entity, entity_id=entity_id,
        changes=json.dumps(changes or {}, ensure_ascii=False, default=_plain),
    )
    session.add(row)
    return row


@dataclass(frozen=True)
class AuditEntry:
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    changes: dict[str, Any]


def history_of(session: Session, entity: str, entity_id: int) -> list[AuditEntry]:
    rows = session.scalars(
        select(AuditRecord).where(AuditRecord.entity == entity, AuditRecord.entity_id == entity_id)
        .order_by(AuditRecord.id))
    return [AuditEntry(r.at, r.actor, r.action, r.entity, r.entity_id, json.loads(r.changes)) for r in rows]
