"""The heading levels of Chinese official documents (GB/T 9704): 一、 (一) 1. (1).

A notice is typed as plain text, one paragraph per line. A line may already carry its number
("二、会议地点"), or start with # marks and be numbered here, so inserting a section does not mean
renumbering by hand: "# 会议时间" → "一、会议时间", "## …" → "（一）…", "### …" → "1. …",
"#### …" → "（1）…". A deeper counter restarts under each new higher heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIGITS = "零一二三四五六七八九"

_NUMBERED = [  # (level, pattern of a number already typed)
    (1, re.compile(r"^[一二三四五六七八九十]+、")),
    (2, re.compile(r"^[（(][一二三四五六七八九十]+[）)]")),
    (3, re.compile(r"^\d+[.．、]\s*(?!\d)")),
    (4, re.compile(r"^[（(]\d+[）)]")),
]
_MARKS = re.compile(r"^(#{1,4})\s*(.*)$")


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    text = ("" if tens == 1 else _DIGITS[tens]) + "十" if tens else ""
    return text + (_DIGITS[ones] if ones else "")


def number_for(level: int, n: int) -> str:
    return {1: f"{chinese_number(n)}、", 2: f"（{chinese_number(n)}）", 3: f"{n}. ", 4: f"（{n}）"}[level]


@dataclass(frozen=True)
class Block:
    level: int   # 0 = body paragraph, 1-4 = heading level
    text: str    # with its number


def parse_body(text: str) -> list[Block]:
    counters = [0, 0, 0, 0, 0]
    blocks = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        marks = _MARKS.match(line)
        if marks and marks.group(2):
            level = len(marks.group(1))
            counters[level] += 1
            for deeper in range(level + 1, 5):
                counters[deeper] = 0
            blocks.append(Block(level, number_for(level, counters[level]) + marks.group(2)))
            continue
        level = next((lvl for lvl, pattern in _NUMBERED if pattern.match(line)), 0)
        blocks.append(Block(level, line))
    return blocks
