"""What an export to the parent union's template or the printed yearly report may carry, decided
here, and the record of each in the audit trail BEFORE the file is in place. The figures are counts
and amounts only: no name, ID number or phone of a member leaves through them (the signers' names
and phone are the cadre's own, typed for the form).

desktop/exchange/statistics/export.py and desktop/documents/statistics/report.py only format these
values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit import recorder
from desktop.domain.overview.charts import Bar
from desktop.domain.statistics.inputs import Signers
from desktop.domain.statistics.queries import BODIES, Report
from desktop.messages import QT_TRANSLATE_NOOP, Translate
from desktop.store.database import Database

ZERO = Decimal("0.00")


def template_values(report: Report, signers: Signers, today: dt.date) -> dict[str, object]:
    """Every value a statistical template profile may name, by placeholder: numbers stay numbers
    (a cell that is only "{members}" becomes a number cell), unknown ones are None (an empty cell)."""
    settings = report.settings
    values: dict[str, object] = dict(report.members)
    values.update(report.movements)
    values.update({key: report.body(key) for key in BODIES})
    values.update({
        "union": report.union_name, "as_of": report.as_of.isoformat(), "today": today.isoformat(),
        "preparer": signers.preparer, "reviewer": signers.reviewer, "phone": signers.phone,
        "workforce": report.workforce, "rate": report.membership_rate or None,
        "women_workforce": settings.women_workforce if settings else None,
        "migrant_workforce": settings.migrant_workforce if settings else None,
        "start_members": report.start_members,
        "activities": sum(a.activities for a in report.activities),
        "attendances": sum(a.attendances for a in report.activities),
        "aid_households": None if report.aid is None else sum(a.households for a in report.aid),
        "aid_amount": None if report.aid is None else sum((a.amount for a in report.aid), ZERO),
        "dues_collected": report.dues_collected,
    })
    if report.funds is not None:
        top = [f for f in report.funds if f.parent is None]
        values["funds_income"] = sum((f.amount for f in top if f.kind == "income"), ZERO)
        values["funds_spending"] = sum((f.amount for f in top if f.kind == "spending"), ZERO)
        values.update({f"fund_{f.code}": f.amount for f in report.funds})
    else:
        values.update({"funds_income": None, "funds_spending": None})
    return values


class StatisticsRecords:
    """The audit records of statistics leaving the program (one per file)."""

    def __init__(self, db: Database, actor: Actor):
        actor.require(Permission.MEMBERS_READ)
        self._db = db
        self._actor = actor

    def record(self, action: str, as_of: dt.date, path: str, what: str,
               put_in_place: Callable[[], None] | None = None) -> None:
        """`action` is stats_export or stats_print; `put_in_place` (moving the written file to its
        name) runs inside the same transaction, so the file is there if and only if the trail says so."""
        with self._db.transaction() as session:
            recorder.record(session, self._actor, action, "statistics", None,
                            {"as_of": [None, as_of.isoformat()], "profile": [None, what], "path": [None, path]})
            if put_in_place is not None:
                put_in_place()


# -- the printed yearly report ---------------------------------------------------------------------

@dataclass(frozen=True)
class PrintedLine:
    section: str
    label: str
    value: str
    earlier: str
    change: str
    how: str


@dataclass(frozen=True)
class ReportChart:
    title: str
    series: tuple[str, ...]
    bars: tuple[Bar, ...]
    money: bool = False


@dataclass(frozen=True)
class PrintedReport:
    """Everything the yearly report prints, as text in the reader's language."""

    union_name: str
    title: str
    as_of: str
    earlier_as_of: str
    sections: tuple[tuple[str, str], ...]            # (key, title)
    lines: tuple[PrintedLine, ...]
    checks: tuple[tuple[bool, str], ...]
    charts: tuple[ReportChart, ...]
    activities: tuple[tuple[str, str, str, str], ...]   # date, title, type, attendances
    preparer: str = ""
    reviewer: str = ""
    phone: str = ""


def change_text(now: str, before: str) -> str:
    """"+3" / "-2" between two whole numbers; nothing for amounts and sentences."""
    if now.isdigit() and before.isdigit():
        difference = int(now) - int(before)
        return f"+{difference}" if difference > 0 else (f"-{-difference}" if difference < 0 else "0")
    return ""


def _text(value, translate: Translate) -> str:
    return value if isinstance(value, str) else value.render(translate)


def printed_lines(report: Report, earlier: Report, language: str, translate: Translate) -> tuple[PrintedLine, ...]:
    from desktop.domain.statistics.lines import report_lines

    before = {line.key: _text(line.value, translate) for line in report_lines(earlier, language)}
    found = []
    for line in report_lines(report, language):
        value, was = _text(line.value, translate), before.get(line.key, "")
        found.append(PrintedLine(line.section, _text(line.label, translate), value, was, change_text(value, was),
                                 _text(line.how, translate)))
    return tuple(found)


def report_charts(db: Database, actor: Actor, as_of: dt.date, language: str,
                  translate: Translate) -> tuple[ReportChart, ...]:
    """The home pane's charts for the report's day: members by age and gender (counted as the report
    counts them), dues by month and budget against spending of the report's year."""
    from desktop.domain.overview.charts import budget_against_actual, dues_by_month
    from desktop.domain.statistics.queries import StatisticsQueries
    from desktop.domain.statistics.rules import member_figure

    counts = StatisticsQueries(db, actor).age_and_gender(as_of)
    bars = tuple(Bar(member_figure(key).label.render(translate), values) for key, values in counts.items())
    charts = [ReportChart(QT_TRANSLATE_NOOP("HomeCharts", "Members by age and gender").render(translate),
                          (QT_TRANSLATE_NOOP("HomeCharts", "Men").render(translate),
                           QT_TRANSLATE_NOOP("HomeCharts", "Women").render(translate)), bars)]
    if actor.can(Permission.FUNDS_READ):
        for chart in (dues_by_month(db, actor, as_of), budget_against_actual(db, actor, as_of, language)):
            if chart.bars:
                charts.append(ReportChart(chart.title.render(translate),
                                          tuple(s.render(translate) for s in chart.series), chart.bars, chart.money))
    return tuple(charts)


def printed_report(db: Database, actor: Actor, as_of: dt.date, signers: Signers, language: str,
                   translate: Translate) -> PrintedReport:
    from desktop.domain.statistics.lines import SECTIONS
    from desktop.domain.statistics.queries import StatisticsQueries
    from desktop.domain.statistics.rules import a_year_earlier

    queries = StatisticsQueries(db, actor)
    report, earlier = queries.report(as_of), queries.report(a_year_earlier(as_of))
    activities = tuple((a.starts_on.isoformat(), a.title, a.type_zh if language.startswith("zh") else a.type_en,
                        str(a.attendances)) for a in report.year_activities)
    title = QT_TRANSLATE_NOOP("Statistics", "Yearly figures of the union, {year}").format(
        year=as_of.year).render(translate)
    return PrintedReport(
        report.union_name, title, as_of.isoformat(), earlier.as_of.isoformat(),
        tuple((key, message.render(translate)) for key, message in SECTIONS.items()),
        printed_lines(report, earlier, language, translate),
        tuple((c.passed, c.text.render(translate)) for c in report.checks),
        report_charts(db, actor, as_of, language, translate), activities,
        signers.preparer, signers.reviewer, signers.phone)
