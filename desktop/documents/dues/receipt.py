"""工会会费收据: the receipt for dues paid in cash or by transfer.

One A4 page holds two copies of the same receipt, the payer's (交款人联) and the counterfoil kept by
the union (存根联), separated by a cut line. The number comes from the gap-free sequence of the
dues service; a cancelled receipt prints with 作废 across it and the reason, so a reprint of the
sequence still shows every number. The amount is written in capital figures (大写) as well as
in numerals, as receipts are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop.documents.shared.fonts import SANS, SERIF, register_fonts
from desktop.documents.shared.page import FORM, Furniture, PageNumbers, render
from desktop.documents.shared.text import chinese_date, wrap
from desktop.domain.money import format_yuan, yuan_in_words

COPIES = ("交款人联", "存根联")


@dataclass(frozen=True)
class Receipt:
    union_name: str
    number: str
    issued_on: dt.date
    payer: str
    department: str
    purpose: str               # 收款事由, e.g. "缴纳工会会费（2026年1月—6月）"
    amount: Decimal
    method: str                # 现金 / 转账 / 工资代扣
    payee: str = ""            # 收款人 (the cadre who took the money)
    void: bool = False
    void_reason: str = ""


class _Slip(Flowable):
    """One copy of the receipt, drawn as a ruled form."""

    HEIGHT = 112 * mm

    def __init__(self, receipt: Receipt, copy: str, cut_line: bool):
        super().__init__()
        self.receipt, self.copy, self.cut_line = receipt, copy, cut_line

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.HEIGHT + (14 * mm if self.cut_line else 0)
        return self.width, self.height

    def draw(self) -> None:
        r, c = self.receipt, self.canv
        width = self.width
        top = self.height
        c.setFont(SERIF, 20)
        c.drawCentredString(width / 2, top - 10 * mm, "工会会费收据")
        c.setFont(SANS, 9.5)
        date = chinese_date(r.issued_on)
        room = width - c.stringWidth(date, SANS, 9.5) - 4 * mm  # the union's name never runs into the date
        payee_lines = wrap(f"收款单位：{r.union_name}", room, SANS, 9.5, phrases=True)
        for n, line in enumerate(payee_lines[:2]):
            c.drawString(0, top - 17 * mm + (len(payee_lines[:2]) - 1 - n) * 11, line)
        c.drawRightString(width, top - 10 * mm, f"No. {r.number}")
        c.drawRightString(width, top - 17 * mm, date)
        c.drawRightString(width, top - 4 * mm, self.copy)
        # The ruled body: label column and value column, five rows.
        rows = [
            ("交款人", f"{r.payer}" + (f"（{r.department}）" if r.department else "")),
            ("收款事由", r.purpose),
            ("金额（大写）", f"人民币 {yuan_in_words(r.amount)}"),
            ("金额（小写）", f"¥ {format_yuan(r.amount)}"),
            ("缴款方式", r.method),
        ]
        body_top = top - 21 * mm
        row_height = 11 * mm
        label_width = 32 * mm
        c.setLineWidth(0.8)
        c.rect(0, body_top - row_height * len(rows), width, row_height * len(rows))
        c.setLineWidth(0.5)
        c.line(label_width, body_top, label_width, body_top - row_height * len(rows))
        for i, (label, value) in enumerate(rows):
            y = body_top - row_height * (i + 1)
            if i:
                c.line(0, y + row_height, width, y + row_height)
            c.setFont(SANS, 11)
            c.drawCentredString(label_width / 2, y + row_height / 2 - 4, label)
            c.setFont(SERIF if i == 2 else SANS, 12 if i in (2, 3) else 11)
            c.drawString(label_width + 4 * mm, y + row_height / 2 - 4, value)
        foot = body_top - row_height * len(rows) - 8 * mm
        c.setFont(SANS, 10.5)
        slot = width / 3
        for i, (label, value) in enumerate((("收款单位（盖章）", ""), ("收款人", r.payee), ("交款人", ""))):
            caption = f"{label}："
            x = i * slot
            c.drawString(x, foot, caption)
            start = x + c.stringWidth(caption, SANS, 10.5)
            if value:
                c.drawString(start + 2, foot, value)
            else:
                c.line(start, foot - 2, x + slot - 6 * mm, foot - 2)
        if r.void:
            c.saveState()
            c.setFillColorRGB(0.75, 0.1, 0.1)
            c.setStrokeColorRGB(0.75, 0.1, 0.1)
            c.setFillAlpha(0.55)
            c.setFont(SERIF, 54)
            c.translate(width / 2, body_top - row_height * 2.5)
            c.rotate(18)
            c.drawCentredString(0, -18, "作 废")
            c.restoreState()
            c.setFont(SANS, 9)
            c.setFillColorRGB(0.75, 0.1, 0.1)
            c.drawString(0, foot - 8 * mm, f"作废原因：{r.void_reason}")
            c.setFillGray(0)
        if self.cut_line:
            c.setDash(4, 3)
            c.setLineWidth(0.4)
            y = 4 * mm
            c.line(0, y, width, y)
            c.setDash()
            c.setFont(SANS, 8)
            c.drawCentredString(width / 2, y + 1.5 * mm, "（沿此线裁开）")


def receipt_pdf(receipt: Receipt) -> bytes:
    """Both copies of one receipt on an A4 page."""
    register_fonts()
    story = [_Slip(receipt, COPIES[0], cut_line=True), _Slip(receipt, COPIES[1], cut_line=False)]
    furniture = Furniture(numbers=PageNumbers.NONE, title=f"工会会费收据 {receipt.number}",
                          author=receipt.union_name)
    return render(story, FORM, furniture)
