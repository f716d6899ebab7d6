"""Aid cases as an .xlsx workbook (from the aid pane). Sensitive columns (ID number, bank card,
health, disability, income figures) are left out unless an AID_SENSITIVE user chooses them; every
export, and that choice, is written to the audit trail. Numbers such as IDs are written as text."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.aid import codes, workflow
from desktop.domain.aid.entities import AidCase
from desktop.domain.aid.queries import AidQueries, CaseFilter
from desktop.domain.audit import recorder
from desktop.domain.members.entities import Member
from desktop.exchange.xlsx_writer import XlsxBook, export_file
from desktop.i18n.catalog import translator
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.database import Database

COLUMNS = (
    QT_TRANSLATE_NOOP("AidExport", "Case no."), QT_TRANSLATE_NOOP("AidExport", "Name"),
    QT_TRANSLATE_NOOP("AidExport", "Department"), QT_TRANSLATE_NOOP("AidExport", "Tier"),
    QT_TRANSLATE_NOOP("AidExport", "Last step"), QT_TRANSLATE_NOOP("AidExport", "Status"),
    QT_TRANSLATE_NOOP("AidExport", "Opened"), QT_TRANSLATE_NOOP("AidExport", "Closed"),
    QT_TRANSLATE_NOOP("AidExport", "Household size"), QT_TRANSLATE_NOOP("AidExport", "Aid requested"),
    QT_TRANSLATE_NOOP("AidExport", "Aid granted"), QT_TRANSLATE_NOOP("AidExport", "Paid (yuan)"),
)
SENSITIVE_COLUMNS = (
    QT_TRANSLATE_NOOP("AidExport", "ID number"), QT_TRANSLATE_NOOP("AidExport", "Bank card no."),
    QT_TRANSLATE_NOOP("AidExport", "Health"), QT_TRANSLATE_NOOP("AidExport", "Disability"),
    QT_TRANSLATE_NOOP("AidExport", "Household yearly income"), QT_TRANSLATE_NOOP("AidExport", "Rigid spending"),
)


def export_cases(db: Database, actor: Actor, flt: CaseFilter, path: str | os.PathLike, language: str,
                 sensitive: bool = False) -> int:
    """Write the cases the filter lets through; returns the number of rows. `sensitive` needs
    AID_SENSITIVE. The export is audited with the columns chosen."""
    queries = AidQueries(db, actor)
    if sensitive:
        actor.require(Permission.AID_SENSITIVE)
    rows = queries.rows(flt)
    tr = translator(language)
    header = [c.render(tr) for c in COLUMNS] + ([c.render(tr) for c in SENSITIVE_COLUMNS] if sensitive else [])
    secret = {}
    if sensitive and rows:
        with db.session() as session:
            for case, id_number in session.execute(select(AidCase, Member.id_number).join(
                    Member, Member.id == AidCase.member_id).where(AidCase.id.in_([r.id for r in rows]))):
                disability = " ".join(p for p in (codes.aid_label(codes.DISABILITY_TYPE, case.disability_type, language),
                                                  codes.aid_label(codes.DISABILITY_GRADE, case.disability_grade,
                                                                  language)) if p)
                health = "；".join(p for p in (codes.aid_label(codes.HEALTH, case.health, language),
                                              case.health_detail) if p)
                secret[case.id] = [id_number or "", case.bank_card_no, health, disability,
                                   case.yearly_income, case.rigid_spending]
    lines = []
    for r in rows:
        line = [r.case_no, r.name, r.department, codes.aid_label(codes.TIER, r.tier, language),
                workflow.STEP_LABELS[r.stage].render(tr) if r.stage else "",
                (workflow.OUTCOME_LABELS[r.outcome].render(tr) if r.outcome else
                 QT_TRANSLATE_NOOP("AidExport", "Closed").render(tr)) if r.status == "closed"
                else QT_TRANSLATE_NOOP("AidExport", "Open").render(tr),
                r.opened_on, r.closed_on, r.household_size,
                codes.aid_types_label(r.aid_requested, language), codes.aid_types_label(r.aid_granted, language),
                r.paid_total]
        if sensitive:
            line += secret.get(r.id, [""] * len(SENSITIVE_COLUMNS))
        lines.append(line)

    def write(partial: Path) -> int:
        with XlsxBook(partial) as book:
            sheet = book.sheet(QT_TRANSLATE_NOOP("AidExport", "Aid cases").render(tr))
            sheet.freeze_rows(1)
            sheet.append(header, bold=True)
            for line in lines:
                sheet.append(line)
        return len(lines)

    def record(move) -> None:
        with db.transaction() as session:
            recorder.record(session, actor, "aid_export", "aid_case", None, {
                "file": [None, Path(path).name], "records": [None, len(rows)],
                "sensitive_columns": [None, sensitive]})
            move()

    export_file(path, write, record)
    return len(rows)
