"""Columns are sized to what they hold when the table is first shown, also when its rows arrive
later from a read in the background (the aid and funds lists): sized while empty, every column
would stay as narrow as its heading and cut 凭证号 and 摘要."""

from PySide6.QtWidgets import QTableView

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.models.columns import text_column
from desktop.models.row_list import RowListModel
from desktop.views.widgets.columns import size_columns_on_first_show

LONG = "2026年春节慰问困难职工及其家属的慰问金"


def test_rows_that_arrive_after_the_first_show_size_the_columns(qtbot):
    model = RowListModel([text_column(QT_TRANSLATE_NOOP("Test", "Summary"), lambda row: row),
                           text_column(QT_TRANSLATE_NOOP("Test", "Note"), lambda row: "")])
    table = QTableView()
    table.setModel(model)
    qtbot.addWidget(table)
    size_columns_on_first_show(table)
    table.resize(900, 300)
    table.show()
    qtbot.waitExposed(table)
    qtbot.wait(50)  # the first show is over before the read in the background ends
    narrow = table.columnWidth(0)

    model.set_rows([LONG, "短"])
    qtbot.waitUntil(lambda: table.columnWidth(0) > narrow)
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(LONG)
