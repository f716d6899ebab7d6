"""The ruled table of every list on paper (rosters, sign-in sheets, later payment sheets).

Why not reportlab's Table: a 10 000-member roster must come out in a couple of seconds, and most of
the time in reportlab goes into setting up one text object per cell. This table lays out every cell
once (wrapped lines, row heights), splits across pages with the header row repeated, and draws
each page's text in one text object and its rules in one path. Cells wrap instead of overflowing;
an empty cell is simply blank. A `tail` (the 制表人/审核人 line) is kept on the page of the last row,
so it never stands alone on a page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop.documents.shared.fonts import SANS
from desktop.documents.shared.text import wrap


@dataclass(frozen=True)
class GridColumn:
    label: str
    width: float            # natural width in points; columns are scaled together to the frame
    align: str = "left"     # "left", "center" or "right"
    nowrap: bool = False    # numbers and dates: as wide as their longest text, never broken


@dataclass(frozen=True)
class GridStyle:
    font: str = SANS
    size: float = 9.5
    leading: float = 12
    padding: float = 2.5
    min_row_height: float = 0        # sign-in sheets leave room to sign
    header_fill: float = 0.88        # grey level of the header row
    line_width: float = 0.5


def unit_widths(columns: Sequence[GridColumn], rows: Sequence[Sequence[str]], font: str) -> list[float]:
    """Width of the longest text of each nowrap column at 1 pt (text width scales with the size);
    0 for columns that wrap."""
    result = []
    for i, column in enumerate(columns):
        if column.nowrap:
            longest = max((stringWidth(row[i] or "", font, 1) for row in rows), default=0.0)
            result.append(longest)
        else:
            result.append(0.0)
    return result


def column_widths(columns: Sequence[GridColumn], units: Sequence[float], style: GridStyle,
                  width: float) -> tuple[list[float], bool]:
    """Widths filling `width`: nowrap columns get their longest text (at least their scaled
    natural width), the wrapping columns share the rest by their natural widths. The flag is False
    when that would leave the wrapping columns under half their natural width; the widths are then
    simply proportional and long numbers wrap too."""
    natural = sum(c.width for c in columns)
    scale = min(1.0, width / natural)
    fixed = [max(u * style.size + 2 * style.padding + 0.5, c.width * scale) if c.nowrap else 0.0
             for c, u in zip(columns, units)]
    flexible = sum(c.width for c in columns if not c.nowrap)
    rest = width - sum(fixed)
    if rest < 0 or (flexible and rest < flexible * 0.5):
        return [c.width * width / natural for c in columns], False
    if not flexible:
        return [f * width / sum(fixed) for f in fixed], True
    return [f if c.nowrap else c.width * rest / flexible for c, f in zip(columns, fixed)], True


class _CellText:
    """All the cell text of one page as one PDF text object, written directly.

    reportlab's textOut measures every string to move a cursor this table never uses and splits
    every string into font subsets again; here each distinct string ("男", "生产一车间", a date) is
    split once per document. It emits what reportlab's TextObject emits for a TrueType font
    (Tm, Tf on a subset change, Tj), through the same subset bookkeeping (splitString,
    getSubsetInternalName), so the fonts are embedded and subset exactly as usual."""

    def __init__(self, canvas: Canvas, font_name: str, size: float):
        self._canvas = canvas
        self._font = getFont(font_name)
        self._doc = canvas._doc
        self._tf = f"{fp_str(size)} Tf"
        self._cache: dict[str, list[tuple[int, str]]] = self._doc.__dict__.setdefault(
            f"_uniondesk_cells_{font_name}", {})
        self._subset: int | None = None
        self._code = ["BT"]

    def put(self, x: float, y: float, text: str) -> None:
        runs = self._cache.get(text)
        if runs is None:
            escape = self._canvas._escape
            runs = [(subset, f"({escape(chunk)}) Tj") for subset, chunk in self._font.splitString(text, self._doc)]
            self._cache[text] = runs
        code = self._code
        code.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        for subset, shown in runs:
            if subset != self._subset:
                code.append(f"{self._font.getSubsetInternalName(subset, self._doc)} {self._tf}")
                self._subset = subset
            code.append(shown)

    def finish(self) -> None:
        self._code.append("ET")
        self._canvas._code.append("\n".join(self._code))


class _Layout:
    """Column widths and every cell's lines, computed once for a frame width and shared by the
    pieces the table is split into."""

    def __init__(self, columns: Sequence[GridColumn], rows: Sequence[Sequence[str]], style: GridStyle,
                 width: float, max_row_height: float, units: Sequence[float] | None = None):
        self.width = width
        units = units if units is not None else unit_widths(columns, rows, style.font)
        self.widths, _ = column_widths(columns, units, style, width)
        inner = [w - 2 * style.padding for w in self.widths]
        self.header_lines = [wrap(c.label, w, style.font, style.size, phrases=True) for c, w in zip(columns, inner)]
        self.header_height = self._height(max(len(lines) for lines in self.header_lines), style, 0)
        max_lines = max(1, int((max_row_height - 2 * style.padding) // style.leading))
        self.lines: list[list[list[str]]] = []
        self.heights: list[float] = []
        seen: list[dict[str, list[str]]] = [{} for _ in inner]  # repeated values wrap once per column
        for row in rows:
            cells = []
            for text, w, cache in zip(row, inner, seen):
                lines = cache.get(text)
                if lines is None:
                    lines = cache[text] = wrap(text or "", w, style.font, style.size, phrases=True)[:max_lines]
                cells.append(lines)
            self.lines.append(cells)
            self.heights.append(self._height(max(len(c) for c in cells), style, style.min_row_height))
        self.tops = [0.0]  # running sums: the height of any run of rows without re-adding them per page
        for height in self.heights:
            self.tops.append(self.tops[-1] + height)

    def rows_height(self, start: int, end: int) -> float:
        return self.tops[end] - self.tops[start]

    @staticmethod
    def _height(line_count: int, style: GridStyle, minimum: float) -> float:
        return max(line_count * style.leading + 2 * style.padding, minimum)


class GridTable(Flowable):
    def __init__(self, columns: Sequence[GridColumn], rows: Sequence[Sequence[str]],
                 style: GridStyle = GridStyle(), tail: Flowable | None = None, max_row_height: float = 200,
                 units: Sequence[float] | None = None, _layout: _Layout | None = None,
                 _span: tuple[int, int] | None = None):
        super().__init__()
        self.columns = list(columns)
        self.rows = rows
        self.style = style
        self.tail = tail
        self.max_row_height = max_row_height
        self._units = units  # unit_widths(), when the caller has measured them already
        self._layout = _layout
        self._start, self._end = _span or (0, len(rows))

    def _ensure_layout(self, width: float) -> _Layout:
        if self._layout is None or abs(self._layout.width - width) > 0.01:
            self._layout = _Layout(self.columns, self.rows, self.style, width, self.max_row_height, self._units)
        return self._layout

    def _tail_height(self, width: float, height: float) -> float:
        return self.tail.wrap(width, height)[1] if self.tail is not None else 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        layout = self._ensure_layout(available_width)
        self.width = available_width
        self.height = (layout.header_height + layout.rows_height(self._start, self._end)
                       + self._tail_height(available_width, available_height))
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        layout = self._ensure_layout(available_width)
        room = available_height - layout.header_height
        fit, used = self._start, 0.0
        while fit < self._end and used + layout.heights[fit] <= room:
            used += layout.heights[fit]
            fit += 1
        if fit == self._end:  # every row fits but the tail does not: take a row along with it
            fit -= 1
        if fit <= self._start:
            return []
        return [self._piece(self._start, fit, None), self._piece(fit, self._end, self.tail)]

    def _piece(self, start: int, end: int, tail: Flowable | None) -> GridTable:
        return GridTable(self.columns, self.rows, self.style, tail, self.max_row_height, self._units, self._layout,
                         (start, end))

    def draw(self) -> None:
        layout, style, canvas = self._layout, self.style, self.canv
        assert layout is not None
        tail_height = self.height - layout.header_height - layout.rows_height(self._start, self._end)
        top = self.height
        bottom = tail_height
        xs = [0.0]
        for w in layout.widths:
            xs.append(xs[-1] + w)

        canvas.saveState()
        canvas.setFillGray(style.header_fill)
        canvas.rect(0, top - layout.header_height, self.width, layout.header_height, stroke=0, fill=1)
        canvas.setFillGray(0)

        text = _CellText(canvas, style.font, style.size)
        ascent = style.size * 0.88  # baseline below the top of a line (CJK faces sit high)
        rules = canvas.beginPath()
        y = top
        rows = [(layout.header_lines, layout.header_height, True)]
        rows += [(layout.lines[i], layout.heights[i], False) for i in range(self._start, self._end)]
        for cells, height, is_header in rows:
            line_count = max(len(c) for c in cells)
            text_top = y - (height - line_count * style.leading) / 2  # centred in a tall row
            for column, (lines, x) in enumerate(zip(cells, xs)):
                align = "center" if is_header else self.columns[column].align
                inner = layout.widths[column] - 2 * style.padding
                first = text_top - ascent - (style.leading - style.size) / 2
                if is_header:  # header labels are centred vertically on their own
                    first -= (line_count - len(lines)) * style.leading / 2
                for n, line in enumerate(lines):
                    if not line:
                        continue
                    offset = style.padding
                    if align != "left":
                        spare = inner - stringWidth(line, style.font, style.size)
                        offset += spare / 2 if align == "center" else spare
                    text.put(x + offset, first - n * style.leading, line)
            y -= height
            rules.moveTo(0, y)
            rules.lineTo(self.width, y)
        rules.moveTo(0, top)
        rules.lineTo(self.width, top)
        for x in xs:
            rules.moveTo(x, top)
            rules.lineTo(x, bottom)
        canvas.setLineWidth(style.line_width)
        canvas.drawPath(rules, stroke=1, fill=0)
        text.finish()
        canvas.restoreState()
        if self.tail is not None:
            self.tail.wrapOn(canvas, self.width, tail_height)
            self.tail.drawOn(canvas, 0, 0)
