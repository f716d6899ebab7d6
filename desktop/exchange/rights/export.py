"""The rights case list as an .xlsx file: formats the rows desktop.domain.rights.printing gives
(already limited to what a file may show) and lets the domain record the export, which puts the
finished file in place inside the same transaction."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Sequence

from desktop.domain.rights import rules
from desktop.domain.rights.queries import CaseRow
from desktop.exchange.shared.xlsx_writer import XlsxBook, export_file
from desktop.i18n.catalog import translator
from desktop.messages import QT_TRANSLATE_NOOP

COLUMNS = (
    (QT_TRANSLATE_NOOP("RightsExport", "Case no."), 13),
    (QT_TRANSLATE_NOOP("RightsExport", "Worker"), 10),
    (QT_TRANSLATE_NOOP("RightsExport", "Department"), 14),
    (QT_TRANSLATE_NOOP("RightsExport", "Workers involved"), 8),
    (QT_TRANSLATE_NOOP("RightsExport", "Other party"), 16),
    (QT_TRANSLATE_NOOP("RightsExport", "Category"), 14),
    (QT_TRANSLATE_NOOP("RightsExport", "Received"), 12),
    (QT_TRANSLATE_NOOP("RightsExport", "Stage / outcome"), 14),
    (QT_TRANSLATE_NOOP("RightsExport", "Mediation due"), 12),
    (QT_TRANSLATE_NOOP("RightsExport", "Amount recovered"), 12),
)


def write_case_list(rows: Sequence[CaseRow], path: str | os.PathLike, language: str,
                    record: Callable[[Callable[[], None]], None]) -> int:
    """Write the rows to `path`; `record(put_in_place)` is the domain's record of the export."""
    tr = translator(language)

    def status(row: CaseRow) -> str:
        labels = rules.OUTCOME_LABELS if row.status == "closed" else rules.STEP_LABELS
        code = row.outcome if row.status == "closed" else row.stage
        return labels[code].render(tr) if code in labels else code

    def write(partial: Path) -> int:
        with XlsxBook(partial) as book:
            sheet = book.sheet(QT_TRANSLATE_NOOP("RightsExport", "Rights cases").render(tr),
                               [width for _title, width in COLUMNS])
            sheet.freeze_rows(1)
            sheet.append([title.render(tr) for title, _width in COLUMNS], bold=True)
            for r in rows:
                sheet.append([r.case_no, r.name, r.department, r.headcount, r.other_party,
                              rules.CATEGORY_LABELS[r.category].render(tr), r.received_on, status(r),
                              r.mediation_due, r.amount_recovered])
            sheet.filter(1, len(rows) + 1, len(COLUMNS))
        return len(rows)

    return export_file(path, write, record) or 0
