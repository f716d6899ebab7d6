"""Store failures a user can act on (locked file, unreadable file, newer schema), and the faults of
the machine underneath — a read-only file, a full disk — told as one plain sentence."""

from __future__ import annotations

import errno
import sqlite3

from desktop.messages import QT_TRANSLATE_NOOP, Message, UserError


class StoreError(UserError):
    pass


class PasswordRefused(StoreError):
    """The database server wants a (different) password: asking the person for it may help."""


def password_refused(exc: BaseException) -> bool:
    text = " ".join(str(cause) for cause in _causes(exc)).lower()
    return "password authentication failed" in text or "no password supplied" in text


# errno values that mean "no room": a full disk, a quota, a file grown past the size limit
# (RLIMIT_FSIZE, or FAT32's 4 GB) — to the user all are "the disk is full".
_NO_ROOM = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_WRITABLE = {errno.EROFS, errno.EACCES, errno.EPERM}


def _causes(exc: BaseException):
    """The exception and everything it wraps (SQLAlchemy's .orig, raise … from, XlsxWriter's args)."""
    seen: set[int] = set()
    stack = [exc]
    while stack:
        current = stack.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        stack += [getattr(current, "orig", None), current.__cause__, current.__context__]
        stack += [a for a in getattr(current, "args", ()) if isinstance(a, BaseException)]


def fault_message(exc: BaseException, location: str = "") -> Message | None:
    """One sentence for a machine fault hidden in `exc` (read-only file or folder, full disk, file
    too big, database locked), or None when it is something else."""
    for cause in _causes(exc):
        if isinstance(cause, OSError) and cause.errno is not None:
            path = cause.filename or location
            if cause.errno in _NO_ROOM:
                return disk_full(path)
            if cause.errno in _NOT_WRITABLE:
                return read_only(path)
        if isinstance(cause, sqlite3.Error):
            text = str(cause).lower()
            code = getattr(cause, "sqlite_errorcode", None)
            if "readonly" in text or "read-only" in text or code == 8:  # SQLITE_READONLY
                return read_only(location)
            if "disk is full" in text or "disk i/o error" in text or code in (10, 13):  # SQLITE_IOERR, _FULL
                return disk_full(location)
            if "locked" in text or "busy" in text:
                return locked(location)
    return None


def read_only(path: str) -> Message:
    return QT_TRANSLATE_NOOP(
        "Store", "{path} cannot be written: the file or its folder is read-only (or belongs to another "
        "user). Nothing was changed. Remove the read-only mark, or copy the file to a folder you may "
        "write to.").format(path=path)


def disk_full(path: str) -> Message:
    return QT_TRANSLATE_NOOP(
        "Store", "The disk is full (or the file has grown beyond what the system allows) while writing "
        "{path}. Nothing was changed. Free some space, or choose another drive, and try again.").format(path=path)


def locked(path: str) -> Message:
    return QT_TRANSLATE_NOOP(
        "Store", "The database {path} is in use by another program. Close the other UnionDesk window "
        "(or the program holding the file) and try again.").format(path=path)


def server_refusal(exc: BaseException, location: str) -> Message | None:
    """One sentence for a database server that would not let us in (not running or not reachable,
    wrong password, no such user or database, this PC not allowed), naming the URL without its
    password and what to do; None when `exc` is something else. PostgreSQL's own texts are in
    English whatever the server's language, and are matched here by their fixed wording."""
    from desktop.store.paths import safe_url

    text = " ".join(str(cause) for cause in _causes(exc)).lower()
    url = safe_url(location)
    if password_refused(exc):
        return QT_TRANSLATE_NOOP(
            "Store", "The database server refused the user name or password in {url}. Type the password "
            "again, or check the user name and password with the unit's IT person.").format(url=url)
    if "database" in text and "does not exist" in text:
        return QT_TRANSLATE_NOOP(
            "Store", "The database server has no database named in {url}. Check the name, or ask the "
            "unit's IT person to create it (README: Shared on a server).").format(url=url)
    if "role" in text and "does not exist" in text:
        return QT_TRANSLATE_NOOP(
            "Store", "The database server has no user named in {url}. Check the user name, or ask the "
            "unit's IT person to create it (README: Shared on a server).").format(url=url)
    if "pg_hba.conf" in text:
        return QT_TRANSLATE_NOOP(
            "Store", "The database server does not let this computer in ({url}). The unit's IT person "
            "must allow the office network in the server's pg_hba.conf (README: Shared on a server)."
        ).format(url=url)
    if ("connection refused" in text or "could not connect" in text or "connection failed" in text
            or "connection is bad" in text or "is the server running" in text
            or "timeout expired" in text or "could not translate host name" in text
            or "name or service not known" in text):
        return QT_TRANSLATE_NOOP(
            "Store", "The database server at {url} cannot be reached. Check that the server computer is "
            "on and its database service is running, that this PC is on the office network, and that "
            "the host name and port are right.").format(url=url)
    return None
