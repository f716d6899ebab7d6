"""The whole database as one password-protected file, for the term hand-over (换届) or a new PC.

The file travels on USB sticks and by e-mail, and it holds every member's ID number: so it is
encrypted with a key derived from a password (scrypt, deliberately slow and memory-hungry so that
guessing passwords costs an attacker dearly) and AES-256-GCM, which also detects any change to the
file, so a damaged file is refused instead of half-imported.

Layout (all integers big-endian):

    magic "UDESKENC" | version (1 byte) | scrypt log2(n), r, p (1 byte each) | salt (16) |
    nonce (12) | AES-GCM ciphertext of the zlib-compressed SQLite file (+ 16-byte tag)

The header is authenticated as associated data, so its parameters cannot be altered either. The
SQLite file inside is a snapshot made with the online backup API, consistent while the program
keeps running.
"""

from __future__ import annotations

import os
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store import sqlite_copy
from desktop.store.database import Database
from desktop.store.errors import StoreError
from desktop.store.paths import is_url

MAGIC = b"UDESKENC"
VERSION = 1
SALT_BYTES = 16
NONCE_BYTES = 12
HEADER_BYTES = len(MAGIC) + 4 + SALT_BYTES + NONCE_BYTES
# scrypt cost: 2**17 × 8 × 128 bytes = 128 MiB and about half a second here, once per export or
# import. Stored in the header, so it can be raised later without breaking older files.
SCRYPT_LOG2_N = 17
SCRYPT_R = 8
SCRYPT_P = 1
# A header may ask for no more work than this release writes: a crafted header asking for r=32,
# p=16 once cost 139 s and 4.25 GB before the file was refused. Raising the cost later means
# raising these together with the values written.
MAX_LOG2_N = SCRYPT_LOG2_N
MAX_R = SCRYPT_R
MAX_P = SCRYPT_P
MIN_PASSWORD_LENGTH = 8
SUFFIX = ".udx"          # suggested file extension


@dataclass(frozen=True)
class ExportInfo:
    path: Path
    members: int | None
    size: int


def check_password(password: str) -> None:
    """A password long enough to resist guessing (the file may travel by e-mail)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Export", "Choose a password of at least {count} characters. Write it down for the person "
            "who will import the file.").format(count=MIN_PASSWORD_LENGTH))


def _key(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=2 ** log2_n, r=r, p=p).derive(password.encode("utf-8"))


def export_encrypted(db: Database, password: str, out_path: Path | str, *, overwrite: bool = False,
                     before_publish: Callable[[int | None], None] | None = None) -> ExportInfo:
    """Write the whole database, encrypted with `password`, to `out_path`.

    `before_publish(members)` runs once the file is complete under a temporary name and before it
    takes its real name (the audit record is written there, so no export appears unrecorded); if it
    raises, no file is left."""
    check_password(password)
    if db.file_path is None or is_url(db.location):
        raise StoreError(QT_TRANSLATE_NOOP(
            "Export", "This database is on a server ({location}); move it with the server's own tools.")
            .format(location=db.location))
    out = Path(out_path).expanduser()
    if out.exists() and not overwrite:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Export", "{path} already exists. Choose another file name.").format(path=str(out)))
    with tempfile.TemporaryDirectory(prefix="uniondesk-export-") as scratch:
        snapshot = Path(scratch) / "snapshot.sqlite3"
        members = sqlite_copy.copy_snapshot(db.file_path, snapshot)
        if sqlite_copy.integrity_problems(snapshot):
            raise StoreError(QT_TRANSLATE_NOOP(
                "Export", "The database failed SQLite's check, so it was not exported. Run `uniondesk "
                "verify` and restore a backup."))
        plain = zlib.compress(snapshot.read_bytes(), 6)
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    header = MAGIC + bytes([VERSION, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P]) + salt + nonce
    sealed = AESGCM(_key(password, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)).encrypt(nonce, plain, header)
    _write_atomically(out, header + sealed, lambda: before_publish(members) if before_publish else None)
    return ExportInfo(out, members, out.stat().st_size)


def import_encrypted(path: Path | str, password: str, target_path: Path | str) -> ExportInfo:
    """Decrypt an export into a new database file at `target_path` (never over an existing one)."""
    source, target = Path(path).expanduser(), Path(target_path).expanduser()
    if target.exists() and target.stat().st_size > 0:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Export", "{path} already exists, and an import never overwrites a database. Choose a new "
            "file name (or move the old file away first).").format(path=str(target)))
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise StoreError(QT_TRANSLATE_NOOP("Export", "Cannot read {path} ({error}).")
                         .format(path=str(source), error=exc.strerror or str(exc))) from exc
    if not data.startswith(MAGIC):
        raise StoreError(QT_TRANSLATE_NOOP(
            "Export", "{path} is not a UnionDesk export file.").format(path=str(source)))
    plain = _decrypt(data, password, source)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        partial.write_bytes(plain)
        if sqlite_copy.integrity_problems(partial):
            raise _wrong_or_damaged(source)
        members = sqlite_copy.read_facts(partial).members
        os.replace(partial, target)
    finally:
        sqlite_copy.remove_database_file(partial)
    return ExportInfo(target, members, target.stat().st_size)


def _decrypt(data: bytes, password: str, source: Path) -> bytes:
    header, sealed = data[:HEADER_BYTES], data[HEADER_BYTES:]
    if len(header) < HEADER_BYTES or len(sealed) < 16:
        raise _wrong_or_damaged(source)
    version, log2_n, r, p = header[len(MAGIC):len(MAGIC) + 4]
    if version > VERSION:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Export", "{path} was written by a newer UnionDesk. Install the newer release to import "
            "it.").format(path=str(source)))
    if not (10 <= log2_n <= MAX_LOG2_N and 1 <= r <= MAX_R and 1 <= p <= MAX_P):
        raise _wrong_or_damaged(source)
    salt = header[len(MAGIC) + 4:len(MAGIC) + 4 + SALT_BYTES]
    nonce = header[-NONCE_BYTES:]
    try:
        compressed = AESGCM(_key(password, salt, log2_n, r, p)).decrypt(nonce, sealed, header)
        return zlib.decompress(compressed)
    except (InvalidTag, zlib.error) as exc:
        raise _wrong_or_damaged(source) from exc


def _wrong_or_damaged(source: Path) -> StoreError:
    return StoreError(QT_TRANSLATE_NOOP(
        "Export", "Cannot open {path}: the password is wrong or the file is damaged. Check the "
        "password (capital letters count); if it is right, ask for the file again.")
        .format(path=str(source)))


def _write_atomically(path: Path, data: bytes, before_rename: Callable[[], None]) -> None:
    """Write beside the target and rename, so an interrupted export never leaves a half file under
    the real name."""
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        before_rename()
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise sqlite_copy.cannot_write(path, exc) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
