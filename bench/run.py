"""The big-union benchmark (issue 23): every measure beside its floor — the bare work the same job
needs (raw sqlite3, calamine, XlsxWriter, an empty PySide6 table) — timed in the same run on the
same files, so that a loaded machine slows both sides alike.

    .venv/bin/python bench/run.py [--members 100000] [--rows 10000] [--runs 2] [--only start,import,...]

The demo database is built once (`uniondesk demo`'s generator) and cached in bench/.cache/ under
the schema revision, so a new migration rebuilds it. Prints a table and writes it, with each
floor's code, to bench/RESULTS.md (its own section; the other sections stay).

Measures: start to roster rows; import of a roster .xlsx (the roster profile's 27 columns);
export of every member; the list of every pane through the domain queries the panes call; the
home pane's and the statistics pane's figures; every pane opened once in a started program (first
rows, the longest the GUI thread was busy, memory).
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import inspect
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CACHE = ROOT / "bench" / ".cache"
SECTION = "## Big unions (bench/run.py)"
READY = "UNIONDESK_READY"
ROSTER_FILTER = ("active", "retained")   # the members pane opens on the current members
FIRST_SCREEN = 40                        # rows a 1366×768 window shows
DUES_PAGE = 200                          # views/dues/pane.py FIRST_PAGE: rows read before the whole list
WHOLE = "—"                              # a whole list read after its first screen, in the background


@dataclass
class Measure:
    name: str
    seconds: float
    floor: float | None = None
    limit: float | None = None           # target as a ratio to the floor, or as seconds (no floor)
    floor_code: Callable | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.seconds / self.floor if self.floor else None

    @property
    def met(self) -> bool | None:
        if self.limit is None:
            return None
        return (self.ratio if self.floor else self.seconds) <= self.limit


def median_of(runs: int, action: Callable[[], float]) -> tuple[float, list[float]]:
    times = [action() for _ in range(runs)]
    return statistics.median(times), times


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


# -- the cached files ------------------------------------------------------------------------------

def demo_database(members: int) -> Path:
    from desktop.store.migrations_runner import HEAD_REVISION

    path = CACHE / f"demo-{members}-r{HEAD_REVISION}.sqlite3"
    if not path.exists():
        from desktop.demo.generator import create_demo_database

        CACHE.mkdir(parents=True, exist_ok=True)
        building = path.with_name(path.stem + ".building.sqlite3")
        building.unlink(missing_ok=True)
        print(f"building the {members}-member demo (once; cached as {path.name}) …", flush=True)
        started = time.perf_counter()
        create_demo_database(str(building), members=members, seed=1, force=True)
        os.replace(building, path)
        print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def roster_file(db_path: Path, rows: int) -> Path:
    """The first `rows` members of the demo as the roster profile writes them (27 columns, full ID
    numbers): what a union that kept its roster in Excel brings to a new, empty register."""
    path = CACHE / f"roster-{rows}-{db_path.stem}.xlsx"
    if path.exists():
        return path
    from desktop.domain.accounts.actor import LOCAL_ADMIN
    from desktop.domain.members.export_rows import export_records
    from desktop.domain.members.queries import MemberFilter, MemberQueries
    from desktop.exchange.members.export import _Values, _write_xlsx
    from desktop.exchange.shared.profiles import profile
    from desktop.store.database import open_database

    db = open_database(str(db_path))
    roster = profile("roster")
    names = {"union_name": "", "unit_name": "", "today": ""}
    values = _Values(roster, "zh_CN", names)
    ids = MemberQueries(db, LOCAL_ADMIN).ids(MemberFilter())[:rows]
    cells = ([values.cell(c, r, e, n + 1) for c in roster.columns]
             for n, (r, e) in enumerate(export_records(db, LOCAL_ADMIN, ids)))
    _write_xlsx(roster, names, cells, path)
    db.close()
    return path


def empty_database(folder: Path) -> Path:
    """A new register with the schema and nothing else (made once per run, copied per import)."""
    from desktop.store.database import open_database

    path = folder / "empty.sqlite3"
    if not path.exists():
        open_database(str(path)).close()
    return path


# -- start to roster rows ----------------------------------------------------------------------------

def start_ours(db_path: Path) -> tuple[float, float, str]:
    env = {**os.environ, "UNIONDESK_EXIT_WHEN_READY": "1", "QT_QPA_PLATFORM": "offscreen",
           "UNIONDESK_USER": "admin", "UNIONDESK_PASSWORD": "demo-admin"}
    return _child([sys.executable, "-m", "desktop", "--db", str(db_path), "--pane", "members"], env)


def _child(command: list[str], env: dict | None = None) -> tuple[float, float, str]:
    """Wall seconds from launch to the child's READY line, the child's CPU seconds (user + system,
    to its exit: a figure a busy machine disturbs less), and the rest of the READY line."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    launched = time.time()
    out = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    line = next(line for line in out.splitlines() if line.startswith(READY))
    parts = line.split()
    return float(parts[1]) - launched, cpu, " ".join(parts[2:])


def start_floor_child(db_path: str) -> None:
    """FLOOR (run in its own process): a PySide6 window with a table over the same ids, raw sqlite3."""
    from PySide6.QtCore import QAbstractTableModel, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication([])
    connection = sqlite3.connect(db_path)
    ids = [r[0] for r in connection.execute(
        "SELECT id FROM members WHERE deleted_at IS NULL AND status IN (?, ?) ORDER BY name_sort, id", ROSTER_FILTER)]
    cache: dict[int, tuple] = {}

    class Model(QAbstractTableModel):
        def rowCount(self, parent=None):  # noqa: N802
            return len(ids)

        def columnCount(self, parent=None):  # noqa: N802
            return 8

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            member_id = ids[index.row()]
            if member_id not in cache:   # a screen of rows at a time, as the real model fetches
                page = ids[index.row():index.row() + FIRST_SCREEN]
                for row in connection.execute(
                        "SELECT id, name, gender, birth_date, department, mobile, join_date, status, id_number "
                        f"FROM members WHERE id IN ({','.join('?' * len(page))})", page):
                    cache[row[0]] = row[1:]
            return cache[member_id][index.column()]

    view = QTableView()
    view.setModel(Model())
    view.resize(1366, 768)
    view.show()
    QTimer.singleShot(0, lambda: (app.processEvents(), _print_ready(len(ids)), app.quit()))
    app.exec()


def _print_ready(rows: int) -> None:
    rss = _rss_mib("VmHWM")
    print(f"{READY} {time.time():.6f} rows={rows} rss_mib={rss:.1f}", flush=True)


def start_floor(db_path: Path) -> tuple[float, float, str]:
    return _child([sys.executable, __file__, "--start-floor-child", str(db_path)])


def measure_start(db_path: Path, runs: int) -> list[Measure]:
    ours, floor = [], []
    for _ in range(runs):   # alternated, so that a busy moment hits both
        ours.append(start_ours(db_path))
        floor.append(start_floor(db_path))

    def median(found: list, index: int) -> float:
        return statistics.median(f[index] for f in found)

    def listed(found: list, index: int) -> str:
        return ", ".join(f"{f[index]:.2f}" for f in found)

    return [Measure("start to roster rows (median, wall)", median(ours, 0), median(floor, 0), 2.5, start_floor_child,
                    f"ours {ours[-1][2]}, floor {floor[-1][2]}; runs ours {listed(ours, 0)}, floor {listed(floor, 0)}"),
            Measure("— the same, CPU seconds of the process (user + system, to its exit)", median(ours, 1),
                    median(floor, 1), None, None, f"runs ours {listed(ours, 1)}, floor {listed(floor, 1)}")]


# -- import ----------------------------------------------------------------------------------------------

def import_floor(xlsx: Path, target: Path) -> None:
    """FLOOR: calamine reads the sheet, one executemany writes every row into SQLite."""
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0).to_python()
    width = max(len(r) for r in rows)
    connection = sqlite3.connect(target)
    connection.execute(f"CREATE TABLE roster ({', '.join(f'c{i}' for i in range(width))})")
    with connection:
        connection.executemany(f"INSERT INTO roster VALUES ({', '.join('?' * width)})",
                               [list(r) + [None] * (width - len(r)) for r in rows[1:]])
    connection.close()


def import_ours(xlsx: Path, target: Path) -> dict[str, float]:
    """The whole import as the wizard runs it, into a new register; the backup taken before the
    write is timed apart."""
    from desktop.domain.accounts.actor import LOCAL_ADMIN
    from desktop.domain.members import imports as member_imports
    from desktop.exchange.members import importing
    from desktop.exchange.members.import_plan import ImportOptions
    from desktop.store.database import open_database

    db = open_database(str(target))
    phases: dict[str, float] = {}
    backup = member_imports.backup_before

    def timed_backup(*args, **kwargs):
        started, cpu = time.perf_counter(), time.process_time()
        try:
            return backup(*args, **kwargs)
        finally:
            phases["backup"] = time.perf_counter() - started
            phases["backup_cpu"] = time.process_time() - cpu

    member_imports.backup_before = timed_backup
    try:
        started = time.perf_counter()
        loaded = importing.load(xlsx)
        phases["read"] = time.perf_counter() - started
        mark = time.perf_counter()
        plan = importing.plan(db, LOCAL_ADMIN, loaded, importing.mapping_for(loaded.headers, None), ImportOptions())
        phases["plan"] = time.perf_counter() - mark
        mark = time.perf_counter()
        outcome = importing.run(db, LOCAL_ADMIN, plan)
        phases["write"] = time.perf_counter() - mark - phases.get("backup", 0.0)
        phases["total"] = time.perf_counter() - started - phases.get("backup", 0.0)
    finally:
        member_imports.backup_before = backup
        db.close()
    assert not plan.rejected and outcome.created == plan.new, (plan.rejected[:3], outcome)
    phases["created"] = outcome.created
    return phases


def measure_import(db_path: Path, rows: int, runs: int, folder: Path) -> list[Measure]:
    xlsx = roster_file(db_path, rows)
    empty = empty_database(folder)
    ours, floors, ours_cpu, floors_cpu = [], [], [], []
    for run in range(runs):
        target = folder / f"import-{run}.sqlite3"
        shutil.copy(empty, target)
        cpu = time.process_time()
        ours.append(import_ours(xlsx, target))
        ours_cpu.append(time.process_time() - cpu - ours[-1].get("backup_cpu", 0.0))
        cpu = time.process_time()
        floors.append(timed(lambda: import_floor(xlsx, folder / f"floor-{run}-{time.time_ns()}.sqlite3")))
        floors_cpu.append(time.process_time() - cpu)
    best = min(ours, key=lambda p: p["total"])
    total = statistics.median(p["total"] for p in ours)
    floor = statistics.median(floors)
    phases = ", ".join(f"{k} {best[k]:.2f} s" for k in ("read", "plan", "write", "backup") if k in best)
    return [Measure(f"import {best['created']:.0f}-row roster .xlsx (27 columns), backup apart (median, wall)", total,
                    floor, 3.0, import_floor, f"fastest run: {phases}; runs "
                    f"{', '.join(format(p['total'], '.2f') for p in ours)} vs floor {', '.join(f'{s:.2f}' for s in floors)}"),
            Measure("— the same, CPU seconds of this process", statistics.median(ours_cpu), statistics.median(floors_cpu),
                    None, None, f"runs {', '.join(f'{s:.2f}' for s in ours_cpu)} vs floor "
                    f"{', '.join(f'{s:.2f}' for s in floors_cpu)}")]


# -- export --------------------------------------------------------------------------------------------

def export_cells(db) -> list[list]:
    """The very cells the roster export writes, built before the floor's clock starts."""
    from desktop.domain.accounts.actor import LOCAL_ADMIN
    from desktop.domain.members.export_rows import export_records
    from desktop.domain.members.queries import MemberFilter, MemberQueries
    from desktop.exchange.members.export import _Values
    from desktop.exchange.shared.profiles import profile

    roster = profile("roster")
    values = _Values(roster, "zh_CN", {"union_name": "", "unit_name": "", "today": ""})
    ids = MemberQueries(db, LOCAL_ADMIN).ids(MemberFilter())
    return [[values.cell(c, r, e, n + 1) for c in roster.columns]
            for n, (r, e) in enumerate(export_records(db, LOCAL_ADMIN, ids))]


def export_floor(rows: list[list], path: Path) -> None:
    """FLOOR: XlsxWriter in constant-memory mode writes the raw rows."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "default_date_format": "yyyy-mm-dd"})
    sheet = book.add_worksheet("会员名册")
    for number, row in enumerate(rows):
        sheet.write_row(number, 0, row)
    book.close()


def export_ours(db, path: Path) -> int:
    from desktop.domain.accounts.actor import LOCAL_ADMIN
    from desktop.exchange.members.export import ExportRequest, export_members

    return export_members(db, LOCAL_ADMIN, ExportRequest("roster", path, full_ids=True)).count


def measure_export(db_path: Path, runs: int, folder: Path) -> list[Measure]:
    from desktop.store.database import open_database

    work = folder / "export.sqlite3"
    shutil.copy(db_path, work)     # the export records itself: the cached demo stays as built
    db = open_database(str(work))
    rows = export_cells(db)
    ours, floors, count = [], [], 0
    for run in range(runs):
        floors.append(timed(lambda: export_floor(rows, folder / f"floor-{run}.xlsx")))
        started = time.perf_counter()
        count = export_ours(db, folder / f"export-{run}.xlsx")
        ours.append(time.perf_counter() - started)
    db.close()
    return [Measure(f"export {count} members, roster profile (median)", statistics.median(ours),
                    statistics.median(floors), 1.3, export_floor,
                    f"runs {', '.join(f'{s:.1f}' for s in ours)} vs floor {', '.join(f'{s:.1f}' for s in floors)}")]


# -- the panes' lists, home and statistics (the domain queries the panes call) -------------------------

def overdue_floor(connection: sqlite3.Connection) -> None:
    """FLOOR: one aggregate over the payment lines."""
    connection.execute("SELECT member_id, sum(amount) FROM dues_payments GROUP BY member_id").fetchall()


def pane_queries(db) -> list[tuple[str, Callable[[], object]]]:
    from desktop.domain.accounts.actor import LOCAL_ADMIN as ADMIN
    from desktop.domain.activities.queries import ActivityQueries
    from desktop.domain.aid.queries import AidQueries
    from desktop.domain.audit.queries import AuditQueries
    from desktop.domain.dues.queries import DuesFilter, DuesQueries
    from desktop.domain.dues.rules import Period
    from desktop.domain.funds.queries import FundsQueries, year_span
    from desktop.domain.members.lifecycle import Status
    from desktop.domain.members.queries import MemberFilter, MemberQueries
    from desktop.domain.votes.queries import VoteQueries

    today = dt.date.today()
    dues = DuesQueries(db, ADMIN)
    month = dues.default_period()
    members, audit, activities = MemberQueries(db, ADMIN), AuditQueries(db, ADMIN), ActivityQueries(db, ADMIN)
    votes = VoteQueries(db, ADMIN)

    def first_screen(queries, ids):
        return queries.rows(ids[:FIRST_SCREEN])

    def biggest_activity() -> None:
        with sqlite3.connect(db.location) as raw:
            found = raw.execute("SELECT activity_id FROM activity_participants GROUP BY activity_id "
                                "ORDER BY count(*) DESC LIMIT 1").fetchone()
        if found:
            activities.participants(found[0])

    def votes_list() -> None:
        for row in votes.rows():
            votes.detail(row.id)

    return [
        ("members: current members, first screen",
         lambda: first_screen(members, members.ids(MemberFilter(statuses=frozenset({Status.ACTIVE, Status.RETAINED}))))),
        # The dues pane shows a first screen (DUES_PAGE rows in its order), then the whole list.
        (f"dues: month {month.year}-{month.month:02d}, first screen (by department)",
         lambda: dues.rows(DuesFilter(month, month), "department", limit=DUES_PAGE)),
        (f"dues: year {today.year}, first screen (by department)",
         lambda: dues.rows(DuesFilter(Period(today.year, 1), Period(today.year, 12)), "department", limit=DUES_PAGE)),
        ("dues: overdue (arrears), first screen (longest run unpaid first)",
         lambda: dues.rows(dues.arrears_filter(), "streak", True, limit=DUES_PAGE)),
        (f"{WHOLE} dues: month {month.year}-{month.month:02d}, whole list", lambda: dues.rows(DuesFilter(month, month))),
        (f"{WHOLE} dues: year {today.year}, whole list",
         lambda: dues.rows(DuesFilter(Period(today.year, 1), Period(today.year, 12)))),
        (f"{WHOLE} dues: overdue (arrears), whole list", dues.arrears),
        (f"funds: ledger {today.year}", lambda: FundsQueries(db, ADMIN).ledger(*year_span(today.year))),
        ("audit: log, first screen", lambda: first_screen(audit, audit.ids())),
        ("aid: cases", lambda: AidQueries(db, ADMIN).rows()),
        ("activities: list, first screen", lambda: first_screen(activities, activities.ids())),
        ("activities: biggest activity's participants", biggest_activity),
        ("votes: list and every vote's detail", votes_list),
    ]


def measure_lists(db_path: Path, runs: int) -> list[Measure]:
    from desktop.domain.accounts.actor import LOCAL_ADMIN
    from desktop.domain.overview.home import home_with_charts
    from desktop.domain.statistics.queries import StatisticsQueries
    from desktop.store.database import open_database

    db = open_database(str(db_path))
    raw = sqlite3.connect(db_path)
    found = []
    for name, query in pane_queries(db):
        seconds, times = median_of(runs, lambda: timed(query))
        floor, code = None, None
        whole = name.startswith(WHOLE)
        if name.startswith(f"{WHOLE} dues: overdue"):
            floor, code = median_of(runs, lambda: timed(lambda: overdue_floor(raw)))[0], overdue_floor
        found.append(Measure(name, seconds, floor, None if floor or whole else 1.0, code,
                             f"runs {', '.join(f'{s:.2f}' for s in times)}"))
    today = dt.date.today()
    statistics_queries = StatisticsQueries(db, LOCAL_ADMIN)
    for name, action in (
            ("home pane figures and charts (home_with_charts, as the pane's loader calls it)",
             lambda: home_with_charts(db, LOCAL_ADMIN, "zh_CN")),
            ("statistics pane (this year's and last year's report)",
             lambda: statistics_queries.report_and_year_before(today))):
        seconds, times = median_of(runs, lambda: timed(action))
        found.append(Measure(name, seconds, None, 1.0, None, f"runs {', '.join(f'{s:.2f}' for s in times)}"))
    raw.close()
    db.close()
    return found


# -- every pane opened once in the started program -----------------------------------------------------

def panes_child(db_path: str) -> None:
    """Run in its own process: the main window, every pane opened in turn; per pane, the time until
    its first rows (or figures) show and the longest the GUI thread was busy meanwhile; then RSS."""
    from PySide6.QtCore import QElapsedTimer, QSettings, QThread, QTimer
    from PySide6.QtWidgets import QAbstractItemView

    from desktop.app import create_application, install_translations
    from desktop.domain.accounts.actor import LOCAL_ADMIN
    from desktop.store.database import open_database
    from desktop.views.context import AppContext
    from desktop.views.main_window import MainWindow
    from desktop.views.panes import PANES

    app = create_application()
    translators = install_translations(app, "zh_CN")  # noqa: F841 - must outlive the window
    context = AppContext(open_database(db_path), LOCAL_ADMIN, "zh_CN", QSettings())
    window = MainWindow(context, first_pane="home")
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    ticks: list[float] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    ticker.start(5)

    def ready(pane) -> bool:
        if any(t.isRunning() for t in pane.findChildren(QThread)):
            return False
        views = [v for v in pane.findChildren(QAbstractItemView) if v.isVisible() and v.model() is not None]
        return not views or any(v.model().rowCount() > 0 for v in views)

    for entry in PANES:
        if entry.key == "backups":
            continue
        ticks.clear()
        started = time.perf_counter()
        window.show_pane(entry.key)
        switch = time.perf_counter() - started
        pane = window.pane(entry.key)
        clock = QElapsedTimer()
        clock.start()
        while not ready(pane) and clock.elapsed() < 60000:
            app.processEvents()
            time.sleep(0.002)
        app.processEvents()
        shown = time.perf_counter() - started
        # A pane may go on reading in the background after its first rows (the dues pane's whole
        # list): wait for it before the next pane, so that each pane is measured on its own.
        lane = getattr(pane, "lane", None)
        while lane is not None and lane.busy and clock.elapsed() < 60000:
            app.processEvents()
            time.sleep(0.002)
        settled = time.perf_counter() - started
        gaps = [b - a for a, b in zip([started] + ticks, ticks + [time.perf_counter()])]
        print(f"PANE {entry.key} {shown:.3f} {max([switch, *gaps]):.3f} {_rss_mib():.0f} {settled:.3f}", flush=True)
    print(f"RSS {_rss_mib():.0f} {_rss_mib('VmHWM'):.0f}", flush=True)
    window.close()
    context.db.close()
    os._exit(0)  # PySide6 may abort while the interpreter tears the widgets down; the figures are out


def _rss_mib(field: str = "VmRSS") -> float:
    """This process's resident memory now (VmRSS) or at its highest (VmHWM). Not getrusage's
    ru_maxrss: Linux keeps it across exec, so a child started by this benchmark after it built the
    100 000-member demo reported the builder's 1 GB as its own peak."""
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(field)) / 1024


def measure_panes(db_path: Path) -> list[Measure]:
    work = Path(tempfile.mkdtemp(prefix="uniondesk-panes-")) / "panes.sqlite3"
    shutil.copy(db_path, work)
    out = subprocess.run([sys.executable, __file__, "--panes-child", str(work)], cwd=ROOT,
                         capture_output=True, text=True, timeout=900)
    found = []
    for line in out.stdout.splitlines():
        parts = line.split()
        if parts[:1] == ["PANE"]:
            found.append(Measure(f"pane {parts[1]}: opened to first rows (GUI thread busy at most "
                                 f"{float(parts[3]) * 1000:.0f} ms; everything read after {float(parts[5]):.2f} s; "
                                 f"RSS then {parts[4]} MiB)", float(parts[2]), None, 1.0))
        elif parts[:1] == ["RSS"]:
            found.append(Measure(f"memory with every pane opened once: RSS {parts[1]} MiB (peak {parts[2]} MiB)",
                                 float(parts[2]), None, 300.0, None, "seconds column: MiB"))
    if not found:
        raise RuntimeError(out.stderr[-3000:])
    shutil.rmtree(work.parent, ignore_errors=True)
    return found


# -- the report -------------------------------------------------------------------------------------------

def report(measures: list[Measure], members: int, runs: int, wall: float) -> str:
    def figure(m: Measure) -> str:
        return f"{m.seconds:.0f} MiB" if "MiB" in m.note else f"{m.seconds:.2f} s"

    def target(m: Measure) -> str:
        if m.limit is None:
            return ""
        if "MiB" in m.note:
            return f"<= {m.limit:.0f} MiB"
        return f"<= {m.limit:g}x floor" if m.floor else f"<= {m.limit:g} s"

    lines = [SECTION, "",
             f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, {members} members, {platform.machine()} "
             f"{os.cpu_count()} cores (shared), Python {platform.python_version()}, median of {runs} runs per "
             f"measure, {wall:.0f} s in all. Floors are run in the same process run, alternating with the measure.",
             "", "| measure | UnionDesk | floor | ratio | target | verdict |", "| --- | --- | --- | --- | --- | --- |"]
    for m in measures:
        verdict = "" if m.met is None else ("met" if m.met else "MISSED")
        lines.append(f"| {m.name} | {figure(m)} | {f'{m.floor:.2f} s' if m.floor else ''} | "
                     f"{f'{m.ratio:.2f}x' if m.ratio else ''} | {target(m)} | {verdict} |")
    lines += ["", "Details:", ""]
    lines += [f"- {m.name}: {m.note}" for m in measures if m.note and "MiB" not in m.note]
    codes = {m.floor_code for m in measures if m.floor_code is not None}
    lines += ["", "The floors' code:", "", "```python"]
    for code in sorted(codes, key=lambda c: c.__name__):
        lines += [inspect.getsource(code).rstrip(), ""]
    lines += ["```", ""]
    return "\n".join(lines)


STEPS = ("start", "import", "export", "lists", "panes")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--only", default=",".join(STEPS), help="comma-separated: " + ", ".join(STEPS))
    parser.add_argument("--no-write", action="store_true", help="print, do not update RESULTS.md")
    parser.add_argument("--start-floor-child", help=argparse.SUPPRESS)
    parser.add_argument("--panes-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.start_floor_child:
        return start_floor_child(args.start_floor_child)
    if args.panes_child:
        return panes_child(args.panes_child)

    started = time.perf_counter()
    # As installed: bytecode compiled (this machine sets PYTHONDONTWRITEBYTECODE, and compiling
    # the program's 700 modules at every start would be timed as start-up).
    compileall.compile_dir(str(ROOT / "desktop"), quiet=1)
    db_path = demo_database(args.members)
    folder = Path(tempfile.mkdtemp(prefix="uniondesk-bench-"))
    steps = args.only.split(",")
    measures: list[Measure] = []
    try:
        for step, action in (("start", lambda: measure_start(db_path, args.runs)),
                             ("import", lambda: measure_import(db_path, args.rows, args.runs, folder)),
                             ("export", lambda: measure_export(db_path, args.runs, folder)),
                             ("lists", lambda: measure_lists(db_path, args.runs)),
                             ("panes", lambda: measure_panes(db_path))):
            if step in steps:
                done = action()
                for m in done:
                    print(f"{m.name}: {m.seconds:.2f} floor {m.floor or 0:.2f} ratio {m.ratio or 0:.2f} {m.note}",
                          flush=True)
                measures += done
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    text = report(measures, args.members, args.runs, time.perf_counter() - started)
    print(text)
    if not args.no_write:
        from bench.results import write_section

        write_section(SECTION, text)


if __name__ == "__main__":
    main()
