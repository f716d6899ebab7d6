"""The dues list of a month (or a year) as an .xlsx workbook: who paid, who owes, how much, with
the totals — for the finance office and the 经费审查委员会.

Amounts are written as numbers with two decimals (a number format, so sums in the spreadsheet
work), computed from exact fen: the total row equals the sum of the lines to the fen. The file is
built under a temporary name and moved into place, so a cancelled export leaves nothing; the
domain (desktop.domain.dues.exports) gives the rows and records the export in the audit trail (the
list names people and money) as the file is put in place.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from typing import Callable, Sequence

from desktop.domain.dues.exports import DuesExports, period_title
from desktop.domain.dues.queries import DuesFilter, DuesRow
from desktop.domain.members.lifecycle import STATUS_LABELS, Status
from desktop.exchange.shared.xlsx_writer import XlsxBook, export_file
from desktop.i18n.catalog import translator
from desktop.messages import QT_TRANSLATE_NOOP

PAGE = 2000
Progress = Callable[[int, int], "bool | None"]

COLUMNS = (
    (QT_TRANSLATE_NOOP("DuesExport", "No."), 6),
    (QT_TRANSLATE_NOOP("DuesExport", "Name"), 12),
    (QT_TRANSLATE_NOOP("DuesExport", "Department"), 16),
    (QT_TRANSLATE_NOOP("DuesExport", "Membership"), 10),
    (QT_TRANSLATE_NOOP("DuesExport", "Wage"), 12),
    (QT_TRANSLATE_NOOP("DuesExport", "Dues base"), 12),
    (QT_TRANSLATE_NOOP("DuesExport", "Owed"), 11),
    (QT_TRANSLATE_NOOP("DuesExport", "Paid"), 11),
    (QT_TRANSLATE_NOOP("DuesExport", "Balance"), 11),
    (QT_TRANSLATE_NOOP("DuesExport", "Unpaid months"), 10),
    (QT_TRANSLATE_NOOP("DuesExport", "Note"), 30),
)
TOTAL = QT_TRANSLATE_NOOP("DuesExport", "Total")
NO_WAGE = QT_TRANSLATE_NOOP("DuesExport", "no wage base on record")
WARNING = QT_TRANSLATE_NOOP("DuesExport", "{months} months in a row unpaid (deemed-withdrawal rule: check)")
_STATUSES = {str(s) for s in Status}


def write_dues_list(rows: Sequence[DuesRow], title: str, path: str | os.PathLike, language: str,
                    record: Callable[[Callable[[], None]], None], progress: Progress | None = None) -> int | None:
    """Write the rows (the list the filter shows) to `path`; the number of members written, None if
    cancelled. `record(put_in_place)` is the domain's record of the export."""
    translate = translator(language)

    def write(partial: Path) -> int | None:
        owed = paid = Decimal("0.00")
        with XlsxBook(partial) as book:  # closed even when cancelled: that lets go of its temporary files
            sheet = book.sheet(title, [width for _label, width in COLUMNS])
            sheet.freeze_rows(1)
            sheet.append([label.render(translate) for label, _ in COLUMNS], bold=True)
            for number, row in enumerate(rows, start=1):
                notes = []
                if row.no_wage_months:
                    notes.append(NO_WAGE.render(translate))
                if row.warning:
                    notes.append(WARNING.format(months=row.streak).render(translate))
                status = STATUS_LABELS[Status(row.status)].render(translate) if row.status in _STATUSES else row.status
                sheet.append([number, row.name, row.department, status, row.wage, row.base, row.owed, row.paid,
                              row.balance, row.unsettled_months, "; ".join(notes)])
                owed += row.owed
                paid += row.paid
                if progress is not None and number % PAGE == 0 and progress(number, len(rows)) is False:
                    return None
            sheet.append([TOTAL.render(translate), len(rows), None, None, None, None, owed, paid, owed - paid,
                          None, None], bold=True)
        return len(rows)

    return export_file(path, write, record)


def export_dues_list(exports: DuesExports, flt: DuesFilter, path: str | os.PathLike, language: str,
                     sort: str = "department", progress: Progress | None = None) -> int | None:
    """The list the filter shows, from the domain, written to `path` and recorded by the domain."""
    rows = exports.rows(flt, sort)
    return write_dues_list(rows, period_title(flt), path, language,
                           lambda put_in_place: exports.record_export(flt, str(path), rows, put_in_place), progress)
