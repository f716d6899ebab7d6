"""计票统计表: each teller's own count of a closed vote — per candidate (or item) the ○, ×, abstain
and write-in marks, and the valid and invalid ballots — one table per teller, side by side in the
archive so the two passes of a double entry can be seen to agree."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.documents.shared.grid import GridColumn, GridStyle, GridTable
from desktop.documents.shared.page import FORM, CaptionLine, Furniture, SignatureLine, Title, render


@dataclass(frozen=True)
class TellerCount:
    teller: str                                   # 第一计票人 张三
    valid: int
    invalid: int
    rows: tuple[tuple[str, int, int, int, int], ...]  # name, yes, no, abstain, write-in


@dataclass(frozen=True)
class TallySheet:
    union_name: str
    matter: str
    kind: str
    counts: tuple[TellerCount, ...]


def _table(sheet: TallySheet, count: TellerCount) -> GridTable:
    first = "表决事项" if sheet.kind == "motion" else "候选人"
    columns = (GridColumn("序号", 12 * mm, "center"), GridColumn(first, 62 * mm), GridColumn("○ 赞成", 22 * mm, "right"),
               GridColumn("× 不赞成", 22 * mm, "right"), GridColumn("弃权", 22 * mm, "right"),
               GridColumn("另选", 22 * mm, "right"))
    rows = [(str(n), name, str(yes), str(no), str(abstain), str(write_in) if write_in else "—")
            for n, (name, yes, no, abstain, write_in) in enumerate(count.rows, start=1)]
    return GridTable(columns, rows, GridStyle(size=10.5, leading=13, min_row_height=7 * mm), max_row_height=30 * mm)


def tally_story(sheet: TallySheet) -> list[Flowable]:
    story: list[Flowable] = [Title(f"{sheet.matter}计票统计表", size=18, space_after=3 * mm)]
    for count in sheet.counts:
        story += [CaptionLine([count.teller, f"有效票 {count.valid} 张，无效票 {count.invalid} 张"], size=11),
                  _table(sheet, count), Spacer(0, 5 * mm)]
    story.append(SignatureLine([("计票人", ""), ("监票人", "")], size=11, space_before=8 * mm))
    return story


def tally_pdf(sheet: TallySheet) -> bytes:
    furniture = Furniture.of_union(sheet.union_name, "计票统计表", f"{sheet.matter}计票统计表")
    return render(tally_story(sheet), FORM, furniture)
