"""Checking a database: SQLite's own consistency checks, the audit trail's hash chain, the rows of
the audited tables against their seals, and the trail's end against the anchor kept outside the file.

Run by `uniondesk verify` and the audit pane's Verify button. It reads only, so it is safe on a
database that is open elsewhere, and it states what it checked as well as what it found: "no
problem" is only worth something when the reader can see what was looked at.

What it proves and what it does not:
- an edited audit record, or one deleted from the middle, shows as a break at that place;
- a row of an audited table (members, payments, ledger, aid, votes, users …) changed, added or
  deleted outside the program shows by table and id: its state differs from its newest seal, or it
  has none (desktop.store.row_seals);
- records cut from the end, appended by hand, or a trail rewritten with fresh hashes show against
  the anchor beside the database (desktop.store.anchor);
- someone who rewrites the database AND the anchor file (and the backups' sidecars) can rewrite
  history undetected: the hashes have no secret key. Backups kept elsewhere are the defence.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from sqlalchemy import inspect

from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.store import row_seals
from desktop.store.anchor import Anchor, read_anchor
from desktop.store.audit_chain import GENESIS, record_hash
from desktop.store.database import Database
from desktop.store.paths import safe_url

FETCH_BATCH = 5000   # rows read from the cursor at a time: a 100k-record chain never sits in memory
MAX_PROBLEMS = 20    # SQLite findings and chain breaks listed; beyond that the count says enough
MAX_ROW_PROBLEMS = 200  # rows named one by one; beyond that the count says enough


class BreakKind(enum.StrEnum):
    EDITED = "edited"            # the record's own content no longer matches its hash
    GAP = "gap"                  # ids missing before this record: records were deleted
    RELINKED = "relinked"        # ids run on, but the record before it is not the one it followed


@dataclass(frozen=True)
class ChainBreak:
    record_id: int
    kind: BreakKind
    message: Message


class RowProblemKind(enum.StrEnum):
    CHANGED = "changed"      # the row's state differs from its newest seal
    UNSEALED = "unsealed"    # the row has no seal: it was added outside the program
    DELETED = "deleted"      # the seal says the row exists, but it does not


@dataclass(frozen=True)
class RowProblem:
    table: str
    key: str
    kind: RowProblemKind
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
    rows_checked: int | None = None             # None: the row check was not made (PostgreSQL)
    row_problems: tuple[RowProblem, ...] = ()
    more_row_problems: int = 0
    seal_problems: tuple[Message, ...] = ()     # seals that no longer match their audit record
    anchor_problems: tuple[Message, ...] = ()   # the trail's end differs from the anchor, or no anchor
    anchor: Anchor | None = None

    @property
    def ok(self) -> bool:
        return not (self.integrity_problems or self.foreign_key_problems or self.breaks or self.row_problems
                    or self.seal_problems or self.anchor_problems)

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
        out += self._anchor_lines()
        out += self._row_lines()
        out.append(QT_TRANSLATE_NOOP("Integrity", "All checks passed.") if self.ok else
                   QT_TRANSLATE_NOOP("Integrity", "Problems found. Keep this database as it is (do "
                                     "not repair it by hand) and ask whoever looks after the program."))
        return out


    def _anchor_lines(self) -> list[Message]:
        if self.anchor_problems:
            return list(self.anchor_problems)
        if self.anchor is None:
            if not self.records_checked or not self.sqlite_checked:
                return []
            return [QT_TRANSLATE_NOOP(
                "Integrity", "End of the trail: not checked, there is no anchor file beside the database "
                "(a database copied by hand has none; the program writes it with every change). Records "
                "removed from the end would not show.")]
        return [QT_TRANSLATE_NOOP(
            "Integrity", "End of the trail: matches the anchor kept outside the database ({count} "
            "record(s)).").format(count=self.anchor.records)]

    def _row_lines(self) -> list[Message]:
        if self.rows_checked is None:
            return [QT_TRANSLATE_NOOP(
                "Integrity", "Row check skipped: rows are sealed only in an SQLite database.")]
        out = list(self.seal_problems)
        if not self.row_problems:
            out.append(QT_TRANSLATE_NOOP(
                "Integrity", "Data: {count} row(s) of audited tables, each as the audit trail recorded it.")
                .format(count=self.rows_checked))
            return out
        out.append(QT_TRANSLATE_NOOP(
            "Integrity", "Data: {count} row(s) of audited tables checked; {bad} differ from the audit "
            "trail:").format(count=self.rows_checked, bad=len(self.row_problems) + self.more_row_problems))
        out += [_indented(p.message) for p in self.row_problems]
        if self.more_row_problems:
            out.append(QT_TRANSLATE_NOOP("Integrity", "… and {count} more row(s).")
                       .format(count=self.more_row_problems))
        return out


def _indented(message: Message) -> Message:
    """A finding under the sentence that introduces it (the wrapper has nothing to translate)."""
    return Message("Integrity", "  {line}").format(line=message)


def _as_is(text: str) -> Message:
    """SQLite's own words, indented under the sentence that explains them; not translated (and not
    seen by lupdate, which only collects QT_TRANSLATE_NOOP calls)."""
    return Message("Integrity", "  {text}").format(text=text)


def verify_database(db: Database, anchor: Anchor | None = None) -> IntegrityReport:
    """Run every check on an open database. Reads only. `anchor` defaults to the anchor file
    beside the database (for a backup: the one in its sidecar)."""
    sqlite = db.engine.dialect.name == "sqlite"
    if anchor is None and db.file_path is not None:
        anchor = read_anchor(db.file_path)
    with db.engine.connect() as connection:
        integrity: tuple[str, ...] = ()
        foreign: tuple[str, ...] = ()
        if sqlite:
            integrity = _integrity_problems(connection)
            foreign = _foreign_key_problems(connection)
        walk = _walk_chain(connection, tuple(end.records for end in anchor.ends()) if anchor else ())
        rows_checked, row_problems, more_rows, seal_problems = None, (), 0, ()
        if sqlite:
            seal_problems = tuple(_seal_problems(connection, walk.sealed))
            rows_checked, row_problems, more_rows = _check_rows(connection)
        anchor_problems = tuple(_anchor_problems(walk, anchor))
    return IntegrityReport(safe_url(db.location), sqlite, integrity, foreign, walk.count, tuple(walk.breaks), walk.more,
                           rows_checked, tuple(row_problems), more_rows, seal_problems, anchor_problems, anchor)


def _integrity_problems(connection) -> tuple[str, ...]:
    lines = [row[0] for row in connection.exec_driver_sql(f"PRAGMA integrity_check({MAX_PROBLEMS})")]
    return tuple(line for line in lines if line != "ok")


def _foreign_key_problems(connection) -> tuple[str, ...]:
    rows = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    return tuple(f"{table} row {rowid} → {parent}" for table, rowid, parent, _fk in rows[:MAX_PROBLEMS])


@dataclass
class _Walk:
    count: int = 0
    breaks: list[ChainBreak] = field(default_factory=list)
    more: int = 0
    last_id: int = 0
    hashes_at: dict[int, str] = field(default_factory=dict)  # the stored hash of the anchors' records
    sealed: dict[int, str] = field(default_factory=dict)     # record id -> its seals' digest


def _walk_chain(connection, remember: tuple[int, ...] = ()) -> _Walk:
    """Recompute every record's hash in id order and check the links and the ids.

    After a break the walk carries on from the broken record's own stored hash, so one edited
    record gives one break, not a break at every record after it."""
    walk = _Walk()
    if not _has_column(connection, "audit_records", "hash"):
        return walk  # a file of the first release, from before the chain: nothing to walk
    has_rows_hash = _has_column(connection, "audit_records", "rows_hash")
    result = connection.exec_driver_sql(
        "SELECT id, at, actor, action, entity, entity_id, changes, prev_hash, hash, "
        f"{'rows_hash' if has_rows_hash else chr(39) * 2} FROM audit_records ORDER BY id")
    cursor = result.cursor  # the driver's rows: no per-row objects for a long chain
    expected_id = 1
    expected_prev = GENESIS
    try:
        while batch := cursor.fetchmany(FETCH_BATCH):
            for record_id, at, actor, action, entity, entity_id, changes, prev_hash, stored, rows in batch:
                walk.count += 1
                problem = _check(record_id, at, actor, action, entity, entity_id, changes, prev_hash,
                                 stored, rows or "", expected_id, expected_prev)
                if problem is not None:
                    if len(walk.breaks) < MAX_PROBLEMS:
                        walk.breaks.append(problem)
                    else:
                        walk.more += 1
                if rows:
                    walk.sealed[record_id] = rows
                if record_id in remember:
                    walk.hashes_at[record_id] = stored
                expected_id = record_id + 1
                expected_prev = stored
                walk.last_id = record_id
    finally:
        result.close()
    return walk


def _has_column(connection, table: str, column: str) -> bool:
    return any(c["name"] == column for c in inspect(connection).get_columns(table))


def _check(record_id, at, actor, action, entity, entity_id, changes, prev_hash, stored, rows_hash,
           expected_id, expected_prev) -> ChainBreak | None:
    try:
        recomputed = record_hash(prev_hash or "", record_id, at, actor or "", action or "", entity or "",
                                 entity_id, changes or "", rows_hash)
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


# -- the end of the trail against the anchor ------------------------------------------------------

def _anchor_problems(walk: _Walk, anchor: Anchor | None):
    if anchor is None:
        return  # said in the report's lines, but not a problem: a file copied by hand has no anchor
    ends = anchor.ends()
    if any(walk.last_id == end.records and (not end.records or walk.hashes_at.get(end.records) == end.head)
           for end in ends):
        return
    end = ends[-1] if walk.last_id >= ends[-1].records else ends[0]
    if walk.last_id < end.records:
        yield QT_TRANSLATE_NOOP(
            "Integrity", "End of the trail: the trail ends at record {last}, but the program had written "
            "{count} record(s): records were removed from the end.").format(
            last=walk.last_id, count=end.records)
        return
    if end.records and walk.hashes_at.get(end.records) != end.head:
        yield QT_TRANSLATE_NOOP(
            "Integrity", "End of the trail: record {record_id} is not the one the program wrote (its hash "
            "differs from the anchor): the trail was rewritten.").format(record_id=end.records)
    if walk.last_id > end.records:
        yield QT_TRANSLATE_NOOP(
            "Integrity", "End of the trail: records {first} to {last} were added after the last record "
            "the program wrote: they were appended outside the program.").format(
            first=end.records + 1, last=walk.last_id)


# -- the rows of the audited tables against their seals ------------------------------------------

def _seal_problems(connection, sealed: dict[int, str]):
    """Each record's seals must still give the digest its hash covers; seals need their record."""
    result = connection.exec_driver_sql(
        "SELECT record_id, tbl, row_key, hash FROM row_seals ORDER BY id")  # = record order
    cursor = result.cursor
    seen: set[int] = set()
    found = 0
    current, group = None, []

    def finish(record_id, seals):
        if sealed.get(record_id) == row_seals.seals_digest(seals):
            return None
        if record_id not in sealed:
            return QT_TRANSLATE_NOOP(
                "Integrity", "Row seals name audit record {record_id}, which has none: the record was "
                "deleted or its seals were added by hand.").format(record_id=record_id)
        return QT_TRANSLATE_NOOP(
            "Integrity", "The row seals of audit record {record_id} were changed after it was written.").format(
            record_id=record_id)

    try:
        while batch := cursor.fetchmany(FETCH_BATCH):
            for record_id, table, key, value in batch:
                if record_id != current and current is not None:
                    seen.add(current)
                    problem = finish(current, group)
                    if problem is not None and found < MAX_PROBLEMS:
                        found += 1
                        yield problem
                    group = []
                current = record_id
                group.append((table, key, value))
        if current is not None:
            seen.add(current)
            problem = finish(current, group)
            if problem is not None and found < MAX_PROBLEMS:
                yield problem
    finally:
        result.close()
    for record_id in sorted(set(sealed) - seen)[:MAX_PROBLEMS]:
        yield QT_TRANSLATE_NOOP(
            "Integrity", "The row seals of audit record {record_id} are missing: they were deleted.").format(
            record_id=record_id)


def _check_rows(connection) -> tuple[int, list[RowProblem], int]:
    """Every current row of every audited table against its newest seal."""
    if not _has_table(connection, "row_seals"):
        return 0, [], 0
    checked, problems, more = 0, [], 0
    tables = row_seals.existing_tables(connection)
    for table in row_seals.AUDITED_TABLES:
        if table not in tables:
            continue
        expected = row_seals.newest_seals(connection, table)
        for key, value in row_seals.current_row_hashes(connection, table):
            checked += 1
            seal = expected.pop(key, None)
            if seal is not None and seal[0] == value:
                continue
            problem = _row_problem(table, key, seal)
            if len(problems) < MAX_ROW_PROBLEMS:
                problems.append(problem)
            else:
                more += 1
        for key, (value, record_id) in sorted(expected.items()):
            if not value:
                continue  # sealed as deleted, and gone
            problem = RowProblem(table, key, RowProblemKind.DELETED, QT_TRANSLATE_NOOP(
                "Integrity", "{table} row {key}: deleted outside the program (audit record {record_id} "
                "recorded it).").format(table=table, key=key, record_id=record_id))
            if len(problems) < MAX_ROW_PROBLEMS:
                problems.append(problem)
            else:
                more += 1
    return checked, problems, more


def _row_problem(table: str, key: str, seal: tuple[str, int] | None) -> RowProblem:
    if seal is None or not seal[0]:
        return RowProblem(table, key, RowProblemKind.UNSEALED, QT_TRANSLATE_NOOP(
            "Integrity", "{table} row {key}: not in the audit trail (added outside the program).").format(
            table=table, key=key))
    return RowProblem(table, key, RowProblemKind.CHANGED, QT_TRANSLATE_NOOP(
        "Integrity", "{table} row {key}: changed outside the program (differs from the state audit "
        "record {record_id} recorded).").format(table=table, key=key, record_id=seal[1]))


def _has_table(connection, name: str) -> bool:
    return inspect(connection).has_table(name)
