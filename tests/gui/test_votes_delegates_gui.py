"""Delegates from a file: a congress's delegate list (代表团/组, 姓名, 单位) read through the roster reader,
matched to members in good standing; the lines that match nobody are shown with their row."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook
from sqlalchemy import select

from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.members.entities import Member
from desktop.domain.members.lifecycle import EventType
from desktop.domain.members.service import MemberService
from desktop.domain.members.inputs import EventInput
from desktop.domain.votes.queries import VoteQueries
from desktop.exchange.votes.delegates import read_delegates
from tests.enrol import enrol


def _delegate_file(path, rows) -> str:
    book = Workbook()
    sheet = book.active
    sheet.append(["第五届职工代表大会代表名单"])
    sheet.append(["代表团/组", "姓名", "单位"])
    for row in rows:
        sheet.append(list(row))
    sheet.append(["合计", f"{len(rows)}人", ""])
    book.save(path)
    return str(path)


def test_delegates_from_a_file_are_matched_and_the_rest_shown(qtbot, db, tmp_path):
    from desktop.views.votes.delegates import DelegatePicker

    members = enrol(db, ["代表甲", "代表乙", "代表丙"], department="一车间")
    MemberService(db, LOCAL_ADMIN).record_event(members[2], EventInput(EventType.RETAIN, dt.date(2026, 1, 5),
                                                                       reason="1"))
    path = _delegate_file(tmp_path / "代表名单.xlsx", [("第一代表团", "代表甲", "一车间"), (None, "代表 乙", "一车间"),
                                                     ("第二代表团", "代表丙", "一车间"), (None, "无此人", "二车间")])
    lines = read_delegates(path)
    assert [(line.row, line.group, line.name) for line in lines] == [
        (3, "第一代表团", "代表甲"), (4, "第一代表团", "代表乙"), (5, "第二代表团", "代表丙"), (6, "第二代表团", "无此人")]
    picker = DelegatePicker(VoteQueries(db, LOCAL_ADMIN), {})
    qtbot.addWidget(picker)
    picker.show()
    picker.add_from_file(path)
    assert set(picker.selected()) == set(members[:2])
    text = picker.unmatched.text()
    assert "2 of 4 delegates in the file added." in text
    assert "row 5 代表丙: not a member in good standing" in text and "row 6 无此人: not in the register" in text
    picker.add_from_file(path)                                         # read again: nobody twice
    assert picker.chosen.count() == 2


def test_a_file_without_a_name_column_says_what_is_missing(qtbot, db, tmp_path):
    from desktop.views.votes.delegates import DelegatePicker

    path = tmp_path / "list.csv"
    path.write_text("序号,单位\n1,一车间\n", encoding="utf-8")
    picker = DelegatePicker(VoteQueries(db, LOCAL_ADMIN), {})
    qtbot.addWidget(picker)
    picker.add_from_file(str(path))
    assert "No 姓名 column was found in list.csv" in picker.unmatched.text()
    with db.session() as session:
        assert session.execute(select(Member.id).where(Member.name == "无此人")).first() is None
