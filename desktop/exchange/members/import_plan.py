"""From a roster sheet to an import plan: every row read, normalized and validated the way the
member dialog does it, classified (new, already registered, rejected, warned), with each rejection
naming the row number Excel shows, the column and the fix. Nothing is written here; running the
plan hands the valid rows to the domain's one-transaction import."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Sequence

from desktop.domain.errors import ValidationError
from desktop.domain.gc_pause import collector_paused
from desktop.domain.members.bulk import DuplicatePolicy, ImportRow, merge_duplicate
from desktop.domain.members.imports import ImportLookups
from desktop.domain.id_numbers import mask_id_number
from desktop.domain.members.inputs import MemberInput, normalized_id_number
from desktop.domain.members.writes import checked, duplicate_message
from desktop.exchange.shared.headers import headers_of
from desktop.exchange.members.import_rows import ImportOptions, Problem, RowReader, checked_leniently
from desktop.exchange.members.import_skips import Skipped, department_heading, skip_kind
from desktop.exchange.shared.reading import Row
from desktop.messages import QT_TRANSLATE_NOOP

__all__ = ["ImportOptions", "ImportPlan", "PossibleDuplicate", "Problem", "SheetRows", "Skipped", "plan_import",
           "plan_sheets", "treat_as_same_member"]


@dataclass(frozen=True)
class PossibleDuplicate:
    """A new member with the same name and birth date as another row or a registered member, under
    another ID number: maybe one person typed twice, maybe two people. The cadre decides; by
    default both are kept."""

    row: int
    sheet: str
    name: str
    birth_date: dt.date
    id_number: str
    other: str              # the other one: "row 4" (in this file) or the registered member's ID number
    registered: bool


@dataclass
class ImportPlan:
    file_name: str
    sheet: str
    header_row: int                       # as Excel numbers it
    headers: list[str]
    mapping: dict[int, str]               # column index -> field
    options: ImportOptions
    rows: list[ImportRow] = field(default_factory=list)       # valid: new and registered ones
    new: int = 0
    updates: int = 0                      # registered members the import would change
    unchanged: int = 0                    # registered members left as they are (skip, or nothing to fill)
    rejected: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    rejected_rows: dict[tuple[str, int], Row] = field(default_factory=dict)  # (sheet, row) -> the cells
    skipped: list[Skipped] = field(default_factory=list)        # blank, total, note, header rows
    sheet_headers: dict[str, list[str]] = field(default_factory=dict)  # several sheets: each one's header
    possible_duplicates: list[PossibleDuplicate] = field(default_factory=list)

    @property
    def rejected_count(self) -> int:
        return len(self.rejected_rows)

    @property
    def skipped_rows(self) -> list[int]:
        return [s.row for s in self.skipped]

    @property
    def warned_rows(self) -> int:
        return len({w.row for w in self.warnings})


REPEATED = QT_TRANSLATE_NOOP(
    "Import", "The same person (name and ID number) as row {first}; this row was not imported again.")
ID_CONFLICT_FILE = QT_TRANSLATE_NOOP(
    "Import", "Row {first} has this ID number with another name ({other}). One of the two rows is wrong: "
    "correct the number or the name, and import this row again.")
ID_CONFLICT_REGISTER = QT_TRANSLATE_NOOP(
    "Import", "This ID number is registered for {other}, not for this name. Correct the number or the "
    "name in the file, or the registered member's record.")


def plan_import(rows: Sequence[Row], header_index: int, mapping: dict[int, str], options: ImportOptions,
                lookups: ImportLookups, file_name: str = "", sheet: str = "",
                today: dt.date | None = None) -> ImportPlan:
    """Read every row under the header and decide what would happen to it."""
    return plan_sheets([SheetRows(sheet, rows, header_index, mapping)], options, lookups, file_name, today)


@dataclass(frozen=True)
class SheetRows:
    """One sheet to import: its rows, where its header is, and how its columns map."""

    name: str
    rows: Sequence[Row]
    header_index: int
    mapping: dict[int, str]


@collector_paused()  # thousands of rows kept to the end: see gc_pause
def plan_sheets(sheets: Sequence[SheetRows], options: ImportOptions, lookups: ImportLookups,
                file_name: str = "", today: dt.date | None = None) -> ImportPlan:
    """Plan one sheet, or several at once (a workbook with a sheet per department): each sheet's rows
    under its own header, the sheet's name as the department when it has no department column, and
    the same person or ID number found across sheets as within one. With several sheets every
    problem names its sheet."""
    today = today or dt.date.today()
    first = sheets[0]
    several = len(sheets) > 1
    headers = headers_of(first.rows[first.header_index]) if first.header_index < len(first.rows) else []
    plan = ImportPlan(Path(file_name).name, "、".join(s.name for s in sheets)[:100] if several else first.name,
                      first.header_index + 1, headers, dict(first.mapping), options)
    candidates: list[_Candidate] = []
    for sheet in sheets:
        sheet_headers = headers_of(sheet.rows[sheet.header_index]) if sheet.header_index < len(sheet.rows) else []
        plan.sheet_headers[sheet.name] = sheet_headers
        sheet_options = options
        if several and "department" not in sheet.mapping.values() and not options.default_department:
            sheet_options = replace(options, default_department=sheet.name)
        reader = RowReader(sheet_headers, dict(sheet.mapping), sheet_options, today, sheet.name if several else "")
        candidates.extend(_collect(plan, sheet.rows, sheet.header_index, reader))
    _decide(plan, candidates, lookups, today)
    return plan


@dataclass
class _Candidate:
    number: int
    row: Row
    data: MemberInput
    given: frozenset[str]
    warnings: list[Problem]
    reader: RowReader


def _collect(plan: ImportPlan, rows: Sequence[Row], header_index: int, reader: RowReader) -> list[_Candidate]:
    """The rows of one sheet that may be members, read; the others skipped or rejected."""
    candidates = []
    after_end = False
    heading = ""           # a department heading line above its members (一车间), when no column says it
    for index in range(header_index + 1, len(rows)):
        number, row = index + 1, rows[index]
        kind = skip_kind(row, reader, after_end)
        if kind is not None:
            after_end = after_end or kind == "total"
            plan.skipped.append(Skipped(number, kind, reader.sheet))
            if kind == "title" and "department" not in reader.mapping.values():
                heading = department_heading(row) or heading
            continue
        data, given, problems, warnings = reader.read(number, row, heading)
        if problems:
            _reject(plan, number, row, problems, reader)
            continue
        candidates.append(_Candidate(number, row, data, given, warnings, reader))
    return candidates


def _decide(plan: ImportPlan, candidates: list[_Candidate], lookups: ImportLookups, today: dt.date) -> None:
    """New, registered, repeated or conflicting: each candidate against the register and the rows
    before it."""
    options = plan.options
    id_numbers = [normalized_id_number(c.data, today) for c in candidates]
    registered = lookups.registered(id_numbers)
    first_row_of: dict[str, tuple[str, str]] = {}   # ID number -> (where it was first, name)
    accepted: list[tuple[int, MemberInput, RowReader]] = []
    for candidate, id_number in zip(candidates, id_numbers):
        number, row, data, given, warnings, reader = (candidate.number, candidate.row, candidate.data,
                                                       candidate.given, candidate.warnings, candidate.reader)
        if id_number and id_number in first_row_of:
            first, first_name = first_row_of[id_number]
            if first_name == data.name:
                plan.warnings.append(reader.problem(number, "id_number", id_number,
                                                    REPEATED.format(first=first), "repeated_row"))
            else:
                _reject(plan, number, row, [Problem(number, reader.column("id_number"), id_number, ID_CONFLICT_FILE.format(
                    first=first, other=first_name), "id_conflict", reader.sheet)], reader)
            continue
        known = registered.get(id_number)
        if known is not None and known.in_trash:
            _reject(plan, number, row, [Problem(number, reader.column("id_number"), id_number,
                                                duplicate_message(known.name, True), "in_trash", reader.sheet)], reader)
            continue
        if known is not None and data.name and known.name != data.name:
            _reject(plan, number, row, [Problem(number, reader.column("id_number"), id_number, ID_CONFLICT_REGISTER.format(
                other=known.name), "id_conflict", reader.sheet)], reader)
            continue
        try:
            clean, given, more = checked_leniently(data, given, today, reader, number, row)
        except ValidationError as error:
            _reject(plan, number, row, reader.problems_of(number, row, error, _reject_kind(error)), reader)
            continue
        where = _row_in_sheet(number, reader.sheet)
        if known is not None:
            item = ImportRow(number, clean, given)
            merged = merge_duplicate(known.data, item, options.policy)
            try:
                merged = checked(merged, today, join_date_required=False)
            except ValidationError as error:
                _reject(plan, number, row, reader.problems_of(number, row, error), reader)
                continue
            first_row_of[id_number] = (where, data.name)
            if merged.join_date is not None:   # the register knows it: nothing unknown after all
                more = [w for w in more if w.kind != "join_date_unknown"]
            plan.warnings.extend(warnings + more)
            if merged == checked(known.data, today, join_date_required=False) or options.policy == DuplicatePolicy.SKIP:
                plan.unchanged += 1
            else:
                plan.updates += 1
                plan.rows.append(item)
            continue
        first_row_of[id_number] = (where, data.name)
        plan.warnings.extend(warnings + more)
        plan.new += 1
        plan.rows.append(ImportRow(number, clean, given))
        accepted.append((number, clean, reader))
    _warn_same_person(plan, accepted, lookups)
    plan.warnings.sort(key=lambda w: (w.sheet, w.row))
    plan.rejected.sort(key=lambda p: (p.sheet, p.row))


def _row_in_sheet(number: int, sheet: str) -> str:
    """A row named inside a message ("the same person as row {first}"): its sheet too when a
    workbook is imported sheet by sheet."""
    return f"{number}（{sheet}）" if sheet else str(number)


def _reject_kind(error: ValidationError) -> str:
    fields = {e.field for e in error.errors}
    if "id_number" in fields:
        return "bad_id"
    if "name" in fields:
        return "no_name"
    return "invalid"


def _reject(plan: ImportPlan, number: int, row: Row, problems: list[Problem], reader: RowReader) -> None:
    plan.rejected.extend(problems)
    plan.rejected_rows[(reader.sheet, number)] = row


def _warn_same_person(plan: ImportPlan, accepted: list[tuple[int, MemberInput, RowReader]],
                      lookups: ImportLookups) -> None:
    """Same name and birth date under another ID number: maybe one person typed twice. Imported,
    but shown, so the cadre can look."""
    in_register: dict[tuple[str, dt.date], str] = {}
    for person in lookups.people_named([d.name for _, d, _ in accepted]):
        if person.birth_date is not None:
            in_register.setdefault((person.name, person.birth_date), person.id_number)
    seen: dict[tuple[str, dt.date], tuple[str, str]] = {}
    for number, data, reader in accepted:
        key = (data.name, data.birth_date)
        other = seen.get(key)
        if other is not None and other[1] != data.id_number:
            plan.possible_duplicates.append(PossibleDuplicate(
                number, reader.sheet, data.name, data.birth_date, data.id_number, other[0], False))
            plan.warnings.append(Problem(number, reader.column("name"), data.name, QT_TRANSLATE_NOOP(
                "Import", "Row {other} has the same name and birth date with another ID number. Check "
                "that these are two different people.").format(other=other[0]), "same_person", reader.sheet))
        elif key in in_register and in_register[key] != data.id_number:
            plan.possible_duplicates.append(PossibleDuplicate(
                number, reader.sheet, data.name, data.birth_date, data.id_number,
                mask_id_number(in_register[key]), True))
            plan.warnings.append(Problem(number, reader.column("name"), data.name, QT_TRANSLATE_NOOP(
                "Import", "A registered member has the same name and birth date with another ID "
                "number. Check that these are two different people."), "same_person", reader.sheet))
        seen.setdefault(key, (_row_in_sheet(number, reader.sheet), data.id_number))


def treat_as_same_member(plan: ImportPlan, duplicates: Sequence[PossibleDuplicate]) -> None:
    """The cadre's decision that these rows are a member already in the file or the register: they
    are not imported (nothing is merged; the member's record is corrected by hand if needed)."""
    numbers = {d.id_number for d in duplicates}
    kept = [r for r in plan.rows if r.data.id_number not in numbers]
    plan.new -= len(plan.rows) - len(kept)
    plan.rows = kept
    decided = {(d.sheet, d.row) for d in duplicates}
    plan.warnings = [w for w in plan.warnings if not (w.kind == "same_person" and (w.sheet, w.row) in decided)]
    plan.possible_duplicates = [d for d in plan.possible_duplicates if d not in duplicates]
    plan.skipped.extend(Skipped(d.row, "same_member", d.sheet) for d in duplicates)
    plan.skipped.sort(key=lambda s: (s.sheet, s.row))
