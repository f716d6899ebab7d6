"""Two people editing the same record (several PCs on one server, or the window and the command
line on one file): the second save is refused, and told what the first one changed.

Every editable record carries a `version` (desktop.domain.base.Versioned). An edit dialog keeps
the version it loaded and hands it to the service with the new values; the service calls
`check_version` inside its transaction (after the writers' lock, desktop.store.database), and a
record whose version moved on since raises `StaleEditError`. Its message names the fields the
other person changed with their new values, who changed them and when, read from the audit trail,
so the user can compare; the dialog keeps what they typed and offers to reload.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.audit.entities import AuditRecord
from desktop.domain.audit.labels import FIELD_LABELS
from desktop.domain.audit.words import code_words
from desktop.domain.base import Versioned
from desktop.messages import QT_TRANSLATE_NOOP, Message, Translate, UserError

# Audit actions that read or print a record without changing it: not "changes by someone else".
_READ_ONLY_ACTIONS = ("reveal", "export", "print")


@dataclass(frozen=True)
class OtherChange:
    """What the other person did to the record since this user loaded it."""

    who: str                              # display name (or user name)
    at: dt.datetime | None                # the newest of their changes, UTC
    fields: dict[str, Any] = field(default_factory=dict)   # field → its new value (masked as in the trail)


@dataclass(frozen=True)
class _FieldList(Message):
    """Several "field: value" messages shown as one, each translated on its own."""

    parts: tuple[Message, ...] = ()

    def render(self, translate: Translate | None = None) -> str:
        separator = QT_TRANSLATE_NOOP("Concurrency", "; ").render(translate)
        return separator.join(part.render(translate) for part in self.parts)


class StaleEditError(UserError):
    """The record changed since the user loaded it; nothing was saved."""

    def __init__(self, change: OtherChange, current_version: int):
        super().__init__(stale_message(change))
        self.change = change
        self.current_version = current_version


def check_version(session: Session, row: Versioned, loaded_version: int | None, entity: str,
                  entity_id: int) -> None:
    """Refuse the save when `row` (just read in this transaction) is no longer the version the user
    loaded (the error rolls the transaction back). `loaded_version` None means the caller edits without a loaded copy (an import, a
    command that reads and writes at once): nothing to compare."""
    if loaded_version is None or row.version == loaded_version:
        return
    raise StaleEditError(other_change(session, entity, entity_id, row.version - loaded_version), row.version)


def other_change(session: Session, entity: str, entity_id: int, writes: int) -> OtherChange:
    """The newest `writes` audited changes of the record, merged: each field with its newest value.
    (A write that went through several flushes counts as more than one version, so this may
    reach back further than strictly needed; it never shows less.)"""
    from desktop.domain.accounts.entities import User

    records = session.execute(
        select(AuditRecord.actor, AuditRecord.at, AuditRecord.changes)
        .where(AuditRecord.entity == entity, AuditRecord.entity_id == entity_id,
               AuditRecord.action.not_in(_READ_ONLY_ACTIONS))
        .order_by(AuditRecord.id.desc()).limit(max(writes, 1))).all()
    fields: dict[str, Any] = {}
    for record in reversed(records):  # oldest first, so the newest value wins
        for name, values in json.loads(record.changes or "{}").items():
            fields[name] = values[-1] if isinstance(values, list) and values else values
    if not records:
        return OtherChange("?", None, fields)
    newest = records[0]
    display = session.scalar(select(User.display_name).where(User.username == newest.actor))
    return OtherChange(display or newest.actor, newest.at, fields)


def _value_words(field: str, value: Any) -> Message | str:
    """A code as its label (性别 "1" → 男), as the audit pane shows it; anything else as stored."""
    if value is None:
        return ""
    words = code_words(field, str(value)) if isinstance(value, (str, int)) else None
    return words if words is not None else str(value)


def stale_message(change: OtherChange) -> Message:
    when = change.at.astimezone().strftime("%Y-%m-%d %H:%M") if change.at else "?"
    parts = tuple(
        QT_TRANSLATE_NOOP("Concurrency", "{field}: {value}").format(
            field=FIELD_LABELS.get(name, name), value=_value_words(name, value))
        for name, value in change.fields.items())
    return QT_TRANSLATE_NOOP(
        "Concurrency", "Not saved: {who} changed this record at {when} while you were editing it. "
        "Their changes: {changes}. What you typed is still in the form; to see their version, "
        "reload it (or close and open the record again), then make your changes again.").format(
        who=change.who, when=when,
        changes=_FieldList("Concurrency", "", parts=parts) if parts else QT_TRANSLATE_NOOP(
            "Concurrency", "(no field details in the trail)"))
