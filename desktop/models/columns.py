"""What the table models share: a column (title, text of a row, alignment, tint) and the role that
answers "the id of this row" — one role for every table, so a view reads ids the same way from
each model (models/id_list_model.py for long lists, models/row_list.py for small ones)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Generic, TypeVar

from PySide6.QtCore import Qt

from desktop.messages import Message

Row = TypeVar("Row")

# A plain int: data() runs for every visible cell, and comparing an int with a PySide6 enum member
# costs ~10 µs each time.
ID_ROLE = int(Qt.ItemDataRole.UserRole.value) + 1  # the id of a row's record


@dataclass(frozen=True)
class Column(Generic[Row]):
    key: str                              # the row attribute and the sort key
    title: Message
    show: Callable[[Any, str], str]       # (row, language) -> text
    visible_by_default: bool = True
    right: bool = False                   # amounts and counts
    background: Callable[[Any], str | None] | None = None  # row -> a colour name, or None
    foreground: Callable[[Any], str | None] | None = None  # row -> a colour name, or None


def text_column(title: Message, text: Callable[[Any], str], right: bool = False,
                colour: Callable[[Any], str | None] | None = None, key: str = "",
                foreground: Callable[[Any], str | None] | None = None) -> Column:
    """A column whose text does not depend on the language (already a translated or plain text);
    `colour` tints the cell's background, `foreground` its text."""
    return Column(key, title, lambda row, _language: text(row), right=right, background=colour,
                  foreground=foreground)
