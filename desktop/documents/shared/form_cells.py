"""Form grids for papers filled in or signed by hand (提案表, 交办单, 评审表 …): a labelled table
with spanned cells and tall boxes to write in, and paragraphs that keep line breaks and the
ideographic spaces left to write in. (rights_papers and aid_papers carry private copies of these
two helpers; they can move here.)"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from desktop.documents.shared.fonts import SANS, SERIF
from desktop.documents.shared.page import FORM, PageLayout

CELL = ParagraphStyle("form_cell", fontName=SANS, fontSize=10.5, leading=14, wordWrap="CJK")
LABEL = ParagraphStyle("form_label", parent=CELL, alignment=1)
TEXT = ParagraphStyle("form_text", fontName=SERIF, fontSize=12, leading=20, wordWrap="CJK", firstLineIndent=24)
PLAIN = ParagraphStyle("form_plain", parent=TEXT, firstLineIndent=0)
RIGHT = ParagraphStyle("form_right", parent=PLAIN, alignment=2)


def para(text: str, style: ParagraphStyle = CELL) -> Paragraph:
    """A paragraph of plain text: line breaks kept, and ideographic spaces kept (reportlab would
    collapse them)."""
    return Paragraph(escape(text or "").replace("\n", "<br/>").replace("　", "&nbsp;&nbsp;&nbsp;"), style)


def form_grid(rows: list[list], fractions: tuple[float, ...], spans=(), heights=None, top_rows=(),
              layout: PageLayout = FORM) -> Table:
    """A form grid over the frame's width; the text of `top_rows` (tall boxes) starts at the top."""
    table = Table(rows, colWidths=[layout.frame_width * f for f in fractions], rowHeights=heights)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                               *[("SPAN", a, b) for a, b in spans],
                               *[("VALIGN", (1, r), (-1, r), "TOP") for r in top_rows]]))
    return table


def boxes(choices, chosen: str = "") -> str:
    """□ 立案　□ 不立案 … with the chosen one ticked (■)."""
    return "　".join(f"{'■' if c == chosen else '□'} {c}" for c in choices)
