"""Members read for paper (rosters, sign-in sheets, registration forms) and for spreadsheets: the
one place that decides how member data is masked when it leaves the program.

Paper leaves the office, so ID numbers are masked on it unless the user asks for full ones; that
needs Permission.EXPORT_SENSITIVE and is written to the audit trail (which members, what for), in
the same transaction as the read. Where the ID number is masked the birth date shows its year only
(docs/domain.md, Masking). Phones follow the reader's role on paper, as on screen; a spreadsheet
(desktop.exchange.members.export) masks them with the ID number (`masked_record`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Sequence

from sqlalchemy import select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit import recorder
from desktop.domain.errors import UserError
from desktop.domain.id_numbers import mask_id_number
from desktop.domain.members.entities import Member
from desktop.domain.members.queries import (
    MemberDetail, MemberFilter, MemberQueries, MemberRow, SortOrder, masked_detail, masked_row,
)
from desktop.domain.phones import mask_phone
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.database import Database

CHUNK = 5000        # ids per IN (...) query: SQLite takes at most 32 766 parameters
PRINT = "print"     # on paper (the preview, the printer)
EXPORT = "export"   # to a file (Save as PDF, the command line)


def _full_id_numbers(db: Database, actor: Actor, ids: Sequence[int], document: str, purpose: str) -> dict[int, str]:
    """The stored ID numbers of these members; audited as one record."""
    actor.require(Permission.EXPORT_SENSITIVE)
    with db.transaction() as session:
        found: dict[int, str] = {}
        for start in range(0, len(ids), CHUNK):
            chunk = list(ids[start:start + CHUNK])
            found.update(session.execute(select(Member.id, Member.id_number).where(Member.id.in_(chunk))).all())
        recorder.record(session, actor, purpose, "member", None, {
            "document": [None, document], "full_id_numbers": [None, len(found)],
            "member_ids": [None, sorted(found)],
        })
    return found


def rows_for_paper(db: Database, actor: Actor, member_filter: MemberFilter | None = None,
                   ids: Sequence[int] | None = None, *, full_ids: bool = False, document: str = "roster",
                   purpose: str = PRINT, order: SortOrder = SortOrder(),
                   mask_phones: bool = False) -> list[MemberRow]:
    """The rows of the members a filter lets through (or of `ids`, in that order), ready for paper:
    ID numbers masked, or full and audited when `full_ids` (PermissionDenied without the right).
    `mask_phones` masks phones too for readers who may see them (a listing that leaves the program)."""
    queries = MemberQueries(db, actor)
    if ids is None:
        ids = queries.ids(member_filter or MemberFilter(), order)
    by_id: dict[int, MemberRow] = {}
    for start in range(0, len(ids), CHUNK):
        by_id.update(queries.rows(ids[start:start + CHUNK]))
    rows = [by_id[i] for i in ids if i in by_id]
    if full_ids:
        numbers = _full_id_numbers(db, actor, [r.id for r in rows], document, purpose)
        return [replace(r, id_number=numbers.get(r.id, r.id_number)) for r in rows]
    if not queries.masked:
        rows = [masked_row(r, phone=mask_phones) for r in rows]
    return rows


def details_for_paper(db: Database, actor: Actor, ids: Sequence[int], *, full_ids: bool = False,
                      document: str = "registration", purpose: str = PRINT) -> list[MemberDetail]:
    """Whole records (for registration forms), masked or full and audited like `rows_for_paper`."""
    queries = MemberQueries(db, actor)
    details = [d for d in (queries.detail(i) for i in ids) if d is not None]
    if full_ids:
        numbers = _full_id_numbers(db, actor, [d.id for d in details], document, purpose)
        return [replace(d, data=replace(d.data, id_number=numbers.get(d.id, d.data.id_number))) for d in details]
    if not queries.masked:
        details = [masked_detail(d, phone=False) for d in details]
    return details


def record_saved(db: Database, actor: Actor, document: str, member_ids: Sequence[int], path: str) -> None:
    """A paper with full ID numbers was saved to a file: that is an export, recorded as one."""
    with db.transaction() as session:
        recorder.record(session, actor, EXPORT, "member", None, {
            "document": [None, document], "file": [None, Path(path).name],
            "member_ids": [None, sorted(member_ids)],
        })


# -- spreadsheets --------------------------------------------------------------------------------

def require_full_ids_export(actor: Actor, profile_label: str) -> None:
    """A spreadsheet with full ID numbers needs EXPORT_SENSITIVE; the refusal names the export and
    the way out."""
    if not actor.can(Permission.EXPORT_SENSITIVE):
        raise UserError(QT_TRANSLATE_NOOP(
            "Export", "Exporting full ID numbers needs the permission to export sensitive data. The "
            "“{profile}” export always contains them; ask the union chair, or choose the register "
            "export with masked numbers.").format(profile=profile_label))


def masked_record(record: dict) -> dict:
    """A member record for a spreadsheet (desktop.domain.members.export_rows) masked as paper is:
    the ID number as area code and last four, the phone as 138****5678, the birth date as its year
    (the masked ID digits are the birth date: docs/domain.md, Masking). Empty values stay empty."""
    masked = dict(record)
    if record.get("id_number") not in (None, ""):
        masked["id_number"] = mask_id_number(record["id_number"])
    if record.get("mobile") not in (None, ""):
        masked["mobile"] = mask_phone(record["mobile"])
    if isinstance(record.get("birth_date"), dt.date):
        masked["birth_date"] = str(record["birth_date"].year)
    return masked
