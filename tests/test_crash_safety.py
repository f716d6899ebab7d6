"""A bulk change killed at a random moment (power cut, task manager, crash) leaves the register as it
was before or as it is after, never half-changed, and the file sound.

A child process runs ONE service transaction on a copy of a small demo union and is killed with
SIGKILL at a random moment; then the file is opened as the program would open it and checked:
SQLite's integrity check, the database checks of desktop.store.integrity (including the audit
trail's hash chain) and the counts. Two bulk changes, 20 kills each:

- moving 150 members to the trash (MemberService.delete: one transaction);
- importing 300 members (MemberImportService.import_members: one transaction, as an import does).

The kill moments are spread over the measured length of the change and a little beyond, so most
land during it and some after it committed; the tally (how many landed before and after) is printed.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.demo.generator import create_demo_database

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL") or not hasattr(os, "fork"),
                                reason="needs SIGKILL and fork (POSIX)")

REPO = Path(__file__).resolve().parent.parent
KILLS = 20
KILL_WINDOW = 1.3    # kill moments are spread over the change's measured length and a bit beyond
DELETED = 150
IMPORTED = 300

# A zygote: imports everything once (a second of start-up), then forks one child per run, so forty
# kills fit in well under a minute. Each child is a real process of its own: it opens the database
# after the fork, runs the change, and is killed with SIGKILL by the test.
ZYGOTE = r"""
import datetime as dt, json, os, sys, time
from sqlalchemy.orm import configure_mappers
from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.id_numbers import check_character
from desktop.domain.members.bulk import DuplicatePolicy, ImportRow
from desktop.domain.members.imports import ImportSource, MemberImportService
from desktop.domain.members.search_keys import member_terms, name_sort_key
from desktop.domain.members.service import MemberService
from desktop.domain.members.inputs import MemberInput
from desktop.store.database import open_database

configure_mappers()
name_sort_key("张海生"); member_terms("张海生", "13812345678", "110105198001010011", None, None)


def import_rows(count):
    rows = []
    for n in range(count):
        first17 = f"320102{dt.date(1975, 1, 1) + dt.timedelta(days=n):%Y%m%d}{(n % 499) * 2 + 1:03d}"
        data = MemberInput(name=f"导入{n:03d}", id_number=first17 + check_character(first17),
                           join_date=dt.date(2015, 3, 1), department="导入部")
        rows.append(ImportRow(n + 2, data, frozenset({"name", "id_number", "join_date", "department"})))
    return rows


def child(path, scenario, argument):
    db = open_database(path, create=False)
    if scenario == "delete":
        service = MemberService(db, LOCAL_ADMIN)
        change = lambda: service.delete(argument)
    else:
        rows, service = import_rows(argument), MemberImportService(db, LOCAL_ADMIN)
        change = lambda: service.import_members(rows, DuplicatePolicy.SKIP, ImportSource("crash-test.xlsx"))
    print("READY", os.getpid(), flush=True)
    started = time.perf_counter()
    change()
    print("DONE", os.getpid(), time.perf_counter() - started, flush=True)
    time.sleep(120)  # wait to be killed


print("ZYGOTE", flush=True)
for line in sys.stdin:
    path, scenario, argument = json.loads(line)
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        try:
            child(path, scenario, argument)
        finally:
            os._exit(1)
    os.waitpid(pid, 0)
    print("REAPED", pid, flush=True)
"""


class Zygote:
    """Starts children that run one change each, and kills them."""

    def __init__(self) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", ZYGOTE], cwd=REPO, text=True, bufsize=1,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self._expect("ZYGOTE")

    def _expect(self, word: str) -> list[str]:
        line = self.process.stdout.readline()
        if not line.startswith(word):
            self.process.kill()
            raise AssertionError(f"expected {word}, got {line!r}: {self.process.stderr.read()}")
        return line.split()

    def start(self, path: Path, scenario: str, argument) -> int:
        self.process.stdin.write(json.dumps([str(path), scenario, argument]) + "\n")
        self.process.stdin.flush()
        return int(self._expect("READY")[1])

    def kill(self, pid: int) -> float | None:
        """Kill the child; the change's duration if it had finished, else None."""
        os.kill(pid, signal.SIGKILL)
        finished = None
        while True:
            words = self.process.stdout.readline().split()
            if not words:
                raise AssertionError(self.process.stderr.read())
            if words[0] == "DONE":
                finished = float(words[2])
            elif words[0] == "REAPED":
                return finished

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "template.sqlite3"
    create_demo_database(str(path), members=200, seed=9)
    return path


def members_to_delete(path: Path) -> list[int]:
    with sqlite3.connect(path) as c:
        return [r[0] for r in c.execute(
            "SELECT id FROM members WHERE deleted_at IS NULL ORDER BY id LIMIT ?", (DELETED,))]


def fresh_copy(template: Path, folder: Path, n: int) -> Path:
    path = folder / f"union-{n}.sqlite3"
    path.write_bytes(template.read_bytes())
    return path


def measure(zygote: Zygote, template: Path, folder: Path, scenario: str, argument) -> float:
    """How long the change takes when left alone (seconds, timed inside the child)."""
    pid = zygote.start(fresh_copy(template, folder, 999), scenario, argument)
    while True:
        line = zygote.process.stdout.readline()
        if not line:   # the zygote died: say why instead of waiting for ever
            raise AssertionError(zygote.process.stderr.read())
        words = line.split()
        if words and words[0] == "DONE":
            zygote.kill(pid)
            return float(words[2])


def check_opens_sound(path: Path) -> None:
    """The checks the program makes: SQLite's own, then opening normally and desktop's verify."""
    with sqlite3.connect(path) as c:
        assert c.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
    from desktop.store.database import open_database

    db = open_database(str(path), create=False)
    try:
        try:
            from desktop.store.integrity import verify_database
        except ImportError:  # written by another developer; not there yet
            return
        report = verify_database(db)
        assert report.ok, [line.render() for line in report.lines()]
    finally:
        db.close()


def kill_repeatedly(template: Path, folder: Path, scenario: str, argument, count_after) -> dict[str, int]:
    """KILLS runs, each killed at a random moment; returns the tally of states found."""
    zygote = Zygote()
    try:
        # Timings vary with the machine's load: the longer of two undisturbed runs.
        duration = max(measure(zygote, template, folder, scenario, argument) for _ in range(2))
        rng = random.Random(20261122)
        tally = {"before": 0, "after": 0, "killed_while_running": 0, "duration_ms": round(duration * 1000)}
        for n in range(KILLS):
            path = fresh_copy(template, folder, n)
            pid = zygote.start(path, scenario, argument)
            time.sleep(rng.uniform(0, duration * KILL_WINDOW))
            finished = zygote.kill(pid) is not None
            tally["killed_while_running"] += not finished
            check_opens_sound(path)
            state = count_after(path)
            assert state in ("before", "after"), f"kill {n}: half-changed ({state})"
            if finished:
                assert state == "after", f"kill {n}: the change reported done but is not in the file"
            tally[state] += 1
            for leftover in folder.glob(f"union-{n}.sqlite3*"):
                leftover.unlink()
    finally:
        zygote.close()
    return tally


def report(capsys, scenario: str, tally: dict[str, int]) -> None:
    line = (f"crash safety, {scenario}: {KILLS} kills at random moments over {tally['duration_ms']} ms "
            f"(+{KILL_WINDOW - 1:.0%}): {tally['before']} found the state before, {tally['after']} after, none half-changed; "
            f"{tally['killed_while_running']} kills landed before the change had finished")
    with capsys.disabled():
        print("\n" + line)


def test_killed_bulk_delete_leaves_all_or_nothing(template, tmp_path, capsys):
    ids = members_to_delete(template)
    assert len(ids) == DELETED

    def state(path: Path) -> str:
        with sqlite3.connect(path) as c:
            marks = ",".join("?" * len(ids))
            trashed = c.execute(f"SELECT count(*) FROM members WHERE deleted_at IS NOT NULL AND id IN ({marks})",
                                ids).fetchone()[0]
            audited = c.execute(f"SELECT count(*) FROM audit_records WHERE action = 'delete' AND entity = 'member'"
                                f" AND entity_id IN ({marks})", ids).fetchone()[0]
        if trashed == audited == 0:
            return "before"
        if trashed == audited == DELETED:
            return "after"
        return f"{trashed} members in the trash, {audited} audit records"

    tally = kill_repeatedly(template, tmp_path, "delete", ids, state)
    report(capsys, "moving 150 members to the trash", tally)
    assert tally["before"] + tally["after"] == KILLS
    assert tally["killed_while_running"] > 0, "no kill landed during the change: the test proved nothing"


def test_killed_import_leaves_all_or_nothing(template, tmp_path, capsys):
    def state(path: Path) -> str:
        with sqlite3.connect(path) as c:
            members = c.execute("SELECT count(*) FROM members WHERE name LIKE '导入%'").fetchone()[0]
            events = c.execute("SELECT count(*) FROM membership_events e JOIN members m ON m.id = e.member_id"
                               " WHERE m.name LIKE '导入%'").fetchone()[0]
            batches = c.execute("SELECT count(*) FROM import_batches").fetchone()[0]
        if members == events == batches == 0:
            return "before"
        if members == events == IMPORTED and batches == 1:
            return "after"
        return f"{members} members, {events} events, {batches} import records"

    tally = kill_repeatedly(template, tmp_path, "import", IMPORTED, state)
    report(capsys, "importing 300 members", tally)
    assert tally["before"] + tally["after"] == KILLS
    assert tally["killed_while_running"] > 0, "no kill landed during the change: the test proved nothing"
