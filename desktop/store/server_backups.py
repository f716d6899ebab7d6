"""Backups of a database on a PostgreSQL server: a dump made with the server's own `pg_dump`
when it is installed on this PC, else a logical export into an SQLite file.

pg_dump writes its custom format (-Fc: compressed, restorable table by table); the dump is kept
only if `pg_restore --list` reads it back. Without pg_dump (a PC without PostgreSQL's client
programs) every table is copied with desktop.store.union_copy into an SQLite file of the same
schema revision: the program can open it, `verify` can check it, and `restore` (or `migrate`)
brings it back into an empty server database. Both kinds are named and listed like the SQLite
backups (desktop.store.backup_files), with the same JSON sidecar.

A restore goes only into an EMPTY server database (or schema): the server may hold other unions,
and replacing tables under the feet of other PCs that are connected is not something to do by
accident. The chair creates a new database, restores into it, and points the PCs to it.

Pure store code: imports no module that imports desktop.store.database, which uses this one for
the backup made before a server database is upgraded.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import shutil
import subprocess
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store import union_copy
from desktop.store.backup_files import (
    FOLDER_NAME, PARTIAL_SUFFIX, SIDECAR_FORMAT, BackupInfo, _folder_unusable, _free_name, _label, _sha256, _sidecar,
    _trail_end,
)
from desktop.store.anchor import anchor_path
from desktop.store.errors import StoreError
from desktop.store.paths import APP_NAME

DUMP_SUFFIX = ".dump"
EXPORT_SUFFIX = ".sqlite3"
KIND_DUMP = "pg_dump"
KIND_EXPORT = "logical"


def client_program(name: str) -> Path | None:
    """pg_dump or pg_restore: on PATH (Debian's postgresql-client, Windows installs that add it),
    else in the server's own folder (Debian's /usr/lib/postgresql/<major>/bin, the Windows installer's
    Program Files folder), the newest major version first."""
    on_path = shutil.which(name)
    if on_path:
        return Path(on_path)
    patterns = [f"/usr/lib/postgresql/*/bin/{name}", f"C:/Program Files/PostgreSQL/*/bin/{name}.exe"]
    found = [Path(p) for pattern in patterns for p in glob.glob(pattern)]
    found.sort(key=lambda p: _major(p.parent.parent.name), reverse=True)
    return found[0] if found else None


def _major(text_: str) -> float:
    try:
        return float(text_)
    except ValueError:
        return 0.0


def server_backup_folder(url: str) -> Path:
    """Where this PC keeps backups of a server database: the user data folder's backups folder, one
    folder per database (and schema), since there is no file to put them beside."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / FOLDER_NAME / database_name(url)


def database_name(url: str) -> str:
    """The name backups of this server database carry: the database, and the union's schema when the
    server holds several unions."""
    parsed = make_url(url)
    schema = union_copy.union_schema(url)
    name = parsed.database or "postgres"
    return f"{name}-{schema}" if schema else name


def libpq_target(url: str) -> tuple[list[str], dict[str, str]]:
    """The pg_dump/pg_restore arguments naming the database, and the environment carrying the
    password (never on the command line, where other users of the PC could read it)."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    query = {k: v for k, v in plain.query.items() if k != "options"}
    plain = plain.set(query=query)
    return ["--dbname", plain.render_as_string(hide_password=False)], env


# -- making --------------------------------------------------------------------------------------

def back_up_server(url: str, folder: Path | str, reason: str, *, detail: str = "", use_pg_dump: bool = True,
                   now: dt.datetime | None = None) -> BackupInfo:
    """Back up the server database at `url` into `folder`: a checked pg_dump, or without pg_dump (or
    with use_pg_dump=False) a logical export into an SQLite file. No half-written file is left."""
    folder = Path(folder)
    created = (now or dt.datetime.now()).astimezone()
    pg_dump = client_program("pg_dump") if use_pg_dump else None
    suffix = DUMP_SUFFIX if pg_dump else EXPORT_SUFFIX
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, database_name(url), created, _label(reason, detail), suffix)
    except OSError as exc:
        raise _folder_unusable(folder, exc) from exc
    partial = Path(str(target) + PARTIAL_SUFFIX)
    try:
        if pg_dump:
            _dump(pg_dump, url, partial)
            _check_dump(partial)
        else:
            union_copy.copy_union(url, str(partial))
            anchor_path(partial).unlink(missing_ok=True)  # the sidecar keeps the trail's end instead
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    info = BackupInfo(target, created, str(reason), database_name(url), _member_count(url),
                      target.stat().st_size, detail, _sha256(target))
    _write_sidecar(info, url, KIND_DUMP if pg_dump else KIND_EXPORT)
    return info


def _dump(pg_dump: Path, url: str, out: Path) -> None:
    args, env = libpq_target(url)
    schema = union_copy.union_schema(url)
    command = [str(pg_dump), "--format=custom", "--no-owner", "--file", str(out), *args]
    if schema:
        command += ["--schema", schema]
    _run(command, env, QT_TRANSLATE_NOOP(
        "Backups", "pg_dump could not back up the server database ({error}). Nothing was kept; check "
        "that the server is running and this PC may connect to it."))


def _check_dump(dump: Path) -> None:
    """The dump is kept only if pg_restore can read its table of contents, members included."""
    pg_restore = client_program("pg_restore")
    if pg_restore is None:
        return  # pg_dump without pg_restore does not happen in PostgreSQL's packages
    listing = _run([str(pg_restore), "--list", str(dump)], dict(os.environ), QT_TRANSLATE_NOOP(
        "Backups", "The dump of the server database cannot be read back ({error}), so it was not kept."))
    if " members " not in listing:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Backups", "The dump of the server database holds no member table, so it was not kept. Is "
            "this the union's database?"))


def _run(command: list[str], env: dict[str, str], failure) -> str:
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise StoreError(failure.format(error=str(exc))) from exc
    if done.returncode != 0:
        raise StoreError(failure.format(error=(done.stderr.strip().splitlines() or ["?"])[-1]))
    return done.stdout


def _member_count(url: str) -> int | None:
    engine = union_copy.plain_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT COUNT(*) FROM members WHERE deleted_at IS NULL")).scalar()
    except Exception:  # a schema without members (a new database): the count is unknown, not an error
        return None
    finally:
        engine.dispose()


def _write_sidecar(info: BackupInfo, url: str, kind: str) -> None:
    data = {"format": SIDECAR_FORMAT, "created": info.created.isoformat(), "reason": info.reason,
            "detail": info.detail, "database": info.database, "source": union_copy.shown_location(url),
            "members": info.members, "size": info.size, "sha256": info.sha256, "kind": kind}
    if kind == KIND_EXPORT:
        data["audit"] = _trail_end(info.path)  # checked before it is restored, as for a file backup
    _sidecar(info.path).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


# -- restoring -----------------------------------------------------------------------------------

def restore_server(url: str, backup: Path | str) -> None:
    """Bring a server backup (a dump, or a logical export / any UnionDesk SQLite file) back into the
    EMPTY server database at `url`, in one transaction. Refuses a database that holds tables."""
    path = Path(backup).expanduser()
    if not path.is_file():
        raise StoreError(QT_TRANSLATE_NOOP("Backups", "There is no backup file at {path}.").format(path=str(path)))
    union_copy.refuse_unless_empty(url)
    if path.suffix == DUMP_SUFFIX:
        _restore_dump(url, path)
    else:
        union_copy.copy_union(str(path), url)


def _restore_dump(url: str, dump: Path) -> None:
    pg_restore = client_program("pg_restore")
    if pg_restore is None:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Backups", "{path} is a pg_dump file: restoring it needs PostgreSQL's pg_restore, which is "
            "not installed on this PC. Install PostgreSQL's client programs, or restore on the server.")
            .format(path=str(dump)))
    args, env = libpq_target(url)
    _run([str(pg_restore), "--no-owner", "--exit-on-error", "--single-transaction", *args, str(dump)], env,
         QT_TRANSLATE_NOOP("Backups", "pg_restore could not restore the dump ({error}). The server "
                           "database is as empty as before."))
