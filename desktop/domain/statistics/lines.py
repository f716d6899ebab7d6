"""A report as labelled lines in sections, each with how it was computed: what the pane lists, the
command line prints and the printed report shows. Pure: it only arranges a `Report`."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.members.lifecycle import EVENT_LABELS, EventType
from desktop.domain.money import format_yuan
from desktop.domain.statistics import rules
from desktop.domain.statistics.queries import BODIES, Report
from desktop.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class Line:
    section: str
    key: str                       # a member figure, a movement or a body key opens the members behind it
    label: Message | str
    value: Message | str           # a number, an amount, or a sentence with both
    how: Message | str = ""
    members: bool = False          # the members behind the figure can be listed


SECTIONS: dict[str, Message] = {
    "members": QT_TRANSLATE_NOOP("Statistics", "Workforce and members"),
    "movements": QT_TRANSLATE_NOOP("Statistics", "Membership changes in the year"),
    "bodies": QT_TRANSLATE_NOOP("Statistics", "Union bodies"),
    "activities": QT_TRANSLATE_NOOP("Statistics", "Activities in the year"),
    "aid": QT_TRANSLATE_NOOP("Statistics", "Hardship aid in the year"),
    "funds": QT_TRANSLATE_NOOP("Statistics", "Dues and union funds in the year"),
}

BODY_LABELS: dict[str, Message] = {
    "committee": QT_TRANSLATE_NOOP("Statistics", "Union committee members (incl. chair and vice-chairs)"),
    "audit_committee": QT_TRANSLATE_NOOP("Statistics", "Funds review committee (经审会) members"),
    "women_committee": QT_TRANSLATE_NOOP("Statistics", "Women workers' committee (女职委) members"),
    "member_representatives": QT_TRANSLATE_NOOP("Statistics", "Member representatives (会员代表)"),
    "congress_delegates": QT_TRANSLATE_NOOP("Statistics", "Workers' congress delegates (职代会代表)"),
}

TIER_LABELS: dict[str, Message] = {
    "deep": QT_TRANSLATE_NOOP("Statistics", "Deep hardship (深度困难)"),
    "relative": QT_TRANSLATE_NOOP("Statistics", "Relative hardship (相对困难)"),
    "accident": QT_TRANSLATE_NOOP("Statistics", "Hardship by accident (意外致困)"),
    "": QT_TRANSLATE_NOOP("Statistics", "No tier"),
}


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def member_lines(report: Report) -> list[Line]:
    settings = report.settings
    typed = QT_TRANSLATE_NOOP("Statistics", "Typed in the yearly settings of {date}").format(
        date=settings.as_of.isoformat()) if settings else QT_TRANSLATE_NOOP(
        "Statistics", "Not entered: type it in the yearly settings (not in the register)")
    lines = [
        Line("members", "workforce", QT_TRANSLATE_NOOP("Statistics", "Headcount of the unit (职工人数)"),
             _number(report.workforce), typed),
        Line("members", "women_workforce", QT_TRANSLATE_NOOP("Statistics", "of whom women workers"),
             _number(settings.women_workforce if settings else None), typed),
        Line("members", "migrant_workforce", QT_TRANSLATE_NOOP("Statistics", "of whom migrant workers"),
             _number(settings.migrant_workforce if settings else None), typed),
    ]
    for figure in rules.MEMBER_FIGURES:
        lines.append(Line("members", figure.key, figure.label, str(report.members[figure.key]), figure.how, True))
        if figure.key == "members":
            lines.append(Line("members", "rate", QT_TRANSLATE_NOOP("Statistics", "Membership rate (入会率)"),
                              report.membership_rate, QT_TRANSLATE_NOOP(
                                  "Statistics", "Members on the day ÷ headcount of the unit")))
    return lines


def movement_lines(report: Report) -> list[Line]:
    start = rules.previous_year_end(report.as_of)
    lines = [Line("movements", "start_members", QT_TRANSLATE_NOOP(
        "Statistics", "Members at the end of last year"), str(report.start_members), QT_TRANSLATE_NOOP(
        "Statistics", "Members on {date}, counted the same way").format(date=start.isoformat()))]
    how = QT_TRANSLATE_NOOP("Statistics", "Entries of this kind dated from {start} to {end}").format(
        start=rules.year_start(report.as_of).isoformat(), end=report.as_of.isoformat())
    for event in rules.MOVEMENTS:
        lines.append(Line("movements", str(event), EVENT_LABELS[EventType(event)],
                          str(report.movements[str(event)]), how, True))
    return lines


def body_lines(report: Report) -> list[Line]:
    lines = []
    for body in report.bodies:
        if body.from_posts:
            how = QT_TRANSLATE_NOOP("Statistics", "People holding these union posts on the day")
        elif body.count is not None:
            how = QT_TRANSLATE_NOOP("Statistics", "Typed in the yearly settings (no union post records)")
        else:
            how = QT_TRANSLATE_NOOP("Statistics", "Nobody holds these posts: record the posts or type the figure in")
        lines.append(Line("bodies", body.key, BODY_LABELS[body.key], _number(body.count), how, body.from_posts))
    return lines


def activity_lines(report: Report, language: str) -> list[Line]:
    how = QT_TRANSLATE_NOOP("Statistics", "Activities of this type started in the year (not cancelled); "
                                          "people marked present")
    return [Line("activities", f"activity_{a.type_code}", a.label_zh if language.startswith("zh") else a.label_en,
                 QT_TRANSLATE_NOOP("Statistics", "{count} held, {present} attendances").format(
                     count=a.activities, present=a.attendances), how) for a in report.activities]


def aid_lines(report: Report) -> list[Line]:
    how = QT_TRANSLATE_NOOP("Statistics", "Payments made in the year, by the tier of the household's case")
    return [Line("aid", f"aid_{a.tier}", TIER_LABELS.get(a.tier, a.tier), QT_TRANSLATE_NOOP(
        "Statistics", "{households} households, {amount}").format(households=a.households,
                                                                  amount=format_yuan(a.amount)), how)
            for a in report.aid or ()]


def fund_lines(report: Report, language: str) -> list[Line]:
    if report.funds is None:
        return []
    lines = [Line("funds", "dues_collected", QT_TRANSLATE_NOOP("Statistics", "Dues collected (会费)"),
                  format_yuan(report.dues_collected or Decimal("0")),
                  QT_TRANSLATE_NOOP("Statistics", "Dues payments dated in the year (corrections included)"))]
    how = QT_TRANSLATE_NOOP("Statistics", "Ledger entries of this category in the year, sub-items included")
    for line in report.funds:
        if line.parent is None and line.amount:
            label = line.label_zh if language.startswith("zh") or not line.label_en else line.label_en
            lines.append(Line("funds", f"fund_{line.code}", f"{line.code} {label}", format_yuan(line.amount), how))
    return lines


def report_lines(report: Report, language: str) -> list[Line]:
    return (member_lines(report) + movement_lines(report) + body_lines(report) + activity_lines(report, language)
            + aid_lines(report) + fund_lines(report, language))


def is_member_key(key: str) -> bool:
    return key in rules.MEMBER_FIGURE_KEYS or key in {str(e) for e in rules.MOVEMENTS} or key in BODIES
