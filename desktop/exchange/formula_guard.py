"""No exported cell may run as a formula (CSV/formula injection): a name or remark typed as
"=HYPERLINK(...)" must reach the parent union as text.

xlsx: openpyxl turns any string starting with "=" into a formula, so such text is written as a
cell typed string; other strings are stored as strings already and never evaluated. CSV has no
types: the usual guard puts an apostrophe before text starting with = + - @ (or a tab / carriage
return), which Excel and WPS hide and treat as "this is text"; the importer removes it again."""

from __future__ import annotations

from typing import Any

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: str) -> str:
    return "'" + value if value.startswith(_TRIGGERS) else value


def xlsx_cell(sheet, value: Any) -> Any:
    """The value itself, or a write-only cell forced to text when openpyxl would make it a formula."""
    if isinstance(value, str) and value.startswith("="):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value
