"""One UnionDesk at a time per database file, and whether the last one ended cleanly.

Two windows on one file would each show data the other has changed behind its back, and a restore
under a running window would pull the floor from under it. So the program holds an operating-system
lock on "<database>.lock" while it runs (fcntl.flock on Linux and macOS, msvcrt.locking on Windows).
The OS drops the lock when the process ends, however it ends, so a crash never leaves a stale lock
behind that someone has to delete by hand.

The file also holds who holds it (PC, user, process, since when), so the second program can say
where the first one is running, and a state: "running" while the program runs, "closed" after a
clean exit. Finding "running" in a file nobody holds locked means the last run crashed (or the PC
lost power), and the program can check the database before going on.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.errors import StoreError

LOCK_SUFFIX = ".lock"
# On Windows a locked byte range cannot even be read by other processes, so the lock sits on one
# byte far beyond the holder information, which stays readable (locking beyond the end is allowed).
_WINDOWS_LOCK_OFFSET = 1 << 30


@dataclass(frozen=True)
class Holder:
    host: str
    user: str
    pid: int
    started: str   # ISO local time

    @classmethod
    def this_process(cls) -> "Holder":
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no login name (a service account, a container)
            user = "?"
        return cls(socket.gethostname(), user, os.getpid(), dt.datetime.now().astimezone().isoformat(timespec="seconds"))


def lock_path_for(db_path: Path | str) -> Path:
    path = Path(db_path)
    return path.with_name(path.name + LOCK_SUFFIX)


class InstanceLock:
    """`acquire()` when the program starts, `release(clean=True)` when it ends (or use `with`)."""

    def __init__(self, db_path: Path | str):
        self.database = Path(db_path).expanduser().resolve()
        self.path = lock_path_for(self.database)
        self.previous_run_crashed = False
        self._holder = Holder.this_process()
        self._fd: int | None = None
        self._crash_acknowledged = False

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock; returns `previous_run_crashed`. Raises StoreError, naming the PC and user,
        when another program holds it."""
        if self._fd is not None:
            return self.previous_run_crashed
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        except OSError as exc:
            raise StoreError(QT_TRANSLATE_NOOP(
                "Store", "Cannot create {path} ({error}). Check that you may write to the database "
                "folder.").format(path=str(self.path), error=exc.strerror or str(exc))) from exc
        if not _try_lock(fd):
            os.close(fd)
            raise self._held_elsewhere()
        self._fd = fd
        self._holder = Holder.this_process()  # "since" is when this run took the lock
        previous = _read(fd)
        # A crash is reported until someone acknowledges it, so a command-line run that takes the
        # lock in between does not swallow it before the window has told the user.
        self.previous_run_crashed = previous.get("state") == "running" or bool(previous.get("crash_pending"))
        self._write("running")
        return self.previous_run_crashed

    def acknowledge_crash(self) -> None:
        """The program has dealt with the crash (checked the database, told the user)."""
        self._crash_acknowledged = True
        if self._fd is not None:
            self._write("running")

    def release(self, clean: bool = True) -> None:
        """Record how the run ended and let go. With clean=False the next start reports a crash."""
        if self._fd is None:
            return
        try:
            if clean:
                self._write("closed")
        finally:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> "InstanceLock":
        self.acquire()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.release(clean=exc_type is None)

    def _write(self, state: str) -> None:
        holder = self._holder
        data = {"state": state, "host": holder.host, "user": holder.user, "pid": holder.pid,
                "started": holder.started,
                "crash_pending": self.previous_run_crashed and not self._crash_acknowledged}
        if state == "closed":
            data["ended"] = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        payload = json.dumps(data, ensure_ascii=False).encode("utf-8")
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.ftruncate(self._fd, 0)
        os.write(self._fd, payload)
        os.fsync(self._fd)  # "running" must be on disk before anything can crash

    def _held_elsewhere(self) -> StoreError:
        try:
            info = json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            info = {}
        host, user, since = info.get("host"), info.get("user"), str(info.get("started", ""))[:16].replace("T", " ")
        database = self.database
        if info.get("state") != "running" or not host:  # the holder has not written its name yet
            return StoreError(QT_TRANSLATE_NOOP(
                "Store", "The database {path} is already open in another UnionDesk window. Close that "
                "window first, then start UnionDesk again.").format(path=str(database)))
        if host == socket.gethostname() and user != Holder.this_process().user:
            # Two Windows accounts on one office PC (switch user): the other window is out of reach
            # from this account, so "switch to it" would be no help.
            return StoreError(QT_TRANSLATE_NOOP(
                "Store", "The database {path} is open in UnionDesk under the Windows user {user} on this PC "
                "(since {since}). Switch to that user and close UnionDesk there (or sign that user out), "
                "then start UnionDesk again.").format(path=str(database), user=user, since=since))
        if host == socket.gethostname():
            return StoreError(QT_TRANSLATE_NOOP(
                "Store", "The database {path} is already open in another UnionDesk window on this PC "
                "(user {user}, since {since}). Switch to that window, or close it and start UnionDesk "
                "again.").format(path=str(database), user=user, since=since))
        return StoreError(QT_TRANSLATE_NOOP(
            "Store", "The database {path} is in use by UnionDesk on the PC \"{host}\" (user {user}, "
            "since {since}). Close UnionDesk on that PC first, then try again here.")
            .format(path=str(database), host=host, user=user, since=since))


def _read(fd: int) -> dict:
    os.lseek(fd, 0, os.SEEK_SET)
    raw = b""
    while chunk := os.read(fd, 65536):
        raw += chunk
    try:
        data = json.loads(raw.decode("utf-8") or "{}")
    except (UnicodeDecodeError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock belongs to the open file, not the process: a second acquire in the same process
        # fails too, as it should.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
