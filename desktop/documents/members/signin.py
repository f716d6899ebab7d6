"""签到表: the sign-in sheet for a meeting or activity — the list of people expected (or blank
rows), a tall row for each signature, and the organiser's and checker's lines. Reimbursing an
activity needs the signed list of participants (docs/domain.md, "Activities")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from reportlab.lib.units import mm

from desktop.documents.shared.fonts import register_fonts
from desktop.documents.shared.grid import GridColumn, GridStyle, GridTable
from desktop.documents.shared.page import TABLE_PORTRAIT, CaptionLine, Furniture, SignatureLine, Title, render
from desktop.documents.shared.text import blank_date, chinese_date

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
    meeting: str = ""                    # 会议（活动）名称; "" leaves a blank to fill in
    time: str = ""                       # 上午9:00 / 14:30—16:00; "" leaves a blank


# Room to write by hand after a caption: five ideographic spaces, over 15 mm at 11 pt.
BLANK = "\u3000" * 5
MIN_ROW_HEIGHT = 7 * mm     # still room for a signature: 30 rows and the captions fit on one A4 page
ONE_PAGE_ROWS = 30


def captions(sheet: SignInSheet) -> list[list[str]]:
    """Two caption lines: meeting and head count, then date and time and place."""
    expected = f"应到 {len(sheet.entries)} 人　实到{BLANK}人" if sheet.entries else f"实到{BLANK}人"
    when = chinese_date(sheet.date) if sheet.date else blank_date()
    return [
        [f"会议名称：{sheet.meeting or BLANK * 4}", expected],
        [f"时间：{when}{(' ' + sheet.time) if sheet.time else chr(0x3000) * 4}", f"地点：{sheet.place or BLANK * 2}"],
    ]


def _row_height(flowables: list, rows: int, style: GridStyle) -> float:
    """10 mm a row; a sheet of up to 30 rows gets lower rows (down to 7 mm) so it stays on one page."""
    if not 0 < rows <= ONE_PAGE_ROWS:
        return ROW_HEIGHT
    width, height = TABLE_PORTRAIT.frame_width, TABLE_PORTRAIT.frame_height
    used = sum(f.wrap(width, height)[1] for f in flowables) + style.leading + 2 * style.padding
    return max(MIN_ROW_HEIGHT, min(ROW_HEIGHT, (height - used - 2) / rows))  # 2 pt for rounding


def _parts(sheet: SignInSheet) -> tuple[list[tuple[str, ...]], list, SignatureLine, GridStyle]:
    """What the PDF and the Word copy share: the rows, the heading, the signature line and the
    table style with its row height."""
    rows = [(str(n), e.name, e.department, "", e.note) for n, e in enumerate(sheet.entries, start=1)]
    rows += [(str(n), "", "", "", "") for n in range(len(rows) + 1, len(rows) + sheet.blank_rows + 1)]
    tail = SignatureLine([("组织人", ""), ("审核人", ""), ("日期", blank_date())], space_before=4 * mm)
    first, second = captions(sheet)
    heading = [Title(sheet.title, size=20, space_after=3 * mm), CaptionLine(first, size=11, space_after=1 * mm),
               CaptionLine(second, size=11)]
    style = GridStyle(size=11, leading=14)
    style = replace(style, min_row_height=_row_height(heading + [tail], len(rows), style))
    return rows, heading, tail, style


def signin_pdf(sheet: SignInSheet) -> bytes:
    register_fonts()  # text is measured before the page template would register them
    rows, heading, tail, style = _parts(sheet)
    story = heading + [GridTable(COLUMNS, rows, style, tail=tail, max_row_height=TABLE_PORTRAIT.frame_height / 3)]
    furniture = Furniture.of_union(sheet.union_name, sheet.title)
    return render(story, TABLE_PORTRAIT, furniture)


def signin_docx(sheet: SignInSheet) -> bytes:
    """The sign-in sheet as an editable Word/WPS table, rows as tall as on the PDF."""
    from desktop.documents.shared.word import WordTable, grid_word_columns, table_docx

    register_fonts()
    rows, _, _, style = _parts(sheet)
    return table_docx(WordTable(sheet.union_name, sheet.title, tuple("　　".join(line) for line in captions(sheet)),
                                grid_word_columns(COLUMNS), tuple(rows), signatures=("组织人", "审核人"),
                                row_height_mm=style.min_row_height * 25.4 / 72 - 0.3, font_size=11))
