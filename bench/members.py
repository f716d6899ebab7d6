"""Member register benchmark on a 100 000-member demo database (issue: foundation).

Measures, with the raw SQL of the same queries on the same file as the floor (start-up is measured
by bench/run.py, beside its floor):
- search: per keystroke, the table model re-running its query and fetching the first screen of rows
  (p50/p95 over typed queries), against the same SQL through sqlite3;
- sort: by name and by join date, model vs raw SQL;
- memory: RSS of the benchmark process holding the model.
Targets (issue 2): p95 search <= 50 ms and <= 3x raw; RSS <= 300 MB.

    .venv/bin/python bench/members.py [--members 100000] [--runs 3]
Writes the figures to bench/RESULTS.md (replacing the "Members" section).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import resource
import sqlite3
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.domain.accounts.actor import LOCAL_ADMIN
from bench.results import write_section  # noqa: E402
from desktop.domain.members.search_keys import prefix_upper_bound, query_prefixes  # noqa: E402

VISIBLE_ROWS = 40
# What people type, one keystroke at a time (each prefix is one query).
TYPED = ["zhanghaisheng", "zhs", "wang", "李", "张海", "13812", "5678", "002x", "4600", "lxy", "海生"]
CURRENT = ("active", "retained")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def ensure_database(members: int) -> Path:
    from bench.run import demo_database  # the same cached demo as the other measures

    return demo_database(members)


def raw_search(connection: sqlite3.Connection, text: str) -> None:
    """The floor: the same filter, sort and first-screen fetch, written by hand against sqlite3."""
    conditions, params = ["deleted_at IS NULL", "status IN (?, ?)"], list(CURRENT)
    for prefixes in query_prefixes(text):
        ranges = " OR ".join("(term >= ? AND term < ?)" for _ in prefixes)
        conditions.append(f"id IN (SELECT member_id FROM member_search_terms WHERE {ranges})")
        for p in prefixes:
            params += [p, prefix_upper_bound(p)]
    where = " AND ".join(conditions)
    ids = [r[0] for r in connection.execute(f"SELECT id FROM members WHERE {where} ORDER BY name_sort, id", params)]
    connection.execute("SELECT count(*) FROM members WHERE deleted_at IS NULL").fetchone()
    first = ids[:VISIBLE_ROWS]
    connection.execute(f"SELECT * FROM members WHERE id IN ({','.join('?' * len(first))})", first).fetchall()


def raw_sort(connection: sqlite3.Connection, column: str) -> None:
    ids = [r[0] for r in connection.execute(
        f"SELECT id FROM members WHERE deleted_at IS NULL AND status IN (?, ?) ORDER BY {column}, id", CURRENT)]
    first = ids[:VISIBLE_ROWS]
    connection.execute(f"SELECT * FROM members WHERE id IN ({','.join('?' * len(first))})", first).fetchall()


def show_first_screen(model) -> None:
    for row in range(min(VISIBLE_ROWS, model.rowCount())):
        for column in range(model.columnCount()):
            model.data(model.index(row, column))


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    path = ensure_database(args.members)

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.domain.members.lifecycle import Status
    from desktop.domain.members.queries import MemberFilter, MemberQueries
    from desktop.models.member_table import COLUMNS, MemberTableModel
    from desktop.store.database import open_database

    app = QApplication.instance() or QApplication([])  # noqa: F841
    db = open_database(str(path))
    model = MemberTableModel(MemberQueries(db, LOCAL_ADMIN), "zh_CN")  # an officer sees full values
    current = frozenset({Status.ACTIVE, Status.RETAINED})
    model.set_filter(MemberFilter(statuses=current))
    raw = sqlite3.connect(path)

    model_ms, raw_ms = [], []
    for _ in range(args.runs):
        for word in TYPED:
            for end in range(1, len(word) + 1):
                prefix = word[:end]
                model_ms.append(timed(lambda: (model.update_filter(search=prefix), show_first_screen(model))))  # noqa: F821 - `del model` below
                raw_ms.append(timed(lambda: raw_search(raw, prefix)))
            model.update_filter(search="")

    sorts = {}
    keys = [c.key for c in COLUMNS]
    for label, key, column in (("name", "name", "name_sort"), ("join date", "join_date", "join_date")):
        m, r = [], []
        for _ in range(args.runs):
            for order in (Qt.DescendingOrder, Qt.AscendingOrder):
                m.append(timed(lambda: (model.sort(keys.index(key), order), show_first_screen(model))))  # noqa: F821
                r.append(timed(lambda: raw_sort(raw, column + (" DESC" if order == Qt.DescendingOrder else ""))))
        sorts[label] = (statistics.median(m), statistics.median(r))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    p50, p95 = percentile(model_ms, 0.5), percentile(model_ms, 0.95)
    r50, r95 = percentile(raw_ms, 0.5), percentile(raw_ms, 0.95)
    verdict = lambda ok: "met" if ok else "MISSED"  # noqa: E731
    lines = [
        "## Members (bench/members.py)",
        "",
        f"{dt.date.today().isoformat()}, {args.members} members, {platform.machine()} "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, {args.runs} runs, "
        f"{len(model_ms)} search keystrokes.",
        "",
        "| measure | UnionDesk | raw SQL (floor) | ratio | target | verdict |",
        "| --- | --- | --- | --- | --- | --- |",
        f"| search per keystroke p50 | {p50:.1f} ms | {r50:.1f} ms | {p50 / r50:.1f}x | | |",
        f"| search per keystroke p95 | {p95:.1f} ms | {r95:.1f} ms | {p95 / r95:.1f}x | <= 50 ms, <= 3x | "
        f"{verdict(p95 <= 50 and p95 <= 3 * r95)} |",
        *(f"| sort by {label} (median) | {m:.1f} ms | {r:.1f} ms | {m / r:.1f}x | | |" for label, (m, r) in sorts.items()),
        f"| RSS of this benchmark (model + queries) | {rss:.0f} MiB | | | <= 300 MiB | {verdict(rss <= 300)} |",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    write_section("## Members (bench/members.py)", report)
    del model  # before the QApplication goes: PySide6 aborts at exit the other way round
    db.close()


if __name__ == "__main__":
    main()
