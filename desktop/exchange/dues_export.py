"""The dues list of a month (or a year) as an .xlsx workbook: who paid, who owes, how much, with
the totals — for the finance office and the 经费审查委员会.

Amounts are written as numbers with two decimals (a number format, so sums in the spreadsheet
work), computed from exact fen: the total row equals the sum of the lines to the fen. The file is
built under a temporary name and moved into place, so a cancelled export leaves nothing; the
export is written to the audit trail (the list names people and money).
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from typing import Callable

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit import recorder
from desktop.domain.dues.queries import DuesFilter, DuesQueries
from desktop.domain.members.lifecycle import STATUS_LABELS, Status
from desktop.exchange.formula_guard import xlsx_cell
from desktop.i18n.catalog import translator
from desktop.messages import QT_TRANSLATE_NOOP, UserError
from desktop.store.database import Database

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
MONEY_FORMAT = "#,##0.00"
_STATUSES = {str(s) for s in Status}


def export_dues_list(db: Database, actor: Actor, flt: DuesFilter, path: str | os.PathLike, language: str,
                     sort: str = "department", progress: Progress | None = None) -> int | None:
    """Write the list the filter shows to `path`; the number of members written, None if cancelled."""
    queries = DuesQueries(db, actor)  # FUNDS_READ
    actor.require(Permission.FUNDS_READ)
    rows = queries.rows(flt, sort=sort)
    translate = translator(language)
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    title = (f"{flt.first}" if flt.first == flt.last else f"{flt.first}—{flt.last}")
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    sheet.freeze_panes = "A2"
    for index, (_label, width) in enumerate(COLUMNS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    bold = Font(bold=True)

    def header_cell(value):
        cell = WriteOnlyCell(sheet, value=value)
        cell.font = bold
        return cell

    def money(value: Decimal | None):
        if value is None:
            return None
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = MONEY_FORMAT
        return cell

    sheet.append([header_cell(label.render(translate)) for label, _ in COLUMNS])
    owed = paid = Decimal("0.00")
    cancelled = False
    try:
        for number, row in enumerate(rows, start=1):
            notes = []
            if row.no_wage_months:
                notes.append(NO_WAGE.render(translate))
            if row.warning:
                notes.append(WARNING.format(months=row.streak).render(translate))
            status = STATUS_LABELS[Status(row.status)].render(translate) if row.status in _STATUSES else row.status
            sheet.append([number, xlsx_cell(sheet, row.name), xlsx_cell(sheet, row.department), status, money(row.wage), money(row.base),
                          money(row.owed), money(row.paid), money(row.balance), row.unsettled_months,
                          "; ".join(notes)])
            owed += row.owed
            paid += row.paid
            if progress is not None and number % PAGE == 0 and progress(number, len(rows)) is False:
                cancelled = True
                break
        sheet.append([header_cell(TOTAL.render(translate)), len(rows), None, None, None, None,
                      money(owed), money(paid), money(owed - paid), None, None])
        try:
            book.save(partial)
        except OSError as error:
            raise _cannot_write(target, error) from error
        if cancelled:
            return None
        with db.transaction() as session:
            recorder.record(session, actor, "dues_export", "dues_list", None, {
                "file": [None, str(target)], "period": [None, title], "members": [None, len(rows)],
                "owed": [None, str(owed)], "paid": [None, str(paid)]})
            try:
                os.replace(partial, target)
            except OSError as error:
                raise _cannot_write(target, error) from error
    finally:
        partial.unlink(missing_ok=True)
    return len(rows)


def _cannot_write(target: Path, error: OSError) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "DuesExport", "{path} could not be written ({reason}). If the file is open in Excel or WPS, close it; "
        "or choose another folder.").format(path=str(target), reason=error.strerror or str(error)))
