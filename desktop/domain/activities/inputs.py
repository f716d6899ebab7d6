"""Plain values of the activities area: what a person types (inputs) and the words for its codes.

The service checks inputs the same way whichever screen (or the command line) filled them in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal
from enum import StrEnum

from desktop.messages import QT_TRANSLATE_NOOP, Message


class ActivityStatus(StrEnum):
    PLANNED = "planned"        # 计划中
    RUNNING = "running"        # 进行中
    FINISHED = "finished"      # 已结束
    CANCELLED = "cancelled"    # 已取消


STATUS_LABELS: dict[ActivityStatus, Message] = {
    ActivityStatus.PLANNED: QT_TRANSLATE_NOOP("ActivityStatus", "Planned"),
    ActivityStatus.RUNNING: QT_TRANSLATE_NOOP("ActivityStatus", "In progress"),
    ActivityStatus.FINISHED: QT_TRANSLATE_NOOP("ActivityStatus", "Finished"),
    ActivityStatus.CANCELLED: QT_TRANSLATE_NOOP("ActivityStatus", "Cancelled"),
}
STATUS_ZH = {ActivityStatus.PLANNED: "计划中", ActivityStatus.RUNNING: "进行中",
             ActivityStatus.FINISHED: "已结束", ActivityStatus.CANCELLED: "已取消"}


class ParticipantState(StrEnum):
    SIGNED_UP = "signed_up"    # 已报名
    WAITING = "waiting"        # 候补 (waiting list, in sign-up order)
    CANCELLED = "cancelled"    # 已取消报名


STATE_LABELS: dict[ParticipantState, Message] = {
    ParticipantState.SIGNED_UP: QT_TRANSLATE_NOOP("ParticipantState", "Signed up"),
    ParticipantState.WAITING: QT_TRANSLATE_NOOP("ParticipantState", "Waiting list"),
    ParticipantState.CANCELLED: QT_TRANSLATE_NOOP("ParticipantState", "Cancelled"),
}
STATE_ZH = {ParticipantState.SIGNED_UP: "已报名", ParticipantState.WAITING: "候补",
            ParticipantState.CANCELLED: "已取消"}


class VisitReason(StrEnum):
    BIRTHDAY = "birthday"            # 生日
    WEDDING_BIRTH = "wedding_birth"  # 婚育
    HOSPITAL = "hospital"            # 住院
    FUNERAL = "funeral"              # 丧事
    RETIREMENT = "retirement"        # 退休
    FESTIVAL = "festival"            # 节日


REASON_LABELS: dict[VisitReason, Message] = {
    VisitReason.BIRTHDAY: QT_TRANSLATE_NOOP("VisitReason", "Birthday"),
    VisitReason.WEDDING_BIRTH: QT_TRANSLATE_NOOP("VisitReason", "Wedding or birth"),
    VisitReason.HOSPITAL: QT_TRANSLATE_NOOP("VisitReason", "Hospital stay"),
    VisitReason.FUNERAL: QT_TRANSLATE_NOOP("VisitReason", "Bereavement"),
    VisitReason.RETIREMENT: QT_TRANSLATE_NOOP("VisitReason", "Retirement"),
    VisitReason.FESTIVAL: QT_TRANSLATE_NOOP("VisitReason", "Festival"),
}
REASON_ZH = {VisitReason.BIRTHDAY: "生日", VisitReason.WEDDING_BIRTH: "婚育", VisitReason.HOSPITAL: "住院",
             VisitReason.FUNERAL: "丧事", VisitReason.RETIREMENT: "退休", VisitReason.FESTIVAL: "节日"}

# Codes of the built-in types that some screens treat specially.
COMPETITION = "competition"
CONDOLENCE = "condolence"


@dataclass(frozen=True)
class ActivityInput:
    title: str = ""
    type_code: str = "other"
    starts_on: dt.date | None = None
    start_time: dt.time | None = None
    ends_on: dt.date | None = None
    end_time: dt.time | None = None
    place: str = ""
    organizer: str = ""
    description: str = ""
    budget: Decimal | None = None
    status: ActivityStatus = ActivityStatus.PLANNED
    capacity: int | None = None

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


ACTIVITY_FIELDS = tuple(f.name for f in fields(ActivityInput))


@dataclass(frozen=True)
class ExpenseInput:
    category_code: str = ""
    amount: Decimal | None = None
    spent_on: dt.date | None = None
    invoice_no: str = ""
    payee: str = ""
    note: str = ""


@dataclass(frozen=True)
class ResultInput:
    member_id: int | None = None
    team_name: str = ""
    rank: int | None = None
    score: str = ""
    award: str = ""
    note: str = ""


@dataclass(frozen=True)
class VisitInput:
    member_id: int | None = None
    reason: VisitReason = VisitReason.FESTIVAL
    visited_on: dt.date | None = None
    amount: Decimal = Decimal("0.00")
    gift: str = ""
    note: str = ""
