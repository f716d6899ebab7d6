"""The hash that chains audit records together, so that an edited or deleted past record shows.

Each record's hash covers its own content and the hash of the record before it. Changing a past
record, or removing one from the middle, breaks every link after it; `uniondesk verify` walks the
chain and names the first record where it breaks.

FROZEN: this function is part of the file format. The recorder, the 0002 migration's backfill and
the verifier all call it, and records written by every release must keep verifying, so its output
for given values may never change. A different scheme would need a new function next to this one
and a way to tell which records use which; never edit this one.

Pure Python, no database and no Qt: the values come in as the database returns them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

# The value of `prev_hash` of the very first record.
GENESIS = ""

# json.dumps(value, ensure_ascii=False, separators=(",", ":")), built once: verifying a long chain
# calls it once per record.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def at_text(at: dt.datetime | str) -> str:
    """The moment as ISO 8601 UTC text with microseconds, e.g. 2025-01-01T08:30:00.000000Z.

    Accepts what the drivers give back: an aware or naive (meaning UTC) datetime, or SQLite's
    stored text ("2025-01-01 08:30:00.123456" or without the fraction). Both spellings of one moment
    give the same text, so the hash does not depend on how the row was read."""
    if isinstance(at, str):
        at = dt.datetime.fromisoformat(at.strip())
    if at.tzinfo is not None:
        at = at.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds") + "Z"


def canonical_text(
    prev_hash: str, record_id: int, at: dt.datetime | str, actor: str, action: str, entity: str,
    entity_id: int | None, changes: str,
) -> str:
    """One unambiguous line for the hashed values: a compact JSON array in a fixed order.

    JSON quoting keeps field boundaries unambiguous (a "|" in a name cannot shift a value into the
    next field) and tells a missing entity id (null) from the text "None". `changes` is the JSON
    text exactly as stored, not re-serialised, so key order or spacing never matters."""
    return _ENCODER.encode(
        [prev_hash, int(record_id), at_text(at), actor, action, entity,
         None if entity_id is None else int(entity_id), changes])


def chain_hash(
    prev_hash: str, record_id: int, at: dt.datetime | str, actor: str, action: str, entity: str,
    entity_id: int | None, changes: str,
) -> str:
    """SHA-256 (hex, 64 characters) of the record's canonical text."""
    text = canonical_text(prev_hash, record_id, at, actor, action, entity, entity_id, changes)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record_hash(
    prev_hash: str, record_id: int, at: dt.datetime | str, actor: str, action: str, entity: str,
    entity_id: int | None, changes: str, rows_hash: str = "",
) -> str:
    """The hash of a record that may carry a row-seal digest (`rows_hash`, desktop.store.row_seals).

    A record without one (every record written before seals existed, and records of transactions
    that touched no audited row) hashes exactly as `chain_hash`; one with it hashes a nine-value
    array ending with the digest, so the seals of its transaction are part of the chain."""
    if not rows_hash:
        return chain_hash(prev_hash, record_id, at, actor, action, entity, entity_id, changes)
    text = _ENCODER.encode(
        [prev_hash, int(record_id), at_text(at), actor, action, entity,
         None if entity_id is None else int(entity_id), changes, rows_hash])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
