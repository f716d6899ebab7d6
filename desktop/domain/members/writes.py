"""The steps every write to the member register takes — check the input, keep ID numbers unique,
insert or change the row, rewrite its search terms, write the audit record — as functions on a
session, so that the single-member use cases and a 10 000-row import go through the very same code.
Callers own the transaction and the permission check."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.domain.accounts.actor import Actor
from desktop.domain.audit import recorder
from desktop.domain.base import utc_now
from desktop.domain.errors import FieldError, ValidationError
from desktop.domain.members.entities import Member, MembershipEvent, MemberSearchTerm
from desktop.domain.members.lifecycle import EventType, HistoryEvent, derive_status
from desktop.domain.members.queries import member_input_of
from desktop.domain.members.search_keys import member_terms, name_sort_key
from desktop.domain.members.validation import MemberInput, normalize_input, validate_member
from desktop.messages import QT_TRANSLATE_NOOP, Message

ENTITY = "member"
SEARCHED_FIELDS = ("name", "mobile", "id_number", "card_no", "member_no")


def stored(value: Any) -> Any:
    """Empty text is stored as NULL so that "no phone" is one thing, not two."""
    return None if value == "" else value


def checked(data: MemberInput, today: dt.date) -> MemberInput:
    """The input tidied (normalize_input) and validated; ValidationError lists every problem."""
    data = normalize_input(data, today)
    errors = validate_member(data, today)
    if errors:
        raise ValidationError(errors)
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
                  audit_extra: dict | None = None) -> Member:
    """Add a checked member with its first history entry (dated with the join date), terms and audit."""
    if first_event not in (EventType.JOIN, EventType.TRANSFER_IN):
        raise ValueError(f"a member's history starts with join or transfer_in, not {first_event}")
    member = Member(**{k: stored(v) for k, v in data.as_dict().items()})
    member.status = str(derive_status([HistoryEvent(first_event, data.join_date)]))
    member.name_sort = name_sort_key(data.name)
    member.created_at = member.updated_at = utc_now()
    session.add(member)
    session.flush()
    session.add(MembershipEvent(member_id=member.id, event_type=str(first_event),
                                event_date=data.join_date, recorded_by=actor.username))
    write_terms(session, member)
    recorder.record(session, actor, "create", ENTITY, member.id,
                    recorder.diff({}, {**data.as_dict(), "first_event": str(first_event), **(audit_extra or {})}))
    return member


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
        write_terms(session, member)
    recorder.record(session, actor, "update", ENTITY, member.id, changes)
    return changes


def write_terms(session: Session, member: Member) -> None:
    session.execute(delete(MemberSearchTerm).where(MemberSearchTerm.member_id == member.id))
    terms = member_terms(member.name, member.mobile, member.id_number, member.card_no, member.member_no)
    session.add_all(MemberSearchTerm(term=t, member_id=member.id) for t in terms)
