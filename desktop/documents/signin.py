"""签到表: the sign-in sheet for a meeting or activity — the list of people expected (or blank
rows), a tall row for each signature, and the organiser's and checker's lines. Reimbursing an
activity needs the signed list of participants (docs/domain.md, "Activities")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm

from desktop.documents.fonts import register_fonts
from desktop.documents.grid import GridColumn, GridStyle, GridTable
from desktop.documents.page import TABLE_PORTRAIT, CaptionLine, Furniture, SignatureLine, Title, render
from desktop.documents.text import blank_date, chinese_date

COLUMNS = (
    GridColumn("序号", 12 * mm, "center"),
    GridColumn("姓名", 30 * mm),
    GridColumn("部门", 44 * mm),
    GridColumn("签名", 52 * mm),
    GridColumn("备注", 42 * mm),
)
ROW_HEIGHT = 10 * mm  # room for a handwritten name


@dataclass(frozen=True)
class SignInEntry:
    name: str
    department: str = ""
    note: str = ""


@dataclass(frozen=True)
class SignInSheet:
    union_name: str
    title: str = "签到表"
    date: dt.date | None = None          # None: a line to fill in by hand
    place: str = ""
    entries: tuple[SignInEntry, ...] = ()
    blank_rows: int = 0                  # extra empty rows (after the entries) for walk-ins


def signin_pdf(sheet: SignInSheet) -> bytes:
    register_fonts()  # text is measured before the page template would register them
    rows = [(str(n), e.name, e.department, "", e.note) for n, e in enumerate(sheet.entries, start=1)]
    rows += [(str(n), "", "", "", "") for n in range(len(rows) + 1, len(rows) + sheet.blank_rows + 1)]
    expected = f"应到 {len(sheet.entries)} 人  实到      人" if sheet.entries else "实到      人"
    captions = [
        f"时间：{chinese_date(sheet.date) if sheet.date else blank_date()}",
        f"地点：{sheet.place or '                    '}",
        expected,
    ]
    style = GridStyle(size=11, leading=14, min_row_height=ROW_HEIGHT)
    tail = SignatureLine([("组织人", ""), ("审核人", ""), ("日期", blank_date())])
    story = [
        Title(sheet.title, size=20, space_after=4 * mm),
        CaptionLine(captions, size=11),
        GridTable(COLUMNS, rows, style, tail=tail, max_row_height=TABLE_PORTRAIT.frame_height / 3),
    ]
    furniture = Furniture(header=sheet.union_name, header_right=sheet.title, title=sheet.title,
                          author=sheet.union_name)
    return render(story, TABLE_PORTRAIT, furniture)
