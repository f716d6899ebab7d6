"""Demo data of the statistics area: the unit's headcount (职工人数, of whom women and migrant workers)
on the last two 31 Decembers, about one worker in nine not a member, so the demo's 入会率 and its
checks show as a real union's would. Entered through StatisticsService as the demo's chair."""

from __future__ import annotations

import datetime as dt

from desktop.domain.accounts.actor import Actor
from desktop.domain.statistics.inputs import SettingsInput
from desktop.domain.statistics.queries import StatisticsQueries
from desktop.domain.statistics.service import StatisticsService
from desktop.store.database import Database


def fill(db: Database, actor: Actor, seed: int, today: dt.date) -> None:
    service = StatisticsService(db, actor, today)
    queries = StatisticsQueries(db, actor)
    for year in (today.year - 2, today.year - 1):
        day = dt.date(year, 12, 31)
        counts = queries.member_counts(day)
        if not counts["members"]:
            continue
        service.save_settings(SettingsInput(
            day, workforce=counts["members"] * 9 // 8 + seed % 7, women_workforce=counts["women"] * 9 // 8,
            migrant_workforce=counts["migrant"] * 9 // 8, note="演示数据"))
