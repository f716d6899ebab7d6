"""通知 / 公告 / 公示 / 请示 / 报告 / 会议纪要 laid out to GB/T 9704-2012 (党政机关公文格式):

- A4, type area 156 × 225 mm (top margin 37 mm, left 28 mm), 22 lines of 28 characters of 3号 (16 pt)
  text: every line sits on a grid of 225/22 mm and every character on a pitch of 156/28 mm;
- title 2号 (22 pt) 小标宋, centred, broken at phrase boundaries only (text.title_lines), one blank
  line to 主送机关; body 仿宋, headings 一、 黑体, （一） 楷体, 1. and （1） 仿宋;
- signature and 成文日期 (Arabic numerals) for the seal: the date four characters in from the right,
  the signature centred over it (§7.3.5); kept with the last paragraph, so the seal is never alone;
- page numbers 4号 "— 1 —" 7 mm under the type area, odd pages right and even pages left, one
  character in (the page furniture in page.py);
- optional red 版头: 发文机关标志 in red, 发文字号 (工发〔2026〕3号) and the red rule.

Fonts: the standard faces when the PC has them, else free stand-ins (fonts.official_fonts).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer

from desktop.documents.shared.fonts import FANGSONG, HEITI, KAITI, TITLE_FACE, official, register_fonts, text_out
from desktop.documents.shared.headings import parse_body
from desktop.documents.shared.page import NOTICE, Furniture, PageNumbers, render
from desktop.documents.shared.text import blank_date, chinese_date, title_lines, wrap

BODY_SIZE = 16                        # 三号
TITLE_SIZE = 22                       # 二号
LINES, CHARS = 22, 28
LINE = NOTICE.frame_height / LINES    # 28.99 pt: 22 lines to the page
# 15.785 pt: 28 characters to the line, the 28th ending exactly at the right edge of the type area
PITCH = (NOTICE.frame_width - BODY_SIZE) / (CHARS - 1)
CHAR_SPACE = PITCH - BODY_SIZE        # a little tighter than the face's own 1 em, as Word's grid does
CHAR = PITCH
RED = Color(0.85, 0.0, 0.0)


@dataclass(frozen=True)
class Notice:
    title: str                                  # a newline in it is a manual title break
    body: str                                   # plain text, one paragraph per line (see headings.py)
    signature: str                              # the union's name
    date: dt.date | None                        # None: a blank to fill in by hand
    addressee: str = ""                         # 各部门、各分工会：
    attachments: tuple[str, ...] = ()
    period: tuple[dt.date, dt.date] | None = None   # 公示期
    issuer_mark: str = ""                       # 发文机关标志 of the red 版头 ("" = no 版头)
    doc_number: str = ""                        # 发文字号, e.g. 工发〔2026〕3号


@dataclass(frozen=True)
class LineStyle:
    face: str            # one of the official faces (fonts.FANGSONG …)
    indent: int = 2      # first-line indent in characters
    hang: int = 0        # indent of the following lines in characters


BODY = LineStyle(FANGSONG)
HEADINGS = {1: LineStyle(HEITI), 2: LineStyle(KAITI), 3: LineStyle(FANGSONG), 4: LineStyle(FANGSONG)}
ADDRESSEE = LineStyle(FANGSONG, indent=0)


def grid_lines(text: str, width: float, font: str, indent: int = 2, hang: int = 0) -> list[str]:
    """The lines of a paragraph on the character grid; the first starts `indent` characters in
    (written as ideographic spaces, so a copy keeps the indent), the others `hang` characters in."""
    text = "\u3000" * indent + text
    first = wrap(text, width, font, BODY_SIZE, char_space=CHAR_SPACE)
    if len(first) < 2 or not hang:
        return first
    head = first[0]
    rest = text[len(head):].lstrip()
    return [head] + ["\u3000" * hang + line
                     for line in wrap(rest, width - hang * PITCH, font, BODY_SIZE, char_space=CHAR_SPACE)]


class GridParagraph(Flowable):
    """A paragraph of body text on the notice's line and character grid; splits between lines."""

    def __init__(self, text: str, style: LineStyle = BODY, lines: list[str] | None = None):
        super().__init__()
        self.text, self.style = text, style
        self._lines = lines
        self.keepWithNext = style.face == HEITI  # a 一、 heading never ends a page

    @property
    def font(self) -> str:
        return official(self.style.face)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._lines is None:
            self._lines = grid_lines(self.text, available_width, self.font, self.style.indent, self.style.hang)
        self.width, self.height = available_width, len(self._lines) * LINE
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        fit = int(available_height / LINE + 1e-6)  # a frame of exactly 22 lines holds 22
        if fit < 1 or fit >= len(self._lines):
            return []
        return [GridParagraph(self.text, self.style, self._lines[:fit]),
                GridParagraph(self.text, self.style, self._lines[fit:])]

    def draw(self) -> None:
        canvas = self.canv
        text = canvas.beginText()
        text.setCharSpace(CHAR_SPACE)
        for n, line in enumerate(self._lines):
            text.setTextOrigin(0, self.height - (n + 1) * LINE + baseline_offset(BODY_SIZE))
            text_out(text, line, self.font, BODY_SIZE)
        canvas.drawText(text)


def baseline_offset(size: float) -> float:
    """Height of the baseline above the bottom of a grid line, the glyphs centred in the line."""
    return (LINE - size) / 2 + size * 0.12


class OfficialTitle(Flowable):
    """The title: 2号 小标宋 (drawn a little heavier when a Song face stands in), centred, broken at
    phrase boundaries into balanced lines, then one blank line."""

    def __init__(self, text: str, space_after: float = LINE):
        super().__init__()
        self.text, self.space_after = text, space_after
        self._lines: list[str] = []

    @property
    def font(self) -> str:
        return official(TITLE_FACE)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self._lines = title_lines(self.text, available_width * 0.92, self.font, TITLE_SIZE)
        self.height = len(self._lines) * LINE + self.space_after
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(self.font, TITLE_SIZE)
        text = canvas.beginText()
        if self.font != TITLE_FACE:  # a regular Song face stands in: fill and stroke for weight
            canvas.setLineWidth(TITLE_SIZE * 0.035)
            text.setTextRenderMode(2)
        for n, line in enumerate(self._lines):
            x = (self.width - stringWidth(line, self.font, TITLE_SIZE)) / 2
            text.setTextOrigin(x, self.height - (n + 1) * LINE + baseline_offset(TITLE_SIZE))
            text_out(text, line, self.font, TITLE_SIZE)
        canvas.drawText(text)
        canvas.restoreState()


class RedHeader(Flowable):
    """版头 (GB/T 9704 §7.2): the 发文机关标志 in red, centred, its top 35 mm below the top of the
    type area; the 发文字号 two lines under it; a red rule 4 mm under the 发文字号; then two blank lines
    before the title."""

    def __init__(self, mark: str, number: str):
        super().__init__()
        self.mark, self.number = mark, number

    def _mark_size(self, width: float) -> float:
        font = official(TITLE_FACE)
        return min(40.0, width / max(1.0, stringWidth(self.mark, font, 1)))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = 35 * mm + self._mark_size(available_width) + 2 * LINE + LINE + 4 * mm + 2 * LINE
        return self.width, self.height

    def draw(self) -> None:
        canvas, font = self.canv, official(TITLE_FACE)
        size = self._mark_size(self.width)
        canvas.saveState()
        canvas.setFillColor(RED)
        canvas.setStrokeColor(RED)
        mark_base = self.height - 35 * mm - size * 0.88
        text = canvas.beginText()
        text.setFont(font, size)
        if font != TITLE_FACE:  # a regular Song face stands in for 小标宋: fill and stroke for weight
            canvas.setLineWidth(size * 0.03)
            text.setTextRenderMode(2)
        text.setTextOrigin((self.width - stringWidth(self.mark, font, size)) / 2, mark_base)
        text_out(text, self.mark, font, size)
        text.setTextRenderMode(0)  # the render mode outlasts the text object: the number is plain
        canvas.drawText(text)
        number_base = mark_base - size * 0.12 - 2 * LINE - LINE + baseline_offset(BODY_SIZE)
        canvas.setFillGray(0)
        if self.number:
            number = canvas.beginText()
            number.setTextOrigin((self.width - stringWidth(self.number, official(FANGSONG), BODY_SIZE)) / 2,
                                 number_base)
            text_out(number, self.number, official(FANGSONG), BODY_SIZE)
            canvas.drawText(number)
        rule_y = number_base - baseline_offset(BODY_SIZE) - 4 * mm
        canvas.setLineWidth(1.2)
        canvas.line(0, rule_y, self.width, rule_y)
        canvas.restoreState()


class SignatureBlock(Flowable):
    """Room for the seal, then 发文机关署名 centred over 成文日期, the date four characters in from
    the right (GB/T 9704 §7.3.5.1): the seal presses on both, its top within a line of the text.
    A signature too long to centre over the date ends two characters in from the right; one longer
    than the line wraps at phrase boundaries."""

    def __init__(self, signature: str, date_text: str):
        super().__init__()
        self.signature, self.date_text = signature, date_text
        self._signature_lines: list[str] = []

    @property
    def font(self) -> str:
        return official(FANGSONG)

    def _width(self, text: str) -> float:
        return stringWidth(text, self.font, BODY_SIZE) + len(text) * CHAR_SPACE

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self._signature_lines = wrap(self.signature, available_width - 2 * CHAR, self.font, BODY_SIZE,
                                     phrases=True, char_space=CHAR_SPACE) if self.signature else []
        # two lines of room for the seal, the signature, the date
        self.height = (2 + len(self._signature_lines) + 1) * LINE
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        text = canvas.beginText()
        text.setFont(self.font, BODY_SIZE)
        text.setCharSpace(CHAR_SPACE)
        date_right = self.width - 4 * CHAR
        date_width = self._width(self.date_text)
        centre = date_right - date_width / 2
        y = (len(self._signature_lines)) * LINE + baseline_offset(BODY_SIZE)
        for line in self._signature_lines:
            line_width = self._width(line)
            x = centre - line_width / 2
            if x + line_width > self.width - 2 * CHAR:
                x = self.width - 2 * CHAR - line_width
            text.setTextOrigin(max(0.0, x), y)
            text_out(text, line, self.font, BODY_SIZE)
            y -= LINE
        text.setTextOrigin(date_right - date_width, baseline_offset(BODY_SIZE))
        text_out(text, self.date_text, self.font, BODY_SIZE)
        canvas.drawText(text)


def _paragraph(text: str, style: LineStyle = BODY) -> GridParagraph:
    return GridParagraph(text, style)


def _body_block(text: str, level: int) -> GridParagraph:
    """A paragraph or a heading of the body; a heading of any level (一、 （一） 1. (1)) never ends a
    page without the text under it."""
    paragraph = GridParagraph(text, HEADINGS.get(level, BODY))
    paragraph.keepWithNext = level in HEADINGS
    return paragraph


def body_paragraph(text: str) -> GridParagraph:
    return GridParagraph(text, BODY)


def notice_story(notice: Notice) -> list[Flowable]:
    story: list[Flowable] = []
    if notice.issuer_mark:
        story.append(RedHeader(notice.issuer_mark, notice.doc_number))
    story.append(OfficialTitle(notice.title))
    if notice.addressee:
        story.append(_paragraph(notice.addressee, ADDRESSEE))
    body = [_body_block(b.text, b.level) for b in parse_body(notice.body)]
    if notice.period:
        start, end = notice.period
        days = (end - start).days + 1
        body.append(_paragraph(f"公示期：{chinese_date(start)}至{chinese_date(end)}（共{days}天）。"))
    closing: list[Flowable] = []
    if notice.attachments:
        closing.append(Spacer(0, LINE))  # 附件说明: one blank line under the body (§7.3.4)
        for n, name in enumerate(notice.attachments, start=1):
            number = f"{n}. " if len(notice.attachments) > 1 else ""
            if n == 1:
                closing.append(GridParagraph(f"附件：{number}{name}", LineStyle(FANGSONG, indent=2, hang=5)))
            else:
                closing.append(GridParagraph(f"{number}{name}", LineStyle(FANGSONG, indent=5, hang=5)))
    date_text = chinese_date(notice.date) if notice.date else blank_date()
    closing.append(SignatureBlock(notice.signature, date_text))
    story += _kept_with_signature(body, closing)
    return story


def _kept_with_signature(body: list[GridParagraph], closing: list[Flowable]) -> list[Flowable]:
    """The body with the last paragraph, the last two lines of the one before and any heading
    right above them kept on the page of the signature: 特此通知, the signature and the date are
    never alone on a page, and a heading never ends one."""
    if len(body) < 2:
        return [KeepTogether(body + closing)]
    before, final = body[-2], body[-1]
    lines = grid_lines(before.text, NOTICE.frame_width, before.font, before.style.indent, before.style.hang)
    rest = body[:-2]
    if len(lines) <= 2 or before.keepWithNext:
        kept: list[Flowable] = [before, final]
    else:
        rest = rest + [GridParagraph(before.text, before.style, lines[:-2])]
        kept = [GridParagraph(before.text, before.style, lines[-2:]), final]
    if rest and getattr(rest[-1], "keepWithNext", False):  # a heading goes down with its text
        kept.insert(0, rest.pop())
    return rest + [KeepTogether(kept + closing)]


def notice_pdf(notice: Notice) -> bytes:
    register_fonts()  # text is measured before the page template would register them
    furniture = Furniture(numbers=PageNumbers.DASH, title=notice.title.replace("\n", ""), author=notice.signature)
    return render(notice_story(notice), NOTICE, furniture)
