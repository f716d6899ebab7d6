"""The papers of rights cases (维权), formatted from the frozen values of
desktop.domain.rights.printing (which decides what may be printed, masks, and records the print):
维权申请登记表, 调解申请书, 调解笔录 (one session), 调解协议书 (signature and seal places for both
parties and the mediators), 不予受理通知书, and the yearly anonymous case list for the parent union.
"""

from __future__ import annotations

from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.documents.shared.fonts import SANS, SERIF, register_fonts
from desktop.documents.shared.grid import GridColumn, GridStyle, GridTable
from desktop.documents.shared.page import FORM, TABLE_PORTRAIT, CaptionLine, Furniture, SignatureLine, Title, render
from desktop.documents.shared.text import blank_date, chinese_date
from desktop.domain.money import format_yuan, yuan_in_words
from desktop.domain.rights.printing import (
    AGREEMENT, APPLICATION, DECLINE_NOTICE, RECORD, REGISTRATION, CasePaper, YearSummary)

CELL = ParagraphStyle("rights_cell", fontName=SANS, fontSize=10.5, leading=14, wordWrap="CJK")
LABEL = ParagraphStyle("rights_label", parent=CELL, alignment=1)
TEXT = ParagraphStyle("rights_text", fontName=SERIF, fontSize=12, leading=20, wordWrap="CJK", firstLineIndent=24)
PLAIN = ParagraphStyle("rights_plain", parent=TEXT, firstLineIndent=0)
RIGHT = ParagraphStyle("rights_right", parent=PLAIN, alignment=2)

TITLES = {REGISTRATION: "维权申请登记表", APPLICATION: "劳动争议调解申请书", RECORD: "劳动争议调解笔录",
          AGREEMENT: "劳动争议调解协议书", DECLINE_NOTICE: "不予受理通知书"}


def _p(text: str, style: ParagraphStyle = CELL) -> Paragraph:
    """A paragraph of plain text: line breaks kept, and the ideographic spaces that leave room to
    write in kept too (reportlab would collapse them)."""
    return Paragraph(escape(text or "").replace("\n", "<br/>").replace("　", "&nbsp;&nbsp;&nbsp;"), style)


def _lines(text: str, style: ParagraphStyle = TEXT) -> list[Paragraph]:
    """One indented paragraph per line (an agreement's numbered terms)."""
    return [_p(line.strip(), style) for line in (text or "").splitlines() if line.strip()]


def _grid(rows: list[list], fractions: tuple[float, ...], spans=(), heights=None, top_rows=()) -> Table:
    """A form grid; the text of `top_rows` (tall boxes to write in) starts at the top."""
    table = Table(rows, colWidths=[FORM.frame_width * f for f in fractions], rowHeights=heights)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                               *[("SPAN", a, b) for a, b in spans],
                               *[("VALIGN", (1, r), (-1, r), "TOP") for r in top_rows]]))
    return table


def _yuan(amount: Decimal) -> str:
    return f"{format_yuan(amount)} 元" if amount else ""


def _workers(paper: CasePaper) -> str:
    if not paper.collective:
        return paper.name
    text = f"{paper.name}等 {paper.headcount} 人（集体争议）"
    return text + (f"：{paper.group}" if paper.group else "")


def _applicant_rows(paper: CasePaper) -> list[list]:
    return [
        [_p("申请人", LABEL), _p(_workers(paper)), _p("性别", LABEL), _p(paper.gender)],
        [_p("所在部门", LABEL), _p(paper.department), _p("联系电话", LABEL), _p(paper.mobile)],
        [_p("身份证号", LABEL), _p(paper.id_number), _p("被申请人", LABEL), _p(paper.other_party)],
    ]


# -- the papers -----------------------------------------------------------------------------------

def _registration(paper: CasePaper) -> list[Flowable]:
    rows = _applicant_rows(paper) + [
        [_p("争议类别", LABEL), _p(paper.category), _p("紧急程度", LABEL), _p(paper.urgency)],
        [_p("登记日期", LABEL), _p(chinese_date(paper.received_on)), _p("反映方式", LABEL), _p(paper.channel)],
        [_p("请求事项", LABEL), _p(paper.request), "", ""],
        [_p("请求金额", LABEL), _p(_yuan(paper.amount_claimed)), "", ""],
        [_p("受理意见", LABEL), _p("□ 受理　　□ 不予受理（理由及转介：　　　　　　　　　　　）\n\n"
                                  "经办人：　　　　　　　　　　　　年　　月　　日"), "", ""],
        [_p("工会意见", LABEL), _p("\n\n负责人：　　　　　　　　　　　　年　　月　　日"), "", ""],
    ]
    spans = [((1, r), (3, r)) for r in (5, 6, 7, 8)]
    return [CaptionLine([f"案件编号：{paper.case_no}", f"登记日期：{chinese_date(paper.received_on)}"]),
            _grid(rows, (0.15, 0.35, 0.15, 0.35), spans, heights=[None] * 5 + [40 * mm, None, 28 * mm, 24 * mm], top_rows=(5,))]


def _application(paper: CasePaper) -> list[Flowable]:
    return [
        CaptionLine([f"案件编号：{paper.case_no}"]),
        _grid(_applicant_rows(paper), (0.15, 0.35, 0.15, 0.35)), Spacer(0, 4 * mm),
        _grid([[_p("争议类别", LABEL), _p(paper.category)],
               [_p("请求事项", LABEL), _p(paper.request)],
               [_p("事实和理由", LABEL), _p("")]], (0.15, 0.85), heights=[None, 30 * mm, 70 * mm], top_rows=(1, 2)),
        Spacer(0, 6 * mm), _p(f"此致\n{paper.committee}", PLAIN), Spacer(0, 6 * mm),
        SignatureLine([("申请人（签名）", ""), ("日期", blank_date())]),
    ]


def _record(paper: CasePaper) -> list[Flowable]:
    s = paper.step
    rows = [[_p("时间", LABEL), _p(chinese_date(s.done_on)), _p("地点", LABEL), _p("")],
            [_p("案由", LABEL), _p(f"{paper.category}争议"), _p("调解员", LABEL), _p(s.handler)],
            [_p("申请人", LABEL), _p(_workers(paper)), _p("被申请人", LABEL), _p(paper.other_party)],
            [_p("参加人员", LABEL), _p(s.participants), "", ""],
            [_p("调解经过", LABEL), _p(s.summary), "", ""]]
    return [CaptionLine([f"案件编号：{paper.case_no}"]),
            _grid(rows, (0.15, 0.35, 0.15, 0.35), [((1, 3), (3, 3)), ((1, 4), (3, 4))],
                  heights=[None] * 4 + [110 * mm], top_rows=(4,)),
            Spacer(0, 4 * mm), _p("以上笔录经本人阅看（或已向本人宣读），记录无误。", PLAIN),
            SignatureLine([("申请人", ""), ("被申请人", "")]),
            SignatureLine([("调解员", ""), ("记录人", "")])]


def _agreement(paper: CasePaper) -> list[Flowable]:
    s = paper.step
    amount = (f"涉及金额：{format_yuan(s.amount)} 元（大写：{yuan_in_words(s.amount)}）。" if s.amount else "")
    seal = ParagraphStyle("seal", parent=PLAIN, leading=22)
    signatures = _grid([
        [_p("申请人（签名）：\n\n\n日期：　　　年　　月　　日", seal),
         _p("被申请人（签名或盖章）：\n\n\n日期：　　　年　　月　　日", seal)],
        [_p("调解员（签名）：\n\n\n日期：　　　年　　月　　日", seal),
         _p(f"{paper.committee}（盖章）\n\n\n日期：　　　年　　月　　日", seal)],
    ], (0.5, 0.5), heights=[36 * mm, 36 * mm])
    return [
        CaptionLine([f"案件编号：{paper.case_no}", f"调解日期：{chinese_date(s.done_on)}"]),
        _grid(_applicant_rows(paper), (0.15, 0.35, 0.15, 0.35)), Spacer(0, 4 * mm),
        _p(f"争议事项：{paper.category}。{paper.request}", TEXT),
        _p("经本委员会调解，双方当事人自愿达成如下协议：", TEXT),
        *_lines(s.terms), _p(amount, TEXT) if amount else Spacer(0, 0),
        _p("本协议书一式三份，双方当事人各执一份，调解委员会存档一份。本协议书由双方当事人签名或者盖章，"
           "经调解员签名并加盖调解组织印章后生效，对双方当事人具有约束力，当事人应当履行"
           "（《劳动争议调解仲裁法》第十四条）。", TEXT),
        Spacer(0, 6 * mm), KeepTogether([signatures]),
    ]


def _decline(paper: CasePaper) -> list[Flowable]:
    s = paper.step
    text = (f"你于{chinese_date(paper.received_on)}提出的{paper.category}争议调解申请（案件编号 {paper.case_no}），"
            f"经审查，因{s.reason.rstrip('。')}，本委员会决定不予受理。")
    referral = (f"你可以向{s.referral}反映或申请处理。" if s.referral else "")
    return [
        _p(f"{_workers(paper)}：", PLAIN), Spacer(0, 2 * mm), _p(text, TEXT),
        _p(referral + "如对劳动争议有异议，可以依法向劳动争议仲裁委员会申请仲裁。", TEXT),
        _p("特此通知。", TEXT), Spacer(0, 20 * mm), _p(paper.committee, RIGHT),
        _p(chinese_date(s.done_on), RIGHT),
    ]


_STORIES = {REGISTRATION: _registration, APPLICATION: _application, RECORD: _record, AGREEMENT: _agreement,
            DECLINE_NOTICE: _decline}


def case_paper_pdf(paper: CasePaper, kind: str) -> bytes:
    """One case paper (kind: a desktop.domain.rights.printing paper name) as a PDF."""
    register_fonts()
    title = TITLES[kind]
    story = [Title(title, size=20, space_after=4 * mm), *_STORIES[kind](paper)]
    furniture = Furniture.of_union(paper.union_name, title, f"{title} {paper.case_no}")
    return render(story, FORM, furniture)


SUMMARY_COLUMNS = (
    GridColumn("案件类别", 34 * mm),
    GridColumn("登记件数", 18 * mm, "right"),
    GridColumn("集体争议", 18 * mm, "right"),
    GridColumn("涉及人数", 18 * mm, "right"),
    GridColumn("不予受理", 18 * mm, "right"),
    GridColumn("已结案", 16 * mm, "right"),
    GridColumn("已解决", 16 * mm, "right"),
    GridColumn("挽回金额（元）", 30 * mm, "right", nowrap=True),
)


def _summary_rows(summary: YearSummary) -> list[tuple[str, ...]]:
    return [(line.category, str(line.received), str(line.collective), str(line.workers), str(line.declined),
             str(line.closed), str(line.resolved), format_yuan(line.amount))
            for line in (*summary.lines, summary.total)]


def _summary_title(summary: YearSummary) -> str:
    return f"{summary.year}年度维权案件统计表"


def _summary_note(summary: YearSummary) -> str:
    percent = summary.resolved_percent
    resolved = "—" if percent is None else f"{percent}%"
    return (f"解决率（已解决件数 ÷ 受理后已结案件数）：{resolved}；全年挽回经济损失合计 "
            f"{format_yuan(summary.total.amount)} 元。按登记日期统计，本表不含个人信息。")


def year_summary_pdf(summary: YearSummary) -> bytes:
    """The yearly case list for the parent union: counts by category, resolved %, amounts; no names."""
    register_fonts()
    title = _summary_title(summary)
    story = [
        Title(title, size=18, space_after=3 * mm),
        CaptionLine([f"填报单位：{summary.union_name}", f"统计期间：{summary.year}年1月1日至12月31日"]),
        GridTable(SUMMARY_COLUMNS, _summary_rows(summary), GridStyle(size=10.5, leading=14, min_row_height=8 * mm)),
        Spacer(0, 4 * mm),
        _p(_summary_note(summary), PLAIN),
        SignatureLine([("填表人", ""), ("审核人", ""), ("填报日期", blank_date())]),
    ]
    furniture = Furniture.of_union(summary.union_name, title)
    return render(story, TABLE_PORTRAIT, furniture)


def year_summary_docx(summary: YearSummary) -> bytes:
    """The same yearly case list as an editable Word/WPS table (what the parent union's form asks
    for is often typed over)."""
    from desktop.documents.shared.word import WordTable, grid_word_columns, table_docx

    captions = (f"填报单位：{summary.union_name}　　统计期间：{summary.year}年1月1日至12月31日", _summary_note(summary))
    return table_docx(WordTable(summary.union_name, _summary_title(summary), captions,
                                grid_word_columns(SUMMARY_COLUMNS), tuple(_summary_rows(summary)),
                                signatures=("填表人", "审核人")))
