"""Mainland mobile and landline numbers, checked the way a cadre would type them."""

from __future__ import annotations

import re

from desktop.domain.id_numbers import normalize
from desktop.messages import QT_TRANSLATE_NOOP, Message

_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}(-\d{1,6})?")


def normalize_phone(text: str) -> str:
    """Half-width digits, no spaces, no +86 prefix."""
    number = normalize(text)
    if number.startswith("+86"):
        number = number[3:]
    elif number.startswith("0086"):
        number = number[4:]
    undashed = number.replace("-", "")
    if undashed.isdigit() and undashed.startswith("1"):  # 138-1234-5678 is a mobile, not a landline
        return undashed
    return number


def phone_error(number: str) -> Message | None:
    """None when the (normalized) number is a mobile or landline number, else what is wrong."""
    if not number:
        return None
    if number.isdigit() and number.startswith("1"):
        if len(number) != 11:
            return QT_TRANSLATE_NOOP(
                "Phone", "A mobile number has 11 digits; this one has {count}.").format(count=len(number))
        if not _MOBILE.fullmatch(number):
            return QT_TRANSLATE_NOOP("Phone", "A mobile number starts with 13 to 19.")
        return None
    if _LANDLINE.fullmatch(number):
        return None
    return QT_TRANSLATE_NOOP(
        "Phone", "Enter an 11-digit mobile number, or a landline with its area code such as 010-12345678.")


def mask_phone(number: str | None) -> str:
    """138****5678: enough to recognise a number one already knows."""
    if not number:
        return ""
    return number[:3] + "****" + number[-4:] if len(number) > 7 else "****"
