"""Spreadsheet exchange benchmark (issue 4), each side by side with bare openpyxl in the same run:
The baseline is openpyxl, which the issue names; UnionDesk itself reads with python-calamine and
writes with XlsxWriter (see desktop/exchange/shared/reading.py and xlsx_writer.py).
- import: a 10 000-row roster .xlsx through the whole import (open, find header, map, normalize,
  validate, check duplicates against the register, one-transaction insert with search terms and
  audit records) vs a bare openpyxl read-only read of the same file; target <= 2x;
- export: 100 000 members through the "roster" profile (query, labels, dates, write-only xlsx,
  audit record) vs a bare write-only openpyxl write of the same cells; target <= 1.3x.

    .venv/bin/python bench/exchange.py [--rows 10000] [--members 100000]
Writes the figures to bench/RESULTS.md (replacing only the "Exchange" section).
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.results import write_section  # noqa: E402
from desktop.demo.generator import create_demo_database  # noqa: E402
from desktop.domain.accounts.actor import LOCAL_ADMIN  # noqa: E402
from desktop.domain.members.queries import MemberFilter, MemberQueries  # noqa: E402
from desktop.store.database import open_database  # noqa: E402

SECTION = "## Exchange (bench/exchange.py)"
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国海生玉兰志强红梅晓东春燕"


def id_number(birth: dt.date, sequence: int) -> str:
    first17 = f"110105{birth:%Y%m%d}{sequence:03d}"
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, _WEIGHTS)) % 11]


def make_roster(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    rng = random.Random(4)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("会员名册")
    sheet.append(["某某公司工会会员名册"])
    sheet.append(["填报单位：某某公司工会", None, None, None, None, "日期：2024年5月"])
    sheet.append(["序号", "姓名", "性别", "出生日期", "民族", "身份证号码", "手机", "学历", "政治面貌", "部门", "班组",
                  "岗位", "入会时间", "籍贯", "备注"])
    seen = set()
    for n in range(rows):
        while True:
            birth = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 40))
            seq = rng.randrange(1, 999)
            if (birth, seq) not in seen:
                seen.add((birth, seq))
                break
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        sheet.append([n + 1, name, "男" if seq % 2 else "女", birth, rng.choice(["汉族", "汉", "01", "回族"]),
                      id_number(birth, seq), f"13{rng.randrange(10 ** 8, 10 ** 9)}", rng.choice(["本科", "大专", "高中"]),
                      rng.choice(["党员", "群众", "共青团员"]), rng.choice(["财务部", "一车间", "二车间", "质检部"]),
                      "甲班", "操作工", f"{rng.randrange(2000, 2024)}.{rng.randrange(1, 13):02d}", "湖北省", None])
    sheet.append(["合计", None, f"{rows}人"])
    book.save(path)


def bare_read(path: Path) -> float:
    from openpyxl import load_workbook

    start = time.perf_counter()
    book = load_workbook(path, read_only=True, data_only=True)
    for _ in book["会员名册"].iter_rows(values_only=True):
        pass
    book.close()
    return time.perf_counter() - start


def full_import(path: Path, folder: Path) -> tuple[float, dict[str, float], int]:
    from desktop.exchange.members import importing
    from desktop.exchange.members.import_plan import ImportOptions

    db = open_database(str(folder / f"import-{time.time_ns()}.sqlite3"))
    phases = {}
    start = time.perf_counter()
    loaded = importing.load(path)
    phases["read"] = time.perf_counter() - start
    mark = time.perf_counter()
    plan = importing.plan(db, LOCAL_ADMIN, loaded, importing.mapping_for(loaded.headers, None), ImportOptions())
    phases["plan (normalize, validate, duplicates)"] = time.perf_counter() - mark
    mark = time.perf_counter()
    outcome = importing.run(db, LOCAL_ADMIN, plan)
    phases["write (one transaction)"] = time.perf_counter() - mark
    total = time.perf_counter() - start
    assert not plan.rejected, plan.rejected[:3]
    db.close()
    return total, phases, outcome.created


def export_rows(db) -> list[list]:
    """The very cells the roster export writes, built before the clock starts for the bare write."""
    from desktop.domain.members.export_rows import export_records
    from desktop.exchange.members.export import _Values
    from desktop.exchange.shared.profiles import profile

    roster = profile("roster")
    values = _Values(roster, "zh_CN", False, {"union_name": "", "unit_name": "", "today": ""})
    ids = MemberQueries(db, LOCAL_ADMIN).ids(MemberFilter())
    return [[values.cell(c, r, e, n + 1) for c in roster.columns]
            for n, (r, e) in enumerate(export_records(db, LOCAL_ADMIN, ids))]


def bare_write(rows: list[list], path: Path) -> float:
    from openpyxl import Workbook

    start = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("会员名册")
    for row in rows:
        sheet.append(row)
    book.save(path)
    return time.perf_counter() - start


def full_export(db, path: Path) -> tuple[float, int]:
    from desktop.exchange.members.export import ExportRequest, export_members

    start = time.perf_counter()
    outcome = export_members(db, LOCAL_ADMIN, ExportRequest("roster", path, full_ids=True))
    return time.perf_counter() - start, outcome.count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--members", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="uniondesk-bench-"))

    roster = folder / "roster.xlsx"
    make_roster(roster, args.rows)
    read = min(bare_read(roster) for _ in range(2))
    imported, phases, created = full_import(roster, folder)
    print(f"import {imported:.2f} s vs bare read {read:.2f} s; {phases}", flush=True)

    database = ROOT / "bench" / f"members-{args.members}.sqlite3"
    if not database.exists():
        create_demo_database(str(database), members=args.members, seed=1)
    db = open_database(str(database))
    rows = export_rows(db)
    write = bare_write(rows, folder / "bare.xlsx")
    exported, count = full_export(db, folder / "export.xlsx")
    print(f"export {exported:.2f} s vs bare write {write:.2f} s", flush=True)
    db.close()

    def verdict(ok: bool) -> str:
        return "met" if ok else "MISSED"

    report = "\n".join([
        SECTION,
        "",
        f"{dt.date.today().isoformat()}, {platform.python_implementation()} {platform.python_version()}, "
        f"{platform.machine()}, same run, same files. UnionDesk reads .xlsx with python-calamine and writes "
        "with XlsxWriter; the baseline is openpyxl (read-only read, write-only write), as the issue asks.",
        "",
        "| measure | UnionDesk | bare openpyxl | ratio | target | verdict |",
        "| --- | --- | --- | --- | --- | --- |",
        f"| import {created} rows of a roster .xlsx (15 columns) | {imported:.2f} s | {read:.2f} s (read-only read) | "
        f"{imported / read:.2f}x | <= 2x | {verdict(imported <= 2 * read)} |",
        *(f"| — {name} | {seconds:.2f} s | | | | |" for name, seconds in phases.items()),
        f"| export {count} members, roster profile (27 columns) | {exported:.2f} s | {write:.2f} s (write-only write) | "
        f"{exported / write:.2f}x | <= 1.3x | {verdict(exported <= 1.3 * write)} |",
        "",
    ])
    print(report)
    write_section(SECTION, report)


if __name__ == "__main__":
    main()
