"""The dues list as a file may show it, for one acting user (FUNDS_READ), and the record of its
export (the list names people and money). desktop.exchange.dues.export formats the rows."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

from desktop.domain.accounts.actor import Actor
from desktop.domain.audit import recorder
from desktop.domain.dues.queries import DuesFilter, DuesQueries, DuesRow
from desktop.domain.money import from_fen
from desktop.store.database import Database


def period_title(flt: DuesFilter) -> str:
    """"2026-05", or "2026-01—2026-12" for a range: the sheet's name and the period recorded."""
    return f"{flt.first}" if flt.first == flt.last else f"{flt.first}—{flt.last}"


class DuesExports:
    def __init__(self, db: Database, actor: Actor):
        self._queries = DuesQueries(db, actor)  # refuses roles without FUNDS_READ
        self._db = db
        self._actor = actor

    def rows(self, flt: DuesFilter, sort: str = "department") -> list[DuesRow]:
        return self._queries.rows(flt, sort=sort)

    def record_export(self, flt: DuesFilter, path: str, rows: Sequence[DuesRow],
                      put_in_place: Callable[[], None] | None = None) -> None:
        """Record the export with its totals (exact fen, as the file's total row); `put_in_place` runs
        in the same transaction."""
        owed = from_fen(sum(r.owed_fen for r in rows))
        paid = from_fen(sum(r.paid_fen for r in rows))
        recorder.record_file(self._db, self._actor, "dues_export", "dues_list", None, {
            "file": str(Path(path)), "period": period_title(flt), "members": len(rows),
            "owed": str(owed), "paid": str(paid)}, put_in_place)
