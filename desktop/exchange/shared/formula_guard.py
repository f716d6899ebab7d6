"""No exported cell may run as a formula (CSV/formula injection): a name or remark typed as
"=HYPERLINK(...)" must reach the parent union as text.

xlsx: every export goes through xlsx_writer.XlsxBook, which writes text as text with XlsxWriter's
string conversions off, so nothing is ever stored as a formula. CSV has no types: the usual guard
puts an apostrophe before text starting with = + - @ (or a tab / carriage return), which Excel and
WPS hide and treat as "this is text"; the importer removes it again."""

from __future__ import annotations

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: str) -> str:
    return "'" + value if value.startswith(_TRIGGERS) else value
