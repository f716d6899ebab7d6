"""The union's yearly figures in a parent union's statistical template: a declarative profile (a JSON
file: sheet name, column widths, rows of cells with {placeholders}) filled with the values
desktop.domain.statistics.reporting gives. The bundled profiles are in
resources/exchange/stats_profiles; another province's form is another file, not new code. A cell
that is only one placeholder is written as the value itself (a number stays a number)."""

from __future__ import annotations

import json
import os
import re
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from desktop.exchange.shared.xlsx_writer import XlsxBook, export_file
from desktop.messages import QT_TRANSLATE_NOOP, UserError
from desktop.resources import resource_path

WHOLE_PLACEHOLDER = re.compile(r"^\{(\w+)\}$")


@dataclass(frozen=True)
class StatsProfile:
    name: str
    label_zh: str
    label_en: str
    sheet: str
    widths: tuple[float, ...]
    rows: tuple[tuple[bool, tuple[str, ...]], ...]    # (bold, cells)

    def label(self, language: str) -> str:
        return self.label_zh if language.startswith("zh") else self.label_en

    def placeholders(self) -> set[str]:
        return {name for _bold, cells in self.rows for cell in cells
                for _text, name, _spec, _conv in string.Formatter().parse(cell) if name}


def bundled_folder() -> Path:
    return resource_path("exchange", "stats_profiles")


def bundled_profiles() -> dict[str, Path]:
    return {path.stem: path for path in sorted(bundled_folder().glob("*.json"))}


def _bad_profile(where: str, reason: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("Export", "The statistics profile {where} cannot be used: {reason}").format(
        where=where, reason=reason))


def load_profile(name_or_path: str) -> StatsProfile:
    """A bundled profile by name, or a profile file by its path."""
    path = bundled_profiles().get(name_or_path) or Path(name_or_path)
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP(
            "Export", "There is no statistics profile named “{name}”; the bundled ones are: {names} "
                      "(or give the path of a profile file).").format(
            name=name_or_path, names=", ".join(bundled_profiles())))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        rows = []
        for row in data["rows"]:
            bold, cells = (bool(row.get("bold")), row["cells"]) if isinstance(row, dict) else (False, row)
            rows.append((bold, tuple(str(c) for c in cells)))
        return StatsProfile(data["name"], data.get("label_zh", data["name"]), data.get("label_en", data["name"]),
                            data.get("sheet", "Sheet1"), tuple(float(w) for w in data.get("widths", ())),
                            tuple(rows))
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise _bad_profile(str(path), str(error)) from None


class _Blank(dict):
    """Values for str.format: None and unknown fund categories are written as nothing."""

    def __missing__(self, key):
        return ""

    def __getitem__(self, key):
        value = super().get(key)
        return "" if value is None else value


def cell_value(cell: str, values: dict[str, Any]) -> Any:
    whole = WHOLE_PLACEHOLDER.match(cell)
    if whole:
        return values.get(whole.group(1))
    return string.Formatter().vformat(cell, (), _Blank(values))


def filled_rows(profile: StatsProfile, values: dict[str, Any]) -> list[tuple[bool, list[Any]]]:
    """The profile's rows with the values in; a profile naming an unknown figure is refused."""
    # fund_<code> names a ledger category: empty for a reader who may not see the funds.
    unknown = {name for name in profile.placeholders() - set(values) if not name.startswith("fund_")}
    if unknown:
        raise _bad_profile(profile.name, ", ".join("{" + name + "}" for name in sorted(unknown)))
    return [(bold, [cell_value(cell, values) for cell in cells]) for bold, cells in profile.rows]


def write_template(profile: StatsProfile, values: dict[str, Any], path: str | os.PathLike,
                   record: Callable[[Callable[[], None]], None]) -> Path:
    """Fill the profile's rows into an .xlsx, or a .pdf of the same grid when `path` ends in .pdf;
    `record(put_in_place)` is the domain's record of the export."""
    rows = filled_rows(profile, values)

    def write(partial: Path) -> Path:
        if str(path).lower().endswith(".pdf"):
            from desktop.documents.statistics.report import template_pdf

            partial.write_bytes(template_pdf(profile.label("zh_CN"), profile.widths, rows))
            return Path(path)
        with XlsxBook(partial) as book:
            sheet = book.sheet(profile.sheet, profile.widths)
            for bold, cells in rows:
                sheet.append(cells, bold=bold)
        return Path(path)

    return export_file(path, write, record)


def export_report(report, profile_name: str, signers, today, path: str | os.PathLike,
                  record: Callable[[Callable[[], None]], None]) -> Path:
    """The report through the named profile (or profile file) to `path`."""
    from desktop.domain.statistics.reporting import template_values

    return write_template(load_profile(profile_name), template_values(report, signers, today), path, record)
