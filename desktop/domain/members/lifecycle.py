"""Membership lifecycle (会籍): "一次入会、动态接转".

Every event is kept in an append-only history; a member's status is derived from it, never typed.
This module is pure: it knows the event kinds, which event may follow which status, and how a
history folds into a status.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Iterable

from desktop.messages import QT_TRANSLATE_NOOP, Message


class Status(StrEnum):
    ACTIVE = "active"                # 在册
    RETAINED = "retained"            # 保留会籍: no dues, cannot vote or stand
    TRANSFERRED_OUT = "transferred_out"  # 已转出
    EXPELLED = "expelled"            # 已除名
    WITHDRAWN = "withdrawn"          # 已退会


class EventType(StrEnum):
    JOIN = "join"                    # 入会 (national code 1)
    TRANSFER_IN = "transfer_in"      # 转入 (2)
    RETAIN = "retain"                # 保留 (3)
    TRANSFER_OUT = "transfer_out"    # 转出 (4)
    EXPEL = "expel"                  # 除名 (5)
    WITHDRAW = "withdraw"            # 退会 (6)
    REINSTATE = "reinstate"          # 恢复会籍 after retention (local; no national code)


# 会籍变化类型 codes of the real-name template, for export.
NATIONAL_CODES = {
    EventType.JOIN: "1", EventType.TRANSFER_IN: "2", EventType.RETAIN: "3",
    EventType.TRANSFER_OUT: "4", EventType.EXPEL: "5", EventType.WITHDRAW: "6",
}

STATUS_LABELS: dict[Status, Message] = {
    Status.ACTIVE: QT_TRANSLATE_NOOP("Lifecycle", "Active"),
    Status.RETAINED: QT_TRANSLATE_NOOP("Lifecycle", "Retained"),
    Status.TRANSFERRED_OUT: QT_TRANSLATE_NOOP("Lifecycle", "Transferred out"),
    Status.EXPELLED: QT_TRANSLATE_NOOP("Lifecycle", "Expelled"),
    Status.WITHDRAWN: QT_TRANSLATE_NOOP("Lifecycle", "Withdrawn"),
}

# Events have their own context: "Transferred out" is 已转出 as a status but 转出 as an event.
EVENT_LABELS: dict[EventType, Message] = {
    EventType.JOIN: QT_TRANSLATE_NOOP("LifecycleEvent", "Joined"),
    EventType.TRANSFER_IN: QT_TRANSLATE_NOOP("LifecycleEvent", "Transferred in"),
    EventType.RETAIN: QT_TRANSLATE_NOOP("LifecycleEvent", "Membership retained"),
    EventType.TRANSFER_OUT: QT_TRANSLATE_NOOP("LifecycleEvent", "Transferred out"),
    EventType.EXPEL: QT_TRANSLATE_NOOP("LifecycleEvent", "Expelled"),
    EventType.WITHDRAW: QT_TRANSLATE_NOOP("LifecycleEvent", "Withdrew"),
    EventType.REINSTATE: QT_TRANSLATE_NOOP("LifecycleEvent", "Membership reinstated"),
}

_RESULT = {
    EventType.JOIN: Status.ACTIVE,
    EventType.TRANSFER_IN: Status.ACTIVE,
    EventType.REINSTATE: Status.ACTIVE,
    EventType.RETAIN: Status.RETAINED,
    EventType.TRANSFER_OUT: Status.TRANSFERRED_OUT,
    EventType.EXPEL: Status.EXPELLED,
    EventType.WITHDRAW: Status.WITHDRAWN,
}

_LEFT = (Status.TRANSFERRED_OUT, Status.EXPELLED, Status.WITHDRAWN)

# Which events may follow a status. None = a member with no history yet.
_ALLOWED: dict[Status | None, tuple[EventType, ...]] = {
    None: (EventType.JOIN, EventType.TRANSFER_IN),
    Status.ACTIVE: (EventType.RETAIN, EventType.TRANSFER_OUT, EventType.WITHDRAW, EventType.EXPEL),
    Status.RETAINED: (EventType.REINSTATE, EventType.TRANSFER_OUT, EventType.WITHDRAW, EventType.EXPEL),
    **{s: (EventType.JOIN, EventType.TRANSFER_IN) for s in _LEFT},  # rejoining
}


@dataclass(frozen=True)
class HistoryEvent:
    """One entry of a member's membership history, as a plain value."""

    event_type: EventType
    event_date: dt.date | None      # None: joined, date unknown (imported without 入会时间)
    reason: str | None = None     # 会籍变化原因 code
    approver: str = ""
    note: str = ""
    recorded_by: str = ""
    recorded_at: dt.datetime | None = None


def allowed_events(status: Status | None) -> tuple[EventType, ...]:
    return _ALLOWED[status]


def derive_status(events: Iterable[HistoryEvent]) -> Status | None:
    """The status a history leads to; None for an empty history. Events in recorded order."""
    status = None
    for event in events:
        status = _RESULT[event.event_type]
    return status


def can_vote(status: Status | None) -> bool:
    """Retained members keep membership but may not vote or stand (DOMAIN.md)."""
    return status == Status.ACTIVE


def check_next_event(
    history: list[HistoryEvent], event_type: EventType, event_date: dt.date, today: dt.date
) -> Message | None:
    """Why `event_type` on `event_date` may not be appended to `history`, or None if it may."""
    status = derive_status(history)
    if event_type not in allowed_events(status):
        return QT_TRANSLATE_NOOP(
            "Lifecycle", "“{event}” cannot be recorded for a member whose status is “{status}”."
        ).format(event=EVENT_LABELS[event_type], status=STATUS_LABELS[status] if status else "—")
    if event_date > today:
        return QT_TRANSLATE_NOOP("Lifecycle", "The date {date} is in the future.").format(
            date=event_date.isoformat())
    if history and history[-1].event_date is not None and event_date < history[-1].event_date:
        return QT_TRANSLATE_NOOP(
            "Lifecycle", "The date must not be earlier than the last event in the history ({date})."
        ).format(date=history[-1].event_date.isoformat())
    return None
