"""Row seals: the hash of each audited row's state, as the program last wrote it.

The audit chain alone proves only that the log was not edited; the data itself (a payment's amount,
a user's role) could be changed with any SQLite tool and the log would still verify. So every
transaction that writes an audit record also records, for each row of an audited table it touched,
a hash of the row's new state (a "seal", table `row_seals`), and the transaction's last audit record
carries a digest of those seals inside its chain hash. `uniondesk verify` recomputes every current
row's hash and compares it with its newest seal: a row edited, added or deleted outside the program
shows by name.

Which rows a transaction touched is learned from temporary triggers (per connection, never stored
in the file) that note the key of every inserted, updated or deleted row of the audited tables.
This catches every way the program writes (ORM flushes, bulk inserts, plain SQL) without each
service having to say what it changed. The triggers are SQLite's; on PostgreSQL no seals are written
and verify says that the row check was not made.

Pure store code: table names as strings, values as the driver returns them, no domain imports.
"""

from __future__ import annotations

import hashlib
import json
from typing import Iterable, Iterator

# The audited tables and their primary-key columns. Adding a table here needs a migration that
# seals its existing rows (see migration 0009), or verify reports them all as unsealed.
AUDITED_TABLES: dict[str, tuple[str, ...]] = {
    "users": ("id",),
    "members": ("id",),
    "membership_events": ("id",),
    "dues_payments": ("id",),
    "dues_batches": ("id",),
    "dues_receipts": ("id",),
    "fund_entries": ("id",),
    "aid_cases": ("id",),
    "aid_payments": ("id",),
    "aid_payment_batches": ("id",),
    "votes": ("id",),
    "vote_ballots": ("id",),
    "vote_totals": ("vote_id", "candidate_id"),
    # money and sensitive facts kept beside the tables above
    "activity_expenses": ("id",),
    "condolence_visits": ("id",),
    "aid_household_members": ("id",),
    "aid_case_steps": ("id",),
    "dues_wage_bases": ("id",),
    "dues_rates": ("id",),
    "fund_budgets": ("year", "category_code"),
    "fund_openings": ("year",),
}

TOUCHED = "ud_touched_rows"           # temporary table: (tbl, key) of rows written in this transaction
_INSTALLED = "uniondesk_row_triggers"  # flag in the driver connection's info
HASH_LENGTH = 32                       # hex digits kept of SHA-256 (128 bits)
FETCH_BATCH = 5000

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def key_sql(table: str, prefix: str = "") -> str:
    """The SQL expression of a row's key: the id, or the key columns joined with ':'."""
    columns = AUDITED_TABLES[table]
    if len(columns) == 1:
        return f"{prefix}{columns[0]}"
    return " || ':' || ".join(f"{prefix}{c}" for c in columns)


_AS_IS = frozenset({str, int, float})  # what most columns hold: hashed as it is, no check


def _plain(value):
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "x:" + bytes(value).hex()
    return value


def row_hash(table: str, columns: Iterable[str], values: Iterable) -> str:
    """The hash of one row's state: its table and every column that has a value, by name.

    Columns whose value is NULL or "" are left out (the program treats both as "no value"), so a
    later migration that adds a column (NULL or "" in the old rows) does not change the hash of every
    existing row; giving such a column a value still does. UNSEALED_COLUMNS are left out too."""
    return _hasher(table, list(columns))(tuple(values))


# Columns left out of every row hash: `version` (migration 0019) only counts saves so that two
# people editing one record find out (desktop/domain/concurrency.py); it is no data of the union's.
# Left out, a file sealed before 0019 keeps verifying after the column arrives, without resealing.
UNSEALED_COLUMNS = frozenset({"version"})


def _hasher(table: str, columns: list[str]):
    """row_hash for many rows of one result: the column order is worked out once."""
    order = sorted((i for i in range(len(columns)) if columns[i] not in UNSEALED_COLUMNS),
                   key=columns.__getitem__)
    named = [(columns[i], i) for i in order]

    def digest(values) -> str:
        pairs = [(name, value if type(value) in _AS_IS else _plain(value))
                 for name, i in named if (value := values[i]) is not None and value != ""]
        return hashlib.sha256(_ENCODER.encode([table, pairs]).encode("utf-8")).hexdigest()[:HASH_LENGTH]

    return digest


def seals_digest(seals: Iterable[tuple[str, str, str]]) -> str:
    """The digest of one record's seals (table, key, hash) in the order they were written; it goes
    into the record's chain hash, so a seal changed afterwards no longer matches its record."""
    digest = hashlib.sha256()
    for table, key, value in seals:
        digest.update(_ENCODER.encode([table, str(key), value]).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


# -- noting what a transaction touched -----------------------------------------------------------

def install_triggers(dbapi_connection, info: dict | None = None) -> None:
    """Create the temporary table and triggers on this SQLite connection, once, for the audited
    tables the file has (none before its first migration: then it is tried again next time).
    `info` is the pool's per-connection dictionary, where the "done" flag is kept."""
    cursor = dbapi_connection.cursor()
    try:
        existing = {row[0] for row in cursor.execute(
            "SELECT name FROM main.sqlite_master WHERE type='table'").fetchall()}
        if "row_seals" not in existing:  # not yet migrated: nothing to seal into
            return
        # The noted keys live in memory, not in a temporary file: the trigger's insert into a file's
        # pages tripled the cost of inserting a member (10 000 rows: 0.08 s bare, 0.26 s noted in a
        # file, 0.13 s noted in memory). Set before the first temporary object, since changing it
        # drops them (the same value again changes nothing). A transaction notes a few bytes per row.
        cursor.execute("PRAGMA temp_store=MEMORY")
        cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS {TOUCHED} (tbl TEXT NOT NULL, key NOT NULL, "
                       "PRIMARY KEY (tbl, key))")
        for table in AUDITED_TABLES:
            if table not in existing:
                continue
            for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
                key = key_sql(table, f"{row}.")
                # OR IGNORE, not "WHERE NOT EXISTS (…)": the latter made 38 000 inserts take 79 s.
                # (A statement with its own OR ABORT/FAIL/ROLLBACK would impose it here; the program
                # writes none.)
                cursor.execute(
                    f"CREATE TEMP TRIGGER IF NOT EXISTS ud_seal_{table}_{event.lower()} AFTER {event} "
                    f"ON main.{table} BEGIN INSERT OR IGNORE INTO {TOUCHED} (tbl, key) "
                    f"VALUES ('{table}', {key}); END")
        if info is not None:
            info[_INSTALLED] = True
    finally:
        cursor.close()


def triggers_installed(pooled_connection) -> bool:
    """Whether this (pool-proxied) connection notes touched rows."""
    return bool(pooled_connection.info.get(_INSTALLED))


def on_checkout(dbapi_connection, connection_record, _proxy) -> None:
    """Pool checkout hook for SQLite engines: install the triggers once the schema has the seals
    table (a connection handed out before the first migration gets them at a later checkout)."""
    if not connection_record.info.get(_INSTALLED):
        install_triggers(dbapi_connection, connection_record.info)


def take_touched(connection) -> list[tuple[str, str, str]]:
    """The seals (table, key, hash) for every row this transaction touched, in a fixed order, and
    forget them. A touched row that no longer exists gets the hash "" (deleted)."""
    rows = connection.exec_driver_sql(f"SELECT tbl, key FROM temp.{TOUCHED} ORDER BY tbl, key").fetchall()
    if not rows:
        return []
    by_table: dict[str, list] = {}
    for table, key in rows:
        by_table.setdefault(table, []).append(key)
    seals = []
    for table in sorted(by_table):
        current = dict(_hashes_of_touched(connection, table))
        seals += [(table, str(key), current.get(str(key), "")) for key in by_table[table]]
    forget_touched(connection)
    return seals


def forget_touched(connection) -> None:
    connection.exec_driver_sql(f"DELETE FROM temp.{TOUCHED}")


def _hashes_of_touched(connection, table: str) -> Iterator[tuple[str, str]]:
    result = connection.exec_driver_sql(
        f"SELECT {key_sql(table)} AS ud_key, * FROM main.{table} "
        f"WHERE {key_sql(table)} IN (SELECT key FROM temp.{TOUCHED} WHERE tbl = '{table}')")
    yield from _hashed(result, table)


def current_row_hashes(connection, table: str) -> Iterator[tuple[str, str]]:
    """(key, hash) of every row of an audited table, read in batches."""
    result = connection.exec_driver_sql(f"SELECT {key_sql(table)} AS ud_key, * FROM main.{table}")
    yield from _hashed(result, table)


def _hashed(result, table: str) -> Iterator[tuple[str, str]]:
    cursor = result.cursor
    digest = _hasher(table, [d[0] for d in cursor.description][1:])
    try:
        while batch := cursor.fetchmany(FETCH_BATCH):
            for row in batch:
                yield str(row[0]), digest(row[1:])
    finally:
        result.close()


def seal_all(connection) -> list[tuple[str, str, str]]:
    """Seals for every current row of every audited table the file has (for a database written
    before seals existed)."""
    existing = existing_tables(connection)
    seals = []
    for table in AUDITED_TABLES:
        if table in existing:
            seals += sorted((table, key, value) for key, value in current_row_hashes(connection, table))
    return seals


def append_seal_record(connection, seals: list[tuple[str, str, str]], actor: str, changes: dict) -> int:
    """Write seals under a new audit record of the program's own (a migration, an upgrade), with
    raw SQL on `connection`, outside any session. Returns the record's id."""
    import datetime as dt

    from desktop.store.audit_chain import GENESIS, record_hash

    last = connection.exec_driver_sql("SELECT id, hash FROM audit_records ORDER BY id DESC LIMIT 1").first()
    record_id, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None).isoformat(" ", timespec="microseconds")
    text = json.dumps(changes)
    rows_hash = seals_digest(seals)
    digest = record_hash(prev_hash, record_id, at, actor, "seal", "database", None, text, rows_hash)
    connection.exec_driver_sql(
        "INSERT INTO audit_records (id, at, actor, action, entity, entity_id, changes, prev_hash, hash, rows_hash) "
        "VALUES (?, ?, ?, 'seal', 'database', NULL, ?, ?, ?, ?)",
        (record_id, at, actor, text, prev_hash, digest, rows_hash))
    rows = [(record_id, table, key, value) for table, key, value in seals]
    for start in range(0, len(rows), FETCH_BATCH):
        connection.exec_driver_sql("INSERT INTO row_seals (record_id, tbl, row_key, hash) VALUES (?, ?, ?, ?)",
                                   rows[start:start + FETCH_BATCH])
    return record_id


def newest_seals(connection, table: str) -> dict[str, tuple[str, int]]:
    """{key: (hash, record id)} of the newest seal of each row of a table."""
    newest: dict[str, tuple[str, int]] = {}
    result = connection.exec_driver_sql(
        "SELECT row_key, hash, record_id FROM row_seals WHERE tbl = ? ORDER BY id", (table,))
    cursor = result.cursor
    try:
        while batch := cursor.fetchmany(FETCH_BATCH):
            for key, value, record_id in batch:
                newest[key] = (value, record_id)
    finally:
        result.close()
    return newest


def existing_tables(connection) -> set[str]:
    from sqlalchemy import inspect

    return set(inspect(connection).get_table_names())


def intact_rows(connection) -> dict[str, set[str]]:
    """The keys of the rows, per audited table, whose state matches their newest seal."""
    tables = existing_tables(connection)
    intact: dict[str, set[str]] = {}
    for table in AUDITED_TABLES:
        if table in tables:
            newest = newest_seals(connection, table)
            intact[table] = {key for key, value in current_row_hashes(connection, table)
                             if newest.get(key, ("",))[0] == value}
    return intact


def reseal_after_upgrade(connection, intact_before: dict[str, set[str]], revisions: tuple[str, str]) -> int:
    """After a schema upgrade, seal again the rows that were intact before it and whose hash the
    upgrade changed (a new column with a default, a converted value). Rows that did not match their
    seal before the upgrade are left as they are: an upgrade must not launder a change made behind
    the program's back. Returns how many rows were sealed."""
    tables = existing_tables(connection)
    seals = []
    for table in AUDITED_TABLES:
        if table not in tables:
            continue
        newest = newest_seals(connection, table)
        before = intact_before.get(table, set())
        seals += [(table, key, value) for key, value in current_row_hashes(connection, table)
                  if key in before and newest.get(key, ("",))[0] != value]
    if seals:
        append_seal_record(connection, seals, "uniondesk", {"rows": [None, len(seals)],
                                                           "revision": list(revisions)})
    return len(seals)
