"""Writing audit records. Services call `record` inside their own transaction, so a change and
its record are committed together or not at all."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping

from sqlalchemy import event, select, update
from sqlalchemy.orm import Session

from desktop.domain.audit.entities import AuditRecord, RowSeal
from desktop.domain.accounts.actor import Actor
from desktop.domain.base import utc_now
from desktop.domain.id_numbers import mask_id_number
from desktop.domain.phones import mask_phone
from desktop.store import anchor, audit_chain, row_seals
from desktop.store.bulk_insert import insert_rows, insert_values

from desktop.store.database import serialise_writers

if TYPE_CHECKING:
    from desktop.store.database import Database

# Fields whose values the audit trail keeps masked: the trail is read by more people than the data.
SENSITIVE_FIELDS = {"id_number": mask_id_number, "mobile": mask_phone}




_AS_IS = frozenset({str, int, float, bool})   # values that go into the trail as they are


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):   # a datetime is a date too
        return value.isoformat()
    return value


# What json.dumps(changes, ensure_ascii=False, default=_plain) writes, with the encoder made once
# (json.dumps builds a new one per call when given options: an import records a member per row).
_JSON = json.JSONEncoder(ensure_ascii=False, default=_plain)


def _masked(field: str, value: Any) -> Any:
    value = _plain(value)
    mask = SENSITIVE_FIELDS.get(field)
    return mask(value) if mask and value else value


def _same(a: Any, b: Any) -> bool:
    """Equal as stored: "" and None are both "no value"."""
    return (_plain(a) if a != "" else None) == (_plain(b) if b != "" else None)


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, list[Any]]:
    """{field: [old, new]} for the fields whose value changed, sensitive ones masked."""
    if not old:  # a creation: every field that has a value (an import makes thousands of these)
        return {key: [None, _masked(key, value) if key in SENSITIVE_FIELDS
                      else value if type(value) in _AS_IS else _plain(value)]
                for key, value in new.items() if value is not None and value != ""}
    return {
        key: [_masked(key, old.get(key)), _masked(key, new.get(key))]
        for key in new
        if not _same(old.get(key), new.get(key))
    }


@dataclass(frozen=True)
class WrittenRecord:
    """An audit record as it was written (the columns of AuditRecord, as a plain value)."""

    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    changes: str
    prev_hash: str
    hash: str
    rows_hash: str = ""


def record(
    session: Session, actor: Actor, action: str, entity: str, entity_id: int | None,
    changes: Mapping[str, Any] | None = None,
) -> WrittenRecord:
    """Append one record to the chain, inside the caller's transaction.

    The record gets the next id and the hash of the record before it. Reading the tail and writing
    the new record must happen in ONE transaction (the caller's): SQLite lets one writer at a time
    commit, and a second writer that read the same tail fails (busy, or the primary key is taken)
    instead of forking the chain; on PostgreSQL writers queue on one advisory lock taken before the
    tail is read (desktop.store.database.serialise_writers), so the second one reads the first one's
    record as the tail. The ids are set here, not left to the database, because the
    hash covers the id and the chain has no gaps for `verify` to mistake for a deleted record."""
    return record_many(session, actor, [(action, entity, entity_id, changes)])[0]


def record_file(
    db: "Database", actor: Actor, action: str, entity: str, entity_id: int | None, values: Mapping[str, Any],
    put_in_place: Callable[[], None] | None = None,
) -> None:
    """Record a file leaving the program (an export or a print) with its `values`, and run
    `put_in_place` (moving the finished file to its name) inside the same transaction: the file is
    there if and only if the trail says so. Used by the areas' export and printing queries."""
    with db.transaction() as session:
        record(session, actor, action, entity, entity_id, {k: [None, v] for k, v in values.items()})
        if put_in_place is not None:
            put_in_place()


def record_many(
    session: Session, actor: Actor,
    entries: list[tuple[str, str, int | None, Mapping[str, Any] | None]],
) -> list[WrittenRecord]:
    """Append several records (action, entity, entity id, changes) in order, with one INSERT for
    all of them: an import writes one record per member."""
    # The tail is read once per transaction and then carried along.
    tail = session.info.get(_TAIL_KEY)
    if tail is None:
        serialise_writers(session)  # PostgreSQL: no other writer between reading the end and committing
        last = session.execute(
            select(AuditRecord.id, AuditRecord.hash).order_by(AuditRecord.id.desc()).limit(1)).first()
        tail = (last.id, last.hash) if last else (0, audit_chain.GENESIS)
    record_id, prev_hash = tail
    rows = []
    at = utc_now()   # one moment for the records written together (its conversion is then made once)
    for action, entity, entity_id, changes in entries:
        record_id += 1
        text = _JSON.encode(changes or {})
        digest = audit_chain.chain_hash(prev_hash, record_id, at, actor.username, action, entity, entity_id, text)
        rows.append(WrittenRecord(record_id, at, actor.username, action, entity, entity_id, text, prev_hash, digest))
        prev_hash = digest
    if rows:
        # A plain INSERT rather than session.add: a pending object would make every later query in
        # the transaction flush the unit of work first.
        insert_values(session.connection(), AuditRecord.__table__, [vars(r) for r in rows])
        session.info[_TAIL_KEY] = (record_id, prev_hash)
        session.info.setdefault(_FIRST_KEY, rows[0])
        session.info[_LAST_KEY] = rows[-1]
    return rows


_TAIL_KEY = "audit_chain_tail"
_LAST_KEY = "audit_chain_last_record"
_FIRST_KEY = "audit_chain_first_record"


@event.listens_for(Session, "before_commit")
def _seal_touched_rows(session: Session) -> None:
    """Seal every audited row this transaction wrote, under its last audit record.

    This is the one place row hashes are made: the connection's triggers (desktop.store.row_seals)
    noted which rows were inserted, updated or deleted, however the service wrote them. Rows written
    in a transaction without any audit record are not sealed; `verify` names them, since such a
    write is missing from the trail."""
    if session.info.get(_LAST_KEY) is None:
        _forget_touched_rows(session)
        return
    session.flush()
    connection = session.connection()
    if connection.dialect.name != "sqlite" or not row_seals.triggers_installed(connection.connection):
        return
    seals = row_seals.take_touched(connection)
    if not seals:
        return
    last: WrittenRecord = session.info[_LAST_KEY]
    digest = row_seals.seals_digest(seals)
    sealed = audit_chain.record_hash(last.prev_hash, last.id, last.at, last.actor, last.action, last.entity,
                                     last.entity_id, last.changes, digest)
    connection.execute(update(AuditRecord.__table__).where(AuditRecord.id == last.id)
                       .values(rows_hash=digest, hash=sealed))
    insert_rows(connection, RowSeal.__tablename__, ("record_id", "tbl", "row_key", "hash"),
                [(last.id, table, key, value) for table, key, value in seals])
    session.info[_LAST_KEY] = replace(last, hash=sealed, rows_hash=digest)
    session.info[_TAIL_KEY] = (last.id, sealed)


@event.listens_for(Session, "before_commit")
def _anchor_pending(session: Session) -> None:
    """Before the commit, the anchor accepts both the trail's present end and the one this commit
    makes (registered after the sealing, so it sees the sealed hash)."""
    first: WrittenRecord | None = session.info.get(_FIRST_KEY)
    last: WrittenRecord | None = session.info.get(_LAST_KEY)
    path = _database_file(session) if last is not None else None
    if first is None or path is None:
        return
    anchor.write_anchor(path, anchor.Anchor(first.id - 1, first.prev_hash, anchor.Anchor(last.id, last.hash)))


def _forget_touched_rows(session: Session) -> None:
    """A commit without an audit record seals nothing: its rows stay unsealed (verify names them),
    and are not sealed later under someone else's record."""
    session.flush()
    connection = session.connection()
    if connection.dialect.name == "sqlite" and row_seals.triggers_installed(connection.connection):
        row_seals.forget_touched(connection)


@event.listens_for(Session, "after_commit")
def _write_anchor(session: Session) -> None:
    """Keep the anchor beside the database at the trail's new end (desktop.store.anchor)."""
    last: WrittenRecord | None = session.info.pop(_LAST_KEY, None)
    session.info.pop(_FIRST_KEY, None)
    if last is None:
        return
    path = _database_file(session)
    if path is not None:
        anchor.write_anchor(path, anchor.Anchor(last.id, last.hash))


def _database_file(session: Session) -> Path | None:
    bind = session.get_bind()
    url = getattr(bind, "url", None)
    if url is None or url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    if url.database.startswith("file:"):  # a read-only URI: nothing is written through it
        return None
    return Path(url.database)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_soft_rollback")
def _forget_tail(session: Session, *_) -> None:
    """A later transaction on the same session reads the tail again: others may have written."""
    session.info.pop(_TAIL_KEY, None)
    session.info.pop(_LAST_KEY, None)
    session.info.pop(_FIRST_KEY, None)


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
