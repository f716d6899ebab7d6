"""An activity's participants and their attendance as an .xlsx workbook (for the organiser's own
lists, the reimbursement file, or the parent union's activity report).

Same habits as the other writers of desktop/exchange: headers in the user's language, text that
could run as a formula written as text (formula_guard), written beside the target and moved into
place in the transaction that records the export in the audit trail.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from desktop.domain.accounts.actor import Actor
from desktop.domain.activities.queries import ActivityQueries
from desktop.domain.activities.values import STATE_LABELS
from desktop.domain.audit import recorder
from desktop.domain.errors import NotFoundError
from desktop.exchange.formula_guard import xlsx_cell
from desktop.i18n.catalog import translator
from desktop.messages import QT_TRANSLATE_NOOP, UserError
from desktop.store.database import Database

COLUMNS = (
    (QT_TRANSLATE_NOOP("ActivityExport", "No."), 6),
    (QT_TRANSLATE_NOOP("ActivityExport", "Name"), 12),
    (QT_TRANSLATE_NOOP("ActivityExport", "Department"), 18),
    (QT_TRANSLATE_NOOP("ActivityExport", "Team"), 14),
    (QT_TRANSLATE_NOOP("ActivityExport", "Card no."), 22),
    (QT_TRANSLATE_NOOP("ActivityExport", "Sign-up"), 12),
    (QT_TRANSLATE_NOOP("ActivityExport", "Waiting list no."), 10),
    (QT_TRANSLATE_NOOP("ActivityExport", "Present"), 8),
    (QT_TRANSLATE_NOOP("ActivityExport", "Checked in at"), 18),
    (QT_TRANSLATE_NOOP("ActivityExport", "Late"), 8),
    (QT_TRANSLATE_NOOP("ActivityExport", "Walk-in"), 8),
    (QT_TRANSLATE_NOOP("ActivityExport", "Competition team"), 14),
)
YES = QT_TRANSLATE_NOOP("ActivityExport", "Yes")
NO = QT_TRANSLATE_NOOP("ActivityExport", "No")


@dataclass(frozen=True)
class ActivityExportResult:
    path: Path
    rows: int


def export_participants(db: Database, actor: Actor, activity_id: int, path: str | os.PathLike,
                        language: str) -> ActivityExportResult:
    queries = ActivityQueries(db, actor)  # checks Permission.MEMBERS_READ
    detail = queries.detail(activity_id)
    if detail is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("ActivityPapers", "There is no activity number {id}.")
                            .format(id=activity_id))
    people = queries.participants(activity_id)
    tr = translator(language)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(detail.data.title[:31].replace("/", "-") or "Sheet1")
    for index, (_title, width) in enumerate(COLUMNS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A3"
    caption = WriteOnlyCell(sheet, value=f"{detail.data.title}  {detail.data.starts_on.isoformat()}  {detail.data.place}")
    caption.font = Font(bold=True, size=13)
    sheet.append([caption])
    header = []
    for title, _width in COLUMNS:
        cell = WriteOnlyCell(sheet, value=title.render(tr))
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    yes, no = YES.render(tr), NO.render(tr)
    for n, p in enumerate(people, start=1):
        checked = p.checked_in_at.astimezone().strftime("%Y-%m-%d %H:%M") if p.checked_in_at else ""
        sheet.append([n, *(xlsx_cell(sheet, v) for v in (p.name, p.department, p.team, p.card_no)),
                      STATE_LABELS[p.state].render(tr), p.waiting_position or "", yes if p.present else no, checked,
                      yes if p.late else "", yes if p.walk_in else "", xlsx_cell(sheet, p.team_name)])
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        book.save(partial)
        with db.transaction() as session:
            recorder.record(session, actor, "export_participants", "activity", activity_id,
                            {"path": [None, str(target)], "count": [None, len(people)]})
            os.replace(partial, target)
    except OSError as error:
        raise UserError(QT_TRANSLATE_NOOP(
            "ActivityExport", "{path} could not be written ({reason}). If the file is open in Excel or WPS, "
            "close it; or choose another folder.").format(path=str(target), reason=error.strerror or str(error))) from error
    finally:
        partial.unlink(missing_ok=True)
    return ActivityExportResult(target, len(people))
