"""通知 / 公告 / 公示: a notice laid out after GB/T 9704-2012 — A4, 37 mm top and 28 mm left
margins, a 156 × 225 mm text block of 22 lines; title 22 pt, body 16 pt; headings 一、 in the sans
(黑体) face and the rest in the Song face; the union's name centred over the date, the date four
characters in from the right, and room above them for the red seal.

The last paragraph, the attachments line and the signature are kept together, so the seal never
ends up alone on a page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer
from xml.sax.saxutils import escape

from desktop.documents.fonts import SANS, SERIF, register_fonts
from desktop.documents.headings import parse_body
from desktop.documents.page import NOTICE, Furniture, PageNumbers, Title, render
from desktop.documents.text import chinese_date

BODY_SIZE = 16                     # 三号
LINE = NOTICE.frame_height / 22    # 22 lines to the page
CHAR = BODY_SIZE


@dataclass(frozen=True)
class Notice:
    title: str
    body: str                                   # plain text, one paragraph per line (see headings.py)
    signature: str                              # the union's name
    date: dt.date | None                        # None: a blank to fill in by hand
    addressee: str = ""                         # 各部门、各分工会：
    attachments: tuple[str, ...] = ()
    period: tuple[dt.date, dt.date] | None = None   # 公示期


def _style(name: str, font: str = SERIF, indent: float = 2 * CHAR, **extra) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=BODY_SIZE, leading=LINE, firstLineIndent=indent,
                          wordWrap="CJK", allowWidows=0, allowOrphans=0, **extra)


BODY = _style("body")
HEADINGS = {1: _style("h1", SANS), 2: _style("h2"), 3: _style("h3"), 4: _style("h4")}
ADDRESSEE = _style("addressee", indent=0)
# 附件：1. … starts two characters in; the items line up after "附件：".
ATTACHMENT = _style("attachment", indent=0, leftIndent=5 * CHAR)
ATTACHMENT_FIRST = _style("attachment_first", indent=-3 * CHAR, leftIndent=5 * CHAR)


class SignatureBlock(Flowable):
    """Room for the seal, then the signature centred over the date, the date 4 characters in from
    the right (GB/T 9704 §7.3.5.1): the seal then presses on both, its top within a line of the text."""

    def __init__(self, signature: str, date_text: str):
        super().__init__()
        self.signature, self.date_text = signature, date_text

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = 4 * LINE  # two lines of room for the seal, then the signature and the date
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(SERIF, BODY_SIZE)
        date_right = self.width - 4 * CHAR
        date_width = canvas.stringWidth(self.date_text, SERIF, BODY_SIZE)
        centre = date_right - date_width / 2
        signature_width = canvas.stringWidth(self.signature, SERIF, BODY_SIZE)
        centre = min(centre, self.width - signature_width / 2)  # a long name stays on the page
        canvas.drawCentredString(centre, LINE * 1 + LINE * 0.3, self.signature)
        canvas.drawRightString(date_right, LINE * 0.3, self.date_text)


def _paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def notice_story(notice: Notice) -> list[Flowable]:
    story: list[Flowable] = [Title(notice.title, size=22, space_after=LINE)]
    if notice.addressee:
        story.append(_paragraph(notice.addressee, ADDRESSEE))
    body = [_paragraph(b.text, HEADINGS.get(b.level, BODY)) for b in parse_body(notice.body)]
    if notice.period:
        start, end = notice.period
        days = (end - start).days + 1
        body.append(_paragraph(f"公示期：{chinese_date(start)}至{chinese_date(end)}（共{days}天）。", BODY))
    closing: list[Flowable] = []
    if notice.attachments:
        closing.append(Spacer(0, LINE))
        for n, name in enumerate(notice.attachments, start=1):
            number = f"{n}. " if len(notice.attachments) > 1 else ""
            style = ATTACHMENT_FIRST if n == 1 else ATTACHMENT
            closing.append(_paragraph(("附件：" if n == 1 else "") + number + name, style))
    date_text = chinese_date(notice.date) if notice.date else "        年    月    日"
    closing.append(SignatureBlock(notice.signature, date_text))
    # the last paragraph goes with the signature: never a page with only the seal
    story += body[:-1]
    story.append(KeepTogether(body[-1:] + closing))
    return story


def notice_pdf(notice: Notice) -> bytes:
    register_fonts()  # text is measured before the page template would register them
    furniture = Furniture(numbers=PageNumbers.DASH, title=notice.title, author=notice.signature)
    return render(notice_story(notice), NOTICE, furniture)
