"""Editable Word/WPS copies as a cadre opening them would find them: a notice with the GB/T 9704
page set-up and paragraphs in styles named 标题/正文/一级标题/二级标题, page numbers in the footer;
table papers as Word tables whose header row repeats; and LibreOffice, converting the .docx to PDF,
gets as many pages as our own PDF."""

from __future__ import annotations

import datetime as dt
import io
import subprocess

import pytest
from docx import Document
from docx.shared import Mm

from desktop.documents.shared.notice import Notice, notice_pdf
from desktop.documents.members.roster import Roster, RosterColumn, roster_docx
from desktop.documents.members.signin import SignInEntry, SignInSheet, signin_docx, signin_pdf
from desktop.documents.shared.word import notice_docx
from tests.pdf_reading import pdf_page_count

SENTENCE = ("为进一步做好工会各项工作，充分发挥工会组织联系职工、服务职工的桥梁纽带作用，"
            "现就有关事项通知如下，请各部门、各工会小组认真组织，按时参加，确保会议取得实效。")


def _notice(paragraphs: int) -> Notice:
    body = ("# 会议时间\n2026年12月18日上午9:00\n# 会议议程\n## 传达学习上级工会文件精神；\n"
            + "\n".join([SENTENCE] * paragraphs) + "\n特此通知。")
    return Notice("关于召开2026年度工会工作总结会暨先进集体和先进个人表彰大会的通知", body,
                  "华东精密机械有限公司工会委员会", dt.date(2026, 12, 5), "各部门、各分工会：",
                  ("2026年度先进集体和先进个人名单",))


def _close(length, millimetres: float) -> bool:
    return abs(length - Mm(millimetres)) < Mm(0.2)


def test_notice_docx_has_the_official_page_and_named_styles():
    document = Document(io.BytesIO(notice_docx(_notice(2))))
    section = document.sections[0]
    assert _close(section.page_width, 210) and _close(section.page_height, 297)
    assert _close(section.top_margin, 37) and _close(section.left_margin, 28)
    assert _close(section.page_width - section.left_margin - section.right_margin, 156)
    styles = {p.text: p.style.name for p in document.paragraphs if p.text}
    assert styles["关于召开2026年度工会工作总结会暨\n先进集体和先进个人表彰大会的通知"] == "标题"
    assert styles["一、会议时间"] == "一级标题"
    assert styles["（一）传达学习上级工会文件精神；"] == "二级标题"
    assert styles[SENTENCE] == "正文" and styles["特此通知。"] == "正文"
    assert styles["2026年12月5日"] == "成文日期"
    assert document.styles["正文"].paragraph_format.line_spacing.pt == pytest.approx(28.99, abs=0.05)
    footer = section.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "—" in footer


def test_table_papers_are_word_tables_with_a_repeating_header():
    roster = Roster("测试工会", (RosterColumn("姓名", 20), RosterColumn("出生日期", 26, nowrap=True)),
                    tuple((f"会员{n:02d}", "1980年10月26日") for n in range(1, 41)), dt.date(2026, 12, 5))
    table = Document(io.BytesIO(roster_docx(roster))).tables[0]
    assert [c.text for c in table.rows[0].cells] == ["序号", "姓名", "出生日期"]
    assert len(table.rows) == 41 and table.rows[40].cells[1].text == "会员40"
    assert "tblHeader" in table.rows[0]._tr.xml
    sheet = SignInSheet("测试工会", "签到表", entries=(SignInEntry("欧阳娜娜", "生产一车间"),), blank_rows=29)
    signin = Document(io.BytesIO(signin_docx(sheet)))
    assert len(signin.tables[0].rows) == 31 and signin.tables[0].rows[1].cells[1].text == "欧阳娜娜"


def _libreoffice_pages(docx: bytes, tmp_path, name: str) -> int:
    source = tmp_path / f"{name}.docx"
    source.write_bytes(docx)
    subprocess.run(["soffice",  # installers/setup-linux.sh installs LibreOffice
                    f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=180)
    return pdf_page_count((tmp_path / f"{name}.pdf").read_bytes())


def test_libreoffice_opens_the_docx_with_as_many_pages_as_our_pdf(tmp_path):
    for paragraphs in (1, 6, 14):
        notice = _notice(paragraphs)
        ours = pdf_page_count(notice_pdf(notice))
        assert _libreoffice_pages(notice_docx(notice), tmp_path, f"notice{paragraphs}") == ours, paragraphs
    for rows in (30, 60):
        sheet = SignInSheet("测试工会", "签到表", blank_rows=rows)
        assert _libreoffice_pages(signin_docx(sheet), tmp_path, f"signin{rows}") == pdf_page_count(signin_pdf(sheet))
