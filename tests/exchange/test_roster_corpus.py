"""The roster corpus (tests/fixtures/rosters/, built by build.py there, several files written by
LibreOffice): each roster imports exactly as its .expected.json says — which members come in with
which values, which rows are rejected for which kind of reason, every warning, every skipped row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.members.entities import Member
from desktop.domain.members.queries import member_input_of
from desktop.exchange.members import importing
from desktop.exchange.members.import_plan import ImportOptions
from tests.exchange.conftest import TODAY

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "rosters"
ROSTERS = sorted(p.name[:-len(".expected.json")] for p in CORPUS.glob("*.expected.json"))


def test_the_corpus_has_the_shapes_unions_keep():
    assert len(ROSTERS) >= 12
    assert {Path(r).suffix for r in ROSTERS} >= {".xlsx", ".xls", ".csv", ".txt"}
    assert sum(r.startswith("libreoffice_") for r in ROSTERS) >= 3


@pytest.mark.parametrize("roster", ROSTERS)
def test_each_roster_imports_as_expected(db, roster):
    expected = json.loads((CORPUS / f"{roster}.expected.json").read_text(encoding="utf-8"))
    if expected.get("sheet") == "all":    # a workbook with a sheet per department: all of them at once
        sheets = importing.load_all(CORPUS / roster)
        plan = importing.plan_all(db, LOCAL_ADMIN, sheets, [importing.mapping_for(s.headers, None) for s in sheets],
                                  ImportOptions(), TODAY)
    else:
        loaded = importing.load(CORPUS / roster)
        plan = importing.plan(db, LOCAL_ADMIN, loaded, importing.mapping_for(loaded.headers, None), ImportOptions(),
                              TODAY)

    def where(problem):
        return f"{problem.sheet}!{problem.row}" if problem.sheet else problem.row

    assert sorted([where(p), p.kind] for p in plan.rejected) == sorted(expected["rejected"])
    assert sorted([where(w), w.column, w.kind] for w in plan.warnings) == sorted(expected["warnings"])
    assert [[where(s), s.kind] for s in plan.skipped] == expected["skipped"]
    importing.run(db, LOCAL_ADMIN, plan, today=TODAY)
    with db.session() as session:
        stored = {m.id_number: member_input_of(m).as_dict() for m in session.scalars(select(Member))}
    assert set(stored) == set(expected["members"])
    for number, fields in expected["members"].items():
        for name, value in fields.items():
            got = stored[number][name]
            assert (got.isoformat() if hasattr(got, "isoformat") else got) == value, (number, name)
