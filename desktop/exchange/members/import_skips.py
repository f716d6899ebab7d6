"""Which rows of a roster sheet are not members: blank rows, totals and notes, the column names
repeated on every printed page, titles and department headings (一车间 alone on its line, which
also names the department of the members under it)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.exchange.shared.headers import field_for, is_end_row
from desktop.exchange.shared.reading import Row
from desktop.messages import QT_TRANSLATE_NOOP, Message, Translate

if TYPE_CHECKING:
    from desktop.exchange.members.import_rows import RowReader


@dataclass(frozen=True)
class Skipped:
    """A row that is not a member: blank, a total, a note, a repeated header, a title line."""

    row: int
    kind: str
    sheet: str = ""

    def as_json(self, translate: Translate | None = None) -> dict[str, Any]:
        found = {"row": self.row, "reason": SKIP_REASONS[self.kind].render(translate), "kind": self.kind}
        if self.sheet:
            found["sheet"] = self.sheet
        return found


SKIP_REASONS: dict[str, Message] = {
    "blank": QT_TRANSLATE_NOOP("Import", "blank row"),
    "total": QT_TRANSLATE_NOOP("Import", "total or note row"),
    "header": QT_TRANSLATE_NOOP("Import", "the column names repeated (a printed page's header)"),
    "title": QT_TRANSLATE_NOOP("Import", "a title or heading line, not a member"),
    "same_member": QT_TRANSLATE_NOOP(
        "Import", "the same member as another one under another ID number (decided when importing)"),
}





# How department headings end (一车间, 财务部, 机修班, 第二分会); a name alone on a line is a member
# without an ID number instead, and is rejected saying so.
_HEADING_END = re.compile(r"(车间|部|处|班组|班|组|队|分会|工段|中心|科室|办公室|分厂|厂|公司)$")
_PAGE_MARKER = re.compile(r"^(第\s*\d+\s*页|共\s*\d+\s*页|page\s*\d+)", re.IGNORECASE)


def _is_page_marker(row: Row) -> bool:
    cells_ = [c for c in row if c not in (None, "")]
    return len(cells_) == 1 and isinstance(cells_[0], str) and bool(_PAGE_MARKER.match(cells_[0].strip()))


_NOT_A_HEADING = re.compile(r"^(第\s*\d+\s*页|共\s*\d+\s*页|page\s*\d+|\d+)$|[:：]", re.IGNORECASE)


def department_heading(row: Row) -> str:
    """The text of a one-cell line that names a department (一车间, 财务部), not a page number or note."""
    cells_ = [c for c in row if c not in (None, "")]
    if len(cells_) != 1 or not isinstance(cells_[0], str):
        return ""
    text = cells_[0].strip()
    return text if 0 < len(text) <= 30 and not _NOT_A_HEADING.search(text) else ""



def _is_member_row(row: Row, reader: RowReader) -> bool:
    return any(reader.cell(row, f) not in (None, "") for f in ("name", "id_number"))


def _non_empty(row: Row) -> int:
    # Counted in C (every row of the sheet passes here): the cells that are neither None nor "".
    return len(row) - row.count(None) - row.count("")


def _is_repeated_header(row: Row, reader: RowReader) -> bool:
    """A printed roster repeats its column names on every page. (Only a row whose ID cell holds no
    digit can be one: most rows are answered without comparing header words.)"""
    id_cell = reader.cell(row, "id_number")
    if id_cell is not None and not (isinstance(id_cell, str) and not any(c.isdigit() for c in id_cell)):
        return False
    return field_for(reader.cell(row, "name")) == "name" or field_for(id_cell) == "id_number"


def skip_kind(row: Row, reader: RowReader, after_end: bool) -> str | None:
    """Why this row is not a member (None when it may be one)."""
    filled = _non_empty(row)
    if filled == 0:
        return "blank"
    if is_end_row(row):
        return "total"
    if _is_repeated_header(row, reader):
        return "header"
    if filled == 1 and (department_heading(row) and _HEADING_END.search(department_heading(row))
                                 or _is_page_marker(row)):
        return "title"       # 一车间 or 第1页 alone on its line, even in the name column
    if not _is_member_row(row, reader):
        if after_end:
            return "total"
        if filled < 2:
            return "title"
    return None
