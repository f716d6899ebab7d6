"""Writing one .xlsx sheet row by row, for every export (members, audit trail, activities, ledger …).

XlsxWriter in constant-memory mode: rows stream to a temporary file, so 100 000 members never sit in
memory, and it writes about 1.6 times as fast as openpyxl's write-only mode on this machine (20 000
rows × 30 cells with date and text formats: 32 s against 53 s). Text is always written as text:
the workbook is opened with every string conversion off, so a name typed as "=HYPERLINK(…)" stays a
string and never becomes a formula (see formula_guard.py), and an ID number never becomes a number.
Dates are real dates (a number format), so Excel sorts and filters them as dates.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Sequence

DATE_FORMAT = "yyyy-mm-dd"
MAX_SHEET_NAME = 31  # Excel's limit
_FORBIDDEN_IN_SHEET_NAME = str.maketrans({c: "_" for c in "[]:*?/\\"})


def sheet_name(text: str) -> str:
    """A name Excel accepts for a sheet: no []:*?/\\, at most 31 characters, not empty."""
    return (text.translate(_FORBIDDEN_IN_SHEET_NAME)[:MAX_SHEET_NAME]).strip("'") or "Sheet1"


class SheetWriter:
    """Rows appended in order; `close()` writes the file (call it, or use `with`)."""

    def __init__(self, path: str | Path, name: str, widths: Sequence[float | None] = (),
                 date_format: str = DATE_FORMAT):
        import xlsxwriter

        self._book = xlsxwriter.Workbook(str(path), {
            "constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
            "strings_to_urls": False, "default_date_format": date_format,
        })
        self._sheet = self._book.add_worksheet(sheet_name(name))
        self._bold = self._book.add_format({"bold": True})
        self._date = self._book.add_format({"num_format": date_format})
        self._next = 0  # zero-based index of the next row
        for index, width in enumerate(widths):
            if width:
                self._sheet.set_column(index, index, width)

    @property
    def rows_written(self) -> int:
        """Rows used so far, blank ones included; the 1-based number of the last row written."""
        return self._next

    def append(self, values: Sequence[Any], bold: bool = False) -> int:
        """Write one row; returns its 1-based row number. None leaves a cell empty; str is text,
        date/datetime a date, bool a boolean, numbers numbers."""
        row = self._next
        sheet = self._sheet
        for column, value in enumerate(values):
            if value is None or value == "":
                continue
            if bold:
                sheet.write(row, column, value, self._bold)
            elif isinstance(value, str):
                sheet.write_string(row, column, value)
            elif isinstance(value, (dt.date, dt.datetime)):
                sheet.write_datetime(row, column, value, self._date)
            else:
                sheet.write(row, column, value)
        self._next += 1
        return row + 1

    def skip(self, rows: int = 1) -> None:
        self._next += max(rows, 0)

    def freeze_rows(self, count: int) -> None:
        """Keep the first `count` rows in view while scrolling (the header)."""
        self._sheet.freeze_panes(count, 0)

    def filter(self, header_row: int, last_row: int, columns: int) -> None:
        """Filter buttons on `header_row` (1-based) over the rows up to `last_row`."""
        self._sheet.autofilter(header_row - 1, 0, max(last_row, header_row) - 1, max(columns, 1) - 1)

    def close(self) -> None:
        """Write the file. A file that cannot be created raises OSError, as open() would."""
        from xlsxwriter.exceptions import FileCreateError

        try:
            self._book.close()
        except FileCreateError as error:
            cause = error.args[0] if error.args else None
            raise (cause if isinstance(cause, OSError) else OSError(str(error))) from None

    def __enter__(self) -> "SheetWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
