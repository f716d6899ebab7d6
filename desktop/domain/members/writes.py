"""The steps every write to the member register takes — check the input, keep ID numbers unique,
insert or change the row, rewrite its search terms, write the audit record — as functions on a
session, so that the single-member use cases and a 10 000-row import go through the very same code.
Callers own the transaction and the permission check."""

from __future__ import annotations

import datetime as dt
import weakref
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from desktop.domain.accounts.actor import Actor
from desktop.domain.audit import recorder
from desktop.domain.base import utc_now
from desktop.domain.dues import kept
from desktop.domain.errors import FieldError, ValidationError
from desktop.domain.members.entities import Member, MembershipEvent, MemberSearchTerm
from desktop.domain.members.lifecycle import EventType, HistoryEvent, derive_status
from desktop.domain.members.queries import member_input_of
from desktop.domain.members.search_keys import member_terms, name_sort_key
from desktop.domain.members.inputs import MemberInput, normalize_input, validate_member
from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.store.bulk_insert import insert_rows, insert_values

ENTITY = "member"
_LOOKUP_CHUNK = 900                        # ID numbers per IN (...) look-up
SEARCHED_FIELDS = ("name", "mobile", "id_number", "card_no", "member_no")


def stored(value: Any) -> Any:
    """Empty text is stored as NULL so that "no phone" is one thing, not two."""
    return None if value == "" else value


# Inputs that came out of checked() for a given day. Tidying a tidy input changes nothing and the
# rules depend only on the values and the day, so such an input passes again unchanged: the import
# checks each row when it previews, and the service's check at write time is then a look-up (it
# took a quarter of a 10 000-row import). Kept by identity, not by value: two equal inputs (the
# same file previewed twice) are two entries, so the first one's going does not take the second's
# with it. Held weakly: nothing outlives its input.
_CHECKED_ON: dict[int, tuple[weakref.ref, dt.date]] = {}


def _remember_checked(data: MemberInput, today: dt.date) -> None:
    key = id(data)
    _CHECKED_ON[key] = (weakref.ref(data, lambda _gone, key=key: _CHECKED_ON.pop(key, None)), today)


def _checked_before(data: MemberInput, today: dt.date) -> bool:
    entry = _CHECKED_ON.get(id(data))
    return entry is not None and entry[0]() is data and entry[1] == today


def checked(data: MemberInput, today: dt.date, join_date_required: bool = True) -> MemberInput:
    """The input tidied (normalize_input) and validated; ValidationError lists every problem. An
    import passes join_date_required=False: its members may come in with the join date unknown."""
    if _checked_before(data, today) and (data.join_date is not None or not join_date_required):
        return data
    data = normalize_input(data, today)
    errors = validate_member(data, today, join_date_required)
    if errors:
        raise ValidationError(errors)
    _remember_checked(data, today)
    return data


def duplicate_message(name: str, in_trash: bool) -> Message:
    """Why an ID number cannot be used again, and what to do instead."""
    if in_trash:
        return QT_TRANSLATE_NOOP(
            "MemberRules", "This ID number belongs to {name}, who is in the trash. Restore "
            "{name} from the trash instead of adding the member again.").format(name=name)
    return QT_TRANSLATE_NOOP(
        "MemberRules", "This ID number already belongs to {name}; a person is registered "
        "only once. Check the number, or open {name}'s record.").format(name=name)


def check_unique(session: Session, data: MemberInput, member_id: int | None) -> None:
    other = session.execute(
        select(Member.id, Member.name, Member.deleted_at).where(Member.id_number == data.id_number)
    ).first()
    if other is not None and other.id != member_id:
        raise ValidationError([FieldError("id_number", duplicate_message(other.name, other.deleted_at is not None))])


def insert_member(session: Session, actor: Actor, data: MemberInput, first_event: EventType,
                  audit_extra: dict | None = None) -> int:
    """Add one checked member (see insert_members); returns the new id."""
    return insert_members(session, actor, [data], first_event, audit_extra)[0]


def insert_members(session: Session, actor: Actor, members: list[MemberInput], first_event: EventType,
                   audit_extra: dict | None = None, keep_dues: bool = True) -> list[int]:
    """Add checked members with their first history entry (dated with the join date), search terms
    and audit records; returns the new ids in order. One INSERT … RETURNING for the members and one
    executemany per other table, not a statement (or an ORM flush) per member: a 10 000-row import
    spent most of its time there. keep_dues=False: the caller keeps the dues table itself, once for
    all its batches (kept.before_change before the first, kept.after_change with every new id after
    the last), since each keeping reads fingerprints of whole tables."""
    if first_event not in (EventType.JOIN, EventType.TRANSFER_IN):
        raise ValueError(f"a member's history starts with join or transfer_in, not {first_event}")
    if not members:
        return []
    dues_kept = kept.before_change(session) if keep_dues else False
    now = utc_now()
    rows = []
    for data in members:
        values = {k: stored(v) for k, v in data.as_dict().items()}
        values.update(status=str(derive_status([HistoryEvent(first_event, data.join_date)])),
                      name_sort=name_sort_key(data.name), created_at=now, updated_at=now)
        rows.append(values)
    table = Member.__table__
    connection = session.connection()
    # One executemany, then the new ids read back by ID number (unique): RETURNING in parameter
    # order would make SQLAlchemy insert one row per statement on SQLite.
    insert_values(connection, table, rows)
    id_of: dict[str, int] = {}
    numbers = [values["id_number"] for values in rows]
    for start in range(0, len(numbers), _LOOKUP_CHUNK):
        id_of.update((number, member_id) for member_id, number in connection.execute(
            select(table.c.id, table.c.id_number).where(table.c.id_number.in_(numbers[start:start + _LOOKUP_CHUNK]))))
    ids = [id_of[number] for number in numbers]
    insert_values(connection, MembershipEvent.__table__, [dict(
        member_id=member_id, event_type=str(first_event), event_date=data.join_date,
        recorded_by=actor.username, recorded_at=now) for member_id, data in zip(ids, members)])
    # In index order: the terms' primary key is (term, member id), and sorted inserts touch each
    # B-tree page once.
    terms = sorted((t, member_id) for member_id, values in zip(ids, rows) for t in _terms_of(values))
    if terms:
        insert_rows(session.connection(), MemberSearchTerm.__tablename__, ("term", "member_id"), terms)
    recorder.record_many(session, actor, [
        ("create", ENTITY, member_id,
         recorder.diff({}, {**data.as_dict(), "first_event": str(first_event), **(audit_extra or {})}))
        for member_id, data in zip(ids, members)])
    if keep_dues:
        kept.after_change(session, dues_kept, ids)   # a join date makes dues owed from that month
    return ids


def _terms_of(values: dict[str, Any]) -> set[str]:
    return member_terms(values["name"], values["mobile"], values["id_number"], values["card_no"],
                        values["member_no"])


def apply_changes(session: Session, actor: Actor, member: Member, data: MemberInput) -> dict[str, list]:
    """Give a member the values of `data` (checked); returns the audited {field: [old, new]} ({} when
    nothing changed, and then nothing is written)."""
    old = member_input_of(member).as_dict()
    changes = recorder.diff(old, data.as_dict())
    if not changes:
        return {}
    for name, value in data.as_dict().items():
        setattr(member, name, stored(value))
    member.name_sort = name_sort_key(data.name)
    member.updated_at = utc_now()
    if any(name in changes for name in SEARCHED_FIELDS):
        write_terms(session, member.id, {f: getattr(member, f) for f in SEARCHED_FIELDS})
    if "join_date" in changes and data.join_date is not None:
        _date_unknown_join(session, member.id, data.join_date)
    recorder.record(session, actor, "update", ENTITY, member.id, changes)
    return changes


def _date_unknown_join(session: Session, member_id: int, join_date: dt.date) -> None:
    """A member imported with the join date unknown has an undated first history entry; the join
    date filled in later dates it (dues and the history then start there)."""
    first = session.scalars(select(MembershipEvent).where(MembershipEvent.member_id == member_id)
                            .order_by(MembershipEvent.id).limit(1)).first()
    if first is not None and first.event_date is None:
        dues_kept = kept.before_change(session)
        first.event_date = join_date
        kept.after_change(session, dues_kept, [member_id])   # dues are owed from that month now


def write_terms(session: Session, member_id: int, values: dict[str, Any], fresh: bool = False) -> None:
    """(Re)write a member's search terms; `fresh` for a member just inserted (nothing to delete)."""
    if not fresh:
        session.execute(delete(MemberSearchTerm).where(MemberSearchTerm.member_id == member_id),
                        execution_options={"synchronize_session": False})
    terms = _terms_of(values)
    if terms:
        session.execute(insert(MemberSearchTerm.__table__), [{"term": t, "member_id": member_id} for t in terms])
