"""The machine's faults at the command line: a read-only database file, a full disk, a locked
database. Each gives one line in the user's language, exit status 2, and changes nothing; a paper
or an export is never left half-written under its final name.

How the faults are made, without special hardware:
- Full disk: the command runs in a child process with `resource.setrlimit(RLIMIT_FSIZE, …)` (and
  SIGXFSZ ignored), so any write past that size fails with EFBIG, as ENOSPC would on a full disk.
- Read-only file: `chmod 444` stops an ordinary user, but tests often run as root, where it stops
  nothing. As root the file is marked immutable (`chattr +i`, which stops root too; measured on ext4
  here); where that is not possible (overlayfs, no CAP_LINUX_IMMUTABLE) the child runs as the
  unprivileged user `nobody` instead, on a 0444 file in a folder it may write to.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.demo_files import all_rows, build_template
from tests.exchange.rosters import id_number_for
from tests.test_role_matrix import COMMANDS as ROLE_MATRIX
from tests.test_role_matrix import _argv as _matrix_argv
from tests.test_role_matrix import _inputs as _matrix_inputs
from tests.test_role_matrix import demo_ids

# Read-only, full and locked SQLite files; a server has its own faults (tests/store/test_postgresql_opens.py)
pytestmark = pytest.mark.sqlite_file

ROOT = Path(__file__).resolve().parent.parent
NOBODY = 65534

CHILD = """
import resource, signal, sys
limit = int(sys.argv[1])
if limit:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)   # a write past the limit fails (EFBIG) instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from desktop.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("faults-demo"), members=200, seed=11)


@pytest.fixture
def workdir():
    """A folder anyone may write to (the unprivileged child must reach it), removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="uniondesk-faults-"))
    folder.chmod(0o777)
    yield folder
    for path in folder.iterdir():
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def demo_db(template, workdir):
    path = workdir / "union.sqlite3"
    shutil.copyfile(template, path)
    path.chmod(0o666)
    return path


def _roster(folder: Path, count: int) -> Path:
    path = folder / "新会员.csv"
    lines = ["姓名,公民身份号码,入会时间"]
    for n in range(count):
        lines.append(f"新会员{n:03d},{id_number_for(dt.date(1990, 1, 1) + dt.timedelta(days=n), 100 + n % 800, '130102')},"
                     "2024-05-01")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    path.chmod(0o666)
    return path


def run_child(argv: list[str], *, limit: int = 0, user: int | None = None, lang: str = "zh_CN"):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "UNIONDESK_USER": "admin", "UNIONDESK_PASSWORD": "demo-admin",
           "QT_QPA_PLATFORM": "offscreen", "HOME": tempfile.gettempdir(),
           "UNIONDESK_EXPORT_PASSWORD": "换届交接-2026-密码"}
    result = subprocess.run([sys.executable, "-c", CHILD, str(limit), "--lang", lang, *argv], env=env,
                            capture_output=True, text=True, timeout=300, cwd=tempfile.gettempdir(),
                            user=user, group=user, extra_groups=[] if user is not None else None)
    return result.returncode, result.stdout, result.stderr


@contextlib.contextmanager
def read_only(path: Path):
    """Make the database file read-only for the child; yields the uid to run the child as (or None)."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        yield None
        path.chmod(0o666)
        return
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0:
        try:
            yield None
        finally:
            subprocess.run(["chattr", "-i", str(path)], capture_output=True)
        return
    path.chmod(0o444)
    yield NOBODY
    path.chmod(0o666)


def _one_plain_line(code: int, stderr: str) -> str:
    assert code == 2, stderr
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1, stderr
    return stderr.strip()


def _commands(folder: Path) -> dict[str, list[str]]:
    """The writes a full disk is tried on."""
    return {
        "import members": ["import", "members", str(_roster(folder, 300)), "--join-date", "2024-05-01"],
        "export members": ["export", "members", "--profile", "csv", str(folder / "导出.csv")],
        "dues pay": ["dues", "pay", "--member", "3", "--month", "2026-10", "--method", "cash", "--amount", "20",
                     "--date", "2026-10-31"],
        "dues batch": ["dues", "batch", "--month", "2026-10", "--date", "2026-10-31", "--yes"],
        "print roster": ["print", "roster", str(folder / "花名册.pdf")],
    }


# Every command of the role matrix (tests/test_role_matrix.py) but verify, which the operations
# service opens read-only on purpose.
MATRIX = [name for name in ROLE_MATRIX if name != "verify"]


@pytest.mark.parametrize("name", MATRIX)
def test_a_read_only_database_file_is_one_line_and_nothing_changes(template, demo_db, workdir, name):
    ids = demo_ids(template)
    _matrix_inputs(workdir, ids)
    argv = ["--db", str(demo_db), *_matrix_argv(ROLE_MATRIX[name][0], workdir, ids)]
    before = all_rows(demo_db)
    with read_only(demo_db) as user:
        code, _out, err = run_child(argv, user=user)
    line = _one_plain_line(code, err)
    assert "只读" in line and str(demo_db) in line
    assert all_rows(demo_db) == before
    assert not [p for p in workdir.iterdir() if p.suffix in (".pdf", ".xlsx", ".udx") and p.name != "payroll.xlsx"]


FULL_DISK = ["import members", "export members", "dues pay", "dues batch", "print roster"]


@pytest.mark.parametrize("name", FULL_DISK)
def test_a_full_disk_is_one_line_and_changes_nothing(demo_db, workdir, name):
    argv = ["--db", str(demo_db), *_commands(workdir)[name]]
    # Room for the log-in's audit record in the journal, not for the work itself.
    limit = 20_000 if name in ("export members", "print roster") else 40_000
    before = all_rows(demo_db)
    code, _out, err = run_child(argv, limit=limit)
    line = _one_plain_line(code, err)
    assert "磁盘" in line  # the disk is full (or: check whether the disk is full, from the backup before an import)
    after = all_rows(demo_db)
    changed = {table for table in before if before[table] != after[table]}
    assert changed <= {"audit_records", "users", "row_seals"}  # at most the log-in itself (and its seal)
    assert len(after["audit_records"]) - len(before["audit_records"]) <= 1
    assert not (workdir / "导出.csv").exists() and not (workdir / "花名册.pdf").exists()
    assert not list(workdir.glob("*.part*"))


def test_a_full_disk_at_log_in_is_one_line_and_changes_nothing(demo_db, workdir):
    before = all_rows(demo_db)
    code, _out, err = run_child(["--db", str(demo_db), "members", "list"], limit=4096, lang="en")
    line = _one_plain_line(code, err)
    assert "disk is full" in line
    assert all_rows(demo_db) == before


def test_printing_to_a_full_disk_keeps_the_older_paper(demo_db, workdir):
    earlier = workdir / "花名册.pdf"
    earlier.write_bytes(b"%PDF-1.4 the roster printed last month")
    earlier.chmod(0o666)
    code, _out, err = run_child(["--db", str(demo_db), "print", "roster", str(earlier)], limit=20_000)
    _one_plain_line(code, err)
    assert earlier.read_bytes() == b"%PDF-1.4 the roster printed last month"
    assert not list(workdir.glob("*.part*"))


def test_a_locked_database_is_one_line(demo_db):
    import sqlite3

    holder = sqlite3.connect(demo_db, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _out, err = run_child(["--db", str(demo_db), "dues", "pay", "--member", "3", "--month", "2026-10",
                                     "--method", "cash", "--amount", "20"], lang="en")
    finally:
        holder.rollback()
        holder.close()
    line = _one_plain_line(code, err)
    assert "in use by another program" in line
