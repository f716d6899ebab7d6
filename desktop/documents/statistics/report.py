"""The printed yearly report (年度工作报告附表): the figures as of a day beside a year earlier, with how
each is computed, the consistency checks, the charts and the year's activities; as PDF through the
paper engine and as an editable .docx (the figures table). Formats the plain values of
desktop.domain.statistics.reporting.PrintedReport; decides nothing."""

from __future__ import annotations

from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.documents.shared.fonts import SANS, register_fonts
from desktop.documents.shared.grid import GridColumn, GridStyle, GridTable
from desktop.documents.shared.page import TABLE_PORTRAIT, CaptionLine, Furniture, SignatureLine, Title, render
from desktop.documents.shared.text import blank_date
from desktop.documents.shared.word import WordTable, grid_word_columns, table_docx
from desktop.domain.statistics.reporting import PrintedReport, ReportChart

HEADING = ParagraphStyle("stats_heading", fontName=SANS, fontSize=12, leading=16, spaceBefore=3 * mm,
                         spaceAfter=1.5 * mm)
TEXT = ParagraphStyle("stats_text", fontName=SANS, fontSize=9.5, leading=13, wordWrap="CJK")

FIGURE_COLUMNS = (
    GridColumn("项目", 60 * mm),
    GridColumn("本期", 22 * mm, "right", nowrap=True),
    GridColumn("上年同期", 22 * mm, "right", nowrap=True),
    GridColumn("增减", 14 * mm, "right", nowrap=True),
    GridColumn("计算方法", 70 * mm),
)
ACTIVITY_COLUMNS = (
    GridColumn("日期", 22 * mm, nowrap=True),
    GridColumn("活动名称", 90 * mm),
    GridColumn("类型", 40 * mm),
    GridColumn("出席人次", 20 * mm, "right", nowrap=True),
)
GRID = GridStyle(size=9.5, leading=12)
BAR_COLOURS = ((0.27, 0.45, 0.71), (0.86, 0.42, 0.36))


class BarsFlowable(Flowable):
    """One chart of the home pane as horizontal bars: a label, one bar per series, the value."""

    ROW = 5.2 * mm
    LABEL = 38 * mm

    def __init__(self, chart: ReportChart, width: float):
        super().__init__()
        self.chart = chart
        self.width = width
        self.height = 9 * mm + len(chart.bars) * self.ROW * max(len(chart.series), 1) + 6 * mm

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self) -> None:
        canvas, chart = self.canv, self.chart
        canvas.setFont(SANS, 10.5)
        canvas.drawString(0, self.height - 5 * mm, chart.title)
        largest = max((float(v) for bar in chart.bars for v in bar.values), default=0) or 1
        room = self.width - self.LABEL - 28 * mm
        y = self.height - 9 * mm
        canvas.setFont(SANS, 8.5)
        for bar in chart.bars:
            for index, value in enumerate(bar.values):
                y -= self.ROW
                if index == 0:
                    canvas.setFillColorRGB(0, 0, 0)
                    canvas.drawString(0, y + 1.2 * mm, bar.label)
                canvas.setFillColorRGB(*BAR_COLOURS[index % len(BAR_COLOURS)])
                length = room * float(value) / largest
                canvas.rect(self.LABEL, y + 0.6 * mm, max(length, 0.3), self.ROW - 1.6 * mm, stroke=0, fill=1)
                canvas.setFillColorRGB(0, 0, 0)
                canvas.drawString(self.LABEL + length + 1.5 * mm, y + 1.2 * mm, _amount(value, chart.money))
        y -= 5 * mm
        x = self.LABEL
        for index, series in enumerate(chart.series):
            canvas.setFillColorRGB(*BAR_COLOURS[index % len(BAR_COLOURS)])
            canvas.rect(x, y, 3 * mm, 3 * mm, stroke=0, fill=1)
            canvas.setFillColorRGB(0, 0, 0)
            canvas.drawString(x + 4 * mm, y + 0.4 * mm, series)
            x += 30 * mm


def _amount(value, money: bool) -> str:
    return f"{Decimal(value):,.2f}" if money else str(value)


def _heading(text: str) -> Paragraph:
    return Paragraph(escape(text), HEADING)


def figure_rows(report: PrintedReport, section: str) -> list[tuple[str, ...]]:
    return [(line.label, line.value, line.earlier, line.change, line.how) for line in report.lines
            if line.section == section]


def report_pdf(report: PrintedReport) -> bytes:
    register_fonts()
    story: list[Flowable] = [
        Title(report.title, size=18, space_after=3 * mm),
        CaptionLine([f"填报单位：{report.union_name}", f"统计截止日期：{report.as_of}",
                     f"上年同期：{report.earlier_as_of}"]),
    ]
    for key, title in report.sections:
        rows = figure_rows(report, key)
        if rows:
            story += [_heading(title), GridTable(FIGURE_COLUMNS, rows, GRID)]
    story.append(_heading("逻辑检查"))
    story += [Paragraph(escape(f"{'✓' if passed else '✗'} {text}"), TEXT) for passed, text in report.checks]
    for chart in report.charts:
        story += [Spacer(0, 3 * mm), KeepTogether([BarsFlowable(chart, TABLE_PORTRAIT.frame_width)])]
    story.append(_heading(f"本年活动（{len(report.activities)} 项）"))
    if report.activities:
        story.append(GridTable(ACTIVITY_COLUMNS, list(report.activities), GRID))
    else:
        story.append(Paragraph("本年没有登记活动。", TEXT))
    story.append(SignatureLine([("填报人", report.preparer), ("审核人", report.reviewer),
                                ("联系电话", report.phone), ("填报日期", blank_date())]))
    furniture = Furniture.of_union(report.union_name, report.title)
    return render(story, TABLE_PORTRAIT, furniture)


def report_docx(report: PrintedReport) -> bytes:
    """The figures and the activities as one editable Word table (section titles as rows)."""
    rows: list[tuple[str, ...]] = []
    for key, title in report.sections:
        section = figure_rows(report, key)
        if section:
            rows.append((f"【{title}】", "", "", "", ""))
            rows += section
    rows.append(("【逻辑检查】", "", "", "", ""))
    rows += [(f"{'✓' if passed else '✗'} {text}", "", "", "", "") for passed, text in report.checks]
    rows.append((f"【本年活动（{len(report.activities)} 项）】", "", "", "", ""))
    rows += [(f"{day} {title}", present, "", "", kind) for day, title, kind, present in report.activities]
    paper = WordTable(report.union_name, report.title,
                      (f"填报单位：{report.union_name}　统计截止日期：{report.as_of}　上年同期：{report.earlier_as_of}",
                       f"填报人：{report.preparer}　审核人：{report.reviewer}　联系电话：{report.phone}"),
                      grid_word_columns(FIGURE_COLUMNS), tuple(rows))
    return table_docx(paper)


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    return str(value)


def template_pdf(title: str, widths: tuple[float, ...], rows: list[tuple[bool, list]]) -> bytes:
    """A filled statistical template as one grid on A4, the columns in the profile's proportions;
    rows without any value (spacers) are left out, bold rows are shaded as headings."""
    register_fonts()
    rows = [(bold, cells) for bold, cells in rows if any(_cell_text(c) for c in cells)]
    columns = max((len(cells) for _bold, cells in rows), default=1)
    natural = list(widths[:columns]) + [12.0] * (columns - len(widths[:columns]))
    scale = TABLE_PORTRAIT.frame_width / (sum(natural) or 1)
    data = [[Paragraph(escape(_cell_text(c)), TEXT) for c in cells] + [""] * (columns - len(cells))
            for _bold, cells in rows]
    table = Table(data, colWidths=[w * scale for w in natural], repeatRows=0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    style += [("BACKGROUND", (0, i), (-1, i), (0.88, 0.88, 0.88)) for i, (bold, _c) in enumerate(rows) if bold]
    table.setStyle(TableStyle(style))
    return render([table], TABLE_PORTRAIT, Furniture(header=title, title=title))
