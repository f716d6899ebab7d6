"""Backup, restore, the encrypted hand-over file and the integrity check, as the acting user.

Each of these hands out or replaces the whole database (every ID number, aid health and bank
data), so they belong to the chair (Permission.BACKUP_MANAGE); a union may let other roles make a
backup by hand (never restore, never the hand-over export) with the setting union_profile.backup_roles.
Every call is checked here and written to the audit trail (who, which file, how many members), so
the window and the command line are bound alike. The work itself is desktop.store.

Automatic backups (on exit, daily, before an upgrade, an import or a bulk change) are the program's
own and stay in the backups folder beside the database, which is as protected as the database itself;
they need no permission and are not recorded (a record per exit would be noise).
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Sequence

from sqlalchemy import func, select, update

from desktop.domain.accounts.actor import SYSTEM, Actor, PermissionDenied
from desktop.domain.accounts.entities import UnionProfile
from desktop.domain.accounts.permissions import Permission, Role
from desktop.domain.audit import recorder
from desktop.domain.members.entities import Member
from desktop.domain.service_base import ServiceBase
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store import backups as store_backups
from desktop.store import encrypted_export, server_backups
from desktop.store.backups import (
    BackupPreview, BackupRun, Reason, RestoreResult, RetentionPolicy, database_file, default_backup_folder,
)
from desktop.store.backup_schedule import run_scheduled_server_backup
from desktop.store.database import Database, open_database
from desktop.store.errors import StoreError
from desktop.store.integrity import IntegrityReport, verify_database
from desktop.store.sqlite_copy import Progress

ENTITY = "database"


class OperationsService(ServiceBase):
    # -- who may -------------------------------------------------------------------------------

    def may_back_up(self) -> bool:
        """The chair, or a role the union granted backup-only to."""
        return self._actor.can(Permission.BACKUP_MAKE) or self._actor.role in self.backup_roles()

    def may_restore(self) -> bool:
        return self._actor.can(Permission.BACKUP_MANAGE)

    def backup_roles(self) -> frozenset[Role]:
        """The roles besides the chair that may make a backup by hand."""
        with self._db.session() as session:
            text = session.scalar(select(UnionProfile.backup_roles).limit(1)) or ""
        return frozenset(Role(code) for code in text.split(",") if code in Role.__members__.values())

    def set_backup_roles(self, roles: Sequence[Role]) -> None:
        """Grant backup-only to these roles (and take it from the others); the chair's alone."""
        self._actor.require(Permission.BACKUP_MANAGE)
        old = sorted(self.backup_roles())
        new = sorted({Role(r) for r in roles} - {Role.ADMIN})
        with self._db.transaction() as session:
            session.execute(update(UnionProfile).values(backup_roles=",".join(new)))
            recorder.record(session, self._actor, "backup_roles", "union_profile", None,
                            {"roles": [",".join(old), ",".join(new)]})

    def _require_backup(self) -> None:
        if not self.may_back_up():
            raise _denied(self._actor)

    # -- the backup station (a database on a server) ------------------------------------------

    def backup_station(self) -> str:
        """The PC that makes the daily backup of a server database ("" if the chair named none)."""
        with self._db.session() as session:
            return session.scalar(select(UnionProfile.backup_station).limit(1)) or ""

    def is_backup_station(self) -> bool:
        return self.backup_station() == this_pc()

    def set_backup_station(self, pc: str | None = None) -> None:
        """Name the PC (default: this one) that makes the daily backup; the chair's, recorded."""
        self._actor.require(Permission.BACKUP_MANAGE)
        old, new = self.backup_station(), (pc if pc is not None else this_pc()).strip()[:100]
        with self._db.transaction() as session:
            session.execute(update(UnionProfile).values(backup_station=new))
            recorder.record(session, self._actor, "backup_station", "union_profile", None,
                            {"backup_station": [old, new]})

    # -- backing up ----------------------------------------------------------------------------

    def back_up(self, folders: Sequence[Path | str], *, progress: Progress | None = None) -> BackupRun:
        """A backup by hand into each folder (never rotated away), recorded once per file made. If
        the record cannot be written, the copies are removed: no copy leaves unrecorded. A database
        on a server is dumped into the first folder (pg_dump, else a logical export)."""
        self._require_backup()
        if self._db.file_path is None:
            folder = folders[0] if folders else server_backups.server_backup_folder(self._db.location)
            run = BackupRun(made=[server_backups.back_up_server(self._db.location, folder, Reason.MANUAL)])
        else:
            run = store_backups.backup_everywhere(self._db, folders, Reason.MANUAL, progress=progress)
        try:
            with self._db.transaction() as session:
                recorder.record_many(session, self._actor, [
                    ("backup", ENTITY, None, {"file": [None, str(info.path)], "members": [None, info.members]})
                    for info in run.made])
        except BaseException:
            for info in run.made:
                store_backups.delete_backup(info.path)
            raise
        return run

    # -- restoring -----------------------------------------------------------------------------

    def check_backup(self, path: Path | str) -> BackupPreview:
        """What the backup holds, after every check that can refuse it (its checksum, SQLite's
        check, its own audit trail and row seals)."""
        self._actor.require(Permission.BACKUP_MANAGE)
        return store_backups.check_restorable(path)

    def present(self) -> BackupPreview:
        return store_backups.preview(database_file(self._db))

    def restore(self, path: Path | str, *, progress: Progress | None = None) -> RestoreResult:
        """Replace the database with the backup (the present state is backed up first), and record
        in the restored database who restored which file. The caller closes everything that has the
        database open afterwards: panes show the old data."""
        self._actor.require(Permission.BACKUP_MANAGE)
        target = database_file(self._db)
        return restore_and_record(target, path, self._actor, progress=progress)

    # -- the hand-over file --------------------------------------------------------------------

    def export_encrypted(self, password: str, out_path: Path | str, *,
                         overwrite: bool = False) -> encrypted_export.ExportInfo:
        """The whole database in one password-protected file; recorded before the file takes its
        name (a failed record leaves no file)."""
        self._actor.require(Permission.BACKUP_MANAGE)

        def record(members: int | None) -> None:
            with self._db.transaction() as session:
                recorder.record(session, self._actor, "export_encrypted", ENTITY, None,
                                {"file": [None, str(Path(out_path).expanduser())], "members": [None, members]})

        return encrypted_export.export_encrypted(self._db, password, out_path, overwrite=overwrite,
                                                 before_publish=record)

    # -- checking ------------------------------------------------------------------------------

    def verify(self) -> IntegrityReport:
        """The full check (desktop.store.integrity), recorded with its verdict. `uniondesk verify`
        runs the same check without an account and without writing (it opens the file read-only)."""
        self._actor.require(Permission.AUDIT_READ)
        report = verify_database(self._db)
        with self._db.transaction() as session:
            recorder.record(session, self._actor, "verify", ENTITY, None,
                            {"result": [None, "ok" if report.ok else "problems"]})
        return report


def restore_and_record(target: Path | str, backup: Path | str, actor: Actor, *,
                       progress: Progress | None = None) -> RestoreResult:
    """Restore `backup` over (or, on a new PC, as) the database at `target`, then write into the
    restored database who restored which file. Used by the service, the command line on a new PC
    and the offer after a crash."""
    target = Path(target).expanduser().resolve()
    result = store_backups.restore_backup(target, backup, default_backup_folder(target), progress=progress)
    restored = open_database(str(target), create=False)  # brings a backup of an older release up to date
    try:
        with restored.transaction() as session:
            members = session.scalar(select(func.count()).select_from(Member).where(Member.deleted_at.is_(None)))
            recorder.record(session, actor, "restore_backup", ENTITY, None, {
                "file": [None, str(result.source)], "members": [None, members]})
    finally:
        restored.close()
    return result


def restore_onto_new_file(target: Path | str, backup: Path | str) -> RestoreResult:
    """`uniondesk --db NEW restore FILE` on a new PC: there is no database (and so no account) yet;
    the backup, fully checked, becomes the database. Refused if a database is already there."""
    path = Path(target).expanduser().resolve()
    if path.exists() and path.stat().st_size > 0:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Backups", "There is already a database at {path}; restoring over it is the chair's, after "
            "signing in.").format(path=str(path)))
    return restore_and_record(path, backup, SYSTEM)


def restore_server_and_record(url: str, backup: Path | str) -> RestoreResult:
    """`uniondesk --db URL restore FILE`: a server backup (pg_dump file, or an SQLite backup or
    export, checked in full first) brought into the EMPTY server database at `url`, then recorded in
    it. No account is needed: an empty database has none; they come with the backup."""
    path = Path(backup).expanduser().resolve()
    if path.suffix != server_backups.DUMP_SUFFIX:
        store_backups.check_restorable(path)
    server_backups.restore_server(url, path)
    restored = open_database(url, create=False)  # brings a backup of an older release up to date
    try:
        with restored.transaction() as session:
            members = session.scalar(select(func.count()).select_from(Member).where(Member.deleted_at.is_(None)))
            recorder.record(session, SYSTEM, "restore_backup", ENTITY, None, {
                "file": [None, str(path)], "members": [None, members]})
    finally:
        restored.close()
    return RestoreResult(path, members, None)


def this_pc() -> str:
    """This PC's network name, as the backup station is named."""
    return socket.gethostname()


def after_crash_report(db: Database) -> IntegrityReport:
    """The check the program makes when its last run did not end normally (before anyone signs in)."""
    return verify_database(db)


def newest_backup(db: Database) -> store_backups.BackupInfo | None:
    if db.file_path is None:
        return None
    found = store_backups.list_backups(default_backup_folder(db.file_path), database=db.file_path.stem)
    return found[0] if found else None


def scheduled_backup(db: Database, folders: Sequence[Path], policy: RetentionPolicy) -> BackupRun | None:
    """The program's daily backup (no permission: see the module's docstring). A database on a
    server is backed up only by its backup station, so that the PCs sharing it do not each dump it."""
    if db.file_path is None:
        if OperationsService(db, SYSTEM).backup_station() != this_pc():
            return None
        return run_scheduled_server_backup(db.location, folders[0], policy)
    return store_backups.run_scheduled_backup(db, folders, policy)


def exit_backup(db: Database, folders: Sequence[Path], policy: RetentionPolicy) -> BackupRun:
    """The program's backup as it closes (no permission: see the module's docstring)."""
    return store_backups.on_exit_backup(db, folders, policy)


def _denied(actor: Actor) -> PermissionDenied:
    return PermissionDenied(QT_TRANSLATE_NOOP(
        "Accounts", "Your account ({user}) may not do this. Ask the union chair to change "
        "your role if you need to.").format(user=actor.username))
