"""Text on Chinese paper: dates written the official way, blanks for missing values, and line
breaking that works for Chinese (any character may end a line) without splitting ID numbers or
Latin words when it can avoid it."""

from __future__ import annotations

import datetime as dt
import re

from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.documents.fonts import char_widths

# A run of Latin letters/digits stays whole if it fits on a line; everything else breaks anywhere.
_TOKENS = re.compile(r"[A-Za-z0-9*@._\-+/]+|\s+|.", re.S)
# Punctuation that may not begin a line (避头): it hangs at the end of the line before instead.
NO_LINE_START = "，。、；：？！）》」』】〉〕”’…％,.;:?!)%"
_NO_LINE_START = set(NO_LINE_START)


def teach_reportlab_chinese_line_breaks() -> None:
    """reportlab's CJK line breaking hangs a character that may not start a line at the end of the
    line before, but its list (reportlab.lib.textsplit) is made for Japanese and lacks the
    full-width comma, semicolon, colon and question mark, so a notice could start a line with "，".
    Both splitters (textsplit.wordSplit for one-style paragraphs, paragraph.cjkFragSplit for mixed
    ones) read the list as a module global on every wrap: extend both globals."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        module.ALL_CANNOT_START += "".join(c for c in NO_LINE_START if c not in module.ALL_CANNOT_START)


def balanced_wrap(text: str, width: float, font: str, size: float) -> list[str]:
    """Like wrap(), but a title that needs several lines gets lines of about equal length (the
    narrowest width that still needs no more lines), not a full line and a lone last character."""
    lines = wrap(text, width, font, size)
    if len(lines) < 2:
        return lines
    low, high = width / len(lines), width
    while high - low > 1:
        middle = (low + high) / 2
        if len(wrap(text, middle, font, size)) <= len(lines):
            high = middle
        else:
            low = middle
    return wrap(text, high, font, size)


def chinese_date(value: dt.date | None) -> str:
    """2026年4月2日: Arabic numerals, no leading zeros (GB/T 9704); "" when there is no date."""
    if value is None:
        return ""
    return f"{value.year}年{value.month}月{value.day}日"


def blank_date() -> str:
    """A date line to fill in by hand."""
    return "        年    月    日"


def cell(value: object) -> str:
    """What a missing value prints as: nothing. Never "None", never an error."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return chinese_date(value)
    return " ".join(str(value).split())


def wrap(text: str, width: float, font: str, size: float) -> list[str]:
    """Lines of `text` no wider than `width` points; explicit newlines are kept."""
    if not text:
        return [""]
    if "\n" not in text and stringWidth(text, font, size) <= width:
        return [text]
    widths, default = char_widths(font)
    scale = size / 1000.0
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for token in _TOKENS.findall(paragraph):
            token_width = sum(widths.get(ord(c), default) for c in token) * scale
            if used + token_width <= width or not line and token_width <= width:
                line, used = line + token, used + token_width
                continue
            if token in _NO_LINE_START and line:
                line, used = line + token, used + token_width
                continue
            if token.isspace():  # a space at a break disappears
                lines.append(line)
                line, used = "", 0.0
                continue
            if token_width <= width:  # the token starts the next line
                lines.append(line)
                line, used = token, token_width
                continue
            for char in token:  # longer than a whole line: break it anywhere
                char_width = widths.get(ord(char), default) * scale
                if used + char_width > width and line:
                    lines.append(line)
                    line, used = "", 0.0
                line, used = line + char, used + char_width
        lines.append(line.rstrip())
    return lines
