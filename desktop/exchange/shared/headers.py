"""Finding the header row of a roster and guessing which column holds which member field.

Real rosters start with a merged title, a "填报单位/日期" line and blank rows; the header is the row
whose cells match the most known column names (resources/exchange/header_synonyms.json). The same
score picks the most likely sheet of a workbook. A header row is identified by its signature, so a
mapping the user corrected is found again next time (desktop/domain/imports/mappings.py).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from desktop.exchange.shared.cells import half_width, text_of
from desktop.exchange.shared.reading import Row, Spreadsheet
from desktop.resources import resource_path

SCAN_ROWS = 30          # the header is looked for in the first rows of a sheet
MIN_MATCHES = 2         # fewer recognised columns than this is not a header
IGNORED = ""            # mapping value of a column that is not imported
_BRACKETS = re.compile(r"[(\[（【<《].*?[)\]）】>》]")


def header_key(text: str) -> str:
    """A header cell compared loosely: no spaces, marks, bracketed hints or case."""
    text = half_width(text_of(text))
    text = _BRACKETS.sub("", text)
    return re.sub(r"[\s*:：.。·\-_/]", "", text).lower()


@dataclass(frozen=True)
class Synonyms:
    by_key: dict[str, str]          # header key -> field
    ignored: frozenset[str]         # header keys known but not imported
    end_markers: tuple[str, ...]    # first-cell words of total and note rows


@lru_cache(maxsize=1)
def synonyms() -> Synonyms:
    raw = json.loads(resource_path("exchange", "header_synonyms.json").read_text(encoding="utf-8"))
    by_key = {header_key(word): field for field, words in raw["fields"].items() for word in [field, *words]}
    return Synonyms(by_key, frozenset(header_key(w) for w in raw["ignore"]),
                    tuple(header_key(w) for w in raw["end_markers"]))


@lru_cache(maxsize=1)
def _usual_headers() -> dict[str, str]:
    raw = json.loads(resource_path("exchange", "header_synonyms.json").read_text(encoding="utf-8"))
    return {field: words[0] for field, words in raw["fields"].items() if words}


def usual_header(field: str) -> str:
    """The header rosters most often give a field (入会时间), for a message about a missing column."""
    return _usual_headers().get(field, field)


def field_for(header: object) -> str | None:
    return synonyms().by_key.get(header_key(header)) if header is not None else None


def _score(row: Row) -> int:
    return len({f for f in (field_for(cell) for cell in row) if f})


@dataclass(frozen=True)
class HeaderGuess:
    row_index: int          # 0-based index in the sheet's rows (Excel row = row_index + 1)
    score: int              # distinct fields recognised


def find_header(rows: Sequence[Row]) -> HeaderGuess | None:
    """The row among the first SCAN_ROWS that names the most known fields (the first of equals)."""
    best = None
    for index, row in enumerate(rows[:SCAN_ROWS]):
        score = _score(row)
        if score >= MIN_MATCHES and (best is None or score > best.score):
            best = HeaderGuess(index, score)
    return best


@dataclass(frozen=True)
class SheetGuess:
    name: str
    header: HeaderGuess | None
    preview: tuple[Row, ...]


def survey(book: Spreadsheet) -> list[SheetGuess]:
    """Every sheet with its likely header, most likely sheet first (ties keep the workbook order)."""
    guesses = []
    for name in book.sheet_names():
        preview = tuple(book.rows(name, limit=SCAN_ROWS + 10))
        guesses.append(SheetGuess(name, find_header(preview), preview))
    return sorted(guesses, key=lambda g: -(g.header.score if g.header else 0))


def headers_of(row: Row) -> list[str]:
    """The header texts, one per column (empty for a column without a header)."""
    return [text_of(cell) for cell in row]


def signature(headers: Sequence[str]) -> str:
    """Identifies a header row whatever its spacing: the same roster next month has the same one."""
    return hashlib.sha256("\x1f".join(header_key(h) for h in headers).encode("utf-8")).hexdigest()


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """{column index: field} for the recognised columns; a field goes to its first column only."""
    mapping, taken = {}, set()
    for index, header in enumerate(headers):
        field = field_for(header)
        if field and field not in taken:
            mapping[index] = field
            taken.add(field)
    return mapping


def is_ignorable_header(header: str) -> bool:
    """Known columns that are never imported (序号 …), so the wizard need not ask about them."""
    return header_key(header) in synonyms().ignored or not header_key(header)


@lru_cache(maxsize=1)
def _end_marker_starts() -> frozenset[str]:
    return frozenset(m[:1] for m in synonyms().end_markers if m)


def is_end_row(row: Row) -> bool:
    """A 合计/总计 line or the notes under a table: its first non-empty cell starts with a marker."""
    first = next((cell for cell in row if cell not in (None, "")), None)
    if first is None or not isinstance(first, str):
        return False
    if half_width(first.lstrip())[:1].lower() not in _end_marker_starts():
        return False        # most rows: a name, answered without the regular expressions
    key = header_key(first)
    return any(key.startswith(marker) for marker in synonyms().end_markers if marker)
