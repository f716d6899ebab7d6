"""Moving a union to another database: from its SQLite file up to a PostgreSQL server (several PCs
then share it), and back down to a file.

The copy hands out the whole union (ID numbers, aid, bank data), so it is the chair's
(Permission.BACKUP_MANAGE), and it is recorded in the union's own audit trail before it starts: the
record travels with the copy, so the new database says where it came from. The target must be
empty; the copy is checked by row counts per table (desktop.store.union_copy) and then by running
the full check (`verify`) on both sides: the audit trail must have the same number of records and
be unbroken on the target.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit import recorder
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store import union_copy
from desktop.store.database import Database, open_read_only
from desktop.store.errors import StoreError
from desktop.store.integrity import IntegrityReport, verify_database
from desktop.store.union_copy import CopyResult, RowProgress

ENTITY = "database"


@dataclass(frozen=True)
class MoveResult:
    copy: CopyResult
    source_report: IntegrityReport
    target_report: IntegrityReport


def move_union(db: Database, actor: Actor, target: str, progress: RowProgress | None = None) -> MoveResult:
    """Copy the union open in `db` into the empty database at `target` (a file path or a URL)."""
    actor.require(Permission.BACKUP_MANAGE)
    union_copy.refuse_unless_empty(target)  # before the record, so a refused copy records nothing
    with db.transaction() as session:
        recorder.record(session, actor, "copy_union", ENTITY, None,
                        {"target": [None, union_copy.shown_location(target)]})
    copied = union_copy.copy_union(db.location, target, progress)
    source_report = verify_database(db)
    copy = open_read_only(target)
    try:
        target_report = verify_database(copy)
    finally:
        copy.close()
    if not target_report.ok or target_report.records_checked != source_report.records_checked:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Operations", "The copy at {target} does not pass the check (audit trail: {copied} record(s), "
            "the source has {records}). Do not use it: delete it, and run `uniondesk verify` on the source.")
            .format(target=copied.target, copied=target_report.records_checked,
                    records=source_report.records_checked))
    return MoveResult(copied, source_report, target_report)
