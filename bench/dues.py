"""Dues, funds and audit lists on a 100 000-member demo database (issue 23: big unions at floor speed).

Each list is timed from the domain call to its rows in hand (what a pane shows first), as the median
of the runs, next to a floor measured in the same run on the same file: one plain SQL aggregate over
the payment lines a list covers, through sqlite3 (a year's lines for the month and year lists and
the funds ledger, every line for the overdue list). Target: every list <= 1 s at 100 000 members.
Also timed: what keeping the dues owed costs (one member's rows after a change, every member's rows
after a rate change), each in a transaction rolled back, so the file is left as it was.

    .venv/bin/python bench/dues.py [--db FILE | --members 100000] [--runs 3] [--write]
With --write the figures replace the "Dues" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import inspect
import os
import platform
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.domain.accounts.actor import LOCAL_ADMIN  # noqa: E402
from desktop.domain.audit.queries import AuditQueries  # noqa: E402
from desktop.domain.dues.queries import DuesFilter, DuesQueries  # noqa: E402
from desktop.domain.dues.rules import Period  # noqa: E402
from desktop.domain.funds.queries import FundsQueries, year_span  # noqa: E402
from desktop.store.database import open_database  # noqa: E402

HEADING = "## Dues (bench/dues.py)"
TARGET_S = 1.0


def seconds(action) -> tuple[float, float]:
    """(wall, CPU) seconds: SQLite runs in this process, so CPU time counts the SQL too, and it is
    what stays comparable on a machine shared with other work."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def floors(path: Path, year: int) -> dict[str, tuple[float, float]]:
    """Plain aggregates over the payment lines, by hand through sqlite3 (the file's own indexes)."""
    with sqlite3.connect(path) as connection:
        def run(sql: str, *params):
            return lambda: connection.execute(sql, params).fetchall()
        return {
            "year": seconds(run("SELECT member_id, SUM(amount) FROM dues_payments WHERE year = ? "
                                "GROUP BY member_id", year)),
            "all": seconds(run("SELECT member_id, SUM(amount) FROM dues_payments GROUP BY member_id")),
        }


def lists(db, today: dt.date) -> dict[str, tuple[tuple[float, float], int]]:
    dues = DuesQueries(db, LOCAL_ADMIN, today=today)
    month, year = Period.of(today), today.year
    found: dict[str, tuple[tuple[float, float], int]] = {}

    def timed(name: str, action) -> None:
        box = []
        found[name] = (seconds(lambda: box.append(action())), len(box[0]))

    timed("dues month list", lambda: dues.rows(DuesFilter(month, month)))
    timed("dues year list", lambda: dues.rows(DuesFilter(Period(year, 1), Period(year, 12))))
    if "limit" in inspect.signature(dues.rows).parameters:   # absent before issue 23
        timed("dues year list, first 100 rows by name",
              lambda: dues.rows(DuesFilter(Period(year, 1), Period(year, 12)), limit=100))
        timed("dues year list, first 100 rows by balance",
              lambda: dues.rows(DuesFilter(Period(year, 1), Period(year, 12)), sort="balance", limit=100))
    timed("overdue list (dues arrears)", dues.arrears)
    timed("funds ledger, year", lambda: FundsQueries(db, LOCAL_ADMIN).ledger(*year_span(year)))
    audit = AuditQueries(db, LOCAL_ADMIN)
    timed("audit log list (ids, first 100 rows)", lambda: (lambda ids: ids + list(audit.rows(ids[:100])))(audit.ids()))
    return found


def keeping(db) -> dict[str, tuple[float, float]]:
    """What keeping the dues owed costs, rolled back (absent before the table existed)."""
    try:
        from desktop.domain.dues import kept
    except ImportError:
        return {}
    with db.session() as session:
        member = session.execute(kept.KEPT.select().limit(1)).first().member_id
        found = {"rows of one member after a change (refresh)": seconds(lambda: kept.refresh(session, [member])),
                 "rows of every member (rate change, migration)": seconds(lambda: kept.rebuild(session))}
        session.rollback()
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="a demo database (default: bench/dues-N.sqlite3, created if missing)")
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="write the figures to bench/RESULTS.md")
    args = parser.parse_args()
    path = Path(args.db) if args.db else ROOT / "bench" / f"dues-{args.members}.sqlite3"
    if not path.exists():
        from desktop.demo.generator import create_demo_database
        create_demo_database(str(path), members=args.members, seed=1)
    db = open_database(str(path))
    today = dt.date.today()
    runs = [(floors(path, today.year), lists(db, today)) for _ in range(args.runs)]
    costs = keeping(db)
    db.close()
    def median(values, which: int) -> float:
        return statistics.median(v[which] for v in values)

    floor = {k: (median([r[0][k] for r in runs], 0), median([r[0][k] for r in runs], 1)) for k in ("year", "all")}
    lines = [HEADING, "",
             f"{today}, {path.name}, {platform.machine()} {platform.python_version()}, median of {args.runs} runs, "
             f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores. Floor: one plain SQL aggregate over "
             "the payment lines (a year's; all of them for the overdue list), same file, same run. "
             "Wall and CPU seconds; the ratio is of CPU (stable on a shared machine).", "",
             "| list | rows | wall | CPU | floor wall / CPU | CPU ratio | target (wall) | verdict |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name in runs[0][1]:
        wall, cpu = median([r[1][name][0] for r in runs], 0), median([r[1][name][0] for r in runs], 1)
        base = floor["all"] if name.startswith("overdue") else floor["year"]
        verdict = "met" if wall <= TARGET_S else "MISSED"
        lines.append(f"| {name} | {runs[0][1][name][1]} | {wall:.2f} s | {cpu:.2f} s | {base[0]:.2f} / {base[1]:.2f} s "
                     f"| {cpu / base[1]:.1f}x | <= {TARGET_S:.0f} s | {verdict} |")
    for name, (wall, cpu) in costs.items():
        lines.append(f"| {name} | | {wall:.2f} s | {cpu:.2f} s | | | | |")
    report = "\n".join(lines) + "\n"
    print(report)
    if args.write:
        from bench.results import write_section
        write_section(HEADING, report)


if __name__ == "__main__":
    main()
