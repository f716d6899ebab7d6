"""Checking a database: SQLite's own consistency checks and the audit trail's hash chain.

Run by `uniondesk verify` and the audit pane's Verify button. It reads only, so it is safe on a
database that is open elsewhere, and it states what it checked as well as what it found: "no
problem" is only worth something when the reader can see what was looked at.

What the chain proves and what it does not: an edited record, or one deleted from the middle, shows
as a break at that place. Records removed from the very end, or a chain rewritten from some point
on with freshly computed hashes, do not show here (the hash has no secret key); backups kept
elsewhere are the defence against those.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.store.audit_chain import GENESIS, chain_hash
from desktop.store.database import Database

FETCH_BATCH = 5000   # rows read from the cursor at a time: a 100k-record chain never sits in memory
MAX_PROBLEMS = 20    # SQLite findings and chain breaks listed; beyond that the count says enough


class BreakKind(enum.StrEnum):
    EDITED = "edited"            # the record's own content no longer matches its hash
    GAP = "gap"                  # ids missing before this record: records were deleted
    RELINKED = "relinked"        # ids run on, but the record before it is not the one it followed


@dataclass(frozen=True)
class ChainBreak:
    record_id: int
    kind: BreakKind
    message: Message


@dataclass(frozen=True)
class IntegrityReport:
    """What was checked and what was found; plain values, safe to hand to any thread or layer."""

    location: str
    sqlite_checked: bool                        # False on PostgreSQL: the PRAGMAs are SQLite's
    integrity_problems: tuple[str, ...]         # PRAGMA integrity_check lines other than "ok"
    foreign_key_problems: tuple[str, ...]       # PRAGMA foreign_key_check rows, as text
    records_checked: int
    breaks: tuple[ChainBreak, ...]              # in id order; the first is where the chain breaks
    more_breaks: int = 0                        # breaks beyond those listed

    @property
    def ok(self) -> bool:
        return not (self.integrity_problems or self.foreign_key_problems or self.breaks)

    @property
    def first_break(self) -> ChainBreak | None:
        return self.breaks[0] if self.breaks else None

    def lines(self) -> list[Message]:
        """The report as sentences, in order: what was checked, what was found, the verdict."""
        out = [QT_TRANSLATE_NOOP("Integrity", "Database: {path}").format(path=self.location)]
        if not self.sqlite_checked:
            out.append(QT_TRANSLATE_NOOP(
                "Integrity", "File checks skipped: this is not an SQLite file (the database server "
                "checks its own storage)."))
        elif self.integrity_problems:
            out.append(QT_TRANSLATE_NOOP(
                "Integrity", "SQLite integrity check: {count} problem(s). The file is damaged; restore "
                "a backup.").format(count=len(self.integrity_problems)))
            out += [_as_is(p) for p in self.integrity_problems]
        else:
            out.append(QT_TRANSLATE_NOOP("Integrity", "SQLite integrity check: ok."))
        if self.sqlite_checked:
            if self.foreign_key_problems:
                out.append(QT_TRANSLATE_NOOP(
                    "Integrity", "Links between tables: {count} row(s) point to rows that do not "
                    "exist.").format(count=len(self.foreign_key_problems)))
                out += [_as_is(p) for p in self.foreign_key_problems]
            else:
                out.append(QT_TRANSLATE_NOOP("Integrity", "Links between tables: ok."))
        if not self.breaks:
            out.append(QT_TRANSLATE_NOOP(
                "Integrity", "Audit trail: {count} record(s), the hash chain is unbroken.")
                .format(count=self.records_checked))
        else:
            out.append(QT_TRANSLATE_NOOP(
                "Integrity", "Audit trail: {count} record(s) checked; the chain breaks at record "
                "{record_id}.").format(count=self.records_checked, record_id=self.breaks[0].record_id))
            out += [b.message for b in self.breaks]
            if self.more_breaks:
                out.append(QT_TRANSLATE_NOOP("Integrity", "… and {count} more break(s).")
                           .format(count=self.more_breaks))
        out.append(QT_TRANSLATE_NOOP("Integrity", "All checks passed.") if self.ok else
                   QT_TRANSLATE_NOOP("Integrity", "Problems found. Keep this database as it is (do "
                                     "not repair it by hand) and ask whoever looks after the program."))
        return out


def _as_is(text: str) -> Message:
    """SQLite's own words, indented under the sentence that explains them; not translated (and not
    seen by lupdate, which only collects QT_TRANSLATE_NOOP calls)."""
    return Message("Integrity", "  {text}").format(text=text)


def verify_database(db: Database) -> IntegrityReport:
    """Run every check on an open database. Reads only."""
    sqlite = db.engine.dialect.name == "sqlite"
    with db.engine.connect() as connection:
        integrity: tuple[str, ...] = ()
        foreign: tuple[str, ...] = ()
        if sqlite:
            integrity = _integrity_problems(connection)
            foreign = _foreign_key_problems(connection)
        count, breaks, more = _walk_chain(connection)
    return IntegrityReport(db.location, sqlite, integrity, foreign, count, tuple(breaks), more)


def _integrity_problems(connection) -> tuple[str, ...]:
    lines = [row[0] for row in connection.exec_driver_sql(f"PRAGMA integrity_check({MAX_PROBLEMS})")]
    return tuple(line for line in lines if line != "ok")


def _foreign_key_problems(connection) -> tuple[str, ...]:
    rows = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    return tuple(f"{table} row {rowid} → {parent}" for table, rowid, parent, _fk in rows[:MAX_PROBLEMS])


def _walk_chain(connection) -> tuple[int, list[ChainBreak], int]:
    """Recompute every record's hash in id order and check the links and the ids.

    After a break the walk carries on from the broken record's own stored hash, so one edited
    record gives one break, not a break at every record after it."""
    result = connection.exec_driver_sql(
        "SELECT id, at, actor, action, entity, entity_id, changes, prev_hash, hash "
        "FROM audit_records ORDER BY id")
    cursor = result.cursor  # the driver's rows: no per-row objects for a long chain
    count = 0
    breaks: list[ChainBreak] = []
    more = 0
    expected_id = 1
    expected_prev = GENESIS
    try:
        while batch := cursor.fetchmany(FETCH_BATCH):
            for record_id, at, actor, action, entity, entity_id, changes, prev_hash, stored in batch:
                count += 1
                problem = _check(record_id, at, actor, action, entity, entity_id, changes, prev_hash,
                                 stored, expected_id, expected_prev)
                if problem is not None:
                    if len(breaks) < MAX_PROBLEMS:
                        breaks.append(problem)
                    else:
                        more += 1
                expected_id = record_id + 1
                expected_prev = stored
    finally:
        result.close()
    return count, breaks, more


def _check(record_id, at, actor, action, entity, entity_id, changes, prev_hash, stored,
           expected_id, expected_prev) -> ChainBreak | None:
    try:
        recomputed = chain_hash(prev_hash or "", record_id, at, actor or "", action or "", entity or "",
                                entity_id, changes or "")
    except (TypeError, ValueError):  # a value no release writes (a date that is not a date …)
        recomputed = None
    if recomputed != stored:
        return ChainBreak(record_id, BreakKind.EDITED, QT_TRANSLATE_NOOP(
            "Integrity", "Record {record_id} was changed after it was written: its content no longer "
            "matches its hash.").format(record_id=record_id))
    if record_id != expected_id:
        return ChainBreak(record_id, BreakKind.GAP, _gap_message(record_id, expected_id))
    if prev_hash != expected_prev:
        return ChainBreak(record_id, BreakKind.RELINKED, QT_TRANSLATE_NOOP(
            "Integrity", "Record {record_id} does not follow the record before it: a record before "
            "it was deleted or replaced.").format(record_id=record_id))
    return None


def _gap_message(record_id: int, expected_id: int) -> Message:
    if record_id == expected_id + 1:
        return QT_TRANSLATE_NOOP(
            "Integrity", "Record {missing} is missing (deleted) before record {record_id}.").format(
            missing=expected_id, record_id=record_id)
    if record_id > expected_id:
        return QT_TRANSLATE_NOOP(
            "Integrity", "Records {first} to {last} are missing (deleted) before record {record_id}.").format(
            first=expected_id, last=record_id - 1, record_id=record_id)
    return QT_TRANSLATE_NOOP(  # ids out of step: only a hand-made row can do this
        "Integrity", "Record {record_id} has an id out of sequence (expected {expected}).").format(
        record_id=record_id, expected=expected_id)
