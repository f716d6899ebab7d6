"""Search keys for Chinese names, phones and numbers, so that typing in the search box stays an
indexed prefix look-up in SQL.

Each member gets a set of *terms*, each tagged with a one-letter kind:
- ``n``: the whole name in characters, full pinyin and initials (张海生, zhanghaisheng, zhs);
- ``m``: the name's tails the same way (海生, haisheng, hs, 生 …), so a search also finds the
  given name; a single typed letter looks only at whole names, as a phone's contact list does
  (every tail starting with "l" would be a quarter of the register);
- ``t``: phone, ID, card and member numbers reversed, so a prefix look-up finds their tails
  ("5678" finds …5678) and the whole number typed finds it too. A word with a digit in it is
  searched this way, from two characters on.
pypinyin reads some surnames wrongly (单 as dan, 曾 as ceng …), so every reading of the surname is
indexed, plus the surname reading from our own table.
"""

from __future__ import annotations

import itertools
import os
import re
from functools import lru_cache

from desktop.domain.id_numbers import normalize

NAME, NAME_TAIL, NUMBER_TAIL = "n", "m", "t"
MIN_NUMBER_TAIL = 2

COMPOUND_SURNAMES = {
    "欧阳": ("ou", "yang"), "司马": ("si", "ma"), "诸葛": ("zhu", "ge"), "上官": ("shang", "guan"),
    "东方": ("dong", "fang"), "皇甫": ("huang", "fu"), "尉迟": ("yu", "chi"), "公孙": ("gong", "sun"),
    "慕容": ("mu", "rong"), "夏侯": ("xia", "hou"), "司徒": ("si", "tu"), "令狐": ("ling", "hu"),
    "长孙": ("zhang", "sun"), "宇文": ("yu", "wen"), "端木": ("duan", "mu"), "独孤": ("du", "gu"),
    "南宫": ("nan", "gong"), "单于": ("chan", "yu"), "澹台": ("tan", "tai"), "呼延": ("hu", "yan"),
}
# Readings as a surname, where pypinyin's default reading is the everyday one (TRAPS.md).
SURNAME_READINGS = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "朴": "piao", "区": "ou", "查": "zha",
    "覃": "qin", "盖": "ge", "缪": "miao", "翟": "zhai", "乐": "yue", "尉": "yu", "种": "chong",
    "黑": "he", "繁": "po", "召": "shao", "员": "yun", "秘": "bi", "那": "na", "冼": "xian",
}
_MAX_SURNAME_VARIANTS = 6
_HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]")


def _is_han(char: str) -> bool:
    return bool(_HAN.match(char))


# pypinyin is imported on first use: loading its dictionaries takes ~0.4 s, and start-up and
# searching never need it (only writing a member's terms does). Only single characters are looked
# up here, so its dictionary of phrases (words of several characters: 0.8 s of a 1.1 s import on
# a busy machine) is not loaded; it changes no reading of any character from U+4E00 to U+9FFF.
def _pypinyin():
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    import pypinyin

    return pypinyin


@lru_cache(maxsize=20000)
def _default_reading(char: str) -> str:
    if not _is_han(char):
        return char.lower()
    readings = _pypinyin().lazy_pinyin(char, errors="ignore")
    return readings[0] if readings else ""


@lru_cache(maxsize=5000)
def _all_readings(char: str) -> tuple[str, ...]:
    if not _is_han(char):
        return (char.lower(),)
    pypinyin = _pypinyin()
    readings = pypinyin.pinyin(char, style=pypinyin.Style.NORMAL, heteronym=True, errors="ignore")
    found = list(dict.fromkeys(readings[0])) if readings else []
    return tuple(found) or (_default_reading(char),)


def _split_surname(name: str) -> tuple[str, str]:
    if name[:2] in COMPOUND_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]


@lru_cache(maxsize=2000)
def _surname_readings(surname: str) -> tuple[tuple[str, ...], ...]:
    """Per-syllable reading choices of a surname, its own reading first."""
    if surname in COMPOUND_SURNAMES:
        return tuple((syllable,) for syllable in COMPOUND_SURNAMES[surname])
    preferred = SURNAME_READINGS.get(surname)
    readings = list(_all_readings(surname))
    if preferred:
        readings = [preferred] + [r for r in readings if r != preferred]
    return (tuple(readings),)


def _searchable(text: str) -> str:
    """Half-width, lower-case letters and digits only: what is typed and what is stored agree."""
    if text.isascii() and text.isalnum():  # most phone, ID and card numbers: nothing to tidy
        return text.lower()
    return "".join(c for c in normalize(text).lower() if c.isalnum())


def _clean_name(name: str) -> str:
    """The name as searchable characters: half-width, lower-case, no spaces or middle dots."""
    return "".join(c for c in normalize(name).lower() if c.isalnum())


# Names repeat (a 10 000-member roster has a few thousand distinct ones): their keys and terms are
# worked out once per name, not once per member. Sized for the biggest import at once.
@lru_cache(maxsize=20000)
def name_sort_key(name: str) -> str:
    """Pinyin of a name with its surname read as a surname, for sorting like a Chinese roster."""
    cleaned = _clean_name(name)
    if not cleaned:
        return ""
    surname, given = _split_surname(cleaned)
    first = [choices[0] for choices in _surname_readings(surname)]
    # A tab ends the pinyin: it sorts before the space between syllables, so 白爱 comes before 白爱岚.
    return " ".join(first + [_default_reading(c) for c in given]) + "\t" + cleaned


def text_sort_key(text: str) -> str:
    """Pinyin of any text (a department, a team), for lists in the order a Chinese reader expects
    (财务部 before 工会办), not the order of character codes."""
    cleaned = _clean_name(text)
    return " ".join(_default_reading(c) for c in cleaned) + "\t" + cleaned


def pinyin_sorted(texts) -> list[str]:
    return sorted(texts, key=text_sort_key)


def name_terms(name: str) -> frozenset[str]:
    """The name and its tails in characters, full pinyin and initials (see module doc), untagged."""
    whole, tails = _name_and_tail_terms(name)
    return whole | tails


@lru_cache(maxsize=20000)
def _name_and_tail_terms(name: str) -> tuple[frozenset[str], frozenset[str]]:
    cleaned = _clean_name(name)
    if not cleaned:
        return frozenset(), frozenset()
    surname, given = _split_surname(cleaned)
    given_syllables = [_default_reading(c) for c in given]
    tails: set[str] = set()
    # Tails that start inside the given name (and single characters of the surname's tail).
    chars = list(cleaned)
    syllables = [_default_reading(c) for c in cleaned]
    for start in range(1, len(chars)):
        tails.add("".join(chars[start:]))
        tails.add("".join(syllables[start:]))
        tails.add("".join(s[:1] for s in syllables[start:]))
    # The whole name, with every reading of the surname.
    whole = {cleaned}
    choices = _surname_readings(surname)
    for variant in itertools.islice(itertools.product(*choices), _MAX_SURNAME_VARIANTS):
        full = list(variant) + given_syllables
        whole.add("".join(full))
        whole.add("".join(s[:1] for s in full))
    return frozenset(whole - {""}), frozenset(tails - {""})


def member_terms(
    name: str, mobile: str | None, id_number: str | None, card_no: str | None, member_no: str | None
) -> set[str]:
    """All tagged search terms of one member."""
    whole, tails = _name_and_tail_terms(name)
    terms = {NAME + t for t in whole} | {NAME_TAIL + t for t in tails}
    for number in (mobile, id_number, card_no, member_no):
        cleaned = _searchable(number or "")
        if cleaned:
            terms.add(NUMBER_TAIL + cleaned[::-1])
    return terms


def query_prefixes(text: str) -> list[list[str]]:
    """For each word typed, the tagged prefixes any of which a member's terms must start with.

    All words must match (AND); within a word, any of its prefixes (OR)."""
    result = []
    for word in text.split():
        word = _searchable(word)
        if any(c.isdigit() for c in word):
            if len(word) >= MIN_NUMBER_TAIL:
                result.append([NUMBER_TAIL + word[::-1]])
        elif len(word) == 1 and word.isascii():
            result.append([NAME + word])
        elif word:
            result.append([NAME + word, NAME_TAIL + word])
    return result


def prefix_upper_bound(prefix: str) -> str:
    """Smallest string greater than every string starting with prefix (binary collation)."""
    return prefix + "\U0010ffff"
