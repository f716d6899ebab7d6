"""Which automatic backups to keep: the newest few, then one per day, per week and per month
("grandfather-father-son"). Backups a person asked for, and the copies made before a restore or a
schema upgrade, are never deleted by rotation: they are rare and each is somebody's way back.

Pure functions over (created, reason) values, so the rules are tested without files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Iterable, TypeVar

# Reasons whose backups rotation never deletes.
PROTECTED_REASONS = frozenset({"manual", "before-restore", "migration"})


@dataclass(frozen=True)
class RetentionPolicy:
    keep_daily: int = 7      # the newest backup of each of the last N days that have one
    keep_weekly: int = 4     # … of each of the last N calendar weeks
    keep_monthly: int = 12   # … of each of the last N months
    # The newest N whatever their day: this morning's state survives this afternoon's backups, so a
    # mistake made today can still be undone today.
    keep_last: int = 5

    def __post_init__(self) -> None:
        for name in ("keep_daily", "keep_weekly", "keep_monthly", "keep_last"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")


T = TypeVar("T")


def to_keep(backups: Iterable[T], policy: RetentionPolicy, created: Callable[[T], dt.datetime],
            reason: Callable[[T], str]) -> set[int]:
    """Indices (in the order given) of the backups to keep; the rest may be deleted.

    The newest backup is always kept, whatever the policy says."""
    items = list(backups)
    order = sorted(range(len(items)), key=lambda i: created(items[i]), reverse=True)
    keep = set(order[:max(policy.keep_last, 1)])
    keep |= {i for i in order if reason(items[i]) in PROTECTED_REASONS}
    periods: tuple[tuple[Callable[[dt.datetime], tuple], int], ...] = (
        (lambda t: (t.year, t.month, t.day), policy.keep_daily),
        (lambda t: tuple(t.isocalendar()[:2]), policy.keep_weekly),
        (lambda t: (t.year, t.month), policy.keep_monthly),
    )
    automatic = [i for i in order if reason(items[i]) not in PROTECTED_REASONS]
    for period_of, count in periods:
        seen: set[tuple] = set()
        for i in automatic:
            period = period_of(created(items[i]))
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.add(period)
            keep.add(i)  # the newest backup of a period not yet represented
    return keep
