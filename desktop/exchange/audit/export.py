"""The audit trail as an .xlsx workbook, for the 经费审查委员会 (funds review committee) and whoever
else asks to see who changed what.

One row per record, newest first as on screen. Times are written as text on this computer's clock (a spreadsheet program
would otherwise reformat or shift them); changes are "field: old → new" text, with the masking of
ID numbers and phones the trail already has. The export is itself written to the trail.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from desktop.domain.accounts.actor import Actor
from desktop.domain.audit.labels import ACTION_LABELS, ENTITY_LABELS, label
from desktop.domain.audit.queries import AuditFilter, AuditQueries, local_text
from desktop.exchange.shared.xlsx_writer import XlsxBook, export_file
from desktop.i18n.catalog import translator
from desktop.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the open database is handed through to the domain, never used here
    from desktop.store.database import Database

PAGE = 500  # rows read from the database at a time

# (header, column width in characters), in column order.
COLUMNS = (
    (QT_TRANSLATE_NOOP("AuditExport", "Record no."), 9),
    (QT_TRANSLATE_NOOP("AuditExport", "Time"), 20),
    (QT_TRANSLATE_NOOP("AuditExport", "User"), 12),
    (QT_TRANSLATE_NOOP("AuditExport", "Action"), 14),
    (QT_TRANSLATE_NOOP("AuditExport", "Item"), 12),
    (QT_TRANSLATE_NOOP("AuditExport", "Name"), 18),
    (QT_TRANSLATE_NOOP("AuditExport", "Item id"), 10),
    (QT_TRANSLATE_NOOP("AuditExport", "Changes"), 100),
)
SHEET_TITLE = QT_TRANSLATE_NOOP("AuditExport", "Audit trail")

# Called after each page as (rows written, rows in all); returning False cancels the export.
Progress = Callable[[int, int], "bool | None"]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    records: int
    audit_record_id: int   # the trail's record of this export


def export_audit(
    db: Database, actor: Actor, flt: AuditFilter, path: str | os.PathLike, language: str,
    progress: Progress | None = None,
) -> ExportResult | None:
    """Write the records the filter lets through to `path`; None when cancelled (nothing written).

    The workbook is built beside the target under a temporary name and moved into place in the
    transaction that records the export, so a cancelled or failed export leaves neither a half
    file nor a record of an export that did not happen."""
    queries = AuditQueries(db, actor)  # checks Permission.AUDIT_READ before anything is read
    ids = queries.ids(flt)
    record_ids: list[int] = []

    def write(partial: Path) -> bool | None:
        return _write_workbook(queries, ids, partial, language, progress) or None

    def record(move) -> None:
        record_ids.append(queries.record_export(str(Path(path)), len(ids), flt, finish=move))

    if export_file(path, write, record) is None:
        return None
    return ExportResult(Path(path), len(ids), record_ids[0])


def _write_workbook(queries: AuditQueries, ids: list[int], partial: Path, language: str,
                    progress: Progress | None) -> bool:
    translate = translator(language)
    with XlsxBook(partial) as book:  # closed even when cancelled: that lets go of its temporary files
        sheet = book.sheet(SHEET_TITLE.render(translate), [width for _title, width in COLUMNS])
        sheet.freeze_rows(1)
        sheet.append([title.render(translate) for title, _width in COLUMNS], bold=True)
        cancelled = False
        for start in range(0, len(ids), PAGE):
            page = ids[start:start + PAGE]
            rows = queries.rows(page)
            for record_id in page:
                row = rows.get(record_id)
                if row is None:
                    continue
                sheet.append([
                    row.id, local_text(row.at), row.who, label(ACTION_LABELS, row.action, translate),
                    label(ENTITY_LABELS, row.entity, translate), row.object_name, row.entity_id,
                    row.summary(translate, language),
                ])
            if progress is not None and progress(min(start + PAGE, len(ids)), len(ids)) is False:
                cancelled = True
                break
    return not cancelled
