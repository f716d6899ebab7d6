"""Chinese resident identity numbers (GB 11643-1999): checking, upgrading, reading, masking.

18 characters: 6-digit area code, birth date YYYYMMDD, 3-digit sequence (odd = male, even = female),
check character. Legacy 15-digit numbers (two-digit year, no check character) are upgraded by
inserting "19" after the area code and computing the check character.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from operator import mul

from desktop.domain.codes import GENDER_FEMALE, GENDER_MALE
from desktop.messages import QT_TRANSLATE_NOOP, Message

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"


def check_character(first17: str) -> str:
    total = sum(map(mul, map(int, first17), _WEIGHTS))
    return _CHECK_CHARS[total % 11]


# Full-width ASCII variants (！ to ～) and the ideographic space, typed by Chinese input methods.
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def normalize(text: str) -> str:
    """Strip spaces, turn full-width digits/letters half-width, upper-case x."""
    text = text.translate(_HALF_WIDTH)
    return "".join(text.split()).upper()


def upgrade_15(number: str) -> str:
    """A legacy 15-digit number as its 18-digit form (assumes a 19xx birth year, as the rule says)."""
    first17 = number[:6] + "19" + number[6:]
    return first17 + check_character(first17)


@dataclass(frozen=True)
class IdNumberCheck:
    """Outcome of checking one ID number: the normalized number, or what is wrong with it."""

    number: str
    error: Message | None = None
    birth_date: dt.date | None = None
    gender: str | None = None  # GB/T 2261.1 code

    @property
    def ok(self) -> bool:
        return self.error is None


def check_id_number(text: str, today: dt.date | None = None) -> IdNumberCheck:
    """Check a resident ID number and read its birth date and gender.

    Accepts lowercase x and 15-digit legacy numbers (returned upgraded to 18 digits)."""
    return _checked_id(text, today or dt.date.today())


@lru_cache(maxsize=16384)
def _checked_id(text: str, today: dt.date) -> IdNumberCheck:
    # Cached: an import checks each number several times (preview, duplicates, the service itself);
    # large enough for a 10 000-row roster's numbers to stay in it between those passes.
    number = normalize(text)
    if not number:
        return IdNumberCheck(number, QT_TRANSLATE_NOOP("IdNumber", "Enter the ID number."))
    if len(number) == 15 and number.isdigit():
        number = upgrade_15(number)
    if len(number) != 18:
        return IdNumberCheck(number, QT_TRANSLATE_NOOP(
            "IdNumber", "The ID number has {count} characters; a resident ID card number has 18."
        ).format(count=len(number)))
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        return IdNumberCheck(number, QT_TRANSLATE_NOOP(
            "IdNumber", "The ID number may contain only digits, and X as its last character."))
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return IdNumberCheck(number, QT_TRANSLATE_NOOP(
            "IdNumber", "Characters 7-14 of the ID number ({digits}) are not a real date."
        ).format(digits=number[6:14]))
    if birth > today or birth.year < 1800:
        return IdNumberCheck(number, QT_TRANSLATE_NOOP(
            "IdNumber", "The birth date in the ID number ({date}) is not possible."
        ).format(date=birth.isoformat()))
    expected = check_character(number[:17])
    if number[17] != expected:
        return IdNumberCheck(number, QT_TRANSLATE_NOOP(
            "IdNumber",
            "The ID number's last character should be {expected}, not {actual}: "
            "a digit was probably mistyped. Compare it with the ID card.",
        ).format(expected=expected, actual=number[17]))
    gender = GENDER_MALE if int(number[16]) % 2 == 1 else GENDER_FEMALE
    return IdNumberCheck(number, None, birth, gender)


def mask_id_number(number: str | None) -> str:
    """110105********002X: area code and last four, enough to tell people apart on paper."""
    if not number:
        return ""
    if len(number) <= 8:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]
