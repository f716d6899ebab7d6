"""Aid cases as an .xlsx workbook (from the aid pane): formats the rows desktop.domain.aid.exports
gives. Sensitive columns (ID number, bank card, health, disability, income figures) are there only
when the domain gave them (an AID_SENSITIVE user chose them); the domain records the export, and
that choice, as the file is put in place. Numbers such as IDs are written as text."""

from __future__ import annotations

import os
from pathlib import Path

from typing import Callable, Sequence

from desktop.domain.aid import codes, workflow
from desktop.domain.aid.exports import ExportRow, SensitiveValues
from desktop.exchange.shared.xlsx_writer import XlsxBook, export_file
from desktop.i18n.catalog import translator
from desktop.messages import QT_TRANSLATE_NOOP

COLUMNS = (
    QT_TRANSLATE_NOOP("AidExport", "Case no."), QT_TRANSLATE_NOOP("AidExport", "Name"),
    QT_TRANSLATE_NOOP("AidExport", "Department"), QT_TRANSLATE_NOOP("AidExport", "Tier"),
    QT_TRANSLATE_NOOP("AidExport", "Last step"), QT_TRANSLATE_NOOP("AidExport", "Status"),
    QT_TRANSLATE_NOOP("AidExport", "Opened"), QT_TRANSLATE_NOOP("AidExport", "Closed"),
    QT_TRANSLATE_NOOP("AidExport", "Household size"), QT_TRANSLATE_NOOP("AidExport", "Aid requested"),
    QT_TRANSLATE_NOOP("AidExport", "Aid granted"), QT_TRANSLATE_NOOP("AidExport", "Paid (yuan)"),
)
SENSITIVE_COLUMNS = (
    QT_TRANSLATE_NOOP("AidExport", "ID number"), QT_TRANSLATE_NOOP("AidExport", "Bank card no."),
    QT_TRANSLATE_NOOP("AidExport", "Health"), QT_TRANSLATE_NOOP("AidExport", "Disability"),
    QT_TRANSLATE_NOOP("AidExport", "Household yearly income"), QT_TRANSLATE_NOOP("AidExport", "Rigid spending"),
)


def write_cases(rows: Sequence[ExportRow], path: str | os.PathLike, language: str, sensitive: bool,
                record: Callable[[Callable[[], None]], None]) -> int:
    """Write the rows to `path`; returns the number of rows. `sensitive`: the rows carry the
    sensitive columns (AidExports.rows was asked for them). `record(put_in_place)` is the domain's
    record of the export."""
    tr = translator(language)
    header = [c.render(tr) for c in COLUMNS] + ([c.render(tr) for c in SENSITIVE_COLUMNS] if sensitive else [])
    lines = [_line(row, tr, language) for row in rows]

    def write(partial: Path) -> int:
        with XlsxBook(partial) as book:
            sheet = book.sheet(QT_TRANSLATE_NOOP("AidExport", "Aid cases").render(tr))
            sheet.freeze_rows(1)
            sheet.append(header, bold=True)
            for line in lines:
                sheet.append(line)
        return len(lines)

    export_file(path, write, record)
    return len(rows)


def _line(row: ExportRow, tr, language: str) -> list:
    r = row.case
    line = [r.case_no, r.name, r.department, codes.aid_label(codes.TIER, r.tier, language),
            workflow.STEP_LABELS[r.stage].render(tr) if r.stage else "",
            (workflow.OUTCOME_LABELS[r.outcome].render(tr) if r.outcome else
             QT_TRANSLATE_NOOP("AidExport", "Closed").render(tr)) if r.status == "closed"
            else QT_TRANSLATE_NOOP("AidExport", "Open").render(tr),
            r.opened_on, r.closed_on, r.household_size,
            codes.aid_types_label(r.aid_requested, language), codes.aid_types_label(r.aid_granted, language),
            r.paid_total]
    if row.sensitive is not None:
        line += _sensitive_cells(row.sensitive, language)
    return line


def _sensitive_cells(s: SensitiveValues, language: str) -> list:
    disability = " ".join(p for p in (codes.aid_label(codes.DISABILITY_TYPE, s.disability_type, language),
                                      codes.aid_label(codes.DISABILITY_GRADE, s.disability_grade, language)) if p)
    health = "；".join(p for p in (codes.aid_label(codes.HEALTH, s.health, language), s.health_detail) if p)
    return [s.id_number, s.bank_card_no, health, disability, s.yearly_income, s.rigid_spending]
