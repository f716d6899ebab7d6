"""经费收支公示: the summary of the union's income and spending for a quarter or a year, posted for
the members. A notice (GB/T 9704 layout of notice.py: title, body, the union's name and date with room
for the seal) with two ruled tables (grid.py): income by category and spending by category, each with
its total, and the balance at the start and end of the period.

Only totals by category are printed: no person, no case, no single payment — the members see where
the money went, the 经费审查委员会 gets the detailed ledger (exchange/funds/export.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether, Spacer

from desktop.documents.shared.fonts import register_fonts
from desktop.documents.shared.grid import GridColumn, GridStyle, GridTable
from desktop.documents.shared.notice import ADDRESSEE, BODY, HEADINGS, LINE, OfficialTitle, SignatureBlock, _paragraph
from desktop.documents.shared.page import NOTICE, Furniture, PageNumbers, render
from desktop.documents.shared.text import blank_date, chinese_date
from desktop.domain.money import format_yuan


@dataclass(frozen=True)
class NoticeLine:
    label: str            # 文体活动支出
    amount: Decimal
    level: int = 0        # 0 a class, 1 a sub-item (printed indented)


@dataclass(frozen=True)
class FundsNotice:
    union_name: str
    period_label: str                     # 2024年第一季度 / 2024年度
    start: dt.date
    end: dt.date
    opening: Decimal
    income: tuple[NoticeLine, ...]
    spending: tuple[NoticeLine, ...]
    income_total: Decimal
    spending_total: Decimal
    date: dt.date | None                  # None: a blank to fill in by hand
    posting_days: int = 7                 # 公示期

    @property
    def closing(self) -> Decimal:
        return self.opening + self.income_total - self.spending_total

    @property
    def title(self) -> str:
        """The period's title; the union's name is under the text, where the seal goes (a long name
        in the title would break the year across two lines)."""
        return f"{self.period_label}经费收支情况公示"


COLUMNS = (GridColumn("项目", 100), GridColumn("金额（元）", 56, "right"))
STYLE = GridStyle(size=12, leading=15, padding=3.5)


def _table(lines: tuple[NoticeLine, ...], total_label: str, total: Decimal) -> GridTable:
    rows = [(("　　" * line.level) + line.label, format_yuan(line.amount)) for line in lines] or [("无", "")]
    rows.append((total_label, format_yuan(total)))
    return GridTable(COLUMNS, rows, STYLE)


def funds_notice_story(notice: FundsNotice) -> list[Flowable]:
    period = f"{chinese_date(notice.start)}至{chinese_date(notice.end)}"
    story: list[Flowable] = [
        OfficialTitle(notice.title),
        _paragraph("全体会员：", ADDRESSEE),
        _paragraph(f"根据《工会会计制度》和经费收支公开的有关规定，现将{notice.period_label}"
                   f"（{period}）工会经费收支情况公示如下：", BODY),
        _paragraph("一、经费收入", HEADINGS[1]),
        _table(notice.income, "收入合计", notice.income_total),
        Spacer(0, LINE / 2),
        _paragraph("二、经费支出", HEADINGS[1]),
        _table(notice.spending, "支出合计", notice.spending_total),
        Spacer(0, LINE / 2),
    ]
    date_text = chinese_date(notice.date) if notice.date else blank_date()
    story.append(KeepTogether([
        _paragraph("三、经费结余", HEADINGS[1]),
        _paragraph(f"期初结余{format_yuan(notice.opening)}元，本期收入{format_yuan(notice.income_total)}元，"
                   f"本期支出{format_yuan(notice.spending_total)}元，期末结余{format_yuan(notice.closing)}元。"
                   f"公示期为{notice.posting_days}天，会员对公示内容有疑问的，可向工会经费审查委员会反映。", BODY),
        SignatureBlock(notice.union_name, date_text)]))
    return story


def funds_notice_pdf(notice: FundsNotice) -> bytes:
    register_fonts()
    furniture = Furniture(numbers=PageNumbers.DASH, title=notice.title, author=notice.union_name)
    return render(funds_notice_story(notice), NOTICE, furniture)


def build_funds_notice(db, actor, year: int, quarter: int | None = None, date: dt.date | None = None) -> FundsNotice:
    """The notice of a year, or of one quarter of it, from the books (FUNDS_READ needed)."""
    from desktop.documents.members.contents import union_name
    from desktop.domain.funds.categories import INCOME, SPENDING
    from desktop.domain.funds.queries import FundsQueries, quarter_span, year_span

    queries = FundsQueries(db, actor)
    start, end = quarter_span(year, quarter) if quarter else year_span(year)
    label = f"{year}年第{'一二三四'[quarter - 1]}季度" if quarter else f"{year}年度"
    totals = queries.totals(start, end)
    by_category = queries.by_category(start, end)

    def lines(kind: str) -> tuple[NoticeLine, ...]:
        result = []
        for c in by_category:
            if c.kind != kind:
                continue
            if c.amount and c.parent is None:
                result.append(NoticeLine(c.label_zh, c.amount, 0))
            elif c.amount:
                result.append(NoticeLine(c.label_zh, c.amount, 1))
        return tuple(result)

    return FundsNotice(union_name(db), label, start, end, totals.opening, lines(INCOME), lines(SPENDING),
                       totals.income, totals.spending, date)
