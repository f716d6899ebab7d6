"""From a roster sheet to an import plan: every row read, normalized and validated the way the
member dialog does it, classified (new, already registered, rejected, warned), with each rejection
naming the row number Excel shows, the column and the fix. Nothing is written here; running the
plan hands the valid rows to the domain's one-transaction import."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Sequence

from desktop.domain.errors import ValidationError
from desktop.domain.members.bulk import DuplicatePolicy, ImportRow, merge_duplicate
from desktop.domain.members.imports import ImportLookups
from desktop.domain.codes import ID_TYPE_RESIDENT_CARD, code_table
from desktop.domain.id_numbers import check_id_number, mask_id_number
from desktop.domain.members.inputs import CODED_FIELDS, MemberInput, normalized_id_number
from desktop.domain.members.writes import checked, duplicate_message
from desktop.exchange.shared import cells
from desktop.exchange.shared.headers import field_for, usual_header, headers_of, is_end_row
from desktop.exchange.members.fields import parse
from desktop.exchange.shared.reading import Row
from desktop.messages import QT_TRANSLATE_NOOP, Message, Translate

# A roster cell left empty keeps these instead of the dialog's defaults: an import must not claim
# that everybody is 汉族 or 群众 because the column was missing.
_BLANK = MemberInput(ethnicity=None, employment_status=None, political_status=None)
_BLANK_VALUES = _BLANK.as_dict()


@dataclass(frozen=True)
class Problem:
    """A rejected or doubtful row: where (row as Excel numbers it, column header), what, why, and a
    short machine-readable kind (tests and scripts group by it; the reason is for people)."""

    row: int
    column: str
    value: str
    reason: Message
    kind: str = ""
    sheet: str = ""

    def as_json(self, translate: Translate | None = None) -> dict[str, Any]:
        found = {"row": self.row, "column": self.column, "value": self.value,
                 "reason": self.reason.render(translate), "kind": self.kind}
        if self.sheet:
            found["sheet"] = self.sheet
        return found


@dataclass(frozen=True)
class Skipped:
    """A row that is not a member: blank, a total, a note, a repeated header, a title line."""

    row: int
    kind: str
    sheet: str = ""

    def as_json(self, translate: Translate | None = None) -> dict[str, Any]:
        found = {"row": self.row, "reason": SKIP_REASONS[self.kind].render(translate), "kind": self.kind}
        if self.sheet:
            found["sheet"] = self.sheet
        return found


SKIP_REASONS: dict[str, Message] = {
    "blank": QT_TRANSLATE_NOOP("Import", "blank row"),
    "total": QT_TRANSLATE_NOOP("Import", "total or note row"),
    "header": QT_TRANSLATE_NOOP("Import", "the column names repeated (a printed page's header)"),
    "title": QT_TRANSLATE_NOOP("Import", "a title or heading line, not a member"),
    "same_member": QT_TRANSLATE_NOOP(
        "Import", "the same member as another one under another ID number (decided when importing)"),
}


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


@dataclass(frozen=True)
class ImportOptions:
    policy: DuplicatePolicy = DuplicatePolicy.SKIP
    default_join_date: dt.date | None = None   # for rows without one (rosters often lack the column)
    default_department: str = ""                # a workbook's sheet per department: the sheet's name


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


def _column_name(headers: Sequence[str], index: int) -> str:
    from openpyxl.utils import get_column_letter

    header = headers[index] if index < len(headers) and headers[index] else ""
    return header or get_column_letter(index + 1)


def _shown(value: Any) -> str:
    return repr(value) if isinstance(value, float) and not value.is_integer() else cells.text_of(value)


# Only these make a member untrustworthy: a row without them is rejected, anything else that is
# wrong is left empty (or corrected from the ID number) with a warning.
CRITICAL_FIELDS = frozenset({"name", "id_number", "id_type"})
DATE_FIELDS = ("birth_date", "join_date", "hire_date", "consent_date")
TEXT_LIMIT, REMARKS_LIMIT = 200, 2000      # longer cells are cut (a pasted document is not a field)

JOIN_UNKNOWN = QT_TRANSLATE_NOOP(
    "Import", "No join date: imported with the join date unknown (the register shows it as to be filled "
    "in; no dues are counted until it is). Fill it in the member's record, or give the date when "
    "importing (wizard: “Rows without a join date joined on”; command line: --join-date).")
LEFT_EMPTY = QT_TRANSLATE_NOOP("Import", "{problem} The field was left empty.")
MONTH_ONLY = QT_TRANSLATE_NOOP(
    "Import", "Only the year and month are given; stored as the 1st ({date}). Correct the day in the "
    "member's record if it is known.")
JAN_OR_OCT = QT_TRANSLATE_NOOP(
    "Import", "{value} could be January or October: the cell is a number, which drops the last 0. The "
    "field was left empty; write the month as 2019-01 or 2019-10.")
ID_BIRTH = QT_TRANSLATE_NOOP(
    "Import", "The birth date {given} differs from the ID number's {id_date}; the ID number's date was kept.")
ID_GENDER = QT_TRANSLATE_NOOP(
    "Import", "The gender {given} differs from the ID number's ({id_gender}, its 17th digit); the ID "
    "number's gender was kept.")
ID_15 = QT_TRANSLATE_NOOP(
    "Import", "An old 15-digit ID number; stored as its 18-digit form {number}.")
CUT = QT_TRANSLATE_NOOP("Import", "{length} characters are too many for this field; the first {limit} were kept.")
REPEATED = QT_TRANSLATE_NOOP(
    "Import", "The same person (name and ID number) as row {first}; this row was not imported again.")
ID_CONFLICT_FILE = QT_TRANSLATE_NOOP(
    "Import", "Row {first} has this ID number with another name ({other}). One of the two rows is wrong: "
    "correct the number or the name, and import this row again.")
ID_CONFLICT_REGISTER = QT_TRANSLATE_NOOP(
    "Import", "This ID number is registered for {other}, not for this name. Correct the number or the "
    "name in the file, or the registered member's record.")


def _gender_word(code: str) -> str:
    return code_table("gender").label(code, "zh_CN")  # as rosters write it, in either language


class _RowReader:
    """Turns one sheet row into MemberInput plus the problems (fatal) and warnings found on the way."""

    def __init__(self, headers: list[str], mapping: dict[int, str], options: ImportOptions, today: dt.date,
                 sheet: str = ""):
        self.headers = headers
        self.mapping = mapping
        self.options = options
        self.today = today
        self.sheet = sheet
        self.column_of = {f: i for i, f in mapping.items()}

    def column(self, field_name: str) -> str:
        index = self.column_of.get(field_name)
        if index is None:  # no such column: named as rosters usually name it
            return usual_header(field_name)
        return _column_name(self.headers, index)

    def cell(self, row: Row, field_name: str) -> Any:
        index = self.column_of.get(field_name)
        return row[index] if index is not None and index < len(row) else None

    def problem(self, number: int, field_name: str, value: Any, reason: Message, kind: str) -> Problem:
        shown = value if isinstance(value, str) else _shown(value)
        return Problem(number, self.column(field_name), shown, reason, kind, self.sheet)

    def read(self, number: int, row: Row, department: str = "") -> tuple[
            MemberInput | None, frozenset[str], list[Problem], list[Problem]]:
        values: dict[str, Any] = {}
        fatal: list[Problem] = []
        warnings: list[Problem] = []
        for index, name in self.mapping.items():
            raw = row[index] if index < len(row) else None
            if raw is None or raw == "":
                continue
            try:
                value = parse(name, raw)
            except cells.CellError as error:
                if name in CRITICAL_FIELDS:
                    fatal.append(self.problem(number, name, raw, error.message,
                                              "damaged_id" if name == "id_number" else "bad_value"))
                else:
                    warnings.append(self.problem(number, name, raw, LEFT_EMPTY.format(problem=error.message),
                                                 _unreadable_kind(name)))
                continue
            if isinstance(value, str):
                value = self._cut(number, name, value, warnings)
            if value not in (None, ""):
                values[name] = value
        self._join_from_change(values)
        self._identity(number, row, values, warnings)
        self._dates(number, row, values, warnings)
        given = frozenset(values)
        department = department or self.options.default_department
        if "department" not in values and department:
            values["department"] = department
            given = given | {"department"}
        if "join_date" not in values and self.options.default_join_date is not None:
            values["join_date"] = self.options.default_join_date
        return MemberInput(**{**_BLANK_VALUES, **values}), given, fatal, warnings

    def _cut(self, number: int, name: str, value: str, warnings: list[Problem]) -> str:
        limit = REMARKS_LIMIT if name == "remarks" else TEXT_LIMIT
        if len(value) <= limit or name in CRITICAL_FIELDS:
            return value
        warnings.append(self.problem(number, name, value[:40] + "…", CUT.format(length=len(value), limit=limit), "cut"))
        return value[:limit]

    @staticmethod
    def _join_from_change(values: dict[str, Any]) -> None:
        """The parent-union template has no 入会时间: its 会籍变化日期 is the join date when the change
        is 入会 (code 1). A 转入 date is not: the member may have joined long before, elsewhere."""
        change_date = values.pop("change_date", None)
        change_type = values.pop("change_type", None)
        if "join_date" not in values and change_date is not None and change_type in (None, "1"):
            values["join_date"] = change_date

    def _dates(self, number: int, row: Row, values: dict[str, Any], warnings: list[Problem]) -> None:
        """Year-month values: the 1st, with a warning; a 2019.1 number cell: empty. (A birth date
        with a valid resident ID number has already been settled by _identity.)"""
        for name in DATE_FIELDS:
            value = values.get(name)
            if not isinstance(value, cells.MonthOnly):
                continue
            raw = self.cell(row, name)
            if isinstance(value, cells.JanuaryOrOctober):
                del values[name]
                warnings.append(self.problem(number, name, raw, JAN_OR_OCT.format(value=_shown(raw)), "ambiguous_month"))
                continue
            values[name] = first = dt.date(value.year, value.month, 1)
            warnings.append(self.problem(number, name, raw, MONTH_ONLY.format(date=first.isoformat()), "month_only"))

    def _identity(self, number: int, row: Row, values: dict[str, Any], warnings: list[Problem]) -> None:
        """The ID number wins over a birth date or gender that contradicts it (with a warning); a
        year-month birth date agrees when its year and month do."""
        if values.get("id_type", ID_TYPE_RESIDENT_CARD) != ID_TYPE_RESIDENT_CARD or not values.get("id_number"):
            return
        check = check_id_number(values["id_number"], self.today)
        if not check.ok:
            return
        if len(values["id_number"]) == 15:
            warnings.append(self.problem(number, "id_number", values["id_number"],
                                         ID_15.format(number=check.number), "id_15"))
        values["id_number"] = check.number
        birth = values.get("birth_date")
        if birth is not None and not _agrees(birth, check.birth_date):
            shown = f"{birth:%Y-%m}" if isinstance(birth, cells.MonthOnly) else birth.isoformat()
            warnings.append(self.problem(number, "birth_date", self.cell(row, "birth_date"), ID_BIRTH.format(
                given=shown, id_date=check.birth_date.isoformat()), "id_birth"))
        if birth is not None:
            values["birth_date"] = check.birth_date
        gender = values.get("gender")
        if gender in ("1", "2") and gender != check.gender:
            warnings.append(self.problem(number, "gender", self.cell(row, "gender"), ID_GENDER.format(
                given=_gender_word(gender), id_gender=_gender_word(check.gender)), "id_gender"))
            values["gender"] = check.gender

    def problems_of(self, number: int, row: Row, error: ValidationError, kind: str = "invalid") -> list[Problem]:
        errors = error.errors
        if any(e.field == "id_number" for e in errors):
            # Gender and birth date come from a valid ID number; without one, "choose the gender"
            # would only hide the real reason.
            errors = [e for e in errors if e.field not in ("gender", "birth_date")]
        return [self.problem(number, e.field, self.cell(row, e.field), e.message, kind) for e in errors]


def _agrees(given: dt.date, from_id: dt.date) -> bool:
    """Does a roster's birth date say what the ID number says? A year-month value (or a date cell
    on the 1st, which is how a spreadsheet holds 1972.05 typed into a date-formatted 出生年月 column)
    agrees when year and month do; 1972.1 in a number cell may be January or October."""
    if isinstance(given, cells.JanuaryOrOctober):
        return given.year == from_id.year and from_id.month in (1, 10)
    if isinstance(given, cells.MonthOnly) or given.day == 1:
        return (given.year, given.month) == (from_id.year, from_id.month)
    return given == from_id


def _unreadable_kind(name: str) -> str:
    if name in CODED_FIELDS:
        return "unknown_code"
    if name in DATE_FIELDS:
        return "bad_date"
    return "bad_value"


# A field whose value fails the member rules can be left empty (with a warning) instead of losing
# the member; these cannot.
_REQUIRED = CRITICAL_FIELDS | {"gender"}


def _checked_leniently(data: MemberInput, given: frozenset[str], today: dt.date, reader: _RowReader,
                       number: int, row: Row) -> tuple[MemberInput, frozenset[str], list[Problem]]:
    """checked(), leaving out (with a warning) each optional field that breaks a member rule — a
    phone number with too few digits, a hire date in the future — so that the member still comes in.
    Raises ValidationError for the fields a member cannot be without."""
    warnings: list[Problem] = []
    for _ in range(len(MemberInput.__dataclass_fields__)):
        try:
            clean = checked(data, today, join_date_required=False)
            if clean.join_date is None:
                warnings.append(reader.problem(number, "join_date", reader.cell(row, "join_date"), JOIN_UNKNOWN,
                                               "join_date_unknown"))
            return clean, given, warnings
        except ValidationError as error:
            fatal = [e for e in error.errors if e.field in _REQUIRED or e.field not in _BLANK_VALUES]
            if fatal:
                raise ValidationError(fatal) from None
            values = data.as_dict()
            for e in error.errors:
                warnings.append(reader.problem(number, e.field, reader.cell(row, e.field),
                                               LEFT_EMPTY.format(problem=e.message), "invalid_value"))
                values[e.field] = _BLANK_VALUES[e.field]
                given = given - {e.field}
            data = MemberInput(**values)
    return checked(data, today, join_date_required=False), given, warnings


def _is_member_row(row: Row, reader: _RowReader) -> bool:
    return any(reader.cell(row, f) not in (None, "") for f in ("name", "id_number"))


def _non_empty(row: Row) -> int:
    return sum(1 for cell in row if cell not in (None, ""))


def _is_repeated_header(row: Row, reader: _RowReader) -> bool:
    """A printed roster repeats its column names on every page. (Only a row whose ID cell holds no
    digit can be one: most rows are answered without comparing header words.)"""
    id_cell = reader.cell(row, "id_number")
    if id_cell is not None and not (isinstance(id_cell, str) and not any(c.isdigit() for c in id_cell)):
        return False
    return field_for(reader.cell(row, "name")) == "name" or field_for(id_cell) == "id_number"


def _skip_kind(row: Row, reader: _RowReader, after_end: bool) -> str | None:
    """Why this row is not a member (None when it may be one)."""
    filled = _non_empty(row)
    if filled == 0:
        return "blank"
    if is_end_row(row):
        return "total"
    if _is_repeated_header(row, reader):
        return "header"
    if filled == 1 and (_department_heading(row) and _HEADING_END.search(_department_heading(row))
                                 or _is_page_marker(row)):
        return "title"       # 一车间 or 第1页 alone on its line, even in the name column
    if not _is_member_row(row, reader):
        if after_end:
            return "total"
        if filled < 2:
            return "title"
    return None


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
        reader = _RowReader(sheet_headers, dict(sheet.mapping), sheet_options, today, sheet.name if several else "")
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
    reader: _RowReader


def _collect(plan: ImportPlan, rows: Sequence[Row], header_index: int, reader: _RowReader) -> list[_Candidate]:
    """The rows of one sheet that may be members, read; the others skipped or rejected."""
    candidates = []
    after_end = False
    heading = ""           # a department heading line above its members (一车间), when no column says it
    for index in range(header_index + 1, len(rows)):
        number, row = index + 1, rows[index]
        kind = _skip_kind(row, reader, after_end)
        if kind is not None:
            after_end = after_end or kind == "total"
            plan.skipped.append(Skipped(number, kind, reader.sheet))
            if kind == "title" and "department" not in reader.mapping.values():
                heading = _department_heading(row) or heading
            continue
        data, given, problems, warnings = reader.read(number, row, heading)
        if problems:
            _reject(plan, number, row, problems, reader)
            continue
        candidates.append(_Candidate(number, row, data, given, warnings, reader))
    return candidates


# How department headings end (一车间, 财务部, 机修班, 第二分会); a name alone on a line is a member
# without an ID number instead, and is rejected saying so.
_HEADING_END = re.compile(r"(车间|部|处|班组|班|组|队|分会|工段|中心|科室|办公室|分厂|厂|公司)$")
_PAGE_MARKER = re.compile(r"^(第\s*\d+\s*页|共\s*\d+\s*页|page\s*\d+)", re.IGNORECASE)


def _is_page_marker(row: Row) -> bool:
    cells_ = [c for c in row if c not in (None, "")]
    return len(cells_) == 1 and isinstance(cells_[0], str) and bool(_PAGE_MARKER.match(cells_[0].strip()))


_NOT_A_HEADING = re.compile(r"^(第\s*\d+\s*页|共\s*\d+\s*页|page\s*\d+|\d+)$|[:：]", re.IGNORECASE)


def _department_heading(row: Row) -> str:
    """The text of a one-cell line that names a department (一车间, 财务部), not a page number or note."""
    cells_ = [c for c in row if c not in (None, "")]
    if len(cells_) != 1 or not isinstance(cells_[0], str):
        return ""
    text = cells_[0].strip()
    return text if 0 < len(text) <= 30 and not _NOT_A_HEADING.search(text) else ""


def _decide(plan: ImportPlan, candidates: list[_Candidate], lookups: ImportLookups, today: dt.date) -> None:
    """New, registered, repeated or conflicting: each candidate against the register and the rows
    before it."""
    options = plan.options
    id_numbers = [normalized_id_number(c.data, today) for c in candidates]
    registered = lookups.registered(id_numbers)
    first_row_of: dict[str, tuple[str, str]] = {}   # ID number -> (where it was first, name)
    accepted: list[tuple[int, MemberInput, _RowReader]] = []
    for candidate, id_number in zip(candidates, id_numbers):
        number, row, data, given, warnings, reader = (candidate.number, candidate.row, candidate.data,
                                                       candidate.given, candidate.warnings, candidate.reader)
        id_column = reader.column("id_number")
        if id_number and id_number in first_row_of:
            first, first_name = first_row_of[id_number]
            if first_name == data.name:
                plan.warnings.append(reader.problem(number, "id_number", id_number,
                                                    REPEATED.format(first=first), "repeated_row"))
            else:
                _reject(plan, number, row, [Problem(number, id_column, id_number, ID_CONFLICT_FILE.format(
                    first=first, other=first_name), "id_conflict", reader.sheet)], reader)
            continue
        known = registered.get(id_number)
        if known is not None and known.in_trash:
            _reject(plan, number, row, [Problem(number, id_column, id_number,
                                                duplicate_message(known.name, True), "in_trash", reader.sheet)], reader)
            continue
        if known is not None and data.name and known.name != data.name:
            _reject(plan, number, row, [Problem(number, id_column, id_number, ID_CONFLICT_REGISTER.format(
                other=known.name), "id_conflict", reader.sheet)], reader)
            continue
        try:
            clean, given, more = _checked_leniently(data, given, today, reader, number, row)
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


def _reject(plan: ImportPlan, number: int, row: Row, problems: list[Problem], reader: _RowReader) -> None:
    plan.rejected.extend(problems)
    plan.rejected_rows[(reader.sheet, number)] = row


def _warn_same_person(plan: ImportPlan, accepted: list[tuple[int, MemberInput, _RowReader]],
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
