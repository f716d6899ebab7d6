"""Use cases that change the member register. Each runs in one transaction: check, change, write
the audit record, commit; then announce the change. Views and the CLI call these, never the ORM."""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.domain.audit import recorder
from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.base import utc_now
from desktop.domain.errors import FieldError, NotFoundError, RuleViolation, ValidationError
from desktop.domain.members.entities import Member, MembershipEvent, MemberSearchTerm
from desktop.domain.members.lifecycle import EventType, HistoryEvent, check_next_event, derive_status
from desktop.domain.members.queries import history_values, member_input_of
from desktop.domain.members.search_keys import member_terms, name_sort_key
from desktop.domain.members.validation import EventInput, MemberInput, normalize_input, validate_member
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.changes import Change
from desktop.store.database import Database

ENTITY = "member"
_SEARCHED_FIELDS = ("name", "mobile", "id_number", "card_no", "member_no")


def _stored(value):
    """Empty text is stored as NULL so that "no phone" is one thing, not two."""
    return None if value == "" else value


class MemberService:
    def __init__(self, db: Database, actor: Actor, today: dt.date | None = None):
        self._db = db
        self._actor = actor
        self._today = today

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # -- creating and editing -------------------------------------------------------------------

    def create(self, data: MemberInput, first_event: EventType = EventType.JOIN) -> int:
        """Add a member; the first history entry (入会 or 转入) is dated with the join date."""
        self._actor.require(Permission.MEMBERS_WRITE)
        data = self._checked(data)
        if first_event not in (EventType.JOIN, EventType.TRANSFER_IN):
            raise ValueError(f"a member's history starts with join or transfer_in, not {first_event}")
        with self._db.transaction() as session:
            self._check_unique(session, data, None)
            member = Member(**{k: _stored(v) for k, v in data.as_dict().items()})
            member.status = str(derive_status([HistoryEvent(first_event, data.join_date)]))
            member.name_sort = name_sort_key(data.name)
            member.created_at = member.updated_at = utc_now()
            session.add(member)
            session.flush()
            session.add(MembershipEvent(member_id=member.id, event_type=str(first_event),
                                        event_date=data.join_date, recorded_by=self._actor.username))
            self._write_terms(session, member)
            recorder.record(session, self._actor, "create", ENTITY, member.id,
                            recorder.diff({}, {**data.as_dict(), "first_event": str(first_event)}))
            member_id = member.id
        self._db.changes.publish(Change(ENTITY, frozenset({member_id}), "create"))
        return member_id

    def update(self, member_id: int, data: MemberInput) -> None:
        self._actor.require(Permission.MEMBERS_WRITE)
        data = self._checked(data)
        with self._db.transaction() as session:
            member = self._get(session, member_id)
            self._check_unique(session, data, member_id)
            old = member_input_of(member).as_dict()
            changes = recorder.diff(old, data.as_dict())
            if not changes:
                return
            for name, value in data.as_dict().items():
                setattr(member, name, _stored(value))
            member.name_sort = name_sort_key(data.name)
            member.updated_at = utc_now()
            if any(name in changes for name in _SEARCHED_FIELDS):
                self._write_terms(session, member)
            recorder.record(session, self._actor, "update", ENTITY, member_id, changes)
        self._db.changes.publish(Change(ENTITY, frozenset({member_id}), "update"))

    def _checked(self, data: MemberInput) -> MemberInput:
        data = normalize_input(data, self.today)
        errors = validate_member(data, self.today)
        if errors:
            raise ValidationError(errors)
        return data

    def _check_unique(self, session: Session, data: MemberInput, member_id: int | None) -> None:
        other = session.execute(
            select(Member.id, Member.name, Member.deleted_at).where(Member.id_number == data.id_number)
        ).first()
        if other is not None and other.id != member_id:
            if other.deleted_at is not None:
                message = QT_TRANSLATE_NOOP(
                    "MemberRules", "This ID number belongs to {name}, who is in the trash. Restore "
                    "{name} from the trash instead of adding the member again.").format(name=other.name)
            else:
                message = QT_TRANSLATE_NOOP(
                    "MemberRules", "This ID number already belongs to {name}; a person is registered "
                    "only once. Check the number, or open {name}'s record.").format(name=other.name)
            raise ValidationError([FieldError("id_number", message)])

    # -- lifecycle ------------------------------------------------------------------------------

    def record_event(self, member_id: int, event: EventInput) -> None:
        """Append one event to the membership history; the status follows from it."""
        self._actor.require(Permission.MEMBERS_WRITE)
        with self._db.transaction() as session:
            member = self._get(session, member_id)
            history = history_values(member.events)
            problem = check_next_event(history, event.event_type, event.event_date, self.today)
            if problem is not None:
                raise RuleViolation(problem)
            row = MembershipEvent(
                member_id=member_id, event_type=str(event.event_type), event_date=event.event_date,
                reason=event.reason or None, approver=event.approver or None, note=event.note or None,
                recorded_by=self._actor.username)
            session.add(row)
            old_status = member.status
            member.status = str(derive_status([*history, HistoryEvent(event.event_type, event.event_date)]))
            member.updated_at = utc_now()
            recorder.record(session, self._actor, "event", ENTITY, member_id, {
                "event_type": [None, str(event.event_type)],
                "event_date": [None, event.event_date.isoformat()],
                "reason": [None, event.reason], "status": [old_status, member.status]})
        self._db.changes.publish(Change(ENTITY, frozenset({member_id}), "update"))

    # -- trash ----------------------------------------------------------------------------------

    def delete(self, member_ids: Iterable[int]) -> list[int]:
        """Move members to the trash (recoverable). Returns the ids actually moved."""
        return self._set_deleted(member_ids, deleted=True)

    def restore(self, member_ids: Iterable[int]) -> list[int]:
        """Bring members back from the trash."""
        return self._set_deleted(member_ids, deleted=False)

    def _set_deleted(self, member_ids: Iterable[int], deleted: bool) -> list[int]:
        self._actor.require(Permission.MEMBERS_WRITE)
        moved = []
        now = utc_now()
        with self._db.transaction() as session:
            for member_id in member_ids:
                member = self._get(session, member_id, include_trash=True)
                if (member.deleted_at is not None) == deleted:
                    continue
                member.deleted_at = now if deleted else None
                member.deleted_by = self._actor.username if deleted else None
                recorder.record(session, self._actor, "delete" if deleted else "restore", ENTITY, member_id)
                moved.append(member_id)
        if moved:
            self._db.changes.publish(Change(ENTITY, frozenset(moved), "delete" if deleted else "restore"))
        return moved

    # -- helpers --------------------------------------------------------------------------------

    def _get(self, session: Session, member_id: int, include_trash: bool = False) -> Member:
        member = session.get(Member, member_id)
        if member is None or (member.deleted_at is not None and not include_trash):
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "MemberRules", "This member no longer exists (deleted or moved to the trash). "
                "Refresh the list."))
        return member

    def _write_terms(self, session: Session, member: Member) -> None:
        session.execute(delete(MemberSearchTerm).where(MemberSearchTerm.member_id == member.id))
        terms = member_terms(member.name, member.mobile, member.id_number, member.card_no, member.member_no)
        session.add_all(MemberSearchTerm(term=t, member_id=member.id) for t in terms)
