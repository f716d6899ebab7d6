"""A register pane's remembered layout: the split between its list and the record below, and the
list's columns (order, widths, hidden ones). The window asks every built pane to save it when it
closes (MainWindow.closeEvent → pane.save_layout()); the pane restores it when built."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter, QTableView


def save_split_layout(settings: QSettings, key: str, splitter: QSplitter, table: QTableView) -> None:
    settings.setValue(f"{key}/splitter", splitter.saveState())
    settings.setValue(f"{key}/columns", table.horizontalHeader().saveState())


def restore_split_layout(settings: QSettings, key: str, splitter: QSplitter, table: QTableView) -> bool:
    """True when the columns had a remembered layout (else the pane may size them to their content)."""
    split, columns = settings.value(f"{key}/splitter"), settings.value(f"{key}/columns")
    if split is not None:
        splitter.restoreState(split)
    return columns is not None and table.horizontalHeader().restoreState(columns)
