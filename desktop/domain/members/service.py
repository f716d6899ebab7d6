"""Use cases that change the member register. Each runs in one transaction: check, change, write
the audit record, commit; then announce the change. Views and the CLI call these, never the ORM."""

from __future__ import annotations

from typing import Iterable

from sqlalchemy.orm import Session

from desktop.domain.audit import recorder
from desktop.domain.accounts.permissions import Permission
from desktop.domain.base import utc_now
from desktop.domain.concurrency import check_version
from desktop.domain.dues import kept
from desktop.domain.errors import NotFoundError, RuleViolation
from desktop.domain.members.entities import Member, MembershipEvent
from desktop.domain.members.lifecycle import EventType, HistoryEvent, check_next_event, derive_status
from desktop.domain.members.queries import history_values
from desktop.domain.members.inputs import EventInput, MemberInput
from desktop.domain.members.writes import ENTITY, apply_changes, check_unique, checked, insert_member
from desktop.domain.service_base import ServiceBase
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.backups import Reason, backup_before
from desktop.changes import Change


BULK_CHANGE = 20  # members changed at once from which a backup is taken first


class MemberService(ServiceBase):
    # -- creating and editing -------------------------------------------------------------------

    def create(self, data: MemberInput, first_event: EventType = EventType.JOIN) -> int:
        """Add a member; the first history entry (入会 or 转入) is dated with the join date."""
        self._actor.require(Permission.MEMBERS_WRITE)
        data = checked(data, self.today)
        if first_event not in (EventType.JOIN, EventType.TRANSFER_IN):
            raise ValueError(f"a member's history starts with join or transfer_in, not {first_event}")
        with self._db.transaction() as session:
            check_unique(session, data, None)
            member_id = insert_member(session, self._actor, data, first_event)
        self._db.changes.publish(Change(ENTITY, frozenset({member_id}), "create"))
        return member_id

    def update(self, member_id: int, data: MemberInput, loaded_version: int | None = None) -> None:
        """Save an edit. `loaded_version` is the version the editor started from (MemberDetail.version):
        when someone else saved the member since, nothing is saved and StaleEditError says what they changed."""
        self._actor.require(Permission.MEMBERS_WRITE)
        data = checked(data, self.today)
        with self._db.transaction() as session:
            member = self._get(session, member_id)
            check_version(session, member, loaded_version, ENTITY, member_id)
            check_unique(session, data, member_id)
            if not apply_changes(session, self._actor, member, data):
                return
        self._db.changes.publish(Change(ENTITY, frozenset({member_id}), "update"))

    # -- lifecycle ------------------------------------------------------------------------------

    def record_event(self, member_id: int, event: EventInput) -> None:
        """Append one event to the membership history; the status follows from it."""
        self._actor.require(Permission.MEMBERS_WRITE)
        with self._db.transaction() as session:
            dues_kept = kept.before_change(session)
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
            kept.after_change(session, dues_kept, [member_id])   # active months changed
        self._db.changes.publish(Change(ENTITY, frozenset({member_id}), "update"))

    # -- trash ----------------------------------------------------------------------------------

    def delete(self, member_ids: Iterable[int]) -> list[int]:
        """Move members to the trash (recoverable). Returns the ids actually moved. Many at once
        is a bulk change: a backup is taken first."""
        self._actor.require(Permission.MEMBERS_WRITE)  # before anything else, the backup included
        member_ids = list(member_ids)
        if len(member_ids) >= BULK_CHANGE:
            backup_before(self._db, Reason.BULK)
        return self._set_deleted(member_ids, deleted=True)

    def restore(self, member_ids: Iterable[int]) -> list[int]:
        """Bring members back from the trash."""
        self._actor.require(Permission.MEMBERS_WRITE)
        return self._set_deleted(member_ids, deleted=False)

    def _set_deleted(self, member_ids: Iterable[int], deleted: bool) -> list[int]:
        self._actor.require(Permission.MEMBERS_WRITE)
        moved = []
        now = utc_now()
        with self._db.transaction() as session:
            dues_kept = kept.before_change(session)
            for member_id in member_ids:
                member = self._get(session, member_id, include_trash=True)
                if (member.deleted_at is not None) == deleted:
                    continue
                member.deleted_at = now if deleted else None
                member.deleted_by = self._actor.username if deleted else None
                recorder.record(session, self._actor, "delete" if deleted else "restore", ENTITY, member_id)
                moved.append(member_id)
            kept.after_change(session, dues_kept, moved)   # a member in the trash owes nothing
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
