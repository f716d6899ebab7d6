"""From a roster sheet to an import plan: every row read, normalized and validated the way the
member dialog does it, classified (new, already registered, rejected, warned), with each rejection
naming the row number Excel shows, the column and the fix. Nothing is written here; running the
plan hands the valid rows to the domain's one-transaction import."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from desktop.domain.errors import ValidationError
from desktop.domain.members.bulk import DuplicatePolicy, ImportRow, merge_duplicate
from desktop.domain.members.imports import ImportLookups
from desktop.domain.members.validation import MemberInput, normalized_id_number
from desktop.domain.members.writes import checked, duplicate_message
from desktop.exchange import cells
from desktop.exchange.headers import headers_of, is_end_row
from desktop.exchange.member_fields import FIELD_LABELS, parse
from desktop.exchange.sources import Row
from desktop.messages import QT_TRANSLATE_NOOP, Message, Translate

# A roster cell left empty keeps these instead of the dialog's defaults: an import must not claim
# that everybody is 汉族 or 群众 because the column was missing.
_BLANK = MemberInput(ethnicity=None, employment_status=None, political_status=None)
_BLANK_VALUES = _BLANK.as_dict()


@dataclass(frozen=True)
class Problem:
    """A rejected or doubtful row: where (row as Excel numbers it, column header), what, and why."""

    row: int
    column: str
    value: str
    reason: Message

    def as_json(self, translate: Translate | None = None) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "value": self.value, "reason": self.reason.render(translate)}


@dataclass(frozen=True)
class ImportOptions:
    policy: DuplicatePolicy = DuplicatePolicy.SKIP
    default_join_date: dt.date | None = None   # for rows without one (rosters often lack the column)


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
    rejected_rows: dict[int, Row] = field(default_factory=dict)  # row number -> the original cells
    skipped_rows: list[int] = field(default_factory=list)        # blank, total and note rows

    @property
    def rejected_count(self) -> int:
        return len(self.rejected_rows)


def _column_name(headers: Sequence[str], index: int) -> str:
    from openpyxl.utils import get_column_letter

    header = headers[index] if index < len(headers) and headers[index] else ""
    return header or get_column_letter(index + 1)


def _shown(value: Any) -> str:
    return repr(value) if isinstance(value, float) and not value.is_integer() else cells.text_of(value)


class _RowReader:
    """Turns one sheet row into MemberInput plus the problems found on the way."""

    def __init__(self, headers: list[str], mapping: dict[int, str], options: ImportOptions, today: dt.date):
        self.headers = headers
        self.mapping = mapping
        self.options = options
        self.today = today
        self.column_of = {f: i for i, f in mapping.items()}

    def column(self, field_name: str) -> str:
        index = self.column_of.get(field_name)
        if index is None:
            return FIELD_LABELS.get(field_name, QT_TRANSLATE_NOOP("MemberFields", "Name")).source
        return _column_name(self.headers, index)

    def cell(self, row: Row, field_name: str) -> Any:
        index = self.column_of.get(field_name)
        return row[index] if index is not None and index < len(row) else None

    def read(self, number: int, row: Row) -> tuple[MemberInput | None, frozenset[str], list[Problem]]:
        values, problems = {}, []
        for index, name in self.mapping.items():
            raw = row[index] if index < len(row) else None
            if raw is None or raw == "":
                continue
            try:
                value = parse(name, raw)
            except cells.CellError as error:
                problems.append(Problem(number, _column_name(self.headers, index), _shown(raw), error.message))
                continue
            if value not in (None, ""):
                values[name] = value
        given = frozenset(values)
        if "join_date" not in values and self.options.default_join_date is not None:
            values["join_date"] = self.options.default_join_date
        return MemberInput(**{**_BLANK_VALUES, **values}), given, problems

    def problems_of(self, number: int, row: Row, error: ValidationError) -> list[Problem]:
        return [Problem(number, self.column(e.field), _shown(self.cell(row, e.field)), e.message)
                for e in error.errors]


def _is_member_row(row: Row, reader: _RowReader) -> bool:
    return any(reader.cell(row, f) not in (None, "") for f in ("name", "id_number"))


def _non_empty(row: Row) -> int:
    return sum(1 for cell in row if cell not in (None, ""))


def plan_import(rows: Sequence[Row], header_index: int, mapping: dict[int, str], options: ImportOptions,
                lookups: ImportLookups, file_name: str = "", sheet: str = "",
                today: dt.date | None = None) -> ImportPlan:
    """Read every row under the header and decide what would happen to it."""
    today = today or dt.date.today()
    headers = headers_of(rows[header_index]) if header_index < len(rows) else []
    plan = ImportPlan(Path(file_name).name, sheet, header_index + 1, headers, dict(mapping), options)
    reader = _RowReader(headers, plan.mapping, options, today)
    candidates: list[tuple[int, Row, MemberInput, frozenset[str]]] = []
    after_end = False
    for index in range(header_index + 1, len(rows)):
        number, row = index + 1, rows[index]
        if _non_empty(row) == 0:
            plan.skipped_rows.append(number)
            continue
        if is_end_row(row) or (not _is_member_row(row, reader) and (after_end or _non_empty(row) < 2)):
            after_end = after_end or is_end_row(row)
            plan.skipped_rows.append(number)
            continue
        data, given, problems = reader.read(number, row)
        if problems:
            _reject(plan, number, row, problems)
            continue
        candidates.append((number, row, data, given))

    id_numbers = [normalized_id_number(d, today) for _, _, d, _ in candidates]
    registered = lookups.registered(id_numbers)
    first_row_of: dict[str, int] = {}
    seen_people: dict[tuple[str, dt.date], tuple[int, str]] = {}
    accepted: list[tuple[int, MemberInput]] = []
    for (number, row, data, given), id_number in zip(candidates, id_numbers):
        if id_number and id_number in first_row_of:
            _reject(plan, number, row, [Problem(number, reader.column("id_number"), id_number, QT_TRANSLATE_NOOP(
                "Import", "Row {first} has the same ID number. A person is imported once: delete one of "
                "the two rows, or correct the number.").format(first=first_row_of[id_number]))])
            continue
        known = registered.get(id_number)
        if known is not None and known.in_trash:
            _reject(plan, number, row, [Problem(number, reader.column("id_number"), id_number,
                                                duplicate_message(known.name, True))])
            continue
        if known is not None:
            item = ImportRow(number, data, given)
            merged = merge_duplicate(known.data, item, options.policy)
            try:
                merged = checked(merged, today)
            except ValidationError as error:
                _reject(plan, number, row, reader.problems_of(number, row, error))
                continue
            first_row_of[id_number] = number
            if merged == checked(known.data, today) or options.policy == DuplicatePolicy.SKIP:
                plan.unchanged += 1
            else:
                plan.updates += 1
                plan.rows.append(item)
            continue
        try:
            clean = checked(data, today)
        except ValidationError as error:
            _reject(plan, number, row, reader.problems_of(number, row, error))
            continue
        first_row_of[id_number] = number
        plan.new += 1
        plan.rows.append(ImportRow(number, clean, given))
        accepted.append((number, clean))
    _warn_same_person(plan, accepted, lookups, reader, seen_people)
    return plan


def _reject(plan: ImportPlan, number: int, row: Row, problems: list[Problem]) -> None:
    plan.rejected.extend(problems)
    plan.rejected_rows[number] = row


def _warn_same_person(plan: ImportPlan, accepted: list[tuple[int, MemberInput]], lookups: ImportLookups,
                      reader: _RowReader, seen: dict) -> None:
    """Same name and birth date under another ID number: maybe one person typed twice. Imported,
    but shown, so the cadre can look."""
    in_register: dict[tuple[str, dt.date], str] = {}
    for person in lookups.people_named([d.name for _, d in accepted]):
        if person.birth_date is not None:
            in_register.setdefault((person.name, person.birth_date), person.id_number)
    for number, data in accepted:
        key = (data.name, data.birth_date)
        other = seen.get(key)
        if other is not None and other[1] != data.id_number:
            plan.warnings.append(Problem(number, reader.column("name"), data.name, QT_TRANSLATE_NOOP(
                "Import", "Row {other} has the same name and birth date with another ID number. Check "
                "that these are two different people.").format(other=other[0])))
        elif key in in_register and in_register[key] != data.id_number:
            plan.warnings.append(Problem(number, reader.column("name"), data.name, QT_TRANSLATE_NOOP(
                "Import", "A registered member has the same name and birth date with another ID "
                "number. Check that these are two different people.")))
        seen.setdefault(key, (number, data.id_number))
