"""The papers of hardship aid (困难职工帮扶): the application form (帮扶申请书), the approval form
with its signature blocks (审批表), the payment sheet (发放签领表) and the public notice (公示).

Renderers take plain values (the dataclasses below); desktop.documents.aid.contents builds them
from the database for one acting user. The public notice shows ONLY name, department, tier or
aid type and amount: its input type has no other field, so nothing else can leak onto it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.documents.shared.fonts import SANS, SERIF, register_fonts
from desktop.documents.shared.grid import GridColumn, GridStyle, GridTable
from desktop.documents.shared.notice import LINE, OfficialTitle, SignatureBlock, body_paragraph
from desktop.documents.shared.page import (
    FORM, NOTICE, TABLE_PORTRAIT, CaptionLine, Furniture, PageNumbers, SignatureLine, Title, render,
)
from desktop.documents.shared.text import blank_date, chinese_date
from desktop.domain.money import format_yuan, yuan_in_words

CELL = ParagraphStyle("aid_cell", fontName=SANS, fontSize=10, leading=13, wordWrap="CJK")
LABEL = ParagraphStyle("aid_label", parent=CELL, alignment=1)
# rightIndent: reportlab hangs a comma that may not start a line past the right edge; one
# character of room keeps it inside the type area
TEXT = ParagraphStyle("aid_text", fontName=SERIF, fontSize=11, leading=16, wordWrap="CJK", firstLineIndent=22,
                      rightIndent=11)


def _p(text: str, style: ParagraphStyle = CELL) -> Paragraph:
    return Paragraph(escape(text or "").replace("\n", "<br/>"), style)


def _grid(rows: list[list], widths: list[float], spans: list = (), heights=None) -> Table:
    table = Table(rows, colWidths=widths, rowHeights=heights)
    commands = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    commands += [("SPAN", a, b) for a, b in spans]
    table.setStyle(TableStyle(commands))
    return table


# -- application form -----------------------------------------------------------------------------

@dataclass(frozen=True)
class HouseholdLine:
    name: str
    relation: str
    birth_date: dt.date | None
    health: str
    work_or_school: str
    monthly_income: Decimal


@dataclass(frozen=True)
class ApplicationForm:
    union_name: str
    case_no: str
    opened_on: dt.date | None
    name: str
    gender: str
    birth_date: dt.date | str | None   # "1985年" beside a masked ID number
    department: str
    id_number: str             # masked unless the printing user chose full numbers (audited)
    mobile: str
    category: str
    work_status: str
    marital_status: str
    household_type: str
    health: str                # masked unless revealed
    disability: str
    housing: str
    address: str
    household_size: int
    yearly_income: Decimal
    rigid_spending: Decimal
    per_head_month: Decimal
    main_cause: str
    secondary_cause: str
    aid_types: tuple[tuple[str, bool], ...]   # (label, requested)
    situation: str
    household: tuple[HouseholdLine, ...]
    consent_on: dt.date | None
    consent_scope: str


def application_pdf(form: ApplicationForm) -> bytes:
    register_fonts()
    w = FORM.frame_width
    c = [w * 0.15, w * 0.35, w * 0.15, w * 0.35]
    rows = [
        [_p("姓名", LABEL), _p(form.name), _p("性别", LABEL), _p(form.gender)],
        [_p("出生日期", LABEL), _p(form.birth_date if isinstance(form.birth_date, str) else chinese_date(form.birth_date)),
         _p("身份证号", LABEL), _p(form.id_number)],
        [_p("所在部门", LABEL), _p(form.department), _p("联系电话", LABEL), _p(form.mobile)],
        [_p("职工类别", LABEL), _p(form.category), _p("就业状况", LABEL), _p(form.work_status)],
        [_p("婚姻状况", LABEL), _p(form.marital_status), _p("户口性质", LABEL), _p(form.household_type)],
        [_p("健康状况", LABEL), _p(form.health), _p("残疾类别等级", LABEL), _p(form.disability)],
        [_p("住房情况", LABEL), _p(form.housing), _p("家庭人口", LABEL), _p(f"{form.household_size} 人")],
        [_p("家庭住址", LABEL), _p(form.address), "", ""],
        [_p("家庭年可支配收入", LABEL), _p(f"{format_yuan(form.yearly_income)} 元"), _p("年刚性支出", LABEL),
         _p(f"{format_yuan(form.rigid_spending)} 元")],
        [_p("人均月收入", LABEL), _p(f"{format_yuan(form.per_head_month)} 元"), _p("致困原因", LABEL),
         _p(f"主要：{form.main_cause}" + (f"\n次要：{form.secondary_cause}" if form.secondary_cause else ""))],
        [_p("申请帮扶类型", LABEL), _p("  ".join(("■" if on else "□") + label for label, on in form.aid_types)),
         "", ""],
    ]
    info = _grid(rows, c, spans=[((1, 7), (3, 7)), ((1, 10), (3, 10))])
    household_rows = [[_p(h, LABEL) for h in ("姓名", "与申请人关系", "出生日期", "健康状况", "工作单位/学校", "月收入(元)")]]
    for person in form.household or ():
        household_rows.append([_p(person.name), _p(person.relation), _p(chinese_date(person.birth_date)),
                               _p(person.health), _p(person.work_or_school), _p(format_yuan(person.monthly_income))])
    for _ in range(max(0, 3 - len(form.household))):
        household_rows.append(["", "", "", "", "", ""])
    household = _grid(household_rows, [w * f for f in (0.14, 0.14, 0.17, 0.15, 0.25, 0.15)])
    consent = (f"本人承诺以上所填情况及所附材料真实、完整，如有虚假愿承担相应责任；同意工会入户调查并核查家庭收入。"
               f"本人单独同意工会为困难帮扶之目的收集、使用本人及家庭成员的健康、收入、银行账户等敏感个人信息"
               f"（{form.consent_scope or '范围：帮扶审核、发放及回访'}），并知悉帮扶名单将按规定在本单位公示"
               f"（公示内容仅限姓名、部门、困难类别或帮扶类型及金额）。")
    story: list[Flowable] = [
        Title("困难职工帮扶申请书", size=20, space_after=3 * mm),
        CaptionLine([f"档案号：{form.case_no}", f"申请日期：{chinese_date(form.opened_on) or blank_date()}"], size=10),
        info, Spacer(0, 3 * mm),
        _p("家庭成员情况", ParagraphStyle("h", parent=CELL, fontSize=11)), Spacer(0, 1.5 * mm), household,
        Spacer(0, 3 * mm),
        _grid([[_p("申请理由（家庭困难情况）", LABEL)], [_p(form.situation, TEXT)]], [w],
              heights=[None, 38 * mm]),
        Spacer(0, 3 * mm),
        KeepTogether([_p(consent, TEXT), Spacer(0, 6 * mm),
                      SignatureLine([("申请人签名", ""), ("同意日期", chinese_date(form.consent_on) or blank_date())])]),
    ]
    furniture = Furniture.of_union(form.union_name, "困难职工帮扶申请书")
    return render(story, FORM, furniture)


# -- approval form --------------------------------------------------------------------------------

@dataclass(frozen=True)
class StepLine:
    step: str
    decision: str
    decided_by: str
    decided_on: dt.date
    reason: str


@dataclass(frozen=True)
class ApprovalForm:
    union_name: str
    case_no: str
    name: str
    department: str
    opened_on: dt.date
    tier: str
    tier_computed: str
    override_reason: str
    calculation: str
    aid_requested: str
    aid_granted: str
    paid_total: Decimal
    steps: tuple[StepLine, ...]
    filed_by: str
    reviewed_by: str


def approval_pdf(form: ApprovalForm) -> bytes:
    register_fonts()
    w = FORM.frame_width
    c = [w * 0.17, w * 0.33, w * 0.17, w * 0.33]
    tier_text = form.tier + (f"（计算结果：{form.tier_computed}；调整理由：{form.override_reason}）"
                             if form.override_reason else "")
    info = _grid([
        [_p("档案号", LABEL), _p(form.case_no), _p("申请日期", LABEL), _p(chinese_date(form.opened_on))],
        [_p("申请人", LABEL), _p(form.name), _p("所在部门", LABEL), _p(form.department)],
        [_p("困难类别", LABEL), _p(tier_text), "", ""],
        [_p("认定计算", LABEL), _p(form.calculation), "", ""],
        [_p("申请帮扶", LABEL), _p(form.aid_requested), _p("批准帮扶", LABEL), _p(form.aid_granted)],
        [_p("建档人", LABEL), _p(form.filed_by), _p("审核人", LABEL), _p(form.reviewed_by)],
    ], c, spans=[((1, 2), (3, 2)), ((1, 3), (3, 3))])
    step_rows = [[_p(h, LABEL) for h in ("环节", "决定", "经办人", "日期", "意见/理由")]]
    for s in form.steps:
        step_rows.append([_p(s.step), _p(s.decision), _p(s.decided_by), _p(chinese_date(s.decided_on)), _p(s.reason)])
    # the date column is as wide as a two-digit month and day: a date never breaks inside
    date_width = stringWidth("2026年10月26日", SANS, CELL.fontSize) + 8
    steps = _grid(step_rows, [w * 0.16, w * 0.14, w * 0.13, date_width, w * 0.57 - date_width])

    def block(title: str, signer: str) -> list:
        return [_p(title, ParagraphStyle("b", parent=CELL, fontSize=11)),
                _p("\n\n\n"),
                _p(f"{signer}（签名）：________________        {blank_date()}", ParagraphStyle("r", parent=CELL,
                                                                                              alignment=2))]
    blocks = _grid([
        [_p("初审意见", LABEL), block("", "初审人")],
        [_p("入户调查意见", LABEL), block("", "调查人")],
        [_p("公示情况", LABEL), block("公示期间有无异议：□无  □有（已核实处理）", "经办人")],
        [_p("工会审批意见", LABEL), block("", "工会主席")],
    ], [w * 0.18, w * 0.82])
    story = [
        Title("困难职工帮扶审批表", size=20, space_after=3 * mm),
        CaptionLine([f"档案号：{form.case_no}", f"已发放合计：{format_yuan(form.paid_total)} 元"], size=10),
        info, Spacer(0, 3 * mm),
        _p("办理记录", ParagraphStyle("h", parent=CELL, fontSize=11)), Spacer(0, 1.5 * mm), steps,
        Spacer(0, 4 * mm), KeepTogether([blocks, Spacer(0, 3 * mm), _p("（盖章）", ParagraphStyle(
            "seal", parent=CELL, alignment=2))]),
    ]
    furniture = Furniture.of_union(form.union_name, "困难职工帮扶审批表")
    return render(story, FORM, furniture)


# -- payment sheet --------------------------------------------------------------------------------

@dataclass(frozen=True)
class PaymentLine:
    name: str
    department: str
    aid_type: str
    form: str
    items: str
    amount: Decimal


@dataclass(frozen=True)
class PaymentSheet:
    union_name: str
    title: str
    paid_on: dt.date
    handler: str
    lines: tuple[PaymentLine, ...]

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0.00"))


PAYMENT_COLUMNS = (
    GridColumn("序号", 10 * mm, "center"),
    GridColumn("姓名", 20 * mm),
    GridColumn("部门", 26 * mm),
    GridColumn("帮扶类型", 26 * mm),
    GridColumn("形式", 14 * mm, "center"),
    GridColumn("发放内容", 30 * mm),
    GridColumn("金额（元）", 22 * mm, "right", nowrap=True),
    GridColumn("领取人签名", 32 * mm),
)


class _Stack(Flowable):
    """Several small flowables kept as one (the payment sheet's total line and signatures)."""

    def __init__(self, parts: list[Flowable], gap: float = 4 * mm):
        super().__init__()
        self.parts, self.gap = parts, gap

    def wrap(self, available_width, available_height):
        self.width = available_width
        self._sizes = [p.wrap(available_width, available_height) for p in self.parts]
        self.height = sum(h for _, h in self._sizes) + self.gap * len(self.parts)
        return self.width, self.height

    def draw(self):
        y = self.height
        for part, (_, h) in zip(self.parts, self._sizes):
            y -= h + self.gap
            part.drawOn(self.canv, 0, y)


def payment_sheet_pdf(sheet: PaymentSheet) -> bytes:
    register_fonts()
    rows = [(str(n), l.name, l.department, l.aid_type, l.form, l.items, format_yuan(l.amount), "")
            for n, l in enumerate(sheet.lines, start=1)]
    rows.append(("", "合计", f"{len(sheet.lines)} 人", "", "", "", format_yuan(sheet.total), ""))
    tail = _Stack([
        CaptionLine([f"合计金额（大写）：{yuan_in_words(sheet.total)}", f"（小写）¥{format_yuan(sheet.total)}"], size=11,
                    space_after=0),
        SignatureLine([("经办人", sheet.handler), ("审核人", ""), ("工会主席（审批）", "")]),
        SignatureLine([("日期", blank_date())]),
    ], gap=5 * mm)
    story = [
        Title("困难职工帮扶资金发放签领表", size=18, space_after=3 * mm),
        CaptionLine([f"批次：{sheet.title}", f"发放日期：{chinese_date(sheet.paid_on)}", f"共 {len(sheet.lines)} 人"],
                    size=10.5),
        GridTable(PAYMENT_COLUMNS, rows, GridStyle(size=10, leading=13, min_row_height=10 * mm), tail=tail,
                  max_row_height=TABLE_PORTRAIT.frame_height / 3),
    ]
    furniture = Furniture.of_union(sheet.union_name, "发放签领表", f"发放签领表 {sheet.title}")
    return render(story, TABLE_PORTRAIT, furniture)


# -- public notice --------------------------------------------------------------------------------

@dataclass(frozen=True)
class NoticeLine:
    """ONLY what a public notice may show."""

    name: str
    department: str
    tier_or_type: str
    amount: Decimal


@dataclass(frozen=True)
class AidNotice:
    union_name: str
    year: int
    lines: tuple[NoticeLine, ...]
    date: dt.date | None
    period: tuple[dt.date, dt.date] | None = None
    contact: str = ""


NOTICE_COLUMNS = (
    GridColumn("序号", 12 * mm, "center"),
    GridColumn("姓名", 24 * mm),
    GridColumn("部门", 36 * mm),
    GridColumn("困难类别/帮扶类型", 50 * mm),
    GridColumn("金额（元）", 28 * mm, "right", nowrap=True),
)


def aid_notice_pdf(notice: AidNotice) -> bytes:
    register_fonts()
    total = sum((line.amount for line in notice.lines), Decimal("0.00"))
    rows = [(str(n), l.name, l.department, l.tier_or_type, format_yuan(l.amount))
            for n, l in enumerate(notice.lines, start=1)]
    rows.append(("", "合计", "", f"{len(notice.lines)} 户", format_yuan(total)))
    intro = (f"根据困难职工帮扶工作有关规定，经个人申请、初审、入户调查和工会审批，现将{notice.year}年度困难职工"
             f"帮扶情况予以公示。如有异议，请在公示期内以书面或当面方式向工会反映。")
    closing = []
    if notice.period:
        start, end = notice.period
        closing.append(body_paragraph(f"公示期：{chinese_date(start)}至{chinese_date(end)}"
                                      f"（共{(end - start).days + 1}天）。"))
    if notice.contact:
        closing.append(body_paragraph(f"联系方式：{notice.contact}"))
    closing.append(SignatureBlock(notice.union_name, chinese_date(notice.date) if notice.date else blank_date()))
    story = [
        OfficialTitle(f"关于{notice.year}年度困难职工帮扶情况的公示"),
        body_paragraph(intro), Spacer(0, LINE * 0.4),
        GridTable(NOTICE_COLUMNS, rows, GridStyle(size=12, leading=15, min_row_height=8 * mm)),
        Spacer(0, LINE * 0.4), KeepTogether(closing),
    ]
    furniture = Furniture(numbers=PageNumbers.DASH, title=f"{notice.year}年度困难职工帮扶公示",
                          author=notice.union_name)
    return render(story, NOTICE, furniture)
