"""The page template every document is built on: A4 layouts, the furniture printed on every page
(the union's name at the top, "第 X 页 共 Y 页" at the bottom), and the pieces most documents share
(a heavy centred title, a line of captions under the title, 制表人/审核人/日期 signature lines).

The page count is only known at the end, so the canvas keeps every page until the document is
complete and then stamps "共 Y 页" on each (the usual reportlab two-pass canvas).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from enum import Enum
from functools import partial
from typing import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop.documents.shared.fonts import SANS, SERIF, register_fonts
from desktop.documents.shared.text import title_lines, wrap


@dataclass(frozen=True)
class PageLayout:
    """A4 in one orientation with its margins (points)."""

    landscape: bool = False
    top: float = 20 * mm
    bottom: float = 20 * mm
    left: float = 15 * mm
    right: float = 15 * mm

    @property
    def size(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4

    @property
    def frame_width(self) -> float:
        return self.size[0] - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.size[1] - self.top - self.bottom


# Tables (rosters, sign-in sheets, payment sheets): narrow margins, room for header and footer.
TABLE_PORTRAIT = PageLayout(False, top=20 * mm, bottom=20 * mm, left=15 * mm, right=15 * mm)
TABLE_LANDSCAPE = PageLayout(True, top=18 * mm, bottom=18 * mm, left=15 * mm, right=15 * mm)
# Notices (GB/T 9704-2012): top 37 mm, left 28 mm, text block 156 × 225 mm.
NOTICE = PageLayout(False, top=37 * mm, bottom=297 * mm - 37 * mm - 225 * mm, left=28 * mm,
                    right=210 * mm - 28 * mm - 156 * mm)
# Forms filled in by hand (registration form): even margins, room to punch and file.
FORM = PageLayout(False, top=18 * mm, bottom=18 * mm, left=20 * mm, right=18 * mm)


class PageNumbers(Enum):
    OF_TOTAL = "of_total"   # 第 X 页 共 Y 页 (tables and forms)
    DASH = "dash"           # — X — (official documents, GB/T 9704), outside edge of every page
    NONE = "none"


@dataclass(frozen=True)
class Furniture:
    """What is printed on every page outside the body, and the PDF's own title and author."""

    header: str = ""                  # usually the union's name, top left
    header_right: str = ""            # e.g. the document's title, top right
    numbers: PageNumbers = PageNumbers.OF_TOTAL
    title: str = ""
    author: str = ""

    @classmethod
    def of_union(cls, union_name: str, paper: str, pdf_title: str | None = None) -> "Furniture":
        """The usual paper's: the union's name top left, the paper's name top right, page x of y; the
        PDF titled `pdf_title` (the paper's name unless given) and authored by the union."""
        return cls(header=union_name, header_right=paper, title=paper if pdf_title is None else pdf_title,
                   author=union_name)


FURNITURE_SIZE = 9


class _PaperCanvas(Canvas):
    """Keeps each finished page until the end so that every page can say how many there are."""

    def __init__(self, *args, furniture: Furniture, layout: PageLayout, **kwargs):
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._layout = layout
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_furniture(number, total)
            super().showPage()
        super().save()

    def _draw_furniture(self, number: int, total: int) -> None:
        furniture, layout = self._furniture, self._layout
        width, height = layout.size
        self.saveState()
        self.setFont(SANS, FURNITURE_SIZE)
        self.setFillGray(0.25)
        header_y = height - layout.top + 5 * mm
        header, header_right = _fitted_header(furniture, layout.frame_width)
        if header:
            self.drawString(layout.left, header_y, header)
        if header_right:
            self.drawRightString(width - layout.right, header_y, header_right)
        if furniture.header or furniture.header_right:
            self.setStrokeGray(0.5)
            self.setLineWidth(0.4)
            self.line(layout.left, header_y - 2 * mm, width - layout.right, header_y - 2 * mm)
        footer_y = layout.bottom - 9 * mm
        if furniture.numbers is PageNumbers.OF_TOTAL:
            self.drawCentredString(width / 2, footer_y, f"第 {number} 页 共 {total} 页")
        elif furniture.numbers is PageNumbers.DASH:
            # GB/T 9704 §7.5: 4号 "— 1 —", the dash 7 mm under the type area; odd pages one
            # character in from the right edge, even pages one character in from the left
            self.setFont(SERIF, 14)
            number_y = layout.bottom - 7 * mm - 14 * 0.35
            label = f"— {number} —"
            if number % 2:
                self.drawRightString(width - layout.right - 14, number_y, label)
            else:
                self.drawString(layout.left + 14, number_y, label)
        self.restoreState()


def _fitted_header(furniture: Furniture, width: float) -> tuple[str, str]:
    """The header's left and right texts, never printing into each other: a right text that does
    not fit beside the union's name is left out (it repeats the title printed on the page), and a
    name longer than the line is cut with an ellipsis."""
    def text_width(text: str) -> float:
        return stringWidth(text, SANS, FURNITURE_SIZE)

    header, right = furniture.header, furniture.header_right
    gap = 2 * FURNITURE_SIZE
    if header and right and text_width(header) + gap + text_width(right) > width:
        right = ""
    while header and text_width(header) > width:
        header = header[:-2] + "…"
    return header, right


def render(story: list[Flowable], layout: PageLayout, furniture: Furniture = Furniture()) -> bytes:
    """The PDF of `story` on `layout`, with `furniture` on every page."""
    register_fonts()
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer, pagesize=layout.size, leftMargin=layout.left, rightMargin=layout.right,
        topMargin=layout.top, bottomMargin=layout.bottom, title=furniture.title,
        author=furniture.author, creator="UnionDesk 工会工作台", initialFontName=SANS, initialFontSize=10,
    )
    frame = Frame(layout.left, layout.bottom, layout.frame_width, layout.frame_height,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    document.addPageTemplates([PageTemplate("page", [frame])])
    document.build(story, canvasmaker=partial(_PaperCanvas, furniture=furniture, layout=layout))
    return buffer.getvalue()


class Title(Flowable):
    """A centred title in a heavy Song face (the body face drawn with a thin outline, standing in
    for the 小标宋 of official documents), broken at phrase boundaries onto balanced lines."""

    def __init__(self, text: str, size: float = 22, space_after: float = 6 * mm, font: str = SERIF):
        super().__init__()
        self.text, self.size, self.space_after, self.font = text, size, space_after, font
        self._lines: list[str] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self._lines = title_lines(self.text, available_width * 0.9, self.font, self.size)
        self.height = len(self._lines) * self.size * 1.45 + self.space_after
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(self.font, self.size)
        canvas.setLineWidth(self.size * 0.035)
        text = canvas.beginText()
        text.setTextRenderMode(2)  # fill and stroke: a bolder stroke from the regular face
        y = self.height - self.size * 1.1
        for line in self._lines:
            text.setTextOrigin((self.width - canvas.stringWidth(line, self.font, self.size)) / 2, y)
            text.textOut(line)
            y -= self.size * 1.45
        canvas.drawText(text)
        canvas.restoreState()


class CaptionLine(Flowable):
    """Small captions under a title, e.g. 填报单位：… 日期：… 共 N 人: spread over one line (first
    left, last right, the others between) when they fit with a clear gap; otherwise each is
    measured and they flow left to right onto as many lines as they need, a caption too long for a
    line wrapping at phrase boundaries. Captions never print over each other."""

    def __init__(self, parts: Sequence[str], size: float = 10.5, font: str = SANS, space_after: float = 3 * mm):
        super().__init__()
        self.parts = [p for p in parts if p]
        self.size, self.font, self.space_after = size, font, space_after
        self._placed: list[tuple[float, int, str]] = []   # (x, line number, text)
        self._line_count = 0

    @property
    def leading(self) -> float:
        return self.size * 1.5

    def _width(self, text: str) -> float:
        return stringWidth(text, self.font, self.size)

    def _spread(self, width: float) -> list[tuple[float, int, str]] | None:
        """One line with the first caption left, the last right and the rest centred between; None
        when two would come closer than two characters."""
        gap = 2 * self.size
        parts = self.parts
        if len(parts) == 1:
            return [(0.0, 0, parts[0])] if self._width(parts[0]) <= width else None
        spans = [(0.0, self._width(parts[0]))]
        middle = parts[1:-1]
        for i, part in enumerate(middle, start=1):
            centre, half = width * i / (len(middle) + 1), self._width(part) / 2
            spans.append((centre - half, centre + half))
        spans.append((width - self._width(parts[-1]), width))
        if any(spans[i][1] + gap > spans[i + 1][0] for i in range(len(spans) - 1)):
            return None
        return [(x0, 0, part) for (x0, _), part in zip(spans, parts)]

    def _flow(self, width: float) -> list[tuple[float, int, str]]:
        gap = 2 * self.size
        placed, x, line = [], 0.0, 0
        for part in self.parts:
            for piece in wrap(part, width, self.font, self.size, phrases=True):
                piece_width = self._width(piece)
                if x > 0 and x + piece_width > width:
                    x, line = 0.0, line + 1
                placed.append((x, line, piece))
                x += piece_width + gap
        last_x, last_line, last_text = placed[-1]
        if last_line == 0 and len(placed) > 1:  # all on one line: the last caption still ends at the right
            placed[-1] = (width - self._width(last_text), 0, last_text)
        return placed

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        if not self.parts:
            self.height = 0
            return self.width, self.height
        self._placed = self._spread(available_width) or self._flow(available_width)
        self._line_count = 1 + max(line for _, line, _ in self._placed)
        self.height = self._line_count * self.leading + self.space_after
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.font, self.size)
        for x, line, text in self._placed:
            y = self.space_after + self.size * 0.4 + (self._line_count - 1 - line) * self.leading
            canvas.drawString(x, y, text)


class SignatureLine(Flowable):
    """制表人：______  审核人：______  日期：　　年　　月　　日 — captions with lines to sign on.
    Each field gets the room it needs (a name line at least 25 mm, a date its text) and the spare
    width is shared out; fields that do not fit side by side go onto a second line. A value given in
    advance is printed instead of the line."""

    MIN_LINE = 25 * mm

    def __init__(self, fields: Sequence[tuple[str, str]], size: float = 10.5, font: str = SANS,
                 space_before: float = 6 * mm):
        super().__init__()
        self.fields = list(fields)
        self.size, self.font, self.space_before = size, font, space_before
        self._rows: list[list[tuple[int, float]]] = []   # per line: (field index, slot width)

    def _need(self, label: str, value: str) -> float:
        caption = stringWidth(f"{label}：", self.font, self.size)
        return caption + max(self.MIN_LINE, stringWidth(value, self.font, self.size) + 2) + 4 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        rows: list[list[int]] = [[]]
        used = 0.0
        for i, field in enumerate(self.fields):
            need = self._need(*field)
            if rows[-1] and used + need > available_width:
                rows.append([])
                used = 0.0
            rows[-1].append(i)
            used += need
        self._rows = []
        for row in rows:
            needs = [self._need(*self.fields[i]) for i in row]
            spare = max(0.0, available_width - sum(needs)) / len(row)
            self._rows.append([(i, need + spare) for i, need in zip(row, needs)])
        self.height = self.space_before + len(self._rows) * self.size * 2.2 - self.size * 0.6
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.font, self.size)
        canvas.setLineWidth(0.5)
        y = self.size * 0.4 + (len(self._rows) - 1) * self.size * 2.2
        for row in self._rows:
            x = 0.0
            for i, slot in row:
                label, value = self.fields[i]
                caption = f"{label}："
                canvas.drawString(x, y, caption)
                start = x + canvas.stringWidth(caption, self.font, self.size)
                if value:
                    canvas.drawString(start + 2, y, value)
                else:
                    canvas.line(start, y - 2, x + slot - 4 * mm, y - 2)
                x += slot
            y -= self.size * 2.2
