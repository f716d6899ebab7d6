"""Editable Word/WPS copies (.docx) of notices and table papers, made with python-docx.

A cadre who wants to change one sentence opens the copy in WPS or Word and finds the same page
set-up as our PDF: a notice on the GB/T 9704 grid (A4, top 37 mm, left 28 mm, 22 lines of exactly
28.95 pt, 3号 text condensed to 28 characters a line), the paragraphs in styles named as a Chinese
office expects them (标题, 正文, 一级标题, 二级标题, 三级标题, 主送机关, 附件说明, 署名, 成文日期), page
numbers "— 1 —" outside; a table paper as a Word table whose header row repeats on every page.

The fonts are named as on a Chinese PC (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312): Word and WPS
use them when installed and substitute their own otherwise; the grid keeps the lines and pages.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Sequence

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from desktop.documents.shared.fonts import TITLE_FACE, official, register_fonts
from desktop.documents.shared.headings import parse_body
from desktop.documents.shared.page import NOTICE
from desktop.documents.shared.notice import RedHeader
from desktop.documents.shared.text import blank_date, chinese_date, title_lines

FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
XIAOBIAOSONG = "方正小标宋简体"
LINE_PT = 225 / 22 * 72 / 25.4        # 28.99 pt: 22 lines in the 225 mm type area
CONDENSE_PT = -0.25                   # 16 pt characters 15.75 pt apart: 28 to the 156 mm line
BODY_PT = 16
TITLE_PT = 22


# -- shared pieces ------------------------------------------------------------------------------------

def _set_fonts(font, east_asian: str, latin: str = "Times New Roman") -> None:
    """A style's or run's fonts: the Chinese face for Chinese text, a Latin face for the rest."""
    font.name = latin
    font._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east_asian)


def _paragraph_style(document, name: str, east_asian: str, size: float, *, indent_chars: int = 0,
                     align=WD_ALIGN_PARAGRAPH.JUSTIFY, condense: bool = True):
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.size = Pt(size)
    style.font.color.rgb = RGBColor(0, 0, 0)
    _set_fonts(style.font, east_asian)
    if condense:
        spacing = OxmlElement("w:spacing")
        spacing.set(qn("w:val"), str(round(CONDENSE_PT * 20)))
        style.element.get_or_add_rPr().append(spacing)
    layout = style.paragraph_format
    layout.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    layout.line_spacing = Pt(LINE_PT)
    layout.space_before = layout.space_after = Pt(0)
    layout.first_line_indent = Pt(indent_chars * (BODY_PT + CONDENSE_PT)) if indent_chars else None
    layout.alignment = align
    layout.widow_control = False
    return style


def _page(section, landscape: bool, top: float, bottom: float, left: float, right: float) -> None:
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)


def _field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) in its own run."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == "1":
            element = OxmlElement("w:t")
            element.text = text
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        run._r.append(element)


def _bottom_border(paragraph, color: str = "000000", size: int = 8) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", str(size)), ("w:space", "1"), ("w:color", color)):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)


def _save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _new_document():
    document = Document()
    normal = document.styles["Normal"]
    normal.font.size = Pt(10.5)
    _set_fonts(normal.font, "宋体")
    return document


# -- notices -------------------------------------------------------------------------------------------

def _notice_styles(document) -> dict[str, object]:
    styles = {
        "标题": _paragraph_style(document, "标题", XIAOBIAOSONG, TITLE_PT, align=WD_ALIGN_PARAGRAPH.CENTER,
                               condense=False),
        "正文": _paragraph_style(document, "正文", FANGSONG, BODY_PT, indent_chars=2),
        "一级标题": _paragraph_style(document, "一级标题", HEITI, BODY_PT, indent_chars=2),
        "二级标题": _paragraph_style(document, "二级标题", KAITI, BODY_PT, indent_chars=2),
        "三级标题": _paragraph_style(document, "三级标题", FANGSONG, BODY_PT, indent_chars=2),
        "主送机关": _paragraph_style(document, "主送机关", FANGSONG, BODY_PT, align=WD_ALIGN_PARAGRAPH.LEFT),
        "附件说明": _paragraph_style(document, "附件说明", FANGSONG, BODY_PT, indent_chars=2),
        "署名": _paragraph_style(document, "署名", FANGSONG, BODY_PT, align=WD_ALIGN_PARAGRAPH.RIGHT),
        "成文日期": _paragraph_style(document, "成文日期", FANGSONG, BODY_PT, align=WD_ALIGN_PARAGRAPH.RIGHT),
        "版头": _paragraph_style(document, "版头", XIAOBIAOSONG, 40, align=WD_ALIGN_PARAGRAPH.CENTER,
                               condense=False),
        "发文字号": _paragraph_style(document, "发文字号", FANGSONG, BODY_PT, align=WD_ALIGN_PARAGRAPH.CENTER),
    }
    styles["版头"].font.color.rgb = RGBColor(0xD9, 0, 0)
    styles["版头"].paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    return styles


def _page_number_footers(document, section) -> None:
    """— 1 — in 4号, odd pages one character in from the right, even pages from the left."""
    document.settings.odd_and_even_pages_header_footer = True
    section.footer_distance = Mm(22)
    for footer, align, indent in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT, "right"),
                                  (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "left")):
        paragraph = footer.paragraphs[0]
        paragraph.alignment = align
        setattr(paragraph.paragraph_format, f"{indent}_indent", Pt(14))
        for part in ("— ", None, " —"):
            if part is None:
                _field(paragraph, "PAGE")
            else:
                run = paragraph.add_run(part)
                run.font.size = Pt(14)
        for element in paragraph._p.iter(qn("w:r")):  # the field's run: 4号 too
            if element.find(qn("w:rPr")) is None:
                properties = OxmlElement("w:rPr")
                size = OxmlElement("w:sz")
                size.set(qn("w:val"), "28")
                properties.append(size)
                element.insert(0, properties)


def _blank(document, style) -> None:
    document.add_paragraph("", style=style)


def notice_docx(notice) -> bytes:
    """The notice (desktop.documents.shared.notice.Notice) as an editable .docx on the GB/T 9704 grid."""
    document = _new_document()
    section = document.sections[0]
    _page(section, False, top=37, bottom=297 - 37 - 225, left=28, right=210 - 28 - 156)
    styles = _notice_styles(document)
    _page_number_footers(document, section)
    body_style = styles["正文"]

    def add(text: str, style_name: str, keep: bool = False):
        paragraph = document.add_paragraph(text, style=styles[style_name])
        if keep:
            paragraph.paragraph_format.keep_with_next = True
        return paragraph

    register_fonts()
    if notice.issuer_mark:
        for _ in range(3):            # the mark's top 35 mm under the top of the type area
            _blank(document, body_style)
        mark = add("", "版头")
        mark.add_run(notice.issuer_mark).font.size = Pt(RedHeader(notice.issuer_mark, "")._mark_size(NOTICE.frame_width))
        _blank(document, body_style)
        number = add(notice.doc_number or "", "发文字号")
        _bottom_border(number, "D90000", 12)
        _blank(document, body_style)
    # the title's lines as on the PDF (broken at phrases), joined by line breaks Word keeps
    lines = title_lines(notice.title, NOTICE.frame_width * 0.92, official(TITLE_FACE), TITLE_PT)
    title = add("", "标题", keep=True)
    for n, line in enumerate(lines):
        run = title.add_run(line)
        if n < len(lines) - 1:
            run.add_break()
    _blank(document, body_style)
    if notice.addressee:
        add(notice.addressee, "主送机关")
    levels = {1: "一级标题", 2: "二级标题", 3: "三级标题", 4: "三级标题"}
    blocks = [(b.text, levels.get(b.level, "正文")) for b in parse_body(notice.body)]
    if notice.period:
        start, end = notice.period
        blocks.append((f"公示期：{chinese_date(start)}至{chinese_date(end)}（共{(end - start).days + 1}天）。", "正文"))
    for n, (text, style_name) in enumerate(blocks):
        # headings, and the last two paragraphs, stay with what follows (the signature is never alone)
        add(text, style_name, keep=style_name != "正文" or n >= len(blocks) - 2)
    if notice.attachments:
        blank = document.add_paragraph("", style=body_style)
        blank.paragraph_format.keep_with_next = True
        for n, name in enumerate(notice.attachments, start=1):
            number = f"{n}. " if len(notice.attachments) > 1 else ""
            paragraph = add(("附件：" if n == 1 else "") + number + name, "附件说明", keep=True)
            if n > 1:
                paragraph.paragraph_format.first_line_indent = Pt(5 * (BODY_PT + CONDENSE_PT))
    for _ in range(2):  # room for the seal
        blank = document.add_paragraph("", style=body_style)
        blank.paragraph_format.keep_with_next = True
    date_text = chinese_date(notice.date) if notice.date else blank_date()
    char = BODY_PT + CONDENSE_PT
    date_width = len(date_text) * char - sum(0.5 * char for c in date_text if c.isdigit())
    signature_width = len(notice.signature) * char
    signature = add(notice.signature, "署名", keep=True)
    # centred over the date, which ends four characters in from the right (GB/T 9704 §7.3.5.1)
    signature.paragraph_format.right_indent = Pt(max(2 * char, 4 * char + (date_width - signature_width) / 2))
    date = add(date_text, "成文日期")
    date.paragraph_format.right_indent = Pt(4 * char)
    return _save(document)


# -- table papers --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class WordColumn:
    label: str
    width_mm: float
    align: str = "left"
    nowrap: bool = False      # dates, numbers: the cell never wraps


@dataclass(frozen=True)
class WordTable:
    """A table paper: the title, caption lines, the table and the signature line, on A4."""

    union_name: str
    title: str
    captions: tuple[str, ...]          # caption lines under the title, one paragraph each
    columns: tuple[WordColumn, ...]
    rows: tuple[tuple[str, ...], ...]
    landscape: bool = False
    signatures: tuple[str, ...] = ("制表人", "审核人")
    row_height_mm: float = 0          # sign-in sheets: room to sign
    font_size: float = 10.5


_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def _cell_text(cell, text: str, style, align: str, bold: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.style = style
    paragraph.alignment = _ALIGN[align]
    run = paragraph.add_run(text)
    run.bold = bold


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _cell_margins(table, points: float) -> None:
    """Left and right cell padding as on the PDF (Word's default 1.9 mm would wrap dates)."""
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(round(points * 20)))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.append(margins)


def _shade(cell, fill: str = "E0E0E0") -> None:
    shading = OxmlElement("w:shd")
    for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
        shading.set(qn(key), value)
    cell._tc.get_or_add_tcPr().append(shading)


def table_docx(paper: WordTable) -> bytes:
    """A table paper as an editable .docx: a Word table with a repeating header row."""
    document = _new_document()
    section = document.sections[0]
    _page(section, paper.landscape, top=20, bottom=20, left=15, right=15)
    header = section.header.paragraphs[0]
    header.text = paper.union_name
    header.runs[0].font.size = Pt(9)
    title = _paragraph_style(document, "标题", "黑体", 18, align=WD_ALIGN_PARAGRAPH.CENTER, condense=False)
    title.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    title.paragraph_format.space_after = Pt(6)
    caption = _paragraph_style(document, "说明", "宋体", paper.font_size, align=WD_ALIGN_PARAGRAPH.LEFT,
                               condense=False)
    caption.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    cell_style = _paragraph_style(document, "表格文字", "宋体", paper.font_size, align=WD_ALIGN_PARAGRAPH.LEFT,
                                  condense=False)
    _set_fonts(cell_style.font, "宋体", latin="宋体")  # digits as narrow as on the PDF: dates stay on one line
    cell_style.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    document.add_paragraph(paper.title, style=title)
    for line in paper.captions:  # one paragraph each
        document.add_paragraph(line, style=caption)
    frame_mm = (297 if paper.landscape else 210) - 30
    natural = sum(c.width_mm for c in paper.columns) or 1
    widths = [c.width_mm * frame_mm / natural for c in paper.columns]
    table = document.add_table(rows=1, cols=len(paper.columns))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False  # the widths below, as on the PDF, not Word's guess
    _cell_margins(table, 2.5)
    for column, width in zip(table.columns, widths):
        column.width = Mm(width)
    for cell, column, width in zip(table.rows[0].cells, paper.columns, widths):
        cell.width = Mm(width)
        _cell_text(cell, column.label, cell_style, "center", bold=True)
        _shade(cell)
    _repeat_header(table.rows[0])
    for values in paper.rows:
        row = table.add_row()
        if paper.row_height_mm:
            row.height = Mm(paper.row_height_mm)
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for cell, column, width, value in zip(row.cells, paper.columns, widths, values):
            cell.width = Mm(width)
            _cell_text(cell, value, cell_style, column.align)
            if column.nowrap:
                cell._tc.get_or_add_tcPr().append(OxmlElement("w:noWrap"))
    if paper.signatures:
        fields = [f"{label}：＿＿＿＿＿＿" for label in paper.signatures] + [f"日期：{blank_date()}"]
        closing = document.add_paragraph("　　".join(fields), style=caption)
        closing.paragraph_format.space_before = Pt(12)
    return _save(document)


def grid_word_columns(columns: Sequence, widths: Sequence[float] | None = None) -> tuple[WordColumn, ...]:
    """WordColumns from the PDF table's GridColumns, with the widths the PDF used (points) when
    given, else their natural widths."""
    widths = widths or [c.width for c in columns]
    return tuple(WordColumn(c.label, w * 25.4 / 72, c.align, c.nowrap) for c, w in zip(columns, widths))
