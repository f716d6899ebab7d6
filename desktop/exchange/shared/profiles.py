"""Export profiles: a parent union's template as a data file (resources/exchange/profiles/*.json) —
column order, headers, how each value is written (code, label, date format, text), the rows above
the header, the first data row and the notes row. A new template is a new file, not new code."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from desktop.messages import QT_TRANSLATE_NOOP, UserError
from desktop.resources import resource_path

DATE_FORMATS = {"yyyyMMdd": "%Y%m%d", "yyyy-MM-dd": "%Y-%m-%d", "yyyy/MM/dd": "%Y/%m/%d", "yyyy.MM.dd": "%Y.%m.%d"}
SENSITIVE_VALUES = ("id_number", "mobile")


@dataclass(frozen=True)
class Column:
    header: str
    value: str                  # a member field, or seq / status / change_type / change_date / change_reason
    kind: str = "plain"         # plain, text, code, label, date, yes_no
    width: float | None = None
    fallback: str = ""          # written when the value is empty ({unit_name}, {union_name})


@dataclass(frozen=True)
class Profile:
    name: str
    label_zh: str
    label_en: str
    format: str                 # xlsx or csv
    sheet: str
    title_rows: tuple[tuple[Any, ...], ...]
    first_data_row: int
    date_format: str            # "date" (a real date cell) or a key of DATE_FORMATS
    columns: tuple[Column, ...]
    notes_rows: tuple[tuple[Any, ...], ...]
    requires_full_ids: bool = False
    remember_submissions: bool = False
    freeze_header: bool = False
    autofilter: bool = False

    def label(self, language: str) -> str:
        return self.label_zh if language.startswith("zh") else self.label_en

    @property
    def header_row(self) -> int:
        return len(self.title_rows) + 1

    @property
    def suffix(self) -> str:
        return "." + self.format


def _load(data: dict) -> Profile:
    columns = tuple(Column(c["header"], c["value"], c.get("as", "plain"), c.get("width"), c.get("fallback", ""))
                    for c in data["columns"])
    profile = Profile(
        data["name"], data["label_zh"], data["label_en"], data.get("format", "xlsx"), data.get("sheet", "Sheet1"),
        tuple(tuple(r) for r in data.get("title_rows", [])), int(data["first_data_row"]),
        data.get("date_format", "date"), columns, tuple(tuple(r) for r in data.get("notes_rows", [])),
        bool(data.get("requires_full_ids")), bool(data.get("remember_submissions")),
        bool(data.get("freeze_header")), bool(data.get("autofilter")))
    if profile.first_data_row <= profile.header_row:
        raise ValueError(f"profile {profile.name}: first_data_row is inside the header")
    if profile.date_format != "date" and profile.date_format not in DATE_FORMATS:
        raise ValueError(f"profile {profile.name}: unknown date format {profile.date_format}")
    return profile


@lru_cache(maxsize=1)
def profiles() -> dict[str, Profile]:
    found = {}
    for path in sorted(resource_path("exchange", "profiles").glob("*.json")):
        profile = _load(json.loads(path.read_text(encoding="utf-8")))
        found[profile.name] = profile
    return found


def profile(name: str) -> Profile:
    try:
        return profiles()[name]
    except KeyError:
        raise UserError(QT_TRANSLATE_NOOP(
            "Export", "There is no export profile named “{name}”; the profiles are: {names}."
        ).format(name=name, names=", ".join(profiles()))) from None
