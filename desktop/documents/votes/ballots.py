"""选票 / 表决票 / 评选票: the paper ballots of a vote, as many copies as requested.

The Chinese layout: the meeting and the matter as the title, "应选 N 名，多选无效" (or 限选 K 名 /
逐项表决), a table with one row per candidate in ballot order and the cells to mark ○ or ×, the
write-in rows (另选他人) of an election, and the instructions for filling it in. Nothing on a
secret ballot identifies it: no serial number, no name.
"""

from __future__ import annotations

from dataclasses import dataclass

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, FrameBreak, PageBreak, PageTemplate, Spacer

from desktop.documents.shared.fonts import SANS, SERIF, register_fonts
from desktop.documents.shared.grid import GridColumn, GridStyle, GridTable
from desktop.documents.shared.page import FORM, CaptionLine, Furniture, PageNumbers, Title, render
from desktop.documents.shared.text import wrap

ROW = 11 * mm


@dataclass(frozen=True)
class BallotCandidate:
    name: str
    detail: str = ""


@dataclass(frozen=True)
class BallotPaper:
    union_name: str
    meeting: str
    title: str
    kind: str                               # election, motion, selection
    seats: int
    candidates: tuple[BallotCandidate, ...]
    secret: bool = True
    order_note: str = "按姓氏笔画为序"
    write_in_rows: int | None = None        # default: as many as seats (at most 5)


def heading(paper: BallotPaper) -> str:
    word = {"election": "选票", "motion": "表决票", "selection": "评选票"}[paper.kind]
    return f"{paper.title}{word}"


def rule_line(paper: BallotPaper) -> str:
    if paper.kind == "election":
        return f"应选 {paper.seats} 名，多选无效"
    if paper.kind == "selection":
        return f"限选 {paper.seats} 名，多选无效"
    return "逐项表决，每项只能选择一种意见"


def instructions(paper: BallotPaper) -> list[str]:
    if paper.kind == "election":
        lines = [
            "赞成的，在候选人姓名后的符号栏内划“○”；不赞成的，划“×”；弃权的，不划任何符号。",
            "如另选他人，在“另选”行的姓名栏内写上另选人的姓名，并在其后的符号栏内划“○”。",
            f"所选人数（含另选人）等于或少于应选人数 {paper.seats} 名的为有效票，多于应选人数的为无效票。",
            "符号要准确，字迹要清楚，无法辨认的视为弃权；请用黑色或蓝黑色笔填写。",
        ]
        if paper.write_in_rows == 0:  # a re-vote among the tied: no one else can be chosen
            lines[1:3] = ["本次为对得票相等的候选人重新投票，不得另选他人。",
                          f"赞成人数等于或少于应选人数 {paper.seats} 名的为有效票，多于应选人数的为无效票。"]
    elif paper.kind == "selection":
        lines = [
            "同意的，在姓名后的符号栏内划“○”；不划符号的视为不同意。",
            f"同意人数等于或少于 {paper.seats} 名的为有效票，多于 {paper.seats} 名的为无效票。",
            "符号要准确，字迹要清楚；请用黑色或蓝黑色笔填写。",
        ]
    else:
        lines = [
            "对每一事项，在“同意”“不同意”“弃权”三栏中选择一栏划“○”。",
            "某一事项划两个以上“○”的，该事项视为无效；不划的，视为弃权。",
            "符号要准确，字迹要清楚；请用黑色或蓝黑色笔填写。",
        ]
    lines.append("本票为无记名投票，请勿署名或作其他记号。" if paper.secret else "本票为记名投票，请在下方签名。")
    return [f"{n}. {line}" for n, line in enumerate(lines, start=1)]


class _Lines(Flowable):
    """Plain lines of text (the instructions), wrapped to the width."""

    def __init__(self, caption: str, lines: list[str], size: float = 10.5):
        super().__init__()
        self.caption, self.lines, self.size = caption, lines, size
        self._wrapped: list[str] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self._wrapped = [self.caption]
        for line in self.lines:
            self._wrapped += wrap(line, available_width - 2 * self.size, SANS, self.size)
        self.height = len(self._wrapped) * self.size * 1.55 + 2 * mm
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height - self.size * 1.2
        for n, line in enumerate(self._wrapped):
            canvas.setFont(SANS if n == 0 else SERIF, self.size)
            canvas.drawString(0 if n == 0 else self.size, y, line)
            y -= self.size * 1.55


class _Note(Flowable):
    """A single line of text, right- or left-aligned."""

    def __init__(self, text: str, right: bool = False, size: float = 10.5, space_before: float = 4 * mm):
        super().__init__()
        self.text, self.right, self.size, self.space_before = text, right, size, space_before

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.size * 1.6 + self.space_before
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFont(SERIF, self.size)
        if self.right:
            self.canv.drawRightString(self.width, self.size * 0.4, self.text)
        else:
            self.canv.drawString(0, self.size * 0.4, self.text)


def _table(paper: BallotPaper) -> GridTable:
    style = GridStyle(size=12, leading=15, min_row_height=ROW)
    if paper.kind == "motion":
        columns = (GridColumn("序号", 12 * mm, "center"), GridColumn("表决事项", 96 * mm),
                   GridColumn("同意", 20 * mm, "center"), GridColumn("不同意", 20 * mm, "center"),
                   GridColumn("弃权", 20 * mm, "center"))
        rows = [(str(n), c.name + (f"\n{c.detail}" if c.detail else ""), "", "", "")
                for n, c in enumerate(paper.candidates, start=1)]
        return GridTable(columns, rows, style, max_row_height=80 * mm)
    columns = (GridColumn("序号", 14 * mm, "center", nowrap=True),
               GridColumn("候选人姓名" if paper.kind == "election" else "姓名", 50 * mm, "center"),
               GridColumn("部门 / 简况", 70 * mm), GridColumn("符号（○ 或 ×）" if paper.kind == "election" else "符号（○）",
                                                          34 * mm, "center"))
    rows = [(str(n), c.name, c.detail, "") for n, c in enumerate(paper.candidates, start=1)]
    if paper.kind == "election":
        extra = paper.write_in_rows if paper.write_in_rows is not None else min(paper.seats, 5)
        rows += [("另选", "", "", "") for _ in range(extra)]
    return GridTable(columns, rows, style, max_row_height=40 * mm)


def ballot_story(paper: BallotPaper) -> list[Flowable]:
    story: list[Flowable] = []
    if paper.meeting:
        story.append(Title(paper.meeting, size=16, space_after=1 * mm))
    story += [
        Title(heading(paper), size=22, space_after=3 * mm),
        CaptionLine([rule_line(paper) + ("" if paper.kind == "motion" else f"（{paper.order_note}）")], size=13),
        _table(paper),
        Spacer(0, 5 * mm),
        _Lines("说明：", instructions(paper)),
    ]
    if not paper.secret:
        story.append(_Note("投票人签名：____________________", right=True, size=12))
    story.append(_Note("（加盖大会印章有效）", right=True, size=10.5))
    return story


def ballots_pdf(paper: BallotPaper, copies: int = 1) -> bytes:
    """`copies` identical ballots: two to an A4 sheet, with a dashed cut line between them, when a
    ballot fits half a sheet at full size (a motion of a few items, a short list of candidates);
    one to a page otherwise. Nothing is shrunk: a ballot stays as legible as a whole-page one."""
    if copies < 1:
        raise ValueError("at least one ballot")
    register_fonts()
    if ballots_per_sheet(paper) == 2:
        return _two_to_a_sheet(paper, copies)
    story: list[Flowable] = []
    for n in range(copies):
        if n:
            story.append(PageBreak())
        story += ballot_story(paper)
    furniture = Furniture(numbers=PageNumbers.NONE, title=heading(paper), author=paper.union_name)
    return render(story, FORM, furniture)


# Half an A4 sheet (148.5 mm), less a margin above and below each ballot for the cut.
HALF_TOP, HALF_BOTTOM = 12 * mm, 10 * mm
HALF_HEIGHT = A4[1] / 2 - HALF_TOP - HALF_BOTTOM


def _story_height(paper: BallotPaper, width: float) -> float:
    total = 0.0
    for flowable in ballot_story(paper):
        _, height = flowable.wrap(width, 10_000)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def ballots_per_sheet(paper: BallotPaper) -> int:
    """2 when a ballot fits half an A4 sheet at full size, else 1."""
    register_fonts()
    return 2 if _story_height(paper, FORM.frame_width) <= HALF_HEIGHT else 1


def _cut_line(canvas, document) -> None:
    """A dashed line across the middle of the sheet with short marks at both edges, to cut along."""
    width, height = A4
    middle = height / 2
    canvas.saveState()
    canvas.setStrokeGray(0.35)
    canvas.setLineWidth(0.5)
    canvas.line(0, middle, 8 * mm, middle)
    canvas.line(width - 8 * mm, middle, width, middle)
    canvas.setDash(3, 3)
    canvas.line(12 * mm, middle, width - 12 * mm, middle)
    canvas.setFont(SERIF, 8)
    canvas.setFillGray(0.35)
    canvas.drawRightString(width - FORM.right, middle + 1.5 * mm, "沿虚线裁开")
    canvas.restoreState()


def _two_to_a_sheet(paper: BallotPaper, copies: int) -> bytes:
    buffer = io.BytesIO()
    width, height = A4
    document = BaseDocTemplate(buffer, pagesize=A4, title=heading(paper), author=paper.union_name,
                               creator="UnionDesk 工会工作台")
    frames = [Frame(FORM.left, top, FORM.frame_width, HALF_HEIGHT, leftPadding=0, rightPadding=0, topPadding=0,
                    bottomPadding=0, id=name)
              for name, top in (("upper", height / 2 + HALF_BOTTOM), ("lower", HALF_BOTTOM))]
    document.addPageTemplates([PageTemplate("half", frames, onPage=_cut_line)])
    story: list[Flowable] = []
    for n in range(copies):
        if n:
            story.append(FrameBreak())
        story += ballot_story(paper)
    document.build(story)
    return buffer.getvalue()
