"""One roster row read into a member's input, the way the member dialog would take it: each cell
parsed, cut to length, the ID number's birth date and gender preferred over contradicting cells,
year-month dates settled; every problem found on the way named by row (as Excel numbers it) and
column. Used by member_import.py, which decides what becomes of each row."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Sequence

from desktop.domain.errors import ValidationError
from desktop.domain.members.bulk import DuplicatePolicy
from desktop.domain.codes import ID_TYPE_RESIDENT_CARD, code_table
from desktop.domain.id_numbers import check_id_number
from desktop.domain.members.inputs import CODED_FIELDS, MemberInput
from desktop.domain.members.writes import checked
from desktop.exchange.shared import cells
from desktop.exchange.shared.headers import usual_header
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
class ImportOptions:
    policy: DuplicatePolicy = DuplicatePolicy.SKIP
    default_join_date: dt.date | None = None   # for rows without one (rosters often lack the column)
    default_department: str = ""                # a workbook's sheet per department: the sheet's name



def _column_name(headers: Sequence[str], index: int) -> str:
    header = headers[index] if index < len(headers) and headers[index] else ""
    if header:
        return header
    from openpyxl.utils import get_column_letter  # only for a column without a header: 0.15 s to load

    return get_column_letter(index + 1)


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


def _gender_word(code: str) -> str:
    return code_table("gender").label(code, "zh_CN")  # as rosters write it, in either language


_MOSTLY_UNIQUE = frozenset({"name", "id_number", "mobile", "card_no", "member_no", "remarks"})
_UNSEEN = object()


class RowReader:
    """Turns one sheet row into MemberInput plus the problems (fatal) and warnings found on the way."""

    def __init__(self, headers: list[str], mapping: dict[int, str], options: ImportOptions, today: dt.date,
                 sheet: str = ""):
        self.headers = headers
        self.mapping = mapping
        self.options = options
        self.today = today
        self.sheet = sheet
        self.column_of = {f: i for i, f in mapping.items()}
        # A roster repeats the same few values down most columns (男, 汉族, 一车间, 2015-07-01):
        # each distinct cell is parsed once. Parsers are pure; failures are not kept.
        self._parsed: dict[tuple[str, type, Any], Any] = {}

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
                value = self._parse(name, raw)
            except cells.CellError as error:
                if name in CRITICAL_FIELDS:
                    fatal.append(self.problem(number, name, raw, error.message,
                                              "damaged_id" if name == "id_number" else "bad_value"))
                else:
                    warnings.append(self.problem(number, name, raw, LEFT_EMPTY.format(problem=error.message),
                                                 _unreadable_kind(name)))
                continue
            if isinstance(value, str) and len(value) > TEXT_LIMIT:   # (REMARKS_LIMIT is longer)
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

    def _parse(self, name: str, raw: Any) -> Any:
        if name in _MOSTLY_UNIQUE:
            return parse(name, raw)
        key = (name, type(raw), raw)
        value = self._parsed.get(key, _UNSEEN)
        if value is _UNSEEN:
            value = self._parsed[key] = parse(name, raw)
        return value

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


def checked_leniently(data: MemberInput, given: frozenset[str], today: dt.date, reader: RowReader,
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
