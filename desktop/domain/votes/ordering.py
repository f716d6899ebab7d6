"""The order of candidates on the ballot: by surname stroke count (姓氏笔画, the default of Chinese
elections), by pinyin, or as entered.

Stroke counts come from resources/votes/strokes.txt, generated from the Unicode Character
Database (Unihan kTotalStrokes, simplified forms) for the characters of GBK and CJK Extension A.
No maintained PyPI package provides them (the ones found were unmaintained since 2020-2021).

Stroke order: the surname's strokes first, people of the same surname together (then the
surname's pinyin decides between different surnames of equal strokes), then the strokes of the
next characters one by one, then the full pinyin. A character missing from the table sorts after
all known ones.
"""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache
from typing import Callable, Sequence, TypeVar

from desktop.domain.members.search_keys import name_sort_key
from desktop.resources import resource_path

T = TypeVar("T")
UNKNOWN = 99  # strokes of a character the table does not know: after every known one


class CandidateOrder(StrEnum):
    STROKES = "strokes"
    PINYIN = "pinyin"
    ENTERED = "entered"


@lru_cache(maxsize=1)
def _table() -> dict[str, int]:
    table: dict[str, int] = {}
    text = resource_path("votes", "strokes.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        count, chars = line.split("\t", 1)
        for char in chars:
            table[char] = int(count)
    return table


def strokes(char: str) -> int:
    """Total strokes of one character (simplified form); UNKNOWN when the table lacks it."""
    return _table().get(char, UNKNOWN)


def stroke_key(name: str) -> tuple:
    name = "".join(name.split())
    if not name:
        return (UNKNOWN,)
    surname = name[0]
    return (strokes(surname), name_sort_key(surname), surname,
            tuple(strokes(c) for c in name[1:]), name_sort_key(name))


def ordered(items: Sequence[T], order: CandidateOrder, name: Callable[[T], str]) -> list[T]:
    """`items` in ballot order; `name` gives each one's name. As entered keeps the given order."""
    if order is CandidateOrder.STROKES:
        return sorted(items, key=lambda item: stroke_key(name(item)))
    if order is CandidateOrder.PINYIN:
        return sorted(items, key=lambda item: name_sort_key(name(item)))
    return list(items)
