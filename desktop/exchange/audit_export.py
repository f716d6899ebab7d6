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
from typing import Callable

from desktop.domain.accounts.actor import Actor
from desktop.domain.audit.labels import ACTION_LABELS, ENTITY_LABELS, label
from desktop.domain.audit.queries import AuditFilter, AuditQueries, local_text
from desktop.exchange.xlsx_writer import SheetWriter
from desktop.i18n.catalog import translator
from desktop.messages import QT_TRANSLATE_NOOP, UserError
from desktop.store.database import Database

PAGE = 500  # rows read from the database at a time

# (header, column width in characters), in column order.
COLUMNS = (
    (QT_TRANSLATE_NOOP("AuditExport", "Record no."), 9),
    (QT_TRANSLATE_NOOP("AuditExport", "Time"), 20),
    (QT_TRANSLATE_NOOP("AuditExport", "User"), 12),
    (QT_TRANSLATE_NOOP("AuditExport", "Action"), 14),
    (QT_TRANSLATE_NOOP("AuditExport", "Item"), 12),
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
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    ids = queries.ids(flt)
    moved = []

    def finish() -> None:
        _move_into_place(partial, target)
        moved.append(target)

    try:
        if not _write_workbook(queries, ids, partial, language, progress):
            return None
        record_id = queries.record_export(str(target), len(ids), flt, finish=finish)
    except BaseException:
        for done in moved:  # in place, but the record of it was not committed: take it back
            done.unlink(missing_ok=True)
        raise
    finally:
        partial.unlink(missing_ok=True)
    return ExportResult(target, len(ids), record_id)


def _write_workbook(queries: AuditQueries, ids: list[int], partial: Path, language: str,
                    progress: Progress | None) -> bool:
    translate = translator(language)
    sheet = SheetWriter(partial, SHEET_TITLE.render(translate), [width for _title, width in COLUMNS])
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
                row.id, local_text(row.at), row.actor, label(ACTION_LABELS, row.action, translate),
                label(ENTITY_LABELS, row.entity, translate), row.entity_id,
                row.summary(translate, language),
            ])
        if progress is not None and progress(min(start + PAGE, len(ids)), len(ids)) is False:
            cancelled = True
            break
    # Closed even when cancelled: that is how the writer lets go of its temporary files. The caller
    # removes the part file.
    try:
        sheet.close()
    except OSError as error:
        raise _cannot_write(partial.with_name(partial.name.removesuffix(".part")), error) from error
    return not cancelled


def _move_into_place(partial: Path, target: Path) -> None:
    try:
        os.replace(partial, target)
    except OSError as error:  # on Windows: the old file is open in Excel or WPS
        raise _cannot_write(target, error) from error


def _cannot_write(target: Path, error: OSError) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "AuditExport", "{path} could not be written ({reason}). If the file is open in Excel or WPS, "
        "close it; or choose another folder.").format(path=str(target), reason=error.strerror or str(error)))
