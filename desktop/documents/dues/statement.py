"""会费缴纳明细: a member's dues for one year, month by month — base, rate, owed, paid, balance —
with the year's totals, for the member or for the file. Dues paid later for a month (back-dues
after a pay rise) are shown against the month they are for."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm

from desktop.documents.shared.fonts import register_fonts
from desktop.documents.shared.grid import GridColumn, GridStyle, GridTable
from desktop.documents.shared.page import TABLE_PORTRAIT, CaptionLine, Furniture, SignatureLine, Title, render
from desktop.documents.shared.text import blank_date
from desktop.domain.money import format_yuan

COLUMNS = (
    GridColumn("月份", 22 * mm, "center", nowrap=True),
    GridColumn("会费基数（元）", 28 * mm, "right", nowrap=True),
    GridColumn("费率", 14 * mm, "right", nowrap=True),
    GridColumn("应缴（元）", 24 * mm, "right", nowrap=True),
    GridColumn("实缴（元）", 24 * mm, "right", nowrap=True),
    GridColumn("结欠（元）", 24 * mm, "right", nowrap=True),
    GridColumn("备注", 44 * mm),
)


@dataclass(frozen=True)
class StatementLine:
    month: int
    base: Decimal | None
    rate: str                  # "0.5%"
    owed: Decimal
    paid: Decimal
    note: str = ""             # "保留会籍", "未入会", "工资代扣 2026年3月31日" …


@dataclass(frozen=True)
class Statement:
    union_name: str
    year: int
    name: str
    department: str
    member_no: str
    lines: tuple[StatementLine, ...]


def statement_pdf(statement: Statement) -> bytes:
    register_fonts()
    rows = []
    owed = paid = Decimal("0.00")
    for line in statement.lines:
        owed += line.owed
        paid += line.paid
        rows.append((f"{statement.year}年{line.month}月", format_yuan(line.base) if line.base is not None else "",
                     line.rate, format_yuan(line.owed), format_yuan(line.paid), format_yuan(line.owed - line.paid),
                     line.note))
    rows.append(("合计", "", "", format_yuan(owed), format_yuan(paid), format_yuan(owed - paid), ""))
    title = f"工会会费缴纳明细（{statement.year}年度）"
    captions = [f"姓名：{statement.name}", f"部门：{statement.department or '—'}",
                f"会员编号：{statement.member_no or '—'}"]
    story = [
        Title(title, size=18, space_after=4 * mm),
        CaptionLine(captions, size=10.5),
        GridTable(COLUMNS, rows, GridStyle(size=10, leading=13, min_row_height=8 * mm),
                  tail=SignatureLine([("制表人", ""), ("审核人", ""), ("日期", blank_date())])),
        CaptionLine(["会费基数＝月工资去掉不足10元的尾数；应缴＝基数×费率，四舍五入到分。保留会籍期间不缴会费。"],
                    size=8.5),
    ]
    furniture = Furniture.of_union(statement.union_name, title, f"{title} {statement.name}")
    return render(story, TABLE_PORTRAIT, furniture)
