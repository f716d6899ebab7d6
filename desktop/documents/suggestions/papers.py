"""The papers of rationalization suggestions (合理化建议), formatted from the frozen values of
desktop.domain.suggestions.printing: 合理化建议评审表 (the suggestion, each reviewer's points on the
score sheet, the average and the conclusion; empty columns to fill in when not yet scored), the
year's 奖励名单 and the yearly summary by department (both also as .docx)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from desktop.documents.shared.fonts import register_fonts
from desktop.documents.shared.form_cells import CELL, LABEL, PLAIN, boxes, form_grid, para
from desktop.documents.shared.grid import GridColumn, GridStyle, GridTable
from desktop.documents.shared.page import FORM, TABLE_PORTRAIT, CaptionLine, Furniture, SignatureLine, Title, render
from desktop.documents.shared.text import blank_date, chinese_date
from desktop.domain.money import format_yuan
from desktop.domain.suggestions.printing import ReviewSheet, YearReport

DECISIONS_ZH = ("采纳实施", "试行", "存档", "不采纳")
BLANK_REVIEWERS = 3


def _points(value) -> str:
    return f"{value:g}"


def review_sheet_pdf(sheet: ReviewSheet) -> bytes:
    register_fonts()
    head = [[para("编　　号", LABEL), para(sheet.number), para("提交日期", LABEL), para(chinese_date(sheet.submitted_on))],
            [para("项目名称", LABEL), para(sheet.title), "", ""],
            [para("建议人", LABEL), para(sheet.proposers), para("部　　门", LABEL), para(sheet.department)],
            [para("现　　状", LABEL), para(sheet.situation), "", ""],
            [para("建议内容", LABEL), para(sheet.proposal), "", ""],
            [para("预期效益", LABEL), para(sheet.expected_benefit), "", ""]]
    spans = [((1, r), (3, r)) for r in (1, 3, 4, 5)]
    reviewers = [s.reviewer for s in sheet.scores] or [""] * BLANK_REVIEWERS
    score_rows = [[para("评分项目", LABEL), para("满分", LABEL), *[para(r or "评审人", LABEL) for r in reviewers]]]
    for index, (name, most) in enumerate(sheet.sheet):
        given = [_points(s.points[index][2]) if index < len(s.points) else "" for s in sheet.scores] \
            or [""] * BLANK_REVIEWERS
        score_rows.append([para(name, LABEL), para(str(most), LABEL), *[para(g, LABEL) for g in given]])
    totals = [_points(s.total) for s in sheet.scores] or [""] * BLANK_REVIEWERS
    score_rows.append([para("合计", LABEL), para("100", LABEL), *[para(t, LABEL) for t in totals]])
    columns = len(reviewers)
    fractions = (0.24, 0.12, *([0.64 / columns] * columns))
    average = f"{sheet.average:.2f}" if sheet.average is not None else ""
    conclusion = form_grid([[para("平均得分", LABEL), para(average)],
                            [para("评审结论", LABEL), para(boxes(DECISIONS_ZH, sheet.decision) +
                                                            "\n\n评审委员会负责人：　　　　　　　　" + blank_date())]],
                           (0.24, 0.76), heights=[None, 26 * mm])
    title = "合理化建议评审表"
    story = [Title(title, size=20, space_after=4 * mm), CaptionLine([f"单位：{sheet.union_name}"]),
             form_grid(head, (0.16, 0.34, 0.16, 0.34), spans, heights=[None, None, None, 30 * mm, 40 * mm, 20 * mm],
                       top_rows=(3, 4, 5)),
             Spacer(0, 4 * mm), form_grid(score_rows, fractions), Spacer(0, 4 * mm), conclusion,
             SignatureLine([("评审人（签名）", ""), ("日期", blank_date())])]
    return render(story, FORM, Furniture.of_union(sheet.union_name, title, f"{title} {sheet.number}"))


REWARD_COLUMNS = (
    GridColumn("序号", 10 * mm, "right", nowrap=True), GridColumn("编号", 22 * mm, nowrap=True),
    GridColumn("项目名称", 46 * mm), GridColumn("建议人", 30 * mm), GridColumn("部门", 22 * mm),
    GridColumn("奖励等级", 16 * mm), GridColumn("奖金（元）", 18 * mm, "right", nowrap=True),
    GridColumn("实际效益（元）", 22 * mm, "right", nowrap=True), GridColumn("发放日期", 20 * mm, nowrap=True))


def _reward_rows(report: YearReport) -> list[tuple[str, ...]]:
    rows = [(str(i), r.number, r.title, r.proposers, r.department, r.grade, format_yuan(r.amount),
             format_yuan(r.benefit), r.paid_on.isoformat() if r.paid_on else "")
            for i, r in enumerate(report.rewards, 1)]
    rows.append(("", "合计", "", "", "", "", format_yuan(report.rewards_paid),
                 format_yuan(sum((r.benefit for r in report.rewards), report.rewards_paid * 0)), ""))
    return rows


def _table_paper(report: YearReport, title: str, columns, rows, captions: list[str]) -> bytes:
    register_fonts()
    story = [Title(title, size=18, space_after=3 * mm), CaptionLine(captions),
             GridTable(columns, rows, GridStyle(size=10, leading=13, min_row_height=7 * mm),
                       tail=SignatureLine([("制表人", ""), ("审核人", ""), ("日期", blank_date())]))]
    return render(story, TABLE_PORTRAIT, Furniture.of_union(report.union_name, title))


def _table_docx(report: YearReport, title: str, columns, rows, captions: list[str]) -> bytes:
    from desktop.documents.shared.word import WordTable, grid_word_columns, table_docx
    return table_docx(WordTable(report.union_name, title, ("　　".join(captions),), grid_word_columns(columns),
                                tuple(rows)))


def _reward_parts(report: YearReport):
    return (f"{report.year}年度合理化建议奖励名单", REWARD_COLUMNS, _reward_rows(report),
            [f"单位：{report.union_name}", f"共 {len(report.rewards)} 项，奖金合计 {format_yuan(report.rewards_paid)} 元"])


def rewards_pdf(report: YearReport) -> bytes:
    return _table_paper(report, *_reward_parts(report))


def rewards_docx(report: YearReport) -> bytes:
    return _table_docx(report, *_reward_parts(report))


SUMMARY_COLUMNS = (
    GridColumn("部门", 40 * mm), GridColumn("提交", 16 * mm, "right", nowrap=True),
    GridColumn("采纳", 16 * mm, "right", nowrap=True), GridColumn("实施", 16 * mm, "right", nowrap=True),
    GridColumn("实际效益（元）", 30 * mm, "right", nowrap=True), GridColumn("奖金（元）", 24 * mm, "right", nowrap=True))


def _summary_parts(report: YearReport):
    rows = [(d.department, str(d.submitted), str(d.adopted), str(d.implemented), format_yuan(d.benefit),
             format_yuan(d.rewards)) for d in report.by_department]
    rows.append(("合计", str(report.submitted), str(report.adopted), str(report.implemented),
                 format_yuan(report.benefit), format_yuan(report.rewards_paid)))
    adopted = f"{100.0 * report.adopted / report.submitted:.1f}%" if report.submitted else "—"
    return (f"{report.year}年度合理化建议汇总表", SUMMARY_COLUMNS, rows,
            [f"单位：{report.union_name}", f"统计期间：{report.year}年1月1日至12月31日（按提交日期）",
             f"采纳率 {adopted}"])


def summary_pdf(report: YearReport) -> bytes:
    return _table_paper(report, *_summary_parts(report))


def summary_docx(report: YearReport) -> bytes:
    return _table_docx(report, *_summary_parts(report))


__all__ = ["CELL", "PLAIN", "review_sheet_pdf", "rewards_docx", "rewards_pdf", "summary_docx", "summary_pdf"]
