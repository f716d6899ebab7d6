"""What an aid-case export may contain, decided for one acting user, and its record in the audit
trail. The case list comes as the aid queries give it (AID_READ); the sensitive columns (ID number,
bank card, health, disability, income figures) only for AID_SENSITIVE, and the choice is recorded
with the export. desktop.exchange.aid.export formats these rows into a workbook."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Callable, Sequence

from sqlalchemy import select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.aid.entities import AidCase
from desktop.domain.aid.queries import AidQueries, CaseFilter, CaseRow
from desktop.domain.audit import recorder
from desktop.domain.members.entities import Member
from desktop.store.database import Database


@dataclass(frozen=True)
class SensitiveValues:
    """A case's unmasked sensitive fields, as codes (the export labels them in its language)."""

    id_number: str
    bank_card_no: str
    health: str
    health_detail: str
    disability_type: str
    disability_grade: str
    yearly_income: Decimal | None
    rigid_spending: Decimal | None


@dataclass(frozen=True)
class ExportRow:
    case: CaseRow
    sensitive: SensitiveValues | None  # None unless the sensitive columns were chosen (and allowed)


class AidExports:
    def __init__(self, db: Database, actor: Actor):
        self._queries = AidQueries(db, actor)  # refuses roles without AID_READ
        self._db = db
        self._actor = actor

    def rows(self, flt: CaseFilter, sensitive: bool = False) -> list[ExportRow]:
        """The cases the filter lets through; `sensitive` needs AID_SENSITIVE."""
        if sensitive:
            self._actor.require(Permission.AID_SENSITIVE)
        cases = self._queries.rows(flt)
        secret = self._sensitive_values([c.id for c in cases]) if sensitive and cases else {}
        empty = SensitiveValues("", "", "", "", "", "", None, None)
        return [ExportRow(c, secret.get(c.id, empty) if sensitive else None) for c in cases]

    def _sensitive_values(self, case_ids: Sequence[int]) -> dict[int, SensitiveValues]:
        with self._db.session() as session:
            return {case.id: SensitiveValues(id_number or "", case.bank_card_no, case.health, case.health_detail,
                                             case.disability_type, case.disability_grade, case.yearly_income,
                                             case.rigid_spending)
                    for case, id_number in session.execute(select(AidCase, Member.id_number).join(
                        Member, Member.id == AidCase.member_id).where(AidCase.id.in_(case_ids)))}

    def record_export(self, rows: int, path: str, sensitive: bool,
                      put_in_place: Callable[[], None] | None = None) -> None:
        """Record the export (with the choice of sensitive columns); `put_in_place` (moving the
        written file to its name) runs in the same transaction: the file is there if and only if
        the trail says so."""
        with self._db.transaction() as session:
            recorder.record(session, self._actor, "aid_export", "aid_case", None, {
                "file": [None, Path(path).name], "records": [None, rows], "sensitive_columns": [None, sensitive]})
            if put_in_place is not None:
                put_in_place()
