"""One UnionDesk per database file: a second program (a real second process) is told where the first
one runs; a crash is noticed at the next start; a clean exit is not mistaken for one."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store.errors import StoreError
from desktop.store.instance_lock import InstanceLock, lock_path_for

REPO = Path(__file__).resolve().parents[2]

# Holds the lock, says so, and waits for its standard input to close (or to be killed).
HOLDER = r"""
import sys
from desktop.store.instance_lock import InstanceLock
lock = InstanceLock(sys.argv[1])
crashed = lock.acquire()
print("HELD", crashed, flush=True)
sys.stdin.read()
lock.release(clean=True)
print("RELEASED", flush=True)
"""

pytestmark = pytest.mark.sqlite_file  # the lock file beside the SQLite file (a server needs none)

# Tries once and reports what the user would read.
SECOND = r"""
import sys
from desktop.store.errors import StoreError
from desktop.store.instance_lock import InstanceLock
try:
    InstanceLock(sys.argv[1]).acquire()
    print("ACQUIRED")
except StoreError as error:
    print("REFUSED", error.message.render())
"""


def start_holder(db_path: Path) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)], cwd=REPO, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    line = holder.stdout.readline()
    assert line.startswith("HELD"), line
    return holder


def second_attempt(db_path: Path) -> str:
    result = subprocess.run([sys.executable, "-c", SECOND, str(db_path)], cwd=REPO, text=True,
                            capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "工会.sqlite3"


def test_second_process_is_refused_with_the_pc_and_user_named(db_path):
    holder = start_holder(db_path)
    try:
        answer = second_attempt(db_path)
    finally:
        holder.communicate("", timeout=30)
    assert answer.startswith("REFUSED")
    assert str(db_path) in answer
    info = json.loads(lock_path_for(db_path).read_text(encoding="utf-8"))
    assert info["host"] == socket.gethostname()
    assert info["user"] in answer
    assert "this PC" in answer and "close it" in answer   # what to do


def test_other_pc_is_named_in_the_message(db_path, monkeypatch):
    holder_pc = socket.gethostname()
    holder = start_holder(db_path)
    try:
        monkeypatch.setattr(socket, "gethostname", lambda: "OFFICE-PC-2")  # we are another PC now
        with pytest.raises(StoreError) as caught:
            InstanceLock(db_path).acquire()
    finally:
        holder.communicate("", timeout=30)
    text = caught.value.message.render()
    assert f'on the PC "{holder_pc}"' in text
    assert "Close UnionDesk on that PC first" in text


def test_lock_is_free_again_after_the_first_program_ends(db_path):
    holder = start_holder(db_path)
    out, _ = holder.communicate("", timeout=30)
    assert "RELEASED" in out
    lock = InstanceLock(db_path)
    assert lock.acquire() is False       # clean exit: no crash reported
    lock.release()


def test_killed_program_is_reported_as_a_crash_at_the_next_start(db_path):
    holder = start_holder(db_path)
    holder.send_signal(signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
    holder.wait(timeout=30)
    holder.stdin.close()
    holder.stdout.close()
    lock = InstanceLock(db_path)
    assert lock.acquire() is True        # the OS let go of the lock; the file still says "running"
    assert lock.previous_run_crashed
    lock.acknowledge_crash()
    lock.release(clean=True)
    again = InstanceLock(db_path)
    assert again.acquire() is False
    again.release()


def test_crash_stays_reported_until_acknowledged(db_path):
    """A command-line run between the crash and the next window start does not swallow it."""
    first = InstanceLock(db_path)
    first.acquire()
    first.release(clean=False)           # as after a crash
    command_line = InstanceLock(db_path)
    assert command_line.acquire() is True
    command_line.release(clean=True)     # never acknowledged
    window = InstanceLock(db_path)
    assert window.acquire() is True
    window.acknowledge_crash()
    window.release()
    assert InstanceLock(db_path).acquire() is False


def test_second_acquire_in_the_same_process_is_refused_too(db_path):
    with InstanceLock(db_path):
        with pytest.raises(StoreError):
            InstanceLock(db_path).acquire()
    with InstanceLock(db_path) as lock:  # released on leaving the block
        assert lock.held


def test_lock_file_records_the_holder_and_a_clean_exit(db_path):
    lock = InstanceLock(db_path)
    lock.acquire()
    running = json.loads(lock_path_for(db_path).read_text(encoding="utf-8"))
    assert running["state"] == "running" and running["pid"] == os.getpid()
    assert running["host"] == socket.gethostname() and running["started"]
    lock.release(clean=True)
    closed = json.loads(lock_path_for(db_path).read_text(encoding="utf-8"))
    assert closed["state"] == "closed" and closed["ended"]


def test_unwritable_folder_gives_a_message(tmp_path):
    with pytest.raises(StoreError) as caught:
        InstanceLock(tmp_path / "missing-folder" / "x.sqlite3").acquire()
    assert "may write" in caught.value.message.render()


def test_another_user_of_the_same_pc_is_told_to_switch_user(tmp_path, monkeypatch):
    """Two Windows accounts of one office PC sharing one database in a common folder (spaces and
    Chinese in the path, as Windows folders are named): the second is told whose session has it."""
    import getpass

    shared = tmp_path / "公共 文档" / "工会 数据"
    shared.mkdir(parents=True)
    db_path = shared / "工会 会员.sqlite3"
    holder = start_holder(db_path)
    holder_user = json.loads(lock_path_for(db_path).read_text(encoding="utf-8"))["user"]
    try:
        monkeypatch.setattr(getpass, "getuser", lambda: "李四")   # we are the other account now
        with pytest.raises(StoreError) as caught:
            InstanceLock(db_path).acquire()
    finally:
        holder.communicate("", timeout=30)
    text = caught.value.message.render()
    assert str(db_path) in text
    assert f"under the Windows user {holder_user} on this PC" in text
    assert "Switch to that user and close UnionDesk there" in text
    lock = InstanceLock(db_path)                   # once that user has closed it, it opens here
    assert lock.acquire() is False
    lock.release()
