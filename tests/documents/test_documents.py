"""The papers as a user would check them: the fonts travel inside the file, names and titles copy
out as text, long lists go on to more pages with the header repeated, empty fields print blank,
wide rosters turn the page, notices keep the signature with the text."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from desktop.documents.members.contents import DEFAULT_ROSTER_COLUMNS, ROSTER_FIELDS, RosterRequest, roster_from_rows
from desktop.documents.shared.notice import Notice, notice_pdf
from desktop.documents.shared.notice_templates import TEMPLATES
from desktop.documents.members.registration import RegistrationForms, RegistrationRecord, registration_pdf
from desktop.documents.members.roster import Roster, RosterColumn, roster_pdf
from desktop.documents.members.signin import SignInEntry, SignInSheet, signin_pdf
from desktop.domain.members.lifecycle import Status
from desktop.domain.members.queries import MemberRow
from tests.pdf_reading import pdf_fonts, text_pieces
from tests.documents.conftest import (
    embedded_font_files, is_landscape, page_count, text_of,
    unembedded_standard_fonts,
)

DAY = dt.date(2026, 4, 2)


def member_row(n: int, name: str | None = None, **fields) -> MemberRow:
    values = dict(
        id=n, name=name or f"会员{n:04d}", gender="1", birth_date=dt.date(1985, 3, 12), ethnicity="01",
        department="生产一车间", team="甲班", post="操作工", mobile="13800138000",
        id_number="110105********002X", card_no=None, member_no=None, join_date=dt.date(2010, 5, 1),
        status=Status.ACTIVE, education="20", political_status="13", is_migrant_worker=False,
        employment_status="1",
    )
    values.update(fields)
    return MemberRow(**values)


def roster_of(rows, columns=DEFAULT_ROSTER_COLUMNS, **request) -> bytes:
    return roster_pdf(roster_from_rows(rows, RosterRequest(columns=columns, **request), "测试机械厂工会委员会", DAY))


def test_fonts_are_embedded_and_no_unembedded_font_is_used(tmp_path):
    pdf = roster_of([member_row(1, "张海生")])
    assert embedded_font_files(pdf) >= 1
    assert unembedded_standard_fonts(pdf) == []


def test_pdffonts_reports_every_font_embedded(tmp_path):
    pdf = notice_pdf(Notice("关于召开会员大会的通知", "# 会议时间\n上午9点", "测试工会", DAY))
    fonts = pdf_fonts(pdf)
    assert fonts, "no fonts at all"
    assert all(font.embedded for font in fonts), fonts


def test_names_and_title_come_back_as_text_including_rare_characters(tmp_path):
    pdf = roster_of([member_row(1, "张海生"), member_row(2, "王䶮"), member_row(3, "欧阳娜娜")])
    text = text_of(pdf, tmp_path)
    for expected in ("测试机械厂工会委员会会员花名册", "张海生", "王䶮", "欧阳娜娜", "截至2026年4月2日", "共 3 人"):
        assert expected in text
    assert "⼯" not in text  # Kangxi radical look-alike: 工会 must copy as 工会


def test_long_roster_repeats_the_header_and_numbers_pages(tmp_path):
    rows = [member_row(n) for n in range(1, 301)]
    pdf = roster_of(rows)
    pages = page_count(pdf)
    assert pages > 1
    seen = []
    for page in range(1, pages + 1):
        text = text_of(pdf, tmp_path, page)
        assert "姓名" in text and "身份证号码" in text, f"no header on page {page}"
        assert f"第{page}页共{pages}页" in text.replace(" ", "")
        seen += [n for n in range(1, 301) if f"会员{n:04d}" in text]
    assert seen == list(range(1, 301))  # every member once, in order
    first, per_page = per_page_on(pdf, tmp_path, 1), per_page_on(pdf, tmp_path, 2)
    expected = 1 + math.ceil((300 - first) / per_page)
    # the 制表人 line takes the last row along when the last page is full: one more page then
    assert pages == expected or ((300 - first) % per_page == 0 and pages == expected + 1)


def per_page_on(pdf: bytes, tmp_path, page: int) -> int:
    text = text_of(pdf, tmp_path, page)
    return sum(1 for n in range(1, 301) if f"会员{n:04d}" in text)


def test_page_count_grows_with_the_rows():
    one = page_count(roster_of([member_row(1)]))
    many = page_count(roster_of([member_row(n) for n in range(1, 201)]))
    assert one == 1
    assert many >= 4  # one line a member: about 40 to an A4 portrait page


def test_a_member_with_empty_fields_prints(tmp_path):
    empty = member_row(7, "李空", gender="", birth_date=None, ethnicity=None, department=None, team=None,
                       post=None, mobile=None, id_number="", join_date=None, education=None,
                       political_status=None, employment_status=None)
    pdf = roster_of([member_row(1), empty], columns=tuple(ROSTER_FIELDS))
    assert page_count(pdf) == 1


def test_few_columns_are_portrait_and_many_are_landscape():
    rows = [member_row(1)]
    assert not is_landscape(roster_of(rows))
    assert is_landscape(roster_of(rows, columns=tuple(ROSTER_FIELDS)))
    assert is_landscape(roster_of(rows, orientation="landscape"))


def test_masked_roster_says_so_and_signature_column_is_added(tmp_path):
    text = text_of(roster_of([member_row(1)], signature_column=True), tmp_path)
    assert "身份证号码已部分隐藏" in text
    assert "签名" in text
    assert "制表人" in text and "审核人" in text


def test_long_names_wrap_inside_their_cell(tmp_path):
    long = "阿卜杜热依木·买买提艾力克斯坦巴依尔"
    pdf = roster_of([member_row(1, long)])
    assert page_count(pdf) == 1
    assert "阿卜杜" in text_of(pdf, tmp_path)


def test_signin_sheet_for_members_and_blank_rows(tmp_path):
    entries = tuple(SignInEntry(f"签到人{n:02d}", "综合办公室") for n in range(1, 31))
    sheet = SignInSheet("测试工会", "2026年第一次会员代表大会签到表", DAY, "三楼会议室", entries, blank_rows=5)
    pdf = signin_pdf(sheet)
    text = text_of(pdf, tmp_path)
    for expected in ("2026年第一次会员代表大会签到表", "时间：2026年4月2日", "地点：三楼会议室", "签到人01",
                     "签到人30", "序号", "签名", "备注", "组织人", "审核人", "应到 30 人"):
        assert expected in text
    assert " 35 " in f" {text} ".replace("\n", " ")  # 30 members + 5 blank rows numbered on
    assert not is_landscape(pdf)


def test_blank_signin_sheet_pages():
    assert page_count(signin_pdf(SignInSheet("测试工会", blank_rows=10))) == 1
    assert page_count(signin_pdf(SignInSheet("测试工会", blank_rows=30))) == 1   # up to 30 rows: one page
    assert page_count(signin_pdf(SignInSheet("测试工会", blank_rows=60))) >= 3  # ~22 tall rows a page


def test_signin_sheet_has_meeting_time_and_place_and_room_to_write_the_date():
    sheet = SignInSheet("测试工会", "职工代表大会签到表", None, "", blank_rows=30, meeting="第五届职工代表大会第二次会议",
                        time="9:00—11:30")
    pdf = signin_pdf(sheet)
    text = "".join(text_of(pdf).split())
    assert "会议名称：第五届职工代表大会第二次会议" in text and "9:00—11:30" in text and "地点：" in text
    pieces = text_pieces(pdf, 1)
    caption = next(p for p in pieces if p.text == "日期：")
    date = next(p for p in pieces if p.text.startswith("年") and p.y0 == caption.y0)
    millimetre = 72 / 25.4
    assert date.x0 - caption.x1 >= 15 * millimetre                       # before 年
    assert (date.x1 - date.x0 - 3 * date.size) / 2 >= 15 * millimetre    # before 月 and before 日


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_notice_templates_lay_out_with_title_headings_signature_and_date(tmp_path, key):
    template = TEMPLATES[key]
    period = (DAY, DAY + dt.timedelta(days=6)) if template.period_days else None
    pdf = notice_pdf(Notice(template.title, template.body, "测试机械厂工会委员会", DAY, template.addressee,
                            ("参会回执",), period))
    text = text_of(pdf, tmp_path)
    assert template.title in text
    last_page = text_of(pdf, tmp_path, page_count(pdf))
    assert "测试机械厂工会委员会" in last_page and "2026年4月2日" in last_page
    assert "附件：参会回执" in text.replace(" ", "")
    if key == "meeting":
        assert "一、会议时间" in text and "（一）传达学习" in text
    if period:
        assert "公示期：2026年4月2日至2026年4月8日" in text


def test_signature_never_stands_alone_on_a_page(tmp_path):
    for lines in range(10, 40):  # whatever the length, the signature has text above it on its page
        body = "\n".join(f"第{n}段，内容。" for n in range(lines))
        pdf = notice_pdf(Notice("关于某事的通知", body, "测试工会", DAY))
        last = text_of(pdf, tmp_path, page_count(pdf))
        assert "测试工会" in last and "段，内容。" in last, f"{lines} lines: signature alone"


def test_registration_form_one_page_per_member(tmp_path):
    records = (RegistrationRecord("张海生", "男", dt.date(1985, 3, 12), id_number="110105********002X"),
               RegistrationRecord("王䶮"))  # nearly every field empty
    pdf = registration_pdf(RegistrationForms("测试工会", records, DAY))
    assert page_count(pdf) == 2
    assert "张海生" in text_of(pdf, tmp_path, 1)
    second = text_of(pdf, tmp_path, 2)
    assert "王䶮" in second and "会员登记表" in second


def test_roster_of_a_custom_document_without_members():
    roster = Roster("", (RosterColumn("姓名", 30),), (("张三",),), DAY, masked_ids=False)
    assert page_count(roster_pdf(roster)) == 1


def test_roster_heading_never_prints_over_itself():
    """The 花名册 heading of the report: 填报单位 with the union's name, the masking note and the date."""
    for name in ("华东精密机械有限公司工会委员会", "华东精密机械制造股份有限公司第二分公司生产保障与后勤综合服务中心联合会工会委员会"):
        pdf = roster_pdf(roster_from_rows([member_row(n) for n in range(1, 4)], RosterRequest(), name, DAY))
        pieces = text_pieces(pdf, 1)
        caption = next(p for p in pieces if p.text.startswith("填报单位："))
        assert name in "".join(p.text for p in pieces if abs(p.y0 - caption.y0) < 20)
        assert not [(a.text, b.text) for i, a in enumerate(pieces) for b in pieces[i + 1:] if a.overlaps(b)]
