"""A notice measured against GB/T 9704-2012 the way a reviewer with a ruler would: a full body page
holds 22 lines of 28 characters of 3号 text inside the 156 × 225 mm type area (top 37 mm, left
28 mm); the title is 2号 and centred; page numbers read "— 1 —", odd pages at the right and even
pages at the left; the signature and date stay on the page of the last lines; the red 版头 carries
the 发文机关标志 and 发文字号."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import defaultdict

from pypdf import PdfReader

from desktop.documents.shared.notice import Notice, notice_pdf
from tests.pdf_reading import pdf_fonts, pdf_page_count, pdf_text, text_pieces

MM = 72 / 25.4
PAGE_HEIGHT = 297 * MM
TOP, LEFT, WIDTH, HEIGHT = 37 * MM, 28 * MM, 156 * MM, 225 * MM
SENTENCE = ("为进一步做好工会各项工作，充分发挥工会组织联系职工、服务职工的桥梁纽带作用，"
            "现就有关事项通知如下，请各部门、各工会小组认真组织，按时参加，确保会议取得实效。")


def _notice(paragraphs: int, **extra) -> Notice:
    body = "# 会议时间\n2026年12月18日上午9:00\n" + "\n".join([SENTENCE] * paragraphs) + "\n特此通知。"
    return Notice("关于召开2026年度工会工作总结会暨先进集体和先进个人表彰大会的通知", body,
                  "华东精密机械有限公司工会委员会", dt.date(2026, 12, 5), "各部门、各分工会：", **extra)


def _body_lines(pdf: bytes, page: int) -> list[list]:
    """The 3号 text of a page grouped by baseline, top to bottom."""
    rows = defaultdict(list)
    for piece in text_pieces(pdf, page):
        if abs(piece.size - 16) < 0.5:
            rows[round(piece.y0, 1)].append(piece)
    return [rows[y] for y in sorted(rows, reverse=True)]


def _characters(line: list) -> int:
    return sum(len(re.sub(r"\s", "", piece.text)) for piece in line)


def test_a_full_body_page_holds_22_lines_of_28_characters_in_the_type_area():
    pdf = notice_pdf(_notice(20))
    assert pdf_page_count(pdf) >= 3
    lines = _body_lines(pdf, 2)  # page 2 is body text only, and not the last
    assert len(lines) == 22
    assert max(_characters(line) for line in lines) == 28
    pitch = (lines[0][0].y0 - lines[-1][0].y0) / 21
    assert abs(pitch - HEIGHT / 22) < 0.1
    pieces = [piece for line in lines for piece in line]
    assert min(p.x0 for p in pieces) >= LEFT - 0.5
    assert max(p.x1 for p in pieces) <= LEFT + WIDTH + 1.0   # glyph box of the last character
    assert max(p.y1 for p in pieces) <= PAGE_HEIGHT - TOP + 0.5
    assert min(p.y0 for p in pieces) >= PAGE_HEIGHT - TOP - HEIGHT - 0.5


def test_title_is_2hao_centred_and_broken_at_phrases():
    pdf = notice_pdf(_notice(1))
    titles = [p for p in text_pieces(pdf, 1) if abs(p.size - 22) < 0.5]
    assert [t.text for t in titles] == ["关于召开2026年度工会工作总结会暨", "先进集体和先进个人表彰大会的通知"]
    for title in titles:
        assert abs((title.x0 + title.x1) / 2 - (LEFT + WIDTH / 2)) < 1


def test_page_numbers_are_dashed_and_outside_odd_right_even_left():
    pdf = notice_pdf(_notice(12))
    for page in (1, 2):
        number = next(p for p in text_pieces(pdf, page) if p.text == f"— {page} —")
        assert abs(number.size - 14) < 0.5
        assert number.y0 < PAGE_HEIGHT - TOP - HEIGHT  # under the type area
        if page % 2:
            assert abs(number.x1 - (LEFT + WIDTH - 14)) < 2   # one character in from the right
        else:
            assert abs(number.x0 - (LEFT + 14)) < 2            # one character in from the left


def test_signature_and_date_never_stand_alone_on_the_last_page():
    for paragraphs in range(3, 9):  # the body ends at every place of pages 1 and 2
        pdf = notice_pdf(_notice(paragraphs))
        last = pdf_page_count(pdf)
        text = "".join(pdf_text(pdf, last).split())
        assert "特此通知。" in text and "2026年12月5日" in text and "华东精密机械有限公司工会委员会" in text
        assert len(_body_lines(pdf, last)) >= 4  # the last paragraph, 特此通知, signature and date


def test_no_page_ends_with_a_heading_of_any_level():
    """A （一） heading (楷体) goes to the next page with the text under it, as a 一、 heading does."""
    for paragraphs in range(2, 10):  # the heading falls at every place near the end of page 1 or 2
        body = "# 一、会议安排\n" + "\n".join([SENTENCE] * paragraphs) + "\n## 参会人员\n各分工会主席、工会委员。\n特此通知。"
        pdf = notice_pdf(Notice("关于召开工会委员会会议的通知", body, "测试工会", dt.date(2026, 12, 5), "各部门："))
        for page in range(1, pdf_page_count(pdf)):
            last_line = "".join(piece.text for piece in _body_lines(pdf, page)[-1])
            assert "参会人员" not in last_line and "会议安排" not in last_line, (paragraphs, page)


def test_red_header_carries_the_issuer_mark_and_document_number():
    pdf = notice_pdf(_notice(1, issuer_mark="华东精密机械有限公司工会委员会文件", doc_number="工发〔2026〕3号"))
    pieces = text_pieces(pdf, 1)
    mark = next(p for p in pieces if p.text == "华东精密机械有限公司工会委员会文件")
    number = next(p for p in pieces if p.text == "工发〔2026〕3号")
    title = next(p for p in pieces if p.text.startswith("关于召开"))
    assert mark.y0 > number.y0 > title.y0
    assert abs((PAGE_HEIGHT - TOP) - 35 * MM - mark.y1) < 3 * MM   # 35 mm under the top of the type area
    drawing = PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data()
    assert b".85 0 0 rg" in drawing                                   # drawn in red


def test_characters_a_standard_font_lacks_print_in_the_bundled_face(monkeypatch):
    """A 仿宋_GB2312 has GB 2312 only: 玥 or 䶮 in a name must still print (here a Latin-only face
    plays the standard font that lacks them)."""
    import os

    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from desktop.documents.shared import notice as notice_module
    from desktop.documents.shared.fonts import SERIF, font_runs, register_fonts

    register_fonts()
    pdfmetrics.registerFont(TTFont("LatinOnly", os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf")))
    assert font_runs("Li 王玥䶮", "LatinOnly") == [("LatinOnly", "Li "), (SERIF, "王玥䶮")]
    monkeypatch.setattr(notice_module, "official", lambda face: "LatinOnly")
    pdf = notice_pdf(Notice("关于表彰王玥同志的通知", "王玥、李䶮同志表现突出。\n特此通知。", "测试工会", dt.date(2026, 12, 5)))
    text = "".join(pdf_text(pdf).split())
    assert "王玥、李䶮同志表现突出。" in text and "关于表彰王玥同志的通知" in text


def test_without_the_standard_fonts_bundled_fangsong_and_kai_stand_in(monkeypatch):
    """A PC without 仿宋 and 楷体 prints the body in the bundled Zhuque Fangsong and （一） headings in
    UnionDesk Kai (from LXGW WenKai), both embedded; 龑, which Zhuque Fangsong lacks, still prints
    (in the bundled Serif face), and every character copies out as itself."""
    from desktop.documents.shared import fonts

    monkeypatch.setattr(fonts, "_find_font_file", lambda names: None)   # as on a PC with no standard font
    fonts.official_fonts.cache_clear()
    try:
        notes = fonts.stand_ins()
        runs = fonts.font_runs("王龑", fonts.official(fonts.FANGSONG))
        body = "## 参会人员\n王龑、李䶮、张喆同志。\n" + SENTENCE + "\n特此通知。"
        pdf = notice_pdf(Notice("关于召开工会工作总结会的通知", body, "测试工会", dt.date(2026, 12, 5)))
    finally:
        fonts.official_fonts.cache_clear()
    assert "仿宋_GB2312 / 仿宋 → 朱雀仿宋（Zhuque Fangsong）" in notes
    assert any(note.startswith("楷体_GB2312 / 楷体 → UnionDesk Kai") for note in notes)
    pieces = text_pieces(pdf, 1)
    sentence = next(p for p in pieces if p.text.startswith("为进一步做好"))
    heading = next(p for p in pieces if "参会人员" in p.text)
    assert sentence.font == "ZhuqueFangsong-Regular" and heading.font == "UnionDeskKai-Regular"
    assert runs == [(fonts.FANGSONG, "王"), (fonts.SERIF, "龑")]
    assert {"ZhuqueFangsong-Regular", "UnionDeskKai-Regular"} <= {f.name for f in pdf_fonts(pdf) if f.embedded}
    text = "".join(pdf_text(pdf).split())
    assert "王龑、李䶮、张喆同志。" in text and "（一）参会人员" in text and SENTENCE in text
