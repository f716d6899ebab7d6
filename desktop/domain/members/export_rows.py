"""Members as export records: every stored field plus the latest membership event (the template's
会籍变化类型/日期/原因), read in chunks of ids with two queries per chunk, so 100 000 members stream
out without loading ORM objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterator, Sequence

from sqlalchemy import func, select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.members.entities import Member, MembershipEvent
from desktop.domain.members.inputs import MEMBER_FIELDS
from desktop.store.database import Database

CHUNK = 2000
_COLUMNS = [Member.id, Member.status, *(getattr(Member, f) for f in MEMBER_FIELDS)]


@dataclass(frozen=True)
class LastEvent:
    event_type: str
    event_date: dt.date
    reason: str | None


def export_records(db: Database, actor: Actor, ids: Sequence[int]) -> Iterator[tuple[dict, LastEvent | None]]:
    """({field: value, "id", "status"}, last event) for each id, in the order given. Unmasked:
    the caller decides what may leave the program (Permission.EXPORT_SENSITIVE)."""
    actor.require(Permission.MEMBERS_READ)
    keys = ["id", "status", *MEMBER_FIELDS]
    with db.engine.connect() as connection:
        for start in range(0, len(ids), CHUNK):
            chunk = list(ids[start:start + CHUNK])
            rows = {r[0]: dict(zip(keys, r)) for r in connection.execute(
                select(*_COLUMNS).where(Member.id.in_(chunk)))}
            latest = select(func.max(MembershipEvent.id)).where(
                MembershipEvent.member_id.in_(chunk)).group_by(MembershipEvent.member_id)
            events = {r.member_id: LastEvent(r.event_type, r.event_date, r.reason) for r in connection.execute(
                select(MembershipEvent.member_id, MembershipEvent.event_type, MembershipEvent.event_date,
                       MembershipEvent.reason).where(MembershipEvent.id.in_(latest)))}
            for member_id in chunk:
                if member_id in rows:
                    yield rows[member_id], events.get(member_id)
