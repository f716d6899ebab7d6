"""The import as the wizard and the command line run it: open a file, pick the sheet and header,
map the columns (guessed, or as remembered for this header), plan, then import in one transaction;
plus the summary (JSON) and the file of rejected rows to fix and import again."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from desktop.domain.accounts.actor import Actor
from desktop.domain.imports.mappings import MappingMemory
from desktop.domain.members.imports import Cancelled, ImportLookups, ImportOutcome, ImportSource, \
    MemberImportService, Progress
from desktop.exchange.shared.cells import text_of
from desktop.exchange.shared.xlsx_writer import XlsxBook
from desktop.exchange.shared.headers import IGNORED, guess_mapping, headers_of, signature, survey
from desktop.exchange.members.fields import FIELD_LABELS
from desktop.exchange.members.import_plan import ImportOptions, ImportPlan, SheetRows, plan_import, plan_sheets
from desktop.exchange.shared.reading import Row, UnreadableFile, open_spreadsheet
from desktop.messages import QT_TRANSLATE_NOOP, Translate

if TYPE_CHECKING:  # the open database is handed through to the domain, never used here
    from desktop.store.database import Database


@dataclass
class LoadedSheet:
    """A sheet read whole, with the header row the importer settled on."""

    file: Path
    sheet: str
    sheets: list[str]           # every sheet, most likely first
    rows: list[Row]
    header_index: int

    @property
    def headers(self) -> list[str]:
        return headers_of(self.rows[self.header_index]) if self.header_index < len(self.rows) else []


def load(path: str | Path, sheet: str | None = None) -> LoadedSheet:
    """Open a roster and read the chosen sheet (the most likely one when none is named)."""
    book = open_spreadsheet(path)
    try:
        guesses = survey(book)
        names = [g.name for g in guesses]
        if sheet is None:
            chosen = guesses[0]
        else:
            chosen = next((g for g in guesses if g.name == sheet), None)
            if chosen is None:
                raise UnreadableFile(QT_TRANSLATE_NOOP(
                    "Import", "{file} has no sheet named “{sheet}”; its sheets are: {names}."
                ).format(file=Path(path).name, sheet=sheet, names="、".join(book.sheet_names())))
        rows = list(book.rows(chosen.name))
    finally:
        book.close()
    if chosen.header is None:
        raise UnreadableFile(QT_TRANSLATE_NOOP(
            "Import", "No header row was found in sheet “{sheet}” of {file}: the first rows should "
            "include column names such as 姓名 and 身份证号码.").format(sheet=chosen.name, file=Path(path).name))
    return LoadedSheet(Path(path), chosen.name, names, rows, chosen.header.row_index)


ALL_SHEETS = "all"


def load_all(path: str | Path) -> list[LoadedSheet]:
    """Every sheet of a workbook that has a header row of its own, in workbook order (a roster kept
    as one sheet per department or 车间)."""
    book = open_spreadsheet(path)
    try:
        guesses = {g.name: g for g in survey(book)}
        names = book.sheet_names()
        loaded = [LoadedSheet(Path(path), name, names, list(book.rows(name)), guesses[name].header.row_index)
                  for name in names if guesses[name].header is not None]
    finally:
        book.close()
    if not loaded:
        raise UnreadableFile(QT_TRANSLATE_NOOP(
            "Import", "No sheet of {file} has a header row: the first rows should include column names "
            "such as 姓名 and 身份证号码.").format(file=Path(path).name))
    return loaded


def plan_all(db: Database, actor: Actor, sheets: Sequence[LoadedSheet], mappings: Sequence[dict[int, str]],
             options: ImportOptions, today: dt.date | None = None) -> ImportPlan:
    """One plan over several sheets (see member_import.plan_sheets)."""
    parts = [SheetRows(s.sheet, s.rows, s.header_index, m) for s, m in zip(sheets, mappings)]
    return plan_sheets(parts, options, ImportLookups(db, actor), str(sheets[0].file), today)


def mapping_for(headers: Sequence[str], memory: MappingMemory | None) -> dict[int, str]:
    """The remembered mapping for exactly these headers, else the synonym table's guess."""
    remembered = memory.recall(signature(headers)) if memory is not None else None
    if remembered is None:
        return guess_mapping(headers)
    return {i: remembered[h] for i, h in enumerate(headers) if remembered.get(h)}


def remember_mapping(headers: Sequence[str], mapping: dict[int, str], memory: MappingMemory) -> None:
    memory.remember(signature(headers), {h: mapping.get(i, IGNORED) for i, h in enumerate(headers) if h})


def plan(db: Database, actor: Actor, loaded: LoadedSheet, mapping: dict[int, str], options: ImportOptions,
         today: dt.date | None = None) -> ImportPlan:
    return plan_import(loaded.rows, loaded.header_index, mapping, options, ImportLookups(db, actor),
                       str(loaded.file), loaded.sheet, today)


def run(db: Database, actor: Actor, import_plan: ImportPlan, progress: Progress | None = None,
        cancelled: Cancelled | None = None, today: dt.date | None = None) -> ImportOutcome:
    """Import the plan's valid rows in one transaction (see MemberImportService.import_members)."""
    source = ImportSource(import_plan.file_name, import_plan.sheet, import_plan.rejected_count)
    return MemberImportService(db, actor, today).import_members(
        import_plan.rows, import_plan.options.policy, source, progress, cancelled)


def summary(import_plan: ImportPlan, outcome: ImportOutcome | None, translate: Translate | None = None) -> dict[str, Any]:
    """The JSON summary of the command line (and of the wizard's log): counts, then every rejected
    cell as {row, column, value, reason} with the row numbers Excel shows."""
    dry = outcome is None
    return {
        "file": import_plan.file_name, "sheet": import_plan.sheet, "header_row": import_plan.header_row,
        "dry_run": dry,
        "imported": import_plan.new if dry else outcome.created,
        "updated": import_plan.updates if dry else outcome.updated,
        "skipped_duplicates": import_plan.unchanged if dry else outcome.skipped + import_plan.unchanged,
        "rejected_rows": import_plan.rejected_count,
        "warned_rows": import_plan.warned_rows,
        "skipped_rows": len(import_plan.skipped),
        "rejected": [p.as_json(translate) for p in import_plan.rejected],
        "warnings": [p.as_json(translate) for p in import_plan.warnings],
        "skipped": [s.as_json(translate) for s in import_plan.skipped],
        "possible_duplicates": [{"row": d.row, **({"sheet": d.sheet} if d.sheet else {}), "name": d.name,
                                 "birth_date": d.birth_date.isoformat(), "other": d.other,
                                 "registered": d.registered} for d in import_plan.possible_duplicates],
        "batch_id": None if dry else outcome.batch_id,
        "mapping": {import_plan.headers[i] if i < len(import_plan.headers) else str(i): f
                    for i, f in sorted(import_plan.mapping.items())},
    }


REASON_HEADER = QT_TRANSLATE_NOOP("Import", "Why the row was not imported")
WARNINGS_SHEET = QT_TRANSLATE_NOOP("Import", "Warnings")
WARNING_HEADERS = (QT_TRANSLATE_NOOP("Import", "Row"), QT_TRANSLATE_NOOP("Import", "Column"),
                   QT_TRANSLATE_NOOP("Import", "Value in the file"), QT_TRANSLATE_NOOP("Import", "What was done"))
SHEET_HEADER = QT_TRANSLATE_NOOP("Import", "Sheet")


def write_rejects(import_plan: ImportPlan, path: str | Path, translate: Translate | None = None) -> int:
    """The rejected rows as an .xlsx: the original header and cells plus a reason column, to fix and
    import again (one sheet per source sheet); then a sheet listing every warning (row, column,
    value, what was done), so the cadre can check the imported members later. Returns the number of
    rejected rows written."""
    reasons: dict[tuple[str, int], list[str]] = {}
    for problem in import_plan.rejected:
        reasons.setdefault((problem.sheet, problem.row), []).append(
            f"{problem.column}: {problem.reason.render(translate)}")
    with_sheets = any(p.sheet for p in import_plan.rejected + import_plan.warnings)
    target = Path(path)
    partial = target.with_name(target.name + ".part")  # a full disk never leaves half a file under the name
    try:
        _write_rejects_book(import_plan, partial, reasons, with_sheets, translate)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return len(import_plan.rejected_rows)


def _write_rejects_book(import_plan: ImportPlan, path: Path, reasons: dict, with_sheets: bool,
                        translate: Translate | None) -> None:
    with XlsxBook(path) as book:
        # A sheet of rejected rows per source sheet; none when only warnings are saved.
        sources = sorted({sheet for sheet, _ in import_plan.rejected_rows}) or ([] if import_plan.warnings else [""])
        for source in sources:
            headers = import_plan.sheet_headers.get(source, import_plan.headers) if source else import_plan.headers
            keys = sorted(k for k in import_plan.rejected_rows if k[0] == source)
            width = max([len(headers), *(len(import_plan.rejected_rows[k]) for k in keys)], default=0)
            sheet = book.sheet(source or import_plan.sheet or "Sheet1")
            sheet.append(list(headers) + [""] * (width - len(headers)) + [REASON_HEADER.render(translate)], bold=True)
            for key in keys:
                cells = list(import_plan.rejected_rows[key])
                sheet.append(cells + [None] * (width - len(cells)) + ["；".join(reasons.get(key, []))])
        if import_plan.warnings:
            warnings = book.sheet(WARNINGS_SHEET.render(translate))
            titles = [m.render(translate) for m in WARNING_HEADERS]
            warnings.append(([SHEET_HEADER.render(translate)] if with_sheets else []) + titles, bold=True)
            for problem in import_plan.warnings:
                cells = [problem.row, problem.column, problem.value, problem.reason.render(translate)]
                warnings.append(([problem.sheet] if with_sheets else []) + cells)


TEMPLATE_FIELDS = ("name", "gender", "birth_date", "ethnicity", "id_number", "mobile", "education",
                   "political_status", "skill_level", "employment_status", "household_type", "department",
                   "team", "post", "hire_date", "join_date", "work_unit", "native_place", "remarks")
TEMPLATE_SHEET = QT_TRANSLATE_NOOP("Import", "Members")


def write_template(path: str | Path, translate: Translate | None = None) -> list[str]:
    """An empty roster with the column names the importer reads best (ID number and phone
    formatted as text, so that Excel keeps every digit); returns the headers written."""
    from desktop.exchange.shared.headers import usual_header

    headers = [usual_header(f) for f in TEMPLATE_FIELDS]
    with XlsxBook(path) as book:
        sheet = book.sheet(TEMPLATE_SHEET.render(translate), [10] * len(headers))
        sheet.text_columns(book, [TEMPLATE_FIELDS.index("id_number"), TEMPLATE_FIELDS.index("mobile")])
        sheet.append(headers, bold=True)
        sheet.freeze_rows(1)
    return headers


def field_label(name: str, translate: Translate | None = None) -> str:
    label = FIELD_LABELS.get(name)
    return label.render(translate) if label else name


__all__ = ["ALL_SHEETS", "LoadedSheet", "load", "load_all", "plan_all", "mapping_for", "plan", "remember_mapping", "run", "summary",
           "text_of", "write_rejects", "write_template", "field_label"]
