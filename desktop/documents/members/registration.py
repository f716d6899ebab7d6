"""会员登记表: one page per member — the record on file, the membership history, the member's
confirmation and consent, and the union's opinion with room for the seal.

A form of fixed shape, a page each, so reportlab's Table (with spans) is the right tool here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from desktop.documents.shared.fonts import SERIF, register_fonts
from desktop.documents.shared.page import FORM, CaptionLine, Furniture, PageNumbers, Title, render
from desktop.documents.shared.text import blank_date, cell, chinese_date

SIZE = 10.5  # 五号
HISTORY_ROWS = 5


@dataclass(frozen=True)
class HistoryLine:
    date: dt.date | None
    event: str
    reason: str = ""
    approver: str = ""


@dataclass(frozen=True)
class RegistrationRecord:
    """A member's record as printed: every value already a label ("汉族", not "01")."""

    name: str
    gender: str = ""
    birth_date: dt.date | str | None = None   # "1985年" where the ID number is masked
    ethnicity: str = ""
    political_status: str = ""
    education: str = ""
    skill_level: str = ""
    native_place: str = ""
    migrant_worker: str = ""
    id_type: str = ""
    id_number: str = ""
    mobile: str = ""
    household_type: str = ""
    household_place: str = ""
    work_unit: str = ""
    department: str = ""
    team: str = ""
    post: str = ""
    employment_status: str = ""
    hire_date: dt.date | None = None
    join_date: dt.date | None = None
    status: str = ""
    card_no: str = ""
    member_no: str = ""
    remarks: str = ""
    history: tuple[HistoryLine, ...] = ()


@dataclass(frozen=True)
class RegistrationForms:
    union_name: str
    records: tuple[RegistrationRecord, ...]
    printed_on: dt.date


_LABEL = ParagraphStyle("label", fontName=SERIF, fontSize=SIZE, leading=SIZE * 1.3, alignment=1, wordWrap="CJK")
_VALUE = ParagraphStyle("value", fontName=SERIF, fontSize=SIZE, leading=SIZE * 1.3, wordWrap="CJK")
_TEXT = ParagraphStyle("text", parent=_VALUE, firstLineIndent=2 * SIZE)

# Seven columns: three label/value pairs and the photo column.
WIDTHS = [20 * mm, 29 * mm, 20 * mm, 29 * mm, 23 * mm, 28 * mm, 23 * mm]


def _p(value: object, style: ParagraphStyle = _VALUE) -> Paragraph:
    return Paragraph(escape(cell(value)), style)


def _label(text: str) -> Paragraph:
    return Paragraph(text, _LABEL)


def _details(r: RegistrationRecord) -> Table:
    L, V = _label, _p
    rows = [
        [L("姓名"), V(r.name), L("性别"), V(r.gender), L("出生日期"), V(r.birth_date), L("照片")],
        [L("民族"), V(r.ethnicity), L("政治面貌"), V(r.political_status), L("学历"), V(r.education), ""],
        [L("技能等级"), V(r.skill_level), L("籍贯"), V(r.native_place), L("是否农民工"), V(r.migrant_worker), ""],
        [L("证件类型"), V(r.id_type), L("证件号码"), V(r.id_number), "", "", ""],
        [L("手机号码"), V(r.mobile), L("户籍类型"), V(r.household_type), L("户籍所在地"), V(r.household_place), ""],
        [L("工作单位"), V(r.work_unit), "", "", L("部门"), V(r.department), ""],
        [L("班组"), V(r.team), L("岗位"), V(r.post), L("就业状况"), V(r.employment_status), ""],
        [L("入职时间"), V(r.hire_date), L("入会时间"), V(r.join_date), L("会籍状态"), V(r.status), ""],
        [L("会员卡号"), V(r.card_no), "", "", L("会员编号"), V(r.member_no), ""],
        [L("备注"), V(r.remarks), "", "", "", "", ""],
    ]
    heights = [9.5 * mm] * 9 + [14 * mm]
    style = TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, (0, 0, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),   # four-character captions fit on one line
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("SPAN", (6, 0), (6, 3)),          # photo, four rows high
        ("VALIGN", (6, 0), (6, 0), "MIDDLE"),
        ("SPAN", (3, 3), (5, 3)),          # ID number
        ("SPAN", (5, 4), (6, 4)),          # household place
        ("SPAN", (1, 5), (3, 5)),          # work unit
        ("SPAN", (5, 5), (6, 5)),
        ("SPAN", (5, 6), (6, 6)),
        ("SPAN", (5, 7), (6, 7)),
        ("SPAN", (1, 8), (3, 8)),          # card no.
        ("SPAN", (5, 8), (6, 8)),
        ("SPAN", (1, 9), (6, 9)),          # remarks
        ("BACKGROUND", (0, 0), (0, -1), (0.93, 0.93, 0.93)),
        ("BACKGROUND", (2, 0), (2, 2), (0.93, 0.93, 0.93)),
        ("BACKGROUND", (2, 4), (2, 4), (0.93, 0.93, 0.93)),
        ("BACKGROUND", (2, 6), (2, 7), (0.93, 0.93, 0.93)),
        ("BACKGROUND", (2, 3), (2, 3), (0.93, 0.93, 0.93)),
        ("BACKGROUND", (4, 0), (4, 2), (0.93, 0.93, 0.93)),
        ("BACKGROUND", (4, 4), (4, 8), (0.93, 0.93, 0.93)),
    ])
    return Table(rows, colWidths=WIDTHS, rowHeights=heights, style=style)


def _history(r: RegistrationRecord) -> Table:
    rows = [[_label("会籍变动日期"), _label("变动类型"), _label("原因"), _label("批准人")]]
    for line in r.history[-HISTORY_ROWS:]:
        rows.append([_p(chinese_date(line.date)), _p(line.event), _p(line.reason), _p(line.approver)])
    while len(rows) < HISTORY_ROWS + 1:
        rows.append(["", "", "", ""])
    widths = [36 * mm, 30 * mm, 78 * mm, 28 * mm]
    style = TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, (0, 0, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), (0.93, 0.93, 0.93)),
    ])
    return Table(rows, colWidths=widths, rowHeights=[8 * mm] * len(rows), style=style)


def _signatures() -> Table:
    declaration = _p("本人确认以上信息真实、准确，同意工会为会员管理和服务的需要收集、使用上述个人信息。", _TEXT)
    # plain strings, not Paragraphs: the blanks to sign on are runs of spaces, which Paragraph collapses
    member = f"本人签名：                              {blank_date()}"
    opinion = _p("工会意见：")
    seal = f"（盖章）          {blank_date()}"
    rows = [[declaration], [member], [opinion], [""], [seal]]
    style = TableStyle([
        ("BOX", (0, 0), (-1, 1), 0.6, (0, 0, 0)),
        ("BOX", (0, 2), (-1, 4), 0.6, (0, 0, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 0), (-1, -1), SERIF, SIZE),
        ("ALIGN", (0, 1), (0, 1), "RIGHT"),
        ("ALIGN", (0, 4), (0, 4), "RIGHT"),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8 * mm),
    ])
    widths = [sum(WIDTHS)]
    return Table(rows, colWidths=widths, rowHeights=[12 * mm, 10 * mm, 8 * mm, 14 * mm, 10 * mm], style=style)


def registration_pdf(forms: RegistrationForms) -> bytes:
    register_fonts()  # text is measured before the page template would register them
    story = []
    for n, record in enumerate(forms.records):
        if n:
            story.append(PageBreak())
        story += [
            Title("工会会员登记表", size=20, space_after=3 * mm),
            CaptionLine([f"工会名称：{forms.union_name}", f"填表日期：{chinese_date(forms.printed_on)}"],
                        font=SERIF),
            _details(record), Spacer(0, 4 * mm),
            _history(record), Spacer(0, 4 * mm),
            _signatures(),
        ]
    # each member's form stands alone: no "第 X 页 共 Y 页" across the batch
    furniture = Furniture(numbers=PageNumbers.NONE, title="工会会员登记表", author=forms.union_name)
    return render(story, FORM, furniture)
