"""计票结果报告单: the result report a vote's scrutineers sign and the union sends to its parent
union — meeting, matter, 应到 / 实到 / 发出 / 收回 / 有效 / 无效, per candidate (or item) the yes, no,
abstain and write-in votes and whether elected (passed), the rule with its base and computed
threshold, the outcome with the next step, and lines for 总监票人 / 监票人 / 计票人 and the date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.documents.shared.fonts import register_fonts
from desktop.documents.shared.grid import GridColumn, GridStyle, GridTable
from desktop.documents.shared.page import FORM, CaptionLine, Furniture, SignatureLine, Title, render
from desktop.documents.shared.text import blank_date, chinese_date
from desktop.documents.votes.ballots import _Lines


@dataclass(frozen=True)
class ResultRow:
    name: str
    yes: int
    no: int
    abstain: int
    write_in: int
    votes: int
    standing: str        # 当选 / 未当选 / 通过 …
    write_in_person: bool = False


@dataclass(frozen=True)
class ResultReport:
    union_name: str
    meeting: str
    matter: str
    kind: str                           # election, motion, selection
    held_on: dt.date | None
    place: str
    due: int
    present: int
    issued: int
    returned: int
    valid: int
    invalid: int
    rows: tuple[ResultRow, ...]
    hide_breakdown: bool                # secret vote of fewer than 5 voters: outcomes only
    rule_name: str
    rule_text: str
    threshold_line: str
    quorum_line: str
    margin_line: str
    outcome_lines: tuple[str, ...]
    invalid_line: str = ""
    round_line: str = ""
    chief_scrutineer: str = ""
    scrutineers: str = ""
    counters: str = ""
    status_line: str = ""               # e.g. 计票中（未结束）when printed before closing
    secret: bool = True


def _figures(report: ResultReport) -> GridTable:
    labels = ("应到人数", "实到人数", "发出票数", "收回票数", "有效票", "无效票")
    values = (report.due, report.present, report.issued, report.returned, report.valid, report.invalid)
    columns = [GridColumn(label, 28 * mm, "center") for label in labels]
    return GridTable(columns, [tuple(str(v) for v in values)], GridStyle(size=11, leading=14, min_row_height=9 * mm))


def _rows(report: ResultReport) -> GridTable:
    first = "表决事项" if report.kind == "motion" else ("候选人" if report.kind == "election" else "姓名")
    yes, no = ("同意", "不同意") if report.kind != "election" else ("赞成票", "不赞成票")
    if report.hide_breakdown:
        columns = (GridColumn("序号", 12 * mm, "center"), GridColumn(first, 100 * mm), GridColumn("结果", 58 * mm, "center"))
        rows = [(str(n), r.name, r.standing) for n, r in enumerate(report.rows, start=1)]
    elif report.kind == "election":
        columns = (GridColumn("序号", 10 * mm, "center"), GridColumn(first, 30 * mm), GridColumn(yes, 18 * mm, "right"),
                   GridColumn(no, 20 * mm, "right"), GridColumn("弃权票", 18 * mm, "right"),
                   GridColumn("另选票", 18 * mm, "right"), GridColumn("得票合计", 20 * mm, "right"),
                   GridColumn("结果", 36 * mm, "center"))
        rows = [(str(n), r.name + ("（另选）" if r.write_in_person else ""),
                 "—" if r.write_in_person else str(r.yes), "—" if r.write_in_person else str(r.no),
                 "—" if r.write_in_person else str(r.abstain), str(r.write_in), str(r.votes), r.standing)
                for n, r in enumerate(report.rows, start=1)]
    elif report.kind == "motion":
        columns = (GridColumn("序号", 10 * mm, "center"), GridColumn(first, 66 * mm), GridColumn(yes, 20 * mm, "right"),
                   GridColumn(no, 20 * mm, "right"), GridColumn("弃权", 20 * mm, "right"),
                   GridColumn("结果", 34 * mm, "center"))
        rows = [(str(n), r.name, str(r.yes), str(r.no), str(r.abstain), r.standing)
                for n, r in enumerate(report.rows, start=1)]
    else:
        columns = (GridColumn("序号", 12 * mm, "center"), GridColumn(first, 70 * mm), GridColumn("得票", 30 * mm, "right"),
                   GridColumn("结果", 58 * mm, "center"))
        rows = [(str(n), r.name, str(r.votes), r.standing) for n, r in enumerate(report.rows, start=1)]
    return GridTable(columns, rows, GridStyle(size=10.5, leading=13, min_row_height=7.5 * mm), max_row_height=40 * mm)


def result_story(report: ResultReport) -> list[Flowable]:
    captions = [f"会议：{report.meeting}" if report.meeting else "",
                f"日期：{chinese_date(report.held_on) if report.held_on else blank_date()}",
                f"地点：{report.place}" if report.place else ""]
    story: list[Flowable] = [
        Title(f"{report.matter}计票结果报告单", size=20, space_after=3 * mm),
        CaptionLine([c for c in captions if c] or [" "], size=10.5),
    ]
    if report.round_line or report.status_line:
        story.append(CaptionLine([" ".join(x for x in (report.round_line, report.status_line) if x)], size=10.5))
    story += [_figures(report), Spacer(0, 4 * mm), _rows(report), Spacer(0, 3 * mm)]
    rules = {"election": "选举规则", "selection": "评选规则"}.get(report.kind, "表决规则")
    notes = [f"{rules}：{report.rule_name}。{report.rule_text}", f"{report.threshold_line}。", f"{report.quorum_line}。",
             f"投票方式：{'无记名投票' if report.secret else '记名投票'}。"]
    if report.margin_line:
        notes.append(f"{report.margin_line}。")
    if report.invalid_line:
        notes.append(report.invalid_line)
    staff = [f"{label} {names}" for label, names in (("总监票人", report.chief_scrutineer),
                                                     ("监票人", report.scrutineers), ("计票人", report.counters)) if names]
    if staff:
        notes.append("监票计票人员：" + "；".join(staff) + "。")
    if report.hide_breakdown:
        notes.append("本次为无记名投票，投票人数少于5人，不公布票数明细。")
    story.append(_Lines("说明：", notes, size=10))
    story.append(_Lines("计票结果：", list(report.outcome_lines), size=11))
    story += [
        SignatureLine([("总监票人", ""), ("监票人", ""), ("计票人", "")], size=11, space_before=10 * mm),
        SignatureLine([("报告日期", blank_date())], size=11, space_before=8 * mm),
    ]
    return story


def result_pdf(report: ResultReport) -> bytes:
    register_fonts()
    furniture = Furniture.of_union(report.union_name, "计票结果报告单", f"{report.matter}计票结果报告单")
    return render(result_story(report), FORM, furniture)
