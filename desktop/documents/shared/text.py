"""Text on Chinese paper: dates written the official way, blanks for missing values, and line
breaking that works for Chinese (any character may end a line) without splitting ID numbers or
Latin words when it can avoid it."""

from __future__ import annotations

import datetime as dt
import re

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth

# Dates (2026年10月26日), amounts (¥1,234.56元) and runs of Latin letters/digits stay whole if they
# fit on a line; everything else breaks anywhere.
_DATE = r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日"
_AMOUNT = r"[¥￥]?\d[\d,]*(?:\.\d+)?(?:万?元|%|％)"
_TOKENS = re.compile(rf"{_DATE}|{_AMOUNT}|[A-Za-z0-9*@._\-+/]+|\s+|.", re.S)
# In table cells and captions a phrase between separators also stays whole if it fits: "送温暖/节日慰问"
# breaks after the slash, never inside 慰问.
_PHRASE_TOKENS = re.compile(
    rf"(?:{_DATE}|{_AMOUNT}|[^\s/、，,；;：:（()）·\-—])+[/、，,；;：:）)·\-—]*|[（(]|\s+|.", re.S)
# Punctuation that may not begin a line (避头): it hangs at the end of the line before instead.
NO_LINE_START = "，。、；：？！）》」』】〉〕”’…％,.;:?!)%"
_NO_LINE_START = set(NO_LINE_START)


def char_widths(font: str) -> tuple[dict[int, float], float]:
    """Advance widths in 1/1000 em by code point, and the default width, for fast wrapping. (Here,
    not in fonts.py: fonts.py imports this module to teach reportlab the line breaks.)"""
    face = pdfmetrics.getFont(font).face
    return face.charWidths, face.defaultWidth


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


# Where a title may break (GB/T 9704 §7.3.3: 回行时要做到词意完整): after 关于, after a year, after a
# name of an organisation, around 暨, before the verbs that open the matter, before 的通知/的公告 …,
# and after punctuation. A phrase wider than the line still breaks inside, as a last resort.
_TITLE_BREAK_AFTER = re.compile(
    r"^关于|(?:\d{4}|[〇零一二三四五六七八九]{4})年度?|"
    r"(?:股份有限公司|有限责任公司|有限公司|工会委员会|联合会|委员会|分公司|公司|集团|工会|中心|车间|事业部)"
    r"|[、，,：:；“”《》（）()]|暨")
_TITLE_BREAK_BEFORE = re.compile(
    r"(?:关于|召开|举办|举行|开展|组织|做好|印发|表彰|评选|进一步|加强|推进|落实|公布|成立|选举|调整|暨)"
    r"|的(?:通知|公告|公示|请示|报告|决定|意见|通报|函|纪要|批复|方案|办法|结果)$")


def _title_units(text: str) -> list[str]:
    cuts = {0, len(text)}
    cuts |= {m.end() for m in _TITLE_BREAK_AFTER.finditer(text)}
    cuts |= {m.start() for m in _TITLE_BREAK_BEFORE.finditer(text)}
    ordered = sorted(cuts)
    return [text[a:b] for a, b in zip(ordered, ordered[1:]) if text[a:b]]


def title_lines(text: str, width: float, font: str, size: float) -> list[str]:
    """A title broken into as few lines as it needs, at phrase boundaries only, with lines of about
    equal length (balanced); a newline typed in the title is a manual break."""
    lines: list[str] = []
    for part in text.split("\n"):
        units = []
        for unit in _title_units(part.strip()):  # a phrase wider than the line breaks inside
            units += wrap(unit, width, font, size, phrases=True)
        widths = [stringWidth(u, font, size) for u in units]
        lines += _balanced_split(units, widths, width)
    return lines or [""]


def _balanced_split(units: list[str], widths: list[float], width: float) -> list[str]:
    """Fewest lines no wider than `width`, and among those the split whose longest line is shortest
    (ties: the one with the most even lines)."""
    n = len(units)
    if n == 0:
        return []
    span = [[sum(widths[i:j]) for j in range(n + 1)] for i in range(n + 1)]
    best: dict[tuple[int, int], tuple[float, float, list[int]]] = {(0, 0): (0.0, 0.0, [])}
    for lines in range(1, n + 1):
        for end in range(1, n + 1):
            options = []
            for start in range(lines - 1, end):
                previous = best.get((start, lines - 1))
                line_width = span[start][end]
                if previous is None or line_width > width:
                    continue
                options.append((max(previous[0], line_width), previous[1] + line_width ** 2, previous[2] + [end]))
            if options:
                best[(end, lines)] = min(options, key=lambda o: (o[0], o[1]))
        if (n, lines) in best:
            cuts = [0] + best[(n, lines)][2]
            return ["".join(units[a:b]) for a, b in zip(cuts, cuts[1:])]
    return ["".join(units)]


def chinese_date(value: dt.date | None) -> str:
    """2026年4月2日: Arabic numerals, no leading zeros (GB/T 9704); "" when there is no date."""
    if value is None:
        return ""
    return f"{value.year}年{value.month}月{value.day}日"


# Five ideographic spaces: at 9 pt and up that leaves more than 15 mm to write each of 年, 月 and 日.
_BLANK = "\u3000" * 5


def blank_date() -> str:
    """A date to fill in by hand, with room for handwriting before 年, 月 and 日."""
    return f"{_BLANK}年{_BLANK}月{_BLANK}日"


def cell(value: object) -> str:
    """What a missing value prints as: nothing. Never "None", never an error."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return chinese_date(value)
    return " ".join(str(value).split())


def wrap(text: str, width: float, font: str, size: float, phrases: bool = False,
         char_space: float = 0.0) -> list[str]:
    """Lines of `text` no wider than `width` points; explicit newlines are kept. With `phrases`,
    a run of Chinese between separators (slash, 、, comma, brackets, spaces) is kept whole when it
    fits on a line (table cells, captions); without, Chinese may break anywhere (body text).
    `char_space` is added after every character (the notice's character grid)."""
    if not text:
        return [""]
    if "\n" not in text and stringWidth(text, font, size) + len(text) * char_space <= width:
        return [text]
    widths, default = char_widths(font)
    scale = size / 1000.0

    def measure(chars: str) -> float:
        return sum(widths.get(ord(c), default) for c in chars) * scale + len(chars) * char_space

    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used, last = "", 0.0, ""
        for token in (_PHRASE_TOKENS if phrases else _TOKENS).findall(paragraph):
            token_width = measure(token)
            if used + token_width <= width or not line and token_width <= width:
                line, used, last = line + token, used + token_width, token
                continue
            if token in _NO_LINE_START and line:
                # may not start a line and does not fit: the last word goes down with it (no
                # punctuation hanging out of the column); a one-word line keeps it
                if last and len(last) < len(line):
                    lines.append(line[:-len(last)].rstrip())
                    line = last + token
                    used = measure(line)
                else:
                    line, used = line + token, used + token_width
                last = ""
                continue
            last = token
            if token.isspace():  # a space at a break disappears
                lines.append(line)
                line, used = "", 0.0
                continue
            if token_width <= width:  # the token starts the next line
                lines.append(line)
                line, used = token, token_width
                continue
            # longer than a whole line: a date breaks after 年 or 月, anything else anywhere
            for piece in (re.findall(r"\d+\D", token) if re.fullmatch(_DATE, token) else token):
                piece_width = measure(piece)
                if used + piece_width > width and line:
                    lines.append(line)
                    line, used = "", 0.0
                line, used = line + piece, used + piece_width
        lines.append(line.rstrip())
    return lines
