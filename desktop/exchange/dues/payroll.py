"""Reading the finance office's payroll deduction sheet (工资代扣会费明细) and matching its lines
to members, for a person to confirm before anything is recorded.

Reuses the exchange machinery: `open_spreadsheet` reads xlsx/xls/csv, `header_key`/`is_end_row`
compare headers and spot total lines, `cells` tidies names and ID numbers (refusing IDs an office
suite has damaged). The payroll headers are data (resources/exchange/dues_payroll_headers.json).

Matching, strongest first: the ID number; the member card number; the name within the department.
A name found once in the register but in another department (or with no department on the line)
is offered as a candidate, never taken silently; two or more candidates make the line ambiguous.
Every match is shown; lines with no member are listed as unmatched and are not recorded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from desktop.domain.dues.payroll import Candidate, PayrollQueries, PayrollRegister
from desktop.domain.dues.rules import Period, parse_period
from desktop.domain.id_numbers import mask_id_number
from desktop.domain.money import parse_yuan
from desktop.exchange.shared.cells import CellError, id_number_of, name_of, text_of
from desktop.exchange.shared.headers import SCAN_ROWS, header_key
from desktop.exchange.shared.reading import open_spreadsheet
from desktop.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.resources import resource_path

MATCHED, AMBIGUOUS, UNMATCHED, INVALID = "matched", "ambiguous", "unmatched", "invalid"
BY_ID, BY_CARD, BY_NAME_DEPARTMENT, BY_NAME = "id_number", "card_no", "name_department", "name"

MATCH_LABELS: dict[str, Message] = {
    BY_ID: QT_TRANSLATE_NOOP("DuesPayroll", "ID number"),
    BY_CARD: QT_TRANSLATE_NOOP("DuesPayroll", "Member card no."),
    BY_NAME_DEPARTMENT: QT_TRANSLATE_NOOP("DuesPayroll", "Name and department"),
    BY_NAME: QT_TRANSLATE_NOOP("DuesPayroll", "Name only (check!)"),
}


@dataclass(frozen=True)
class _Headers:
    by_key: dict[str, str]
    end_markers: tuple[str, ...]


@lru_cache(maxsize=1)
def _headers() -> _Headers:
    raw = json.loads(resource_path("exchange", "dues_payroll_headers.json").read_text(encoding="utf-8"))
    return _Headers({header_key(w): f for f, words in raw["fields"].items() for w in words},
                    tuple(header_key(w) for w in raw["end_markers"]))


def _field(cell) -> str | None:
    return _headers().by_key.get(header_key(cell)) if cell not in (None, "") else None


def _is_end(row) -> bool:
    first = next((c for c in row if c not in (None, "")), None)
    if not isinstance(first, str):
        return False
    key = header_key(first)
    return any(key.startswith(m) for m in _headers().end_markers if m)


@dataclass(frozen=True)
class PayrollLine:
    row: int                       # the sheet's row number, as Excel shows it
    name: str
    department: str
    id_shown: str                  # the ID number masked, or the card no., for the person checking
    amount: Decimal | None
    wage: Decimal | None
    status: str                    # MATCHED / AMBIGUOUS / UNMATCHED / INVALID
    member_id: int | None = None
    matched_by: str | None = None
    candidates: tuple[Candidate, ...] = ()
    problem: Message | None = None
    owed: Decimal | None = None    # the member's unpaid balance for the month, for comparison


@dataclass(frozen=True)
class PayrollSheet:
    file_name: str
    sheet: str
    period: Period | None          # from a 月份 column, when every line names the same month
    lines: tuple[PayrollLine, ...] = field(default=())

    def count(self, status: str) -> int:
        return sum(1 for line in self.lines if line.status == status)


class NoPayrollHeader(UserError):
    pass


def file_digest(path: str | Path) -> str:
    """SHA-256 of the sheet's bytes: the same file imported twice is recognised by it."""
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_payroll(path: str | Path) -> tuple[str, list[dict], int]:
    """(sheet name, one {field: cell} per data line with its row number under "_row", header row
    number). Looks in every sheet for the row naming a name column and an amount column."""
    book = open_spreadsheet(path)
    try:
        for sheet in book.sheet_names():
            rows = list(book.rows(sheet))
            for index, row in enumerate(rows[:SCAN_ROWS]):
                mapping: dict[int, str] = {}
                for column, cell in enumerate(row):
                    found = _field(cell)
                    if found and found not in mapping.values():
                        mapping[column] = found
                if "name" in mapping.values() and "amount" in mapping.values():
                    lines = []
                    for number, data in enumerate(rows[index + 1:], start=index + 2):
                        if _is_end(data):
                            break
                        if all(c in (None, "") for c in data):
                            continue
                        values = {f: (data[c] if c < len(data) else None) for c, f in mapping.items()}
                        values["_row"] = number
                        lines.append(values)
                    return sheet, lines, index + 1
    finally:
        book.close()
    raise NoPayrollHeader(QT_TRANSLATE_NOOP(
        "DuesPayroll", "No header row with a name column and a dues amount column was found in {file}. "
        "The sheet needs columns such as 姓名 and 代扣会费 (also recognised: 身份证号, 会员卡号, 部门, 应发工资, 月份).")
        .format(file=Path(path).name))


def match_payroll(payroll: PayrollQueries, path: str | Path, period: Period | None = None) -> PayrollSheet:
    """Read a payroll sheet and match every line against the register the domain gives. `period`
    (the month being paid) is used to show each member's unpaid balance next to the amount deducted;
    when not given it is taken from a 月份 column if the sheet has one."""
    sheet, raw, _ = read_payroll(path)
    register = payroll.register()
    sheet_period = None
    periods = set()
    for values in raw:
        if values.get("period") not in (None, ""):
            try:
                periods.add(parse_period(text_of(values["period"])))
            except ValueError:
                pass
    if len(periods) == 1:
        sheet_period = periods.pop()
    period = period or sheet_period
    lines: list[PayrollLine] = []
    for values in raw:
        lines.append(_match_line(values, register))
    # A member matched by two lines: both need a person's eye.
    seen: dict[int, int] = {}
    for line in lines:
        if line.member_id is not None:
            seen[line.member_id] = seen.get(line.member_id, 0) + 1
    owed = {}
    if period is not None:
        owed = payroll.balances(period, [line.member_id for line in lines if line.member_id is not None])
    result = []
    for line in lines:
        if line.member_id is not None and seen[line.member_id] > 1:
            line = _replace(line, status=AMBIGUOUS, candidates=(register.info[line.member_id],),
                            problem=QT_TRANSLATE_NOOP("DuesPayroll", "This member is on more than one line."))
        if line.member_id is not None and line.member_id in owed:
            line = _replace(line, owed=owed[line.member_id])
        result.append(line)
    return PayrollSheet(Path(path).name, sheet, sheet_period, tuple(result))


def _replace(line: PayrollLine, **changes) -> PayrollLine:
    from dataclasses import replace

    return replace(line, **changes)


def _match_line(values: dict, register: PayrollRegister) -> PayrollLine:
    row = values["_row"]
    name = name_of(values.get("name"))
    department = text_of(values.get("department"))
    card = text_of(values.get("card_no"))
    problem = None
    try:
        id_number = id_number_of(values.get("id_number")).upper()
    except CellError as error:
        id_number, problem = "", error.message
    shown = mask_id_number(id_number) if id_number else card
    try:
        amount = parse_yuan(text_of(values.get("amount")))
        if amount <= 0:
            problem = problem or QT_TRANSLATE_NOOP("DuesPayroll", "The amount deducted is zero.")
    except UserError as error:
        amount, problem = None, error.message
    wage = None
    if values.get("wage") not in (None, ""):
        try:
            wage = parse_yuan(text_of(values.get("wage")))
        except UserError:
            wage = None
    base = dict(row=row, name=name, department=department, id_shown=shown, amount=amount, wage=wage)
    if problem is not None:
        return PayrollLine(**base, status=INVALID, problem=problem)
    if not name and not id_number and not card:
        return PayrollLine(**base, status=INVALID, problem=QT_TRANSLATE_NOOP(
            "DuesPayroll", "The line names nobody (no name, ID number or card number)."))
    if id_number and id_number in register.by_id:
        member_id = register.by_id[id_number]
        return PayrollLine(**base, status=MATCHED, member_id=member_id, matched_by=BY_ID,
                           candidates=(register.info[member_id],))
    if card and card in register.by_card:
        member_id = register.by_card[card]
        return PayrollLine(**base, status=MATCHED, member_id=member_id, matched_by=BY_CARD,
                           candidates=(register.info[member_id],))
    same_name = register.by_name.get(name, [])
    in_department = [c for c in same_name if department and c.department == department]
    if len(in_department) == 1:
        return PayrollLine(**base, status=MATCHED, member_id=in_department[0].member_id,
                           matched_by=BY_NAME_DEPARTMENT, candidates=tuple(in_department))
    if len(in_department) > 1:
        return PayrollLine(**base, status=AMBIGUOUS, matched_by=BY_NAME_DEPARTMENT, candidates=tuple(in_department),
                           problem=QT_TRANSLATE_NOOP("DuesPayroll", "Several members of this name in this department."))
    if same_name:
        return PayrollLine(**base, status=AMBIGUOUS, matched_by=BY_NAME, candidates=tuple(same_name),
                           problem=QT_TRANSLATE_NOOP(
                               "DuesPayroll", "No member of this name in this department; choose who it is."))
    problem = (QT_TRANSLATE_NOOP("DuesPayroll", "The ID number is not in the member register.") if id_number
               else QT_TRANSLATE_NOOP("DuesPayroll", "No member of this name."))
    return PayrollLine(**base, status=UNMATCHED, problem=problem)


def confirmed_lines(sheet: PayrollSheet, choices: dict[int, int | None]) -> list[tuple[int, Decimal, str]]:
    """(member id, amount, note) for the lines a person confirmed: `choices` maps a line's row to the
    member chosen for it (None = not recorded). Raises UserError if one member is chosen twice."""
    result, taken = [], {}
    for line in sheet.lines:
        member_id = choices.get(line.row)
        if member_id is None or line.amount is None:
            continue
        if member_id in taken:
            raise UserError(QT_TRANSLATE_NOOP(
                "DuesPayroll", "Rows {first} and {second} are both given to the same member; keep one.")
                .format(first=taken[member_id], second=line.row))
        taken[member_id] = line.row
        result.append((member_id, line.amount, f"工资表第{line.row}行"))
    return result


def default_choices(sheet: PayrollSheet) -> dict[int, int | None]:
    """What the confirmation starts from: matched lines given to their member, the rest to nobody."""
    return {line.row: (line.member_id if line.status == MATCHED else None) for line in sheet.lines}


__all__ = ["AMBIGUOUS", "INVALID", "MATCHED", "UNMATCHED", "PayrollLine", "PayrollSheet", "Sequence",
           "confirmed_lines", "default_choices", "match_payroll", "read_payroll"]
