"""Recording an export: the audit record (always; it says whether full ID numbers left the
program), and for a parent-union profile the submission with each member's fingerprint, which is
what "changes since the last submission" compares against."""

from __future__ import annotations

from typing import Mapping

from sqlalchemy import delete, insert, select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.accounts.entities import UnionProfile
from desktop.domain.audit import recorder
from desktop.domain.exports.entities import ExportFingerprint, ExportSubmission
from desktop.store.database import Database

_CHUNK = 900


class ExportRecords:
    def __init__(self, db: Database, actor: Actor):
        actor.require(Permission.MEMBERS_READ)
        self._db = db
        self._actor = actor

    def fingerprints(self, profile: str) -> dict[int, str]:
        """{member id: fingerprint} as last submitted with this profile."""
        with self._db.engine.connect() as connection:
            return dict(connection.execute(select(ExportFingerprint.member_id, ExportFingerprint.fingerprint)
                                           .where(ExportFingerprint.profile == profile)).all())

    def last_submission(self, profile: str) -> ExportSubmission | None:
        with self._db.session() as session:
            return session.scalars(select(ExportSubmission).where(ExportSubmission.profile == profile)
                                   .order_by(ExportSubmission.id.desc()).limit(1)).first()

    def union_names(self) -> tuple[str, str]:
        """(union name, unit name) for the templates' 填报单位 line; empty before the first-run setup."""
        with self._db.session() as session:
            row = session.scalars(select(UnionProfile).limit(1)).first()
            return (row.union_name, row.unit_name) if row is not None else ("", "")

    def record(self, profile: str, file_name: str, count: int, full_ids: bool, since_last: bool,
               description: str, submitted: Mapping[int, str] | None = None) -> int | None:
        """Write the audit record, and the submission when `submitted` ({member id: fingerprint})
        is given. Returns the submission id."""
        with self._db.transaction() as session:
            submission_id = None
            if submitted is not None:
                submission = ExportSubmission(profile=profile, exported_by=self._actor.username,
                                              file_name=file_name[:260], member_count=count, since_last=since_last)
                session.add(submission)
                session.flush()
                submission_id = submission.id
                ids = list(submitted)
                for start in range(0, len(ids), _CHUNK):
                    chunk = ids[start:start + _CHUNK]
                    session.execute(delete(ExportFingerprint).where(
                        ExportFingerprint.profile == profile, ExportFingerprint.member_id.in_(chunk)))
                    session.execute(insert(ExportFingerprint), [
                        {"profile": profile, "member_id": i, "fingerprint": submitted[i],
                         "submission_id": submission_id} for i in chunk])
            recorder.record(session, self._actor, "export", "member", None, {
                "profile": [None, profile], "file": [None, file_name], "count": [None, count],
                "full_id_numbers": [None, full_ids], "since_last_submission": [None, since_last],
                "selection": [None, description]})
        return submission_id
