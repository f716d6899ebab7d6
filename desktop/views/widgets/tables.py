"""The table of a register pane (rights cases, proposals, suggestions): whole rows, one at a time,
compact rows, no row numbers, the last column taking the rest of the width."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def register_table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table
