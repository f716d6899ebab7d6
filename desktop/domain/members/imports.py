"""Importing many members in ONE transaction, and undoing an import as a whole.

Each row goes through the same steps as a member typed in the dialog (members/writes.py: check,
unique ID, insert or change, search terms, audit record). The import either commits entirely or
not at all: cancelling, an error in any row, or the process being killed leaves the register as it
was. Every import is recorded (import_batches) with what each member looked like before, so it can
be rolled back later."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, fields, replace
from typing import Callable, Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit import recorder
from desktop.store.backups import Reason, backup_before
from desktop.domain.base import utc_now
from desktop.domain.errors import ValidationError
from desktop.domain.gc_pause import collector_paused
from desktop.domain.imports.entities import ImportBatch, ImportBatchItem
from desktop.domain.members.bulk import DuplicatePolicy, ImportRow, merge_duplicate
from desktop.domain.members.entities import Member
from desktop.domain.members.lifecycle import EventType
from desktop.domain.members.queries import member_input_of
from desktop.domain.dues import kept
from desktop.domain.members.inputs import MemberInput
from desktop.domain.members.writes import ENTITY, apply_changes, checked, duplicate_message, insert_members
from desktop.domain.service_base import ServiceBase
from desktop.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.changes import Change
from desktop.store.bulk_insert import insert_values
from desktop.store.database import Database

Progress = Callable[[int, int], None]      # (rows done, rows in all)
Cancelled = Callable[[], bool]
_CHECK_EVERY = 50                          # rows between progress reports and cancel checks
_WRITE_EVERY = 500                         # new members written together (one executemany per table)
_LOOKUP_CHUNK = 900                        # ID numbers per IN (...) look-up
_DATE_FIELDS = {f.name for f in fields(MemberInput) if f.type in ("dt.date | None",)}


class ImportCancelled(UserError):
    """The user cancelled; the transaction was rolled back and nothing changed."""


class ImportRowError(UserError):
    """A row failed at import time (the register changed since the preview); nothing was imported."""


@dataclass(frozen=True)
class ImportSource:
    file_name: str
    sheet: str = ""
    rejected: int = 0        # rows the preview rejected, recorded with the counts


@dataclass(frozen=True)
class ImportOutcome:
    batch_id: int
    created: int
    updated: int
    skipped: int             # already registered and left as they were (or nothing to fill)
    member_ids: tuple[int, ...]


@dataclass(frozen=True)
class RollbackOutcome:
    deleted: int
    restored: int


def _row_error(row: int, message: Message) -> ImportRowError:
    return ImportRowError(QT_TRANSLATE_NOOP(
        "Import", "Row {row}: {reason} Nothing was imported; check the file and import it again."
    ).format(row=row, reason=message))


def _json_value(value):
    return value.isoformat() if isinstance(value, dt.date) else value


class MemberImportService(ServiceBase):
    @collector_paused()  # thousands of rows kept to the end: see gc_pause
    def import_members(self, rows: Sequence[ImportRow], policy: DuplicatePolicy, source: ImportSource,
                       progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportOutcome:
        """Bring the rows in, all or nothing. Raises ImportCancelled or ImportRowError with nothing
        changed."""
        self._actor.require(Permission.MEMBERS_WRITE)
        total = len(rows)
        inputs = []
        for row in rows:
            try:
                inputs.append(checked(row.data, self.today, join_date_required=False))
            except ValidationError as error:
                raise _row_error(row.row, error.message) from error
        created, updated, skipped = [], [], 0
        backup_before(self._db, Reason.IMPORT)  # an import can be undone, and the copy is the last resort
        with self._db.transaction() as session:
            batch = ImportBatch(kind="members", file_name=source.file_name[:260], sheet=source.sheet[:100],
                                on_duplicate=str(policy), imported_by=self._actor.username,
                                rejected_count=source.rejected)
            session.add(batch)
            session.flush()
            # The dues table is kept once for the whole import, not per batch of new members: each
            # keeping reads fingerprints of whole tables (a scan of a 100 000-member register).
            dues_kept = kept.before_change(session)
            dated: list[int] = []    # registered members whose join date the import filled in
            registered = self._registered(session, [d.id_number for d in inputs])
            # The registered members the rows may change, loaded in a few queries and held here (the
            # session's identity map keeps them only weakly): fetched one by one, each fetch first
            # flushed the previous member's change, and 10 000 updates took 9 s.
            members = {} if policy == DuplicatePolicy.SKIP else self._members(
                session, [known[0] for known in registered.values() if not known[2]])
            pending: list[MemberInput] = []  # new members not yet written: written in chunks
            pending_ids: set[str] = set()

            def write_pending() -> None:
                ids = insert_members(session, self._actor, pending, EventType.JOIN, {"import_batch": batch.id},
                                     keep_dues=False)
                for member_id, new in zip(ids, pending):
                    registered[new.id_number] = (member_id, new.name, False)
                created.extend(ids)
                pending.clear()
                pending_ids.clear()

            for done, (row, data) in enumerate(zip(rows, inputs)):
                if len(pending) >= _WRITE_EVERY:
                    write_pending()
                if done % _CHECK_EVERY == 0:
                    if cancelled is not None and cancelled():
                        raise ImportCancelled(QT_TRANSLATE_NOOP(
                            "Import", "The import was cancelled; nothing was changed."))
                    if progress is not None:
                        progress(done, total)
                if data.id_number in pending_ids:
                    write_pending()  # the same person twice in the file: the second row updates the first
                known = registered.get(data.id_number)
                if known is None:
                    pending.append(data)
                    pending_ids.add(data.id_number)
                    continue
                member_id, name, in_trash = known
                if in_trash:
                    raise _row_error(row.row, duplicate_message(name, True))
                if policy == DuplicatePolicy.SKIP:
                    skipped += 1
                    continue
                changes = self._update(session, batch.id, members.get(member_id) or session.get(Member, member_id),
                                       row, data, policy)
                if changes:
                    updated.append(member_id)
                    if "join_date" in changes:
                        dated.append(member_id)
                else:
                    skipped += 1
            write_pending()
            # New members owe from their join month; a join date filled in dates the history. (Once
            # new members are written the table is no longer current for apply_changes' own keeping,
            # which then leaves it to this call.)
            kept.after_change(session, dues_kept, created + dated)
            if created:
                insert_values(session.connection(), ImportBatchItem.__table__, [
                    {"batch_id": batch.id, "member_id": i, "action": "create"} for i in created])
            if progress is not None:
                progress(total, total)
            batch.created_count, batch.updated_count, batch.skipped_count = len(created), len(updated), skipped
            batch.finished_at = utc_now()
            recorder.record(session, self._actor, "import", "import_batch", batch.id, {
                "file": [None, source.file_name], "sheet": [None, source.sheet],
                "created": [None, len(created)], "updated": [None, len(updated)],
                "skipped": [None, skipped], "rejected": [None, source.rejected]})
            batch_id = batch.id
        if created:
            self._db.changes.publish(Change(ENTITY, frozenset(created), "create"))
        if updated:
            self._db.changes.publish(Change(ENTITY, frozenset(updated), "update"))
        return ImportOutcome(batch_id, len(created), len(updated), skipped, tuple(created + updated))

    def _registered(self, session: Session, id_numbers: list[str]) -> dict[str, tuple[int, str, bool]]:
        """{ID number: (member id, name, in trash)} for the numbers already registered (one look-up
        per chunk instead of one per row)."""
        found = {}
        unique = sorted(set(id_numbers))
        for start in range(0, len(unique), _LOOKUP_CHUNK):
            chunk = unique[start:start + _LOOKUP_CHUNK]
            for r in session.execute(select(Member.id_number, Member.id, Member.name, Member.deleted_at)
                                     .where(Member.id_number.in_(chunk))):
                found[r.id_number] = (r.id, r.name, r.deleted_at is not None)
        return found

    @staticmethod
    def _members(session: Session, member_ids: list[int]) -> dict[int, Member]:
        found: dict[int, Member] = {}
        for start in range(0, len(member_ids), _LOOKUP_CHUNK):
            found.update((m.id, m) for m in session.scalars(
                select(Member).where(Member.id.in_(member_ids[start:start + _LOOKUP_CHUNK]))))
        return found

    def _update(self, session: Session, batch_id: int, member: Member, row: ImportRow, data: MemberInput,
                policy: DuplicatePolicy) -> dict[str, list]:
        """Merge the row into the registered member; returns the audited changes ({} for none)."""
        member_id = member.id
        before = member_input_of(member)
        merged = merge_duplicate(before, ImportRow(row.row, data, row.fields), policy)
        try:
            merged = checked(merged, self.today, join_date_required=False)
        except ValidationError as error:
            raise _row_error(row.row, error.message) from error
        changes = apply_changes(session, self._actor, member, merged)
        if not changes:
            return {}
        old = {name: _json_value(getattr(before, name)) for name in changes}
        session.add(ImportBatchItem(batch_id=batch_id, member_id=member_id, action="update",
                                    before=json.dumps(old, ensure_ascii=False)))
        return changes

    # -- undoing -------------------------------------------------------------------------------

    def rollback(self, batch_id: int) -> RollbackOutcome:
        """Undo an import as a whole: members it created are removed, members it changed get their
        old values back. Refused (nothing changed) when any of them was changed after the import."""
        self._actor.require(Permission.MEMBERS_WRITE)
        with self._db.transaction() as session:
            dues_kept = kept.before_change(session)
            batch = session.get(ImportBatch, batch_id)
            if batch is None or batch.rolled_back_at is not None:
                raise UserError(QT_TRANSLATE_NOOP(
                    "Import", "This import has already been undone (or no longer exists)."))
            items = list(session.scalars(select(ImportBatchItem).where(ImportBatchItem.batch_id == batch_id)))
            ids = [i.member_id for i in items]
            members = {m.id: m for m in session.scalars(select(Member).where(Member.id.in_(ids)))} if ids else {}
            later = [m.name for m in members.values() if m.updated_at > batch.finished_at]
            if later:
                raise UserError(QT_TRANSLATE_NOOP(
                    "Import", "{names} changed after this import ({count} in all). Undo the later changes "
                    "or imports first; nothing was undone.").format(names="、".join(sorted(later)[:5]),
                                                                     count=len(later)))
            created = [i.member_id for i in items if i.action == "create" and i.member_id in members]
            used = records_elsewhere(session, created)
            if used:
                raise UserError(QT_TRANSLATE_NOOP(
                    "Import", "{count} of the members this import added already have records elsewhere "
                    "(dues, activities, aid cases or votes), for example {names}. Undoing the import would "
                    "remove those records too, so nothing was undone. Move members who should not be "
                    "in the register to the trash instead.").format(
                        count=len(used), names="、".join(sorted(members[i].name for i in used)[:5])))
            deleted, restored = [], []
            for item in items:
                member = members.get(item.member_id)
                if member is None:
                    continue
                if item.action == "create":
                    recorder.record(session, self._actor, "import_rollback", ENTITY, member.id,
                                    recorder.diff(member_input_of(member).as_dict(), {}))
                    deleted.append(member.id)
                else:
                    old = json.loads(item.before or "{}")
                    values = {k: dt.date.fromisoformat(v) if k in _DATE_FIELDS and v else v for k, v in old.items()}
                    apply_changes(session, self._actor, member, replace(member_input_of(member), **values))
                    restored.append(member.id)
            if deleted:
                session.execute(delete(Member).where(Member.id.in_(deleted)))
                kept.after_change(session, dues_kept, deleted)
            batch.rolled_back_at = utc_now()
            batch.rolled_back_by = self._actor.username
            recorder.record(session, self._actor, "import_rollback", "import_batch", batch_id,
                            {"deleted": [None, len(deleted)], "restored": [None, len(restored)]})
        if deleted:
            self._db.changes.publish(Change(ENTITY, frozenset(deleted), "delete"))
        if restored:
            self._db.changes.publish(Change(ENTITY, frozenset(restored), "update"))
        return RollbackOutcome(len(deleted), len(restored))


# Tables that belong to the member record itself (removed with it). Any other table pointing at
# members holds another area's record of the person: dues paid, attendance, an aid case, a vote.
_MEMBER_OWN_TABLES = frozenset({"membership_events", "member_search_terms", "import_batch_items",
                                "export_fingerprints", "dues_owed"})   # dues_owed: derived, kept by dues


def records_elsewhere(session: Session, member_ids: list[int]) -> set[int]:
    """The members among `member_ids` that another area's table refers to. Found from the foreign
    keys of the metadata, so an area added later is covered without changing this."""
    from desktop.domain.entities import Base

    used: set[int] = set()
    if not member_ids:
        return used
    for table in Base.metadata.sorted_tables:
        if table.name in _MEMBER_OWN_TABLES:
            continue
        for key in table.foreign_keys:
            if key.column.table.name != Member.__tablename__:
                continue
            for start in range(0, len(member_ids), 500):
                chunk = member_ids[start:start + 500]
                used.update(session.scalars(select(key.parent).where(key.parent.in_(chunk)).distinct()))
    return used


# -- reads for the preview ----------------------------------------------------------------------

@dataclass(frozen=True)
class RegisteredMember:
    id: int
    name: str
    in_trash: bool
    data: MemberInput


@dataclass(frozen=True)
class NamedPerson:
    id: int
    name: str
    birth_date: dt.date | None
    id_number: str


class ImportLookups:
    """What the import preview needs to know about the register, in a few chunked queries."""

    def __init__(self, db: Database, actor: Actor):
        actor.require(Permission.MEMBERS_READ)
        self._db = db

    def registered(self, id_numbers: Sequence[str]) -> dict[str, RegisteredMember]:
        found = {}
        unique = sorted({n for n in id_numbers if n})
        with self._db.session() as session:
            for start in range(0, len(unique), _LOOKUP_CHUNK):
                for member in session.scalars(select(Member).where(
                        Member.id_number.in_(unique[start:start + _LOOKUP_CHUNK]))):
                    found[member.id_number] = RegisteredMember(
                        member.id, member.name, member.deleted_at is not None, member_input_of(member))
        return found

    def people_named(self, names: Sequence[str]) -> list[NamedPerson]:
        unique = sorted({n for n in names if n})
        people = []
        with self._db.engine.connect() as connection:
            for start in range(0, len(unique), _LOOKUP_CHUNK):
                people.extend(NamedPerson(*r) for r in connection.execute(
                    select(Member.id, Member.name, Member.birth_date, Member.id_number)
                    .where(Member.name.in_(unique[start:start + _LOOKUP_CHUNK]), Member.deleted_at.is_(None))))
        return people
