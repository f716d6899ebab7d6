"""The papers of an activity that are not a plain sign-in sheet or notice: the list of participating
members that reimbursement needs (参加人员名单, docs/domain.md "Activities"), and a competition's
results list (劳动竞赛成绩表) with the prize roster's signature column. Chinese paper, A4 portrait,
built on the same ruled table as rosters and sign-in sheets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm

from desktop.documents.shared.fonts import register_fonts
from desktop.documents.shared.grid import GridColumn, GridStyle, GridTable
from desktop.documents.shared.page import TABLE_PORTRAIT, CaptionLine, Furniture, SignatureLine, Title, render
from desktop.documents.shared.text import blank_date, chinese_date


@dataclass(frozen=True)
class ListedParticipant:
    name: str
    department: str = ""
    team: str = ""
    attended: str = ""      # 出席 / 缺席 / 迟到 / "" (not yet known)
    note: str = ""


@dataclass(frozen=True)
class ParticipantList:
    union_name: str
    activity_title: str
    date_text: str                      # 2025年6月15日 or a range
    place: str
    organizer: str
    people: tuple[ListedParticipant, ...]
    present_count: int | None = None    # None: before the activity (no attendance yet)
    signature_column: bool = True


PARTICIPANT_COLUMNS = (
    GridColumn("序号", 12 * mm, "center"),
    GridColumn("姓名", 24 * mm),
    GridColumn("部门", 40 * mm),
    GridColumn("班组", 28 * mm),
    GridColumn("出席情况", 20 * mm, "center"),
    GridColumn("备注", 30 * mm),
)


def _participant_parts(paper: ParticipantList) -> tuple[list[GridColumn], list[tuple[str, ...]], str, list[str]]:
    columns = list(PARTICIPANT_COLUMNS)
    if paper.signature_column:
        columns.insert(5, GridColumn("本人签名", 28 * mm))
    rows = []
    for n, person in enumerate(paper.people, start=1):
        row = [str(n), person.name, person.department, person.team, person.attended, person.note]
        if paper.signature_column:
            row.insert(5, "")
        rows.append(tuple(row))
    title = f"{paper.activity_title}参加人员名单"
    count = f"共 {len(paper.people)} 人" + (f"，实到 {paper.present_count} 人" if paper.present_count is not None else "")
    captions = [f"活动时间：{paper.date_text}", f"地点：{paper.place}" if paper.place else "", count]
    return columns, rows, title, captions


def participant_list_pdf(paper: ParticipantList) -> bytes:
    register_fonts()
    columns, rows, title, captions = _participant_parts(paper)
    tail = SignatureLine([("经办人", ""), ("审核人", ""), ("工会主席", ""), ("日期", blank_date())])
    style = GridStyle(size=10.5, leading=13, min_row_height=8 * mm if paper.signature_column else 0)
    story = [
        Title(title, size=18, space_after=4 * mm),
        CaptionLine(captions, size=10.5),
        GridTable(columns, rows, style, tail=tail),
    ]
    furniture = Furniture.of_union(paper.union_name, "参加人员名单", title)
    return render(story, TABLE_PORTRAIT, furniture)


def participant_list_docx(paper: ParticipantList) -> bytes:
    """The participant list as an editable Word/WPS table."""
    from desktop.documents.shared.word import WordTable, grid_word_columns, table_docx

    from desktop.documents.shared.fonts import SANS
    from desktop.documents.shared.grid import column_widths, unit_widths

    register_fonts()
    columns, rows, title, captions = _participant_parts(paper)
    widths, _ = column_widths(columns, unit_widths(columns, rows, SANS), GridStyle(size=10.5),
                              TABLE_PORTRAIT.frame_width)
    return table_docx(WordTable(paper.union_name, title, ("　　".join(c for c in captions if c),),
                                grid_word_columns(columns, widths), tuple(rows),
                                signatures=("经办人", "审核人", "工会主席"),
                                row_height_mm=8 if paper.signature_column else 0))


@dataclass(frozen=True)
class ResultLine:
    rank: str
    name: str             # the participant, or the team
    department: str
    score: str
    award: str
    note: str = ""


@dataclass(frozen=True)
class ResultsList:
    union_name: str
    activity_title: str
    date_text: str
    place: str
    lines: tuple[ResultLine, ...]


RESULT_COLUMNS = (
    GridColumn("名次", 14 * mm, "center"),
    GridColumn("姓名/队名", 30 * mm),
    GridColumn("部门", 36 * mm),
    GridColumn("成绩", 20 * mm, "center"),
    GridColumn("奖项", 30 * mm),
    GridColumn("领奖人签名", 28 * mm),
    GridColumn("备注", 22 * mm),
)


def results_pdf(paper: ResultsList) -> bytes:
    register_fonts()
    rows = [(line.rank, line.name, line.department, line.score, line.award, "", line.note) for line in paper.lines]
    title = f"{paper.activity_title}成绩表"
    captions = [f"比赛时间：{paper.date_text}", f"地点：{paper.place}" if paper.place else "",
                f"共 {len(paper.lines)} 项"]
    tail = SignatureLine([("裁判", ""), ("审核人", ""), ("日期", blank_date())])
    story = [
        Title(title, size=18, space_after=4 * mm),
        CaptionLine(captions, size=10.5),
        GridTable(RESULT_COLUMNS, rows, GridStyle(size=10.5, leading=13, min_row_height=8 * mm), tail=tail),
    ]
    furniture = Furniture.of_union(paper.union_name, "成绩表", title)
    return render(story, TABLE_PORTRAIT, furniture)


def date_range_text(start: dt.date, end: dt.date | None, start_time: dt.time | None = None,
                    end_time: dt.time | None = None) -> str:
    """2025年6月15日 9:00—11:30, or 2025年6月15日至6月17日."""
    text = chinese_date(start)
    if end is not None and end != start:
        same_year = end.year == start.year
        text += "至" + (f"{end.month}月{end.day}日" if same_year else chinese_date(end))
    if start_time is not None:
        text += f" {start_time.hour}:{start_time.minute:02d}"
        if end_time is not None:
            text += f"—{end_time.hour}:{end_time.minute:02d}"
    return text
