"""The proposals register and the suggestions register as .xlsx files, with their summaries on a
second sheet: formats the rows desktop.domain.proposals.printing / suggestions.printing give and
lets the domain record the export, which puts the finished file in place in the same transaction.
Headings are Chinese: these workbooks go to the congress and the parent union as they are."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from desktop.domain.proposals.printing import ReportLine, SessionReport
from desktop.domain.suggestions.printing import YearReport, stage_zh
from desktop.domain.suggestions.queries import SuggestionRow
from desktop.exchange.shared.xlsx_writer import XlsxBook, export_file

REGISTER = (("编号", 10), ("案由", 36), ("领衔人", 10), ("附议人数", 8), ("类别", 10), ("审查", 12), ("承办部门", 14),
            ("答复期限", 12), ("答复日期", 12), ("按时答复", 8), ("满意度", 10), ("进度", 10))
SHARES = (("分类", 16), ("件数", 8), ("立案", 8), ("已答复", 8), ("按时答复", 8), ("满意+基本满意", 12), ("已表态", 8))


def _share_rows(sheet, title: str, lines: tuple[ReportLine, ...]) -> None:
    sheet.append([title, *[name for name, _ in SHARES[1:]]], bold=True)
    for x in lines:
        sheet.append([x.label, x.total, x.accepted, x.answered, x.in_time, x.satisfied, x.verdicts])
    sheet.skip()


def write_proposals(report: SessionReport, path: str | os.PathLike,
                    record: Callable[[Callable[[], None]], None]) -> int:
    """The session's register and its summary; `record(put_in_place)` is the domain's record."""
    def write(partial: Path) -> int:
        with XlsxBook(partial) as book:
            sheet = book.sheet("提案登记", [w for _, w in REGISTER])
            sheet.freeze_rows(1)
            sheet.append([name for name, _ in REGISTER], bold=True)
            for r in report.register:
                sheet.append([r.number, r.title, r.lead, r.seconders, r.category, r.decision, r.department,
                              r.due_on, r.answered_on, r.in_time, r.satisfaction, r.stage])
            sheet.filter(1, len(report.register) + 1, len(REGISTER))
            summary = book.sheet("汇总", [w for _, w in SHARES])
            summary.append([report.session_name], bold=True)
            summary.append(["提案总数", report.total])
            for label, count in report.decisions:
                summary.append([label, count])
            summary.append(["已答复", report.answered])
            summary.append(["按时答复", report.answered_in_time])
            summary.append(["按时答复率（%）", report.in_time_percent])
            summary.append(["满意率（含基本满意，%）", report.satisfied_percent])
            summary.append(["已办结", report.closed])
            summary.skip()
            _share_rows(summary, "按类别", report.by_category)
            _share_rows(summary, "按承办部门", report.by_department)
        return len(report.register)

    return export_file(path, write, record) or 0


SUGGESTIONS = (("编号", 12), ("项目名称", 30), ("建议人", 18), ("部门", 12), ("提交日期", 12), ("进度", 10),
               ("平均分", 8), ("实施日期", 12), ("实际效益（元）", 14), ("奖励等级", 10), ("奖金（元）", 10))
BY_DEPARTMENT = (("部门", 16), ("提交", 8), ("采纳", 8), ("实施", 8), ("实际效益（元）", 14), ("奖金（元）", 12))
GRADES = {"first": "一等奖", "second": "二等奖", "third": "三等奖", "other": "奖励"}


def write_suggestions(rows: list[SuggestionRow], report: YearReport | None, path: str | os.PathLike,
                      record: Callable[[Callable[[], None]], None]) -> int:
    """The register (as listed) and, for one year, the summary by department."""
    def write(partial: Path) -> int:
        with XlsxBook(partial) as book:
            sheet = book.sheet("合理化建议", [w for _, w in SUGGESTIONS])
            sheet.freeze_rows(1)
            sheet.append([name for name, _ in SUGGESTIONS], bold=True)
            for r in rows:
                sheet.append([r.number, r.title, r.proposers, r.department, r.submitted_on, stage_zh(r), r.score,
                              r.implemented_on, r.actual_benefit, GRADES.get(r.reward_grade, ""),
                              r.reward_amount if r.reward_grade else None])
            sheet.filter(1, len(rows) + 1, len(SUGGESTIONS))
            if report is not None:
                summary = book.sheet(f"{report.year}年汇总", [w for _, w in BY_DEPARTMENT])
                summary.append([name for name, _ in BY_DEPARTMENT], bold=True)
                for d in report.by_department:
                    summary.append([d.department, d.submitted, d.adopted, d.implemented, d.benefit, d.rewards])
                summary.append(["合计", report.submitted, report.adopted, report.implemented, report.benefit,
                                report.rewards_paid], bold=True)
        return len(rows)

    return export_file(path, write, record) or 0
