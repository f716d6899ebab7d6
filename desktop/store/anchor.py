"""The audit anchor: the trail's length and newest hash, kept in a small file beside the database.

The hash chain shows an edited or removed record in the middle, but not records cut from the end,
nor a trail rewritten with fresh hashes from some point on: the hash has no secret. The anchor,
written after every commit that adds records, holds what the end of the trail was; `verify`
compares the database with it. Every backup's sidecar carries the same two values, so a backup's
own trail can be checked before it is restored. Someone who can change the database AND every
anchor (this file and the sidecars) can still rewrite history undetected; the README says so.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

SUFFIX = ".anchor"
FORMAT = 1


@dataclass(frozen=True)
class Anchor:
    records: int     # how many audit records the trail had (ids run 1..records)
    head: str        # the hash of record number `records` ("" for an empty trail)
    # The end the trail will have once the commit under way succeeds. Written just before the
    # commit and cleared just after, so a program killed in between leaves an anchor that accepts
    # either end: the database holds the old one or the new one, never anything else.
    pending: "Anchor | None" = None

    def ends(self) -> tuple["Anchor", ...]:
        """The trail ends this anchor accepts."""
        return (self,) if self.pending is None else (self, self.pending)


def anchor_path(db_path: Path | str) -> Path:
    path = Path(db_path)
    return path.with_name(path.name + SUFFIX)


def write_anchor(db_path: Path | str, anchor: Anchor) -> None:
    """Replace the anchor file in one step (a crash leaves the old one or the new one). An anchor
    that cannot be written (read-only folder) is skipped: verify then reports it as out of date."""
    target = anchor_path(db_path)
    partial = target.with_name(target.name + ".partial")
    data = {"format": FORMAT, "records": anchor.records, "head": anchor.head,
            "written": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
    if anchor.pending is not None:
        data["pending"] = {"records": anchor.pending.records, "head": anchor.pending.head}
    try:
        partial.write_text(json.dumps(data), encoding="utf-8")
        os.replace(partial, target)
    except OSError:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass


def read_anchor(db_path: Path | str) -> Anchor | None:
    """The anchor beside the database, or for a backup the one in its sidecar (`<file>.json`,
    key "audit"); None when there is none or it cannot be read."""
    found = anchor_from(_read_json(anchor_path(db_path)))
    if found is None:
        sidecar = _read_json(Path(str(db_path) + ".json"))
        found = anchor_from(sidecar.get("audit")) if isinstance(sidecar, dict) else None
    return found


def anchor_from(data) -> Anchor | None:
    """An anchor from a JSON object holding "records" and "head" (the anchor file, a sidecar)."""
    try:
        records, head = data["records"], data["head"]
    except (KeyError, TypeError):
        return None
    if not isinstance(records, int) or not isinstance(head, str):
        return None
    pending = anchor_from(data.get("pending")) if isinstance(data.get("pending"), dict) else None
    return Anchor(records, head, pending)


def anchor_fields(anchor: Anchor) -> dict:
    """The anchor as the keys a sidecar stores it under."""
    return {"records": anchor.records, "head": anchor.head}


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def tail_of(connection) -> Anchor:
    """The anchor of an open database: its highest record id and that record's hash."""
    row = connection.exec_driver_sql("SELECT id, hash FROM audit_records ORDER BY id DESC LIMIT 1").first()
    return Anchor(row[0], row[1]) if row else Anchor(0, "")


def refresh_anchor(db_path: Path | str, connection) -> Anchor:
    """Write the anchor from the database's own tail: after a migration or a restore, which write
    records (or replace the trail) without going through a session."""
    anchor = tail_of(connection)
    write_anchor(db_path, anchor)
    return anchor
