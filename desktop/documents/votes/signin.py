"""选举人签到表: the sign-in sheet of a vote's electorate, on the sign-in sheet's own columns and
rows (desktop/documents/members/signin.py), with the electorate's count and fingerprint printed under the
title, so the list signed can be checked against the one frozen when voting opened."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm

from desktop.documents.shared.fonts import register_fonts
from desktop.documents.shared.grid import GridStyle, GridTable
from desktop.documents.shared.page import TABLE_PORTRAIT, CaptionLine, Furniture, SignatureLine, Title, render
from desktop.documents.members.signin import COLUMNS, ROW_HEIGHT, SignInEntry
from desktop.documents.shared.text import blank_date, chinese_date


@dataclass(frozen=True)
class ElectorateSheet:
    union_name: str
    title: str                      # 选举工会委员会委员选举人签到表
    meeting: str
    date: dt.date | None
    place: str
    entries: tuple[SignInEntry, ...]
    fingerprint: str
    frozen: bool                    # the list was frozen when voting opened


def electorate_signin_pdf(sheet: ElectorateSheet) -> bytes:
    register_fonts()
    rows = [(str(n), e.name, e.department, "", e.note) for n, e in enumerate(sheet.entries, start=1)]
    state = "名单已于投票开始时冻结" if sheet.frozen else "名单以开始投票时冻结的为准"
    story = [
        Title(sheet.title, size=20, space_after=3 * mm),
        CaptionLine([f"会议：{sheet.meeting}" if sheet.meeting else "",
                     f"时间：{chinese_date(sheet.date) if sheet.date else blank_date()}",
                     f"地点：{sheet.place or '                '}"], size=10.5),
        CaptionLine([f"应到 {len(sheet.entries)} 人    实到        人",
                     f"名单校验码：{sheet.fingerprint}（{state}）"], size=10.5),
        GridTable(COLUMNS, rows, GridStyle(size=11, leading=14, min_row_height=ROW_HEIGHT),
                  tail=SignatureLine([("监票人", ""), ("工作人员", ""), ("日期", blank_date())]),
                  max_row_height=TABLE_PORTRAIT.frame_height / 3),
    ]
    furniture = Furniture.of_union(sheet.union_name, f"应到 {len(sheet.entries)} 人 · 校验码 {sheet.fingerprint}",
                                   sheet.title)
    return render(story, TABLE_PORTRAIT, furniture)
