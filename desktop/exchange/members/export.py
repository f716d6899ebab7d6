"""Writing members out through an export profile: the parent union's template, the readable
register, CSV. Any filter of the members pane can be exported ("what I see"); ID numbers leave the
program in full only with Permission.EXPORT_SENSITIVE, and every export is written to the audit trail.

The file is written beside its destination, the export is recorded, and only then is the file
renamed into place: a cancelled or failed export, or one whose record could not be written, never
leaves a file (or half of one) under the name the user chose.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from desktop.domain.accounts.actor import Actor
from desktop.domain.codes import code_table
from desktop.domain.exports.submissions import ExportRecords
from desktop.domain.members.export_rows import LastEvent, export_records
from desktop.domain.members.lifecycle import NATIONAL_CODES, STATUS_LABELS, EventType, Status
from desktop.domain.members.paper import masked_record, require_full_ids_export
from desktop.domain.members.queries import MemberFilter, MemberQueries, SortOrder
from desktop.domain.members.inputs import CODED_FIELDS
from desktop.exchange.shared.formula_guard import csv_text
from desktop.exchange.shared.profiles import DATE_FORMATS, Column, Profile
from desktop.exchange.shared.profiles import profile as find_profile
from desktop.exchange.shared.xlsx_writer import XlsxBook
from desktop.i18n.catalog import translator
from desktop.messages import QT_TRANSLATE_NOOP, UserError

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
_REPORT_EVERY = 500


class ExportCancelled(UserError):
    """The user cancelled; no file was left behind."""


@dataclass(frozen=True)
class ExportRequest:
    profile: str
    out: Path
    member_filter: MemberFilter = field(default_factory=MemberFilter)   # default: everyone not in the trash
    order: SortOrder = field(default_factory=SortOrder)
    full_ids: bool = False          # roster/csv: write ID numbers and phones unmasked (needs permission)
    since_last: bool = False        # parent union: only members added or changed since the last submission
    description: str = "all"        # what was selected, for the audit trail


@dataclass(frozen=True)
class ExportOutcome:
    path: Path
    count: int
    full_ids: bool
    submission_id: int | None


def _fingerprint(values: list[Any]) -> str:
    return hashlib.sha1("\x1f".join("" if v is None else str(v) for v in values).encode("utf-8")).hexdigest()


class _Values:
    """How each profile column gets its value from a member record."""

    def __init__(self, profile: Profile, language: str, names: dict[str, str]):
        self.profile = profile
        self.language = language
        self.names = names
        self.date_format = DATE_FORMATS.get(profile.date_format)
        self.tr = translator(language)
        self.yes, self.no = "是", "否"   # template data, the same in every interface language
        self.status_labels = {str(s): STATUS_LABELS[s].render(self.tr) for s in Status}

    def raw(self, column: Column, record: dict, event: LastEvent | None, seq: int) -> Any:
        name = column.value
        if name == "seq":
            return seq
        if name == "status":
            return record["status"]
        if name == "change_type":
            return NATIONAL_CODES.get(EventType(event.event_type)) if event else None
        if name == "change_date":
            return event.event_date if event else None
        if name == "change_reason":
            return event.reason if event else None
        return record.get(name)

    def cell(self, column: Column, record: dict, event: LastEvent | None, seq: int) -> Any:
        value = self.raw(column, record, event, seq)
        if value in (None, "") and column.fallback:
            return column.fallback.format(**self.names) or None
        if value is None:
            return None
        kind = column.kind
        if isinstance(value, dt.date):
            return value.strftime(self.date_format) if self.date_format else value
        if kind == "date":
            return value  # a masked birth date: its year, as text
        if kind == "yes_no":
            return self.yes if value else self.no
        if kind == "label":
            if column.value == "status":
                return self.status_labels.get(value, value)
            table = CODED_FIELDS.get(column.value) or column.value
            return code_table(table).label(value, self.language)
        if kind == "text" or kind == "code":
            return str(value)
        return value


def _ids(queries: MemberQueries, request: ExportRequest) -> list[int]:
    return queries.ids(request.member_filter, request.order)


def export_members(db, actor: Actor, request: ExportRequest, language: str = "zh_CN",
                   progress: Progress | None = None, cancelled: Cancelled | None = None) -> ExportOutcome:
    """Write the file and record the export; returns how many members went out."""
    profile = find_profile(request.profile)
    full_ids = profile.requires_full_ids or request.full_ids
    if full_ids:
        require_full_ids_export(actor, profile.label(language))
    records = ExportRecords(db, actor)
    union_name, unit_name = records.union_names()
    names = {"union_name": union_name, "unit_name": unit_name or union_name,
             "today": dt.date.today().strftime(DATE_FORMATS.get(profile.date_format, "%Y-%m-%d"))}
    values = _Values(profile, language, names)
    ids = _ids(MemberQueries(db, actor), request)
    previous = records.fingerprints(profile.name) if request.since_last else {}
    submitted: dict[int, str] = {}

    def rows() -> Iterator[list[Any]]:
        seq = 0
        for done, (record, event) in enumerate(export_records(db, actor, ids)):
            if not full_ids:
                record = masked_record(record)
            if done % _REPORT_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ExportCancelled(QT_TRANSLATE_NOOP("Export", "The export was cancelled; no file was written."))
                if progress is not None:
                    progress(done, len(ids))
            cells = [values.cell(c, record, event, 0) for c in profile.columns]
            if profile.remember_submissions:
                fingerprint = _fingerprint([c for c, col in zip(cells, profile.columns) if col.value != "seq"])
                if request.since_last and previous.get(record["id"]) == fingerprint:
                    continue
                submitted[record["id"]] = fingerprint
            seq += 1
            yield [seq if col.value == "seq" else c for c, col in zip(cells, profile.columns)]

    out = Path(request.out)
    temporary = out.with_name(out.stem + ".part" + out.suffix)
    try:
        writer = _write_xlsx if profile.format == "xlsx" else _write_csv
        count = writer(profile, names, rows(), temporary)
        submission_id = records.record(profile.name, out.name, count, full_ids, request.since_last,
                                       request.description, submitted if profile.remember_submissions else None)
        os.replace(temporary, out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(len(ids), len(ids))
    return ExportOutcome(out, count, full_ids, submission_id)


def _filled(row: Iterable[Any], names: dict[str, str]) -> list[Any]:
    return [v.format(**names) if isinstance(v, str) else v for v in row]


def _write_xlsx(profile: Profile, names: dict[str, str], rows: Iterable[list[Any]], path: Path) -> int:
    with XlsxBook(path) as book:
        sheet = book.sheet(profile.sheet, [c.width for c in profile.columns])
        if profile.freeze_header:
            sheet.freeze_rows(profile.header_row)
        for title in profile.title_rows:
            sheet.append(_filled(title, names))
        sheet.append([c.header for c in profile.columns], bold=True)
        sheet.skip(profile.first_data_row - profile.header_row - 1)
        count = 0
        for row in rows:
            sheet.append(row)
            count += 1
        last_row = profile.first_data_row + count - 1
        for notes in profile.notes_rows:
            sheet.append(_filled(notes, names))
        if profile.autofilter:
            sheet.filter(profile.header_row, last_row, len(profile.columns))
    return count


def _write_csv(profile: Profile, names: dict[str, str], rows: Iterable[list[Any]], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        for title in profile.title_rows:
            writer.writerow(["" if v is None else csv_text(str(v)) for v in _filled(title, names)])
        writer.writerow([csv_text(c.header) for c in profile.columns])
        for row in rows:
            writer.writerow(["" if v is None else csv_text(v) if isinstance(v, str) else v for v in row])
            count += 1
        for notes in profile.notes_rows:
            writer.writerow([csv_text(str(v)) for v in _filled(notes, names) if v is not None])
    return count
