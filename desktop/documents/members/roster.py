"""会员花名册: the member roster as the parent union and the notice board expect it — title with
the union's name, the date it is as of and the head count, the chosen columns with 序号 first,
an optional 签名 column, and 制表人/审核人/日期 under the last row.

Portrait when the columns fit an A4 portrait page, landscape otherwise.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

from reportlab.lib.units import mm

from desktop.documents.shared.fonts import SANS, register_fonts
from desktop.documents.shared.grid import GridColumn, GridStyle, GridTable, column_widths, unit_widths
from desktop.documents.shared.page import (
    TABLE_LANDSCAPE, TABLE_PORTRAIT, CaptionLine, Furniture, PageLayout, SignatureLine, Title, render,
)
from desktop.documents.shared.text import blank_date, chinese_date

SERIAL_WIDTH_MM = 10
SIGNATURE_WIDTH_MM = 26
SIZES = (9.5, 8.5, 7.5, 6.5)  # tried in turn until the columns fit


@dataclass(frozen=True)
class RosterColumn:
    label: str
    width_mm: float          # natural width; the table is stretched or squeezed to the page
    align: str = "left"
    nowrap: bool = False     # dates, numbers: never broken across lines


@dataclass(frozen=True)
class Roster:
    union_name: str
    columns: tuple[RosterColumn, ...]
    rows: tuple[tuple[str, ...], ...]       # one text per column; "" for a missing value
    as_of: dt.date
    title: str = "会员花名册"
    signature_column: bool = False
    masked_ids: bool = True                 # says so on the paper, so nobody mistakes the stars
    note: str = ""                          # which members: e.g. "部门：生产部"
    orientation: str = "auto"               # "auto" (by width), "portrait" or "landscape"


def is_landscape(roster: Roster) -> bool:
    return layout_for(_grid_columns(roster), roster.orientation).landscape


def _grid_columns(roster: Roster) -> list[GridColumn]:
    columns = [GridColumn("序号", SERIAL_WIDTH_MM * mm, "center", nowrap=True)]
    columns += [GridColumn(c.label, c.width_mm * mm, c.align, c.nowrap) for c in roster.columns]
    if roster.signature_column:
        columns.append(GridColumn("签名", SIGNATURE_WIDTH_MM * mm))
    return columns


def layout_for(columns: Sequence[GridColumn], orientation: str = "auto") -> PageLayout:
    """Portrait if the natural widths fit its frame, else landscape (squeezed further if needed);
    or the orientation the user chose."""
    if orientation in ("portrait", "landscape"):
        return TABLE_PORTRAIT if orientation == "portrait" else TABLE_LANDSCAPE
    natural = sum(c.width for c in columns)
    return TABLE_PORTRAIT if natural <= TABLE_PORTRAIT.frame_width else TABLE_LANDSCAPE


def _style_that_fits(columns: list[GridColumn], units: list[float], layout: PageLayout,
                     signature_column: bool) -> GridStyle:
    """The largest text size at which ID numbers, phones and dates stay on one line."""
    for size in SIZES:
        style = GridStyle(size=size, leading=size * 1.3, padding=min(2.5, size * 0.28),
                          min_row_height=9 * mm if signature_column else 0)
        if column_widths(columns, units, style, layout.frame_width)[1]:
            return style
    return style


def _parts(roster: Roster) -> tuple[list[GridColumn], list[tuple[str, ...]], PageLayout, str, list[str]]:
    """What the PDF and the Word copy share: columns, rows, page, title and captions."""
    columns = _grid_columns(roster)
    layout = layout_for(columns, roster.orientation)
    extra = ("",) if roster.signature_column else ()
    rows = [(str(n),) + tuple(row) + extra for n, row in enumerate(roster.rows, start=1)]
    title = f"{roster.union_name}{roster.title}" if roster.union_name else roster.title
    captions = [
        f"填报单位：{roster.union_name}" if roster.union_name else "",
        roster.note,
        "身份证号码已部分隐藏" if roster.masked_ids else "",
        f"截至{chinese_date(roster.as_of)}  共 {len(rows)} 人",
    ]
    return columns, rows, layout, title, captions


def roster_pdf(roster: Roster) -> bytes:
    register_fonts()  # text is measured before the page template would register them
    columns, rows, layout, title, captions = _parts(roster)
    units = unit_widths(columns, rows, SANS)
    style = _style_that_fits(columns, units, layout, roster.signature_column)
    tail = SignatureLine([("制表人", ""), ("审核人", ""), ("日期", blank_date())])
    story = [
        Title(title, size=18, space_after=4 * mm),
        CaptionLine(captions),
        GridTable(columns, rows, style, tail=tail, max_row_height=layout.frame_height / 3, units=units),
    ]
    furniture = Furniture.of_union(roster.union_name, roster.title, title)
    return render(story, layout, furniture)


def roster_docx(roster: Roster) -> bytes:
    """The roster as an editable Word/WPS table (same columns, rows and orientation)."""
    from desktop.documents.shared.word import WordTable, grid_word_columns, table_docx

    register_fonts()
    columns, rows, layout, title, captions = _parts(roster)
    units = unit_widths(columns, rows, SANS)
    style = _style_that_fits(columns, units, layout, roster.signature_column)
    widths, _ = column_widths(columns, units, style, layout.frame_width)
    return table_docx(WordTable(roster.union_name, title, ("　　".join(c for c in captions if c),),
                                grid_word_columns(columns, widths),
                                tuple(rows), layout.landscape, row_height_mm=9 if roster.signature_column else 0,
                                font_size=style.size))
