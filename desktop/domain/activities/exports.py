"""What an activity's participant export contains, for one acting user (MEMBERS_READ, checked by the
activity queries), and its record in the audit trail. desktop.exchange.activities.export formats it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from desktop.domain.accounts.actor import Actor
from desktop.domain.activities.queries import ActivityDetail, ActivityQueries, ParticipantRow
from desktop.domain.audit import recorder
from desktop.domain.errors import NotFoundError
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.database import Database


@dataclass(frozen=True)
class ParticipantList:
    activity_id: int
    detail: ActivityDetail
    people: tuple[ParticipantRow, ...]


class ActivityExports:
    def __init__(self, db: Database, actor: Actor):
        self._queries = ActivityQueries(db, actor)  # checks Permission.MEMBERS_READ
        self._db = db
        self._actor = actor

    def participants(self, activity_id: int) -> ParticipantList:
        detail = self._queries.detail(activity_id)
        if detail is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("ActivityPapers", "There is no activity number {id}.")
                                .format(id=activity_id))
        return ParticipantList(activity_id, detail, tuple(self._queries.participants(activity_id)))

    def record_export(self, listing: ParticipantList, path: str, put_in_place: Callable[[], None] | None = None
                      ) -> None:
        recorder.record_file(self._db, self._actor, "export_participants", "activity", listing.activity_id,
                             {"path": str(path), "count": len(listing.people)}, put_in_place)
