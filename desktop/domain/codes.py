"""National code tables (GB/T 2261.1 gender, GB/T 3304 ethnicity, …) loaded from
resources/codes/code_tables.json. A member row stores the code; screens and paper show the label
in the user's language."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache

from desktop.resources import resource_path


@dataclass(frozen=True)
class CodeEntry:
    code: str
    zh: str
    en: str

    def label(self, language: str) -> str:
        return self.zh if language.startswith("zh") else self.en


@dataclass(frozen=True)
class CodeTable:
    name: str
    standard: str
    entries: tuple[CodeEntry, ...]
    by_code: dict[str, CodeEntry] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        # Looked up for every cell of the member table: a plain dict, built once.
        object.__setattr__(self, "by_code", {e.code: e for e in self.entries})

    def get(self, code: str | None) -> CodeEntry | None:
        return self.by_code.get(code or "")

    def label(self, code: str | None, language: str) -> str:
        """The label of a code, or the code itself when unknown, or "" for no value."""
        entry = self.get(code)
        if entry is None:
            return code or ""
        return entry.label(language)

    def codes(self) -> list[str]:
        return [e.code for e in self.entries]

    def find(self, text: str) -> CodeEntry | None:
        """Entry whose code or label (either language, or the label without its 族 suffix) is text."""
        text = text.strip()
        for entry in self.entries:
            if text in (entry.code, entry.zh, entry.en) or text.lower() == entry.en.lower():
                return entry
        return None


@lru_cache(maxsize=1)
def _load() -> dict[str, CodeTable]:
    raw = json.loads(resource_path("codes", "code_tables.json").read_text(encoding="utf-8"))
    tables = {}
    for name, body in raw.items():
        if name.startswith("_"):
            continue
        entries = tuple(CodeEntry(e["code"], e["zh"], e["en"]) for e in body["entries"])
        tables[name] = CodeTable(name, body["standard"], entries)
    return tables


def code_table(name: str) -> CodeTable:
    return _load()[name]


GENDER_MALE = "1"
GENDER_FEMALE = "2"
ID_TYPE_RESIDENT_CARD = "1"
