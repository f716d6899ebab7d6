"""Chinese dates, blanks and heading numbers: what a reader of the paper sees."""

from __future__ import annotations

import datetime as dt

from desktop.documents.shared.fonts import SANS, register_fonts
from desktop.documents.shared.headings import chinese_number, parse_body
from desktop.documents.shared.text import cell, chinese_date, wrap


def test_dates_are_written_the_chinese_way_without_leading_zeros():
    assert chinese_date(dt.date(2026, 4, 2)) == "2026年4月2日"
    assert chinese_date(dt.date(2025, 12, 31)) == "2025年12月31日"
    assert chinese_date(None) == ""


def test_missing_values_print_as_blank():
    assert cell(None) == ""
    assert cell("  张三  ") == "张三"
    assert cell(dt.date(2026, 1, 5)) == "2026年1月5日"


def test_heading_marks_are_numbered_and_restart_under_a_new_heading():
    blocks = parse_body("# 会议时间\n上午9点\n# 会议议程\n## 传达文件\n## 部署工作\n### 细则\n# 要求\n## 准时")
    texts = [b.text for b in blocks]
    assert texts == ["一、会议时间", "上午9点", "二、会议议程", "（一）传达文件", "（二）部署工作", "1. 细则",
                     "三、要求", "（一）准时"]
    assert [b.level for b in blocks] == [1, 0, 1, 2, 2, 3, 1, 2]


def test_numbers_typed_by_hand_keep_their_level():
    levels = [b.level for b in parse_body("一、总则\n（二）范围\n3. 细则\n（4）附则\n2026年4月2日\n1.5万元")]
    assert levels == [1, 2, 3, 4, 0, 0]


def test_chinese_numbers():
    assert [chinese_number(n) for n in (1, 10, 12, 20, 21, 99)] == ["一", "十", "十二", "二十", "二十一", "九十九"]


def test_wrapping_keeps_id_numbers_whole_and_punctuation_off_the_line_start():
    register_fonts()
    lines = wrap("身份证号码110105194912310021X很长的说明文字，", 120, SANS, 10)
    assert "".join(lines) == "身份证号码110105194912310021X很长的说明文字，"
    assert any("110105194912310021X" in line for line in lines)
    assert not any(line.startswith("，") for line in lines)


def test_no_notice_line_starts_with_a_full_width_comma_or_hangs_out_of_the_type_area():
    """A line that fills exactly takes its last character down with the comma instead."""
    from desktop.documents.shared.fonts import register_fonts
    from desktop.documents.shared.notice import BODY, NOTICE, _paragraph
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    for text in ("（二）参加活动的职工请准时到达，到场签到，注意安全，服从组织安排。",
                 "为丰富职工文化生活，经工会委员会研究，决定组织开展活动；请各部门做好组织，报名工作：准时到达。"):
        paragraph = _paragraph(text, BODY)
        paragraph.wrap(NOTICE.frame_width, 1000)
        lines = paragraph._lines
        assert "".join(lines).replace("\u3000", "") == text
        assert not {line[:1] for line in lines[1:]} & set("，。、；：？！）")
        font = paragraph.font
        from desktop.documents.shared.notice import BODY_SIZE, CHAR_SPACE
        assert all(stringWidth(line, font, BODY_SIZE) + len(line) * CHAR_SPACE <= NOTICE.frame_width + 0.01
                   for line in lines)


def test_titles_break_at_phrase_boundaries_only():
    from desktop.documents.shared.fonts import SERIF, register_fonts
    from desktop.documents.shared.text import title_lines

    register_fonts()
    width = 0.92 * 156 * 72 / 25.4
    for title, words in (
        ("华东精密机械有限公司工会委员会关于评选2026年度优秀工会积极分子的通知", ("工会委员会", "优秀", "2026年度")),
        ("关于召开2026年度工会工作总结会暨先进集体和先进个人表彰大会的通知", ("工会工作总结会", "2026年度", "表彰")),
    ):
        lines = title_lines(title, width, SERIF, 22)
        assert "".join(lines) == title and len(lines) >= 2
        for word in words:
            assert any(word in line for line in lines), (word, lines)
    assert title_lines("关于召开会员大会的通知\n（第二次）", width, SERIF, 22) == ["关于召开会员大会的通知", "（第二次）"]


def test_a_two_line_title_is_balanced_not_a_full_line_and_a_lone_character():
    from desktop.documents.shared.fonts import SERIF, register_fonts
    from desktop.documents.shared.text import balanced_wrap

    register_fonts()
    lines = balanced_wrap("关于开展2025年安全生产知识培训的通知", 0.9 * 156 * 72 / 25.4, SERIF, 22)
    assert len(lines) == 2 and abs(len(lines[0]) - len(lines[1])) <= 2
