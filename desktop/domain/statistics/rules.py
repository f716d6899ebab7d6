"""The yearly statistics' pure rules: who counts as a member on a day, which member figures there are
and how each is counted, and the consistency checks before a report goes to the parent union.

A member's standing on a day is the result of the last history entry dated on or before it (the
history is kept in date order, docs/domain.md "Yearly statistics"). An entry without a date (入会,
imported without a join date) counts as before every day asked: the member was on the roster the
union imported, which is the best evidence there is. Attributes other than age (gender, education,
political status, ethnicity, 农民工) are taken as the register holds them now: it keeps no history of
them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.members.lifecycle import EventType
from desktop.messages import QT_TRANSLATE_NOOP, Message

# The last event that leaves a person a member (在册 or 保留) on the day.
ACTIVE_EVENTS = frozenset({EventType.JOIN, EventType.TRANSFER_IN, EventType.REINSTATE})
RETAINED_EVENTS = frozenset({EventType.RETAIN})
MEMBER_EVENTS = ACTIVE_EVENTS | RETAINED_EVENTS
# The movements of a year, in the order parent unions list them.
MOVEMENTS = (EventType.JOIN, EventType.TRANSFER_IN, EventType.TRANSFER_OUT, EventType.RETAIN,
             EventType.WITHDRAW, EventType.EXPEL, EventType.REINSTATE)
ENTERING = (EventType.JOIN, EventType.TRANSFER_IN)
LEAVING = (EventType.TRANSFER_OUT, EventType.WITHDRAW, EventType.EXPEL)

WOMAN = "2"
HAN = "01"
PARTY = ("01", "02")                      # 中共党员, 预备党员
YOUTH_LEAGUE = ("03",)
DEMOCRATIC_PARTIES = tuple(f"{n:02d}" for n in range(4, 12))


def year_start(as_of: dt.date) -> dt.date:
    return dt.date(as_of.year, 1, 1)


def previous_year_end(as_of: dt.date) -> dt.date:
    """The day whose figures the year's movements start from: 31 December of the year before."""
    return dt.date(as_of.year - 1, 12, 31)


def a_year_earlier(as_of: dt.date) -> dt.date:
    try:
        return as_of.replace(year=as_of.year - 1)
    except ValueError:  # 29 February
        return as_of.replace(year=as_of.year - 1, day=28)


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def birth_bounds(low: int | None, high: int | None, day: dt.date, by_year: bool = False
                 ) -> tuple[dt.date | None, dt.date | None]:
    """(born after, born on or before): the birth dates of people aged `low` to `high` on `day`
    (None: no bound). With `by_year`, the age reached in the year of `day`, for a reader who sees
    birth years only (a band measured to the day would give the birthday away)."""
    if by_year:
        after = dt.date(day.year - high - 1, 12, 31) if high is not None else None
        until = dt.date(day.year - low, 12, 31) if low is not None else None
        return after, until
    after = years_before(day, high + 1) if high is not None else None
    until = years_before(day, low) if low is not None else None
    return after, until


@dataclass(frozen=True)
class MemberFigure:
    """A figure counted among the members on the day. `test` says how, as data the queries turn into
    SQL: ("all",), ("standing", events), ("gender", code), ("migrant",), ("minority",),
    ("age", low, high), ("age_unknown",), ("code", field, codes), ("code_other", field, codes)."""

    key: str
    label: Message
    how: Message
    test: tuple


# Every member figure, in the order of the report. Each counts among the members on the day.
MEMBER_FIGURES: tuple[MemberFigure, ...] = (
    MemberFigure("members", QT_TRANSLATE_NOOP("Statistics", "Members (on the register and retained)"),
                 QT_TRANSLATE_NOOP("Statistics", "People whose last membership entry up to the day is joined, "
                                                 "transferred in, reinstated or retained"), ("all",)),
    MemberFigure("active", QT_TRANSLATE_NOOP("Statistics", "of whom on the register (在册)"),
                 QT_TRANSLATE_NOOP("Statistics", "Last entry up to the day: joined, transferred in or reinstated"),
                 ("standing", ACTIVE_EVENTS)),
    MemberFigure("retained", QT_TRANSLATE_NOOP("Statistics", "of whom retained (保留会籍)"),
                 QT_TRANSLATE_NOOP("Statistics", "Last entry up to the day: membership retained"),
                 ("standing", RETAINED_EVENTS)),
    MemberFigure("women", QT_TRANSLATE_NOOP("Statistics", "Women members"),
                 QT_TRANSLATE_NOOP("Statistics", "Members whose gender is female"),
                 ("gender", WOMAN)),
    MemberFigure("migrant", QT_TRANSLATE_NOOP("Statistics", "Migrant-worker members (农民工)"),
                 QT_TRANSLATE_NOOP("Statistics", "Members marked as migrant workers"), ("migrant",)),
    MemberFigure("minority", QT_TRANSLATE_NOOP("Statistics", "Ethnic-minority members (少数民族)"),
                 QT_TRANSLATE_NOOP("Statistics", "Members whose ethnicity is recorded and is not Han"),
                 ("minority",)),
    MemberFigure("under35", QT_TRANSLATE_NOOP("Statistics", "Aged 35 or under"),
                 QT_TRANSLATE_NOOP("Statistics", "Age on the day at most 35"),
                 ("age", None, 35)),
    MemberFigure("age36to45", QT_TRANSLATE_NOOP("Statistics", "Aged 36 to 45"),
                 QT_TRANSLATE_NOOP("Statistics", "Age on the day 36 to 45"),
                 ("age", 36, 45)),
    MemberFigure("age46to55", QT_TRANSLATE_NOOP("Statistics", "Aged 46 to 55"),
                 QT_TRANSLATE_NOOP("Statistics", "Age on the day 46 to 55"),
                 ("age", 46, 55)),
    MemberFigure("over55", QT_TRANSLATE_NOOP("Statistics", "Aged over 55"),
                 QT_TRANSLATE_NOOP("Statistics", "Age on the day 56 or more"),
                 ("age", 56, None)),
    MemberFigure("age_unknown", QT_TRANSLATE_NOOP("Statistics", "Age not recorded"),
                 QT_TRANSLATE_NOOP("Statistics", "No birth date recorded"),
                 ("age_unknown",)),
    MemberFigure("postgraduate", QT_TRANSLATE_NOOP("Statistics", "Postgraduate"),
                 QT_TRANSLATE_NOOP("Statistics", "Education code 10"),
                 ("code", "education", ("10",))),
    MemberFigure("bachelor", QT_TRANSLATE_NOOP("Statistics", "Bachelor's degree"),
                 QT_TRANSLATE_NOOP("Statistics", "Education code 20"),
                 ("code", "education", ("20",))),
    MemberFigure("college", QT_TRANSLATE_NOOP("Statistics", "College diploma (大专)"),
                 QT_TRANSLATE_NOOP("Statistics", "Education code 30"),
                 ("code", "education", ("30",))),
    MemberFigure("secondary", QT_TRANSLATE_NOOP("Statistics", "Secondary vocational or senior high school"),
                 QT_TRANSLATE_NOOP("Statistics", "Education codes 40 and 60"), ("code", "education", ("40", "60"))),
    MemberFigure("junior", QT_TRANSLATE_NOOP("Statistics", "Junior high school or less"),
                 QT_TRANSLATE_NOOP("Statistics", "Education codes 70 and 80"), ("code", "education", ("70", "80"))),
    MemberFigure("education_other", QT_TRANSLATE_NOOP("Statistics", "Other or not recorded education"),
                 QT_TRANSLATE_NOOP("Statistics", "Education code 90 or empty"),
                 ("code_other", "education", ("10", "20", "30", "40", "60", "70", "80"))),
    MemberFigure("party", QT_TRANSLATE_NOOP("Statistics", "CPC members (incl. probationary)"),
                 QT_TRANSLATE_NOOP("Statistics", "Political status codes 01 and 02"), ("code", "political_status", PARTY)),
    MemberFigure("league", QT_TRANSLATE_NOOP("Statistics", "CYLC members"),
                 QT_TRANSLATE_NOOP("Statistics", "Political status code 03"),
                 ("code", "political_status", YOUTH_LEAGUE)),
    MemberFigure("democratic", QT_TRANSLATE_NOOP("Statistics", "Members of democratic parties"),
                 QT_TRANSLATE_NOOP("Statistics", "Political status codes 04 to 11"),
                 ("code", "political_status", DEMOCRATIC_PARTIES)),
)
MEMBER_FIGURE_KEYS = tuple(f.key for f in MEMBER_FIGURES)
# Groups whose figures add up to the members (a check of the report and of the register).
PARTITIONS: dict[str, tuple[Message, tuple[str, ...]]] = {
    "age": (QT_TRANSLATE_NOOP("Statistics", "age"), ("under35", "age36to45", "age46to55", "over55", "age_unknown")),
    "education": (QT_TRANSLATE_NOOP("Statistics", "education"),
                  ("postgraduate", "bachelor", "college", "secondary", "junior", "education_other")),
    "standing": (QT_TRANSLATE_NOOP("Statistics", "on the register / retained"), ("active", "retained")),
}


def member_figure(key: str) -> MemberFigure:
    return next(f for f in MEMBER_FIGURES if f.key == key)


def membership_rate(members: int, workforce: int | None) -> str:
    """入会率 as a percentage with one decimal, or "" when the headcount is not known."""
    if not workforce:
        return ""
    return f"{members * 100 / workforce:.1f}%"


# -- consistency checks ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Check:
    key: str
    passed: bool
    text: Message


def checks(members: dict[str, int], start_members: int, movements: dict[str, int],
           workforce: int | None, women_workforce: int | None) -> tuple[Check, ...]:
    """The checks of docs/domain.md "Yearly statistics": each states what it compared, with figures."""
    found = [Check("women_le_members", members["women"] <= members["members"], QT_TRANSLATE_NOOP(
        "Statistics", "Women members ({women}) are not more than members ({members})").format(
        women=members["women"], members=members["members"]))]
    entered = sum(movements.get(str(e), 0) for e in ENTERING)
    left = sum(movements.get(str(e), 0) for e in LEAVING)
    expected = start_members + entered - left
    found.append(Check("movements_add_up", expected == members["members"], QT_TRANSLATE_NOOP(
        "Statistics", "Members at the end of last year ({start}) + joined and transferred in ({entered}) - "
                      "transferred out, withdrawn and expelled ({left}) = {expected}; members on the day: {members}")
        .format(start=start_members, entered=entered, left=left, expected=expected, members=members["members"])))
    for name, (label, keys) in PARTITIONS.items():
        total = sum(members[k] for k in keys)
        found.append(Check(f"{name}_adds_up", total == members["members"], QT_TRANSLATE_NOOP(
            "Statistics", "The groups by {group} add up to {total}; members: {members}").format(
            group=label, total=total, members=members["members"])))
    if workforce is None:
        found.append(Check("workforce_known", False, QT_TRANSLATE_NOOP(
            "Statistics", "The unit's headcount (职工人数) for this date is not entered: 入会率 cannot be computed")))
    else:
        found.append(Check("members_le_workforce", members["active"] <= workforce, QT_TRANSLATE_NOOP(
            "Statistics", "Members on the register ({active}) are not more than the headcount ({workforce})")
            .format(active=members["active"], workforce=workforce)))
        if women_workforce is not None:
            found.append(Check("women_le_women_workforce", members["women"] <= women_workforce, QT_TRANSLATE_NOOP(
                "Statistics", "Women members ({women}) are not more than women workers ({women_workforce})")
                .format(women=members["women"], women_workforce=women_workforce)))
    return tuple(found)


AGE_BAND_KEYS = ("under35", "age36to45", "age46to55", "over55")
