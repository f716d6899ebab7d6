"""From the member register to paper: which member fields a roster can show (with their Chinese
captions and widths), and the functions that turn members read for paper into the plain data the
documents take. The reading itself — masking, the right to print full ID numbers, the audit
record — is desktop.domain.members.paper; the GUI and the command line both come through here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Sequence

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.service import union_profile
from desktop.domain.codes import code_table
from desktop.domain.members.lifecycle import EventType, Status
from desktop.domain.members.paper import PRINT, details_for_paper, rows_for_paper
from desktop.domain.members.queries import MemberDetail, MemberFilter, MemberRow, SortOrder
from desktop.documents.members.registration import HistoryLine, RegistrationForms, RegistrationRecord
from desktop.documents.members.roster import Roster, RosterColumn
from desktop.documents.members.signin import SignInEntry, SignInSheet
from desktop.documents.shared.text import chinese_date

if TYPE_CHECKING:  # the open database is handed through to the domain, never used here
    from desktop.store.database import Database

ZH = "zh_CN"  # these are Chinese papers whatever the interface language

STATUS_ZH = {Status.ACTIVE: "在册", Status.RETAINED: "保留会籍", Status.TRANSFERRED_OUT: "已转出",
             Status.EXPELLED: "已除名", Status.WITHDRAWN: "已退会"}
EVENT_ZH = {EventType.JOIN: "入会", EventType.TRANSFER_IN: "转入", EventType.RETAIN: "保留会籍",
            EventType.TRANSFER_OUT: "转出", EventType.EXPEL: "除名", EventType.WITHDRAW: "退会",
            EventType.REINSTATE: "恢复会籍"}


@dataclass(frozen=True)
class RosterField:
    key: str                                  # MemberRow attribute
    caption: str                              # column heading on paper
    width_mm: float
    text: Callable[[MemberRow], str]
    align: str = "left"
    nowrap: bool = False


def _text(key: str) -> Callable[[MemberRow], str]:
    return lambda row: getattr(row, key) or ""


def _code(table: str, key: str) -> Callable[[MemberRow], str]:
    return lambda row: code_table(table).label(getattr(row, key), ZH)


def _date(key: str) -> Callable[[MemberRow], str]:
    return lambda row: chinese_date(getattr(row, key))


def _birth(row: MemberRow) -> str:
    """The birth date, or "1985年" where the ID number is masked (docs/domain.md, Masking)."""
    return chinese_date(row.birth_date) or (f"{row.birth_year}年" if row.birth_year else "")


ROSTER_FIELDS: dict[str, RosterField] = {f.key: f for f in (
    RosterField("name", "姓名", 20, _text("name")),
    RosterField("gender", "性别", 10, _code("gender", "gender"), "center", nowrap=True),
    RosterField("birth_date", "出生日期", 24, _birth, nowrap=True),
    RosterField("ethnicity", "民族", 14, _code("ethnicity", "ethnicity")),
    RosterField("department", "部门", 26, _text("department")),
    RosterField("team", "班组", 22, _text("team")),
    RosterField("post", "岗位", 22, _text("post")),
    RosterField("mobile", "手机号码", 24, _text("mobile"), nowrap=True),
    RosterField("id_number", "身份证号码", 38, _text("id_number"), nowrap=True),
    RosterField("join_date", "入会时间", 24, _date("join_date"), nowrap=True),
    RosterField("status", "会籍状态", 16, lambda row: STATUS_ZH[row.status]),
    RosterField("card_no", "会员卡号", 36, _text("card_no"), nowrap=True),
    RosterField("member_no", "会员编号", 22, _text("member_no"), nowrap=True),
    RosterField("education", "学历", 20, _code("education", "education")),
    RosterField("political_status", "政治面貌", 20, _code("political_status", "political_status")),
    RosterField("employment_status", "就业状况", 16, _code("employment_status", "employment_status")),
    RosterField("is_migrant_worker", "农民工", 12, lambda row: "是" if row.is_migrant_worker else "否", "center",
                nowrap=True),
)}

# A sensible default that fits A4 portrait (176 mm with 序号); more columns turn the page.
DEFAULT_ROSTER_COLUMNS = ("name", "gender", "birth_date", "department", "mobile", "id_number", "join_date")


@dataclass(frozen=True)
class RosterRequest:
    """What the user chose in the roster dialog or on the command line."""

    member_filter: MemberFilter = MemberFilter()
    ids: tuple[int, ...] | None = None            # instead of the filter: these members, in order
    columns: tuple[str, ...] = DEFAULT_ROSTER_COLUMNS
    full_ids: bool = False
    signature_column: bool = False
    note: str = ""                                # printed under the title: which members these are
    order: SortOrder = SortOrder()
    orientation: str = "auto"                     # "auto", "portrait" or "landscape"


def union_name(db: Database) -> str:
    profile = union_profile(db)
    return profile.union_name if profile else ""


def roster_from_rows(rows: Sequence[MemberRow], request: RosterRequest, name: str,
                     today: dt.date | None = None) -> Roster:
    unknown = [key for key in request.columns if key not in ROSTER_FIELDS]
    if unknown:
        raise KeyError(f"unknown roster columns: {', '.join(unknown)}")
    fields = [ROSTER_FIELDS[key] for key in request.columns]
    return Roster(
        union_name=name,
        columns=tuple(RosterColumn(f.caption, f.width_mm, f.align, f.nowrap) for f in fields),
        rows=tuple(tuple(f.text(row) for f in fields) for row in rows),
        as_of=today or dt.date.today(),
        signature_column=request.signature_column,
        masked_ids=not request.full_ids and "id_number" in request.columns,
        note=request.note,
        orientation=request.orientation,
    )


def build_roster(db: Database, actor: Actor, request: RosterRequest, purpose: str = PRINT,
                 today: dt.date | None = None) -> Roster:
    """The roster for the members a filter (or a selection) gives, as this user may print it."""
    full = request.full_ids and "id_number" in request.columns
    rows = rows_for_paper(db, actor, request.member_filter, request.ids, full_ids=full, document="roster",
                          purpose=purpose, order=request.order)
    return roster_from_rows(rows, request, union_name(db), today)


def build_signin(db: Database, actor: Actor, member_filter: MemberFilter | None = None,
                 ids: Sequence[int] | None = None, *, title: str = "签到表", date: dt.date | None = None,
                 place: str = "", blank_rows: int = 0, meeting: str = "", time: str = "") -> SignInSheet:
    """A sign-in sheet for these members (none when both filter and ids are None) plus blank rows."""
    entries: tuple[SignInEntry, ...] = ()
    if member_filter is not None or ids is not None:
        rows = rows_for_paper(db, actor, member_filter, ids, document="signin")
        entries = tuple(SignInEntry(r.name, r.department or "") for r in rows)
    return SignInSheet(union_name(db), title, date, place, entries, blank_rows, meeting, time)


def registration_record(detail: MemberDetail) -> RegistrationRecord:
    d = detail.data

    def label(table: str, code: str | None) -> str:
        return code_table(table).label(code, ZH)

    return RegistrationRecord(
        name=d.name, gender=label("gender", d.gender),
        birth_date=d.birth_date or (f"{detail.birth_year}年" if detail.birth_year else None),
        ethnicity=label("ethnicity", d.ethnicity), political_status=label("political_status", d.political_status),
        education=label("education", d.education), skill_level=label("skill_level", d.skill_level),
        native_place=d.native_place, migrant_worker="是" if d.is_migrant_worker else "否",
        id_type=label("id_type", d.id_type), id_number=d.id_number, mobile=d.mobile,
        household_type=label("household_type", d.household_type), household_place=d.household_place,
        work_unit=d.work_unit, department=d.department, team=d.team, post=d.post,
        employment_status=label("employment_status", d.employment_status), hire_date=d.hire_date,
        join_date=d.join_date, status=STATUS_ZH[detail.status], card_no=d.card_no, member_no=d.member_no,
        remarks=d.remarks,
        history=tuple(HistoryLine(e.event_date, EVENT_ZH.get(e.event_type, str(e.event_type)),
                                  label("membership_change_reason", e.reason), e.approver)
                      for e in detail.history),
    )


def build_registration(db: Database, actor: Actor, ids: Sequence[int], *, full_ids: bool = False,
                       purpose: str = PRINT, today: dt.date | None = None) -> RegistrationForms:
    details = details_for_paper(db, actor, ids, full_ids=full_ids, purpose=purpose)
    return RegistrationForms(union_name(db), tuple(registration_record(d) for d in details),
                             today or dt.date.today())
