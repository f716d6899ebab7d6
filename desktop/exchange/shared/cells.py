"""Turning what a roster cell holds into a member value: text tidied (full-width to half-width,
spaces), gender words, codes or labels, the many ways people write dates, yes/no, and ID numbers
that an office suite may have damaged.

Each parser returns the value or raises CellError with a message that says what to type instead.
Code words beyond the code tables live in resources/exchange/code_synonyms.json (data, not code).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from typing import Any

from desktop.domain.codes import code_table
from desktop.domain.id_numbers import normalize
from desktop.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.resources import resource_path

# Full-width ASCII variants and the ideographic space (what Chinese input methods type).
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_HAN_ONLY = re.compile(r"^[\u3400-\u9fff\U00020000-\U0002ffff·•\s]+$")
_SCIENTIFIC = re.compile(r"^[+-]?\d+(\.\d+)?[eE][+-]?\d+$")
# Below 10^15 a double holds every integer exactly, so a 15-digit legacy ID or a phone typed as a
# number survives; an 18-digit ID typed as a number does not (TRAPS.md, Spreadsheets).
_EXACT_LIMIT = 10 ** 15


class CellError(UserError):
    """This cell's value cannot be used; the message says how to fix it in the file."""


def half_width(text: str) -> str:
    return text.translate(_HALF_WIDTH)


def text_of(value: Any) -> str:
    """The cell as tidy text: half-width, trimmed, inner runs of spaces made one."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer() and abs(value) < _EXACT_LIMIT:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = " ".join(half_width(str(value)).split())
    if text.startswith("'") and text[1:2] in ("=", "+", "-", "@"):  # our own CSV formula guard
        text = text[1:]
    return text


# The middle dot of minority and foreign names (阿卜杜拉·买买提) as typed with other keyboards.
_NAME_DOTS = str.maketrans({"•": "·", "・": "·", "‧": "·", "∙": "·", "．": "·", "｡": "·"})


def name_of(value: Any) -> str:
    """A name; rosters pad two-character names with spaces to line them up (张  三, 王　芳), which is
    dropped, and the middle dot of minority names (阿卜杜拉·买买提) is kept, written one way."""
    text = text_of(value if not isinstance(value, str) else value.translate(_NAME_DOTS))
    return text.replace(" ", "") if _HAN_ONLY.match(text or "x") else text


def _key(text: str) -> str:
    return "".join(half_width(text).split()).lower()


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, dict[str, Any]]:
    raw = json.loads(resource_path("exchange", "code_synonyms.json").read_text(encoding="utf-8"))
    return {table: {_key(k): v for k, v in words.items()} for table, words in raw.items() if not table.startswith("_")}


@lru_cache(maxsize=1)
def _placeholders() -> frozenset[str]:
    raw = json.loads(resource_path("exchange", "code_synonyms.json").read_text(encoding="utf-8"))
    return frozenset(_key(w) for w in raw.get("_empty", []))


def code_of(table: str, value: Any) -> str | None:
    """The code for a cell holding a code (1, 01), a label in either language (汉族, Han), a label
    without its 族, or a roster word from code_synonyms.json. None for an empty cell."""
    text = text_of(value)
    if not text or _key(text) in _placeholders():
        return None
    return _code_of_text(table, text)


@lru_cache(maxsize=None)
def _code_keys(table: str) -> dict[str, str]:
    """{key: code} for a table's codes and labels in both languages (and ethnicity labels without
    their 族), compared as _key compares cells: a label written with full-width brackets (五级（初级）)
    matches the half-width text a spreadsheet gives back (五级(初级)), and the other way round."""
    keys: dict[str, str] = {}
    for entry in code_table(table).entries:
        for word in (entry.code, entry.zh, entry.en):
            keys.setdefault(_key(word), entry.code)
        if table == "ethnicity" and entry.zh.endswith("族"):
            keys.setdefault(_key(entry.zh[:-1]), entry.code)
    return keys


@lru_cache(maxsize=4096)
def _code_of_text(table: str, text: str) -> str:
    """code_of for non-empty text; cached, since a roster repeats a handful of values per column
    (a value that is refused raises, and errors are not cached)."""
    key = _key(text)
    known = _synonyms().get(table, {}).get(key)
    if isinstance(known, str) and known:
        return known
    code = _code_keys(table).get(key)
    if code is None and key.isdigit():
        codes = code_table(table)
        width = max(len(c) for c in codes.codes())
        code = key.zfill(width) if codes.get(key.zfill(width)) else None
    if code is None:
        choices = "、".join(e.zh for e in code_table(table).entries[:8])
        raise CellError(QT_TRANSLATE_NOOP(
            "Import", "“{value}” is not a known value (known values: {choices} …)."
        ).format(value=text, choices=choices))
    return code


def gender_of(value: Any) -> str:
    return code_of("gender", value) or ""


def flag_of(value: Any) -> bool:
    """是/否, Y/N, 1/0, √/× … as True/False; empty is False."""
    text = text_of(value)
    if not text:
        return False
    known = _synonyms()["is_migrant_worker"].get(_key(text))
    if isinstance(known, bool):
        return known
    raise CellError(QT_TRANSLATE_NOOP("Import", "“{value}” is neither yes nor no; write 是 or 否.")
                    .format(value=text))


# -- dates ----------------------------------------------------------------------------------------

class MonthOnly(dt.date):
    """A date written as a year and month only (1972.05, 1972年5月, 197205): exact to the month, held
    as its first day. The importer decides what the missing day means for each field."""

    __slots__ = ()


class JanuaryOrOctober(MonthOnly):
    """1972.1 in a number cell: typed as 1972.1 or as 1972.10 (a number drops the last 0)."""

    __slots__ = ()


_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?(?:\d{1,2}:\d{2}(?::\d{2})?)?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
    re.compile(r"^(\d{4})[-/.年](\d{1,2})月?()$"),
    re.compile(r"^(\d{4})(\d{2})()$"),
)
_FIRST_SERIAL, _LAST_SERIAL = 1, 2958465    # 1900-01-01 … 9999-12-31 as Excel serials


def _date_error(text: str) -> CellError:
    return CellError(QT_TRANSLATE_NOOP(
        "Import", "“{value}” is not a date; write it like 2019-03-05, 2019年3月5日 or 20190305."
    ).format(value=text))


def _make_date(year: int, month: int, day: int | None, text: str, kind: type = MonthOnly) -> dt.date:
    try:
        return dt.date(year, month, day) if day else kind(year, month, 1)
    except ValueError:
        raise _date_error(text) from None


def date_of(value: Any) -> dt.date | None:
    """A date from an Excel date, an Excel serial number, 20190305, 2019.03, 2019年3月5日,
    2019/3/5, 2019-03, full-width digits … None for an empty cell. A year and month alone give a
    MonthOnly (its first day, marked as exact to the month)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _number_date(value)
    text = text_of(value).replace(" ", "")
    if not text:
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            year, month, day = match.groups()
            return _make_date(int(year), int(month), int(day) if day else None, text)
    raise _date_error(text)


def _number_date(number: float) -> dt.date:
    text = text_of(number)
    if float(number).is_integer():
        whole = int(number)
        if 10_000_000 <= whole <= 99_991_231:            # 20190305 typed as a number
            return _make_date(whole // 10000, whole // 100 % 100, whole % 100, text)
        if 190_001 <= whole <= 299_912:                  # 201903
            return _make_date(whole // 100, whole % 100, None, text)
        if _FIRST_SERIAL <= whole <= _LAST_SERIAL:       # a date the sheet holds as a serial number
            from openpyxl.utils.datetime import from_excel

            return from_excel(whole).date()
        raise _date_error(text)
    whole, _, decimals = repr(float(number)).partition(".")
    if 1900 <= int(whole) <= 2999 and len(decimals) <= 2:    # 2019.03 typed in a number cell
        if decimals == "1":                                 # 2019.10 loses its 0 and reads 2019.1
            return _make_date(int(whole), 1, None, text, JanuaryOrOctober)
        return _make_date(int(whole), int(decimals), None, text)
    if _FIRST_SERIAL <= number <= _LAST_SERIAL:          # a serial with a time of day
        from openpyxl.utils.datetime import from_excel

        return from_excel(number).date()
    raise _date_error(text)


# -- identity numbers and phones -------------------------------------------------------------------

DAMAGED_NUMBER: Message = QT_TRANSLATE_NOOP(
    "Import", "The ID number {value} was stored as a number and has lost its last digits, so it "
    "cannot be trusted. In the original file, format the ID column as text (Format Cells → Text), "
    "type the numbers again from the ID cards, and import again.")


def id_number_of(value: Any) -> str:
    """The ID number in a cell, exactly as written, or CellError when a spreadsheet program has
    rounded it (a float or exponent text): such a number is never stored, even when it happens to
    pass the checksum. Exact integers (files written by a program) and text are fine."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise CellError(DAMAGED_NUMBER.format(value=value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < _EXACT_LIMIT:
            return str(int(value))
        raise CellError(DAMAGED_NUMBER.format(value=repr(value)))
    text = _unwrapped(text_of(value))
    if _SCIENTIFIC.match(text):
        raise CellError(DAMAGED_NUMBER.format(value=text))
    return normalize(text)


# HR and payroll systems keep long numbers text in their CSV files with a leading apostrophe or tab,
# or as an Excel formula ="110105…" (opened in Excel it shows the digits).
_FORMULA_TEXT = re.compile(r'^="(.*)"$')


def _unwrapped(text: str) -> str:
    match = _FORMULA_TEXT.match(text)
    if match:
        text = match.group(1)
    return text.lstrip("'`\t ")


def phone_of(value: Any) -> str:
    """A phone number; numbers typed as numbers are exact at 11 digits."""
    if isinstance(value, float) and not value.is_integer():
        raise CellError(QT_TRANSLATE_NOOP(
            "Import", "The phone number {value} was stored as a number and damaged; format the column "
            "as text in the original file and type it again.").format(value=repr(value)))
    return _unwrapped(text_of(value))
