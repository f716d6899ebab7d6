"""A workers' congress delegate list (代表名单: 代表团/组, 姓名, 单位) read from .xlsx, .xls or .csv
through the roster reader (sources.open_spreadsheet), for a vote's named list. Matching the names
to members is the votes area's business (VoteQueries.match_delegates)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.exchange.shared.cells import text_of
from desktop.exchange.shared.headers import header_key, is_end_row
from desktop.exchange.shared.reading import UnreadableFile, open_spreadsheet
from desktop.messages import QT_TRANSLATE_NOOP

SCAN_ROWS = 30  # the header is looked for in the first rows, under a title such as 第五届职代会代表名单
COLUMNS = {
    "group": ("代表团", "代表组", "代表团/组", "代表团（组）", "团组", "组别", "小组"),
    "name": ("姓名", "代表姓名"),
    "unit": ("单位", "工作单位", "所在单位", "部门", "车间/部门"),
}


@dataclass(frozen=True)
class DelegateLine:
    row: int        # the spreadsheet's row number (1-based), for messages
    group: str
    name: str
    unit: str


def _columns(row) -> dict[str, int]:
    keys = {field: {header_key(w) for w in words} for field, words in COLUMNS.items()}
    found = {}
    for index, cell in enumerate(row):
        key = header_key(text_of(cell))
        for field, words in keys.items():
            if key in words and field not in found:
                found[field] = index
    return found


def read_delegates(path: str | Path) -> list[DelegateLine]:
    """The delegates of the first sheet that has a 姓名 column, in file order."""
    book = open_spreadsheet(path)
    try:
        for sheet in book.sheet_names():
            rows = list(book.rows(sheet))
            for index, row in enumerate(rows[:SCAN_ROWS]):
                columns = _columns(row)
                if "name" in columns:
                    return _lines(rows, index, columns)
    finally:
        book.close()
    raise UnreadableFile(QT_TRANSLATE_NOOP(
        "Import", "No 姓名 column was found in {file}: the delegate list needs a header row with 姓名 (and "
        "代表团/组, 单位 if you have them).").format(file=Path(path).name))


def _lines(rows, header: int, columns: dict[str, int]) -> list[DelegateLine]:
    def cell(row, field: str) -> str:
        index = columns.get(field)
        return text_of(row[index]) if index is not None and index < len(row) else ""

    lines = []
    group = ""
    for number, row in enumerate(rows[header + 1:], start=header + 2):
        if is_end_row(row):
            break
        group = cell(row, "group") or group   # a merged 代表团 cell names only its first row
        name = "".join(cell(row, "name").split())
        if name:
            lines.append(DelegateLine(number, group, name, cell(row, "unit")))
    return lines
