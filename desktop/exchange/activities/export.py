"""An activity's participants and their attendance as an .xlsx workbook (for the organiser's own
lists, the reimbursement file, or the parent union's activity report).

Same habits as the other writers of desktop/exchange: headers in the user's language, text that
could run as a formula written as text (formula_guard), written beside the target and moved into
place in the transaction in which the domain (desktop.domain.activities.exports) records the export
in the audit trail. This module only formats the list the domain gives.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from desktop.domain.activities.exports import ParticipantList
from desktop.domain.activities.inputs import STATE_LABELS
from desktop.exchange.shared.xlsx_writer import XlsxBook, export_file
from desktop.i18n.catalog import translator
from desktop.messages import QT_TRANSLATE_NOOP

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


def write_participants(listing: ParticipantList, path: str | os.PathLike, language: str,
                       record: Callable[[Callable[[], None]], None]) -> ActivityExportResult:
    """Write the participant list the domain gave; `record(put_in_place)` is its record of the export."""
    detail, people = listing.detail, listing.people
    tr = translator(language)
    yes, no = YES.render(tr), NO.render(tr)

    def write(partial: Path) -> int:
        with XlsxBook(partial) as book:
            sheet = book.sheet(detail.data.title, [width for _title, width in COLUMNS])
            sheet.freeze_rows(2)
            sheet.append([f"{detail.data.title}  {detail.data.starts_on.isoformat()}  {detail.data.place}"],
                         bold=True)
            sheet.append([title.render(tr) for title, _width in COLUMNS], bold=True)
            for n, p in enumerate(people, start=1):
                checked = p.checked_in_at.astimezone().strftime("%Y-%m-%d %H:%M") if p.checked_in_at else ""
                sheet.append([n, p.name, p.department, p.team, p.card_no, STATE_LABELS[p.state].render(tr),
                              p.waiting_position or "", yes if p.present else no, checked,
                              yes if p.late else "", yes if p.walk_in else "", p.team_name])
        return len(people)

    export_file(path, write, record)
    return ActivityExportResult(Path(path), len(people))
