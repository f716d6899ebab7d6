"""The small-list table model alone: what a table over it shows (text, alignment, tint, header,
the id of a row), checked by Qt's model tester with rows, after a reset and when empty."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.models.columns import ID_ROLE, Column, text_column
from desktop.models.id_list_model import ID_ROLE as LONG_LIST_ID_ROLE
from desktop.models.row_list import RowListModel


@dataclass(frozen=True)
class Payment:
    id: int
    name: str
    amount: int
    late: bool


COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("Test", "Name"), lambda r, language: f"{r.name} ({language})"),
    Column("amount", QT_TRANSLATE_NOOP("Test", "Amount"), lambda r, _language: str(r.amount), right=True,
           foreground=lambda r: "#b3261e" if r.late else None),
    text_column(QT_TRANSLATE_NOOP("Test", "Late"), lambda r: "yes" if r.late else "",
                colour=lambda r: "#fbe3e1" if r.late else None, key="late"),
)
ROWS = [Payment(7, "张三", 120, False), Payment(9, "李四", 80, True)]


def _model(qapp) -> RowListModel:
    model = RowListModel(COLUMNS, id_of=lambda r: r.id, language="zh_CN")
    model.set_rows(ROWS)
    return model


def test_the_model_passes_the_model_tester_with_rows_and_empty(qtmodeltester, qapp):
    model = _model(qapp)
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_a_cell_shows_its_text_in_the_language_and_its_tooltip(qapp):
    model = _model(qapp)
    assert model.data(model.index(0, 0)) == "张三 (zh_CN)"
    assert model.data(model.index(1, 1), Qt.ToolTipRole) == "80"
    assert model.headerData(1, Qt.Horizontal) in ("Amount", "金额")
    assert model.headerData(1, Qt.Vertical) == 2


def test_amounts_are_right_aligned_and_a_late_row_is_tinted(qapp):
    model = _model(qapp)
    assert model.data(model.index(0, 1), Qt.TextAlignmentRole) & Qt.AlignRight
    assert model.data(model.index(0, 0), Qt.TextAlignmentRole) is None
    assert model.data(model.index(1, 1), Qt.ForegroundRole).color().name() == "#b3261e"
    assert model.data(model.index(0, 1), Qt.ForegroundRole) is None
    assert model.data(model.index(1, 2), Qt.BackgroundRole).color().name() == "#fbe3e1"


def test_the_id_of_a_row_is_read_with_the_role_the_long_lists_use(qapp):
    model = _model(qapp)
    assert ID_ROLE == LONG_LIST_ID_ROLE
    assert [model.data(model.index(r, 0), ID_ROLE) for r in range(2)] == [7, 9]
    assert model.row_of(9) == 1 and model.row_of(8) is None
    assert model.row_value(model.row_of(9)).name == "李四"
    assert model.row_value(None) is None
    assert model.key_of(1) == "amount" and model.key_of(2) == "late"
