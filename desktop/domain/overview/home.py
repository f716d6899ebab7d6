"""The home pane's figures and reminders.

Each figure is one small function over the existing domain queries (so a statistics pane can call
the same one later); `home_view` gathers only those the acting user's role may see. Reminders name
the pane that deals with them and the items (member, case, vote, activity) they are about.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import extract, select, text

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.accounts.service import union_name
from desktop.domain.members.entities import OTHER_DOCUMENT, Member
from desktop.domain.members.lifecycle import Status
from desktop.domain.members.queries import MemberFilter, MemberQueries
from desktop.domain.overview.retirement import retirement_date
from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.store.database import Database

CURRENT = frozenset({Status.ACTIVE, Status.RETAINED})
RETIREMENT_WINDOW_MONTHS = 3
ACTIVITY_WINDOW_DAYS = 7
BACKUP_WARNING_DAYS = 7


@dataclass(frozen=True)
class Figure:
    key: str
    label: Message
    value: str              # already formatted (numbers, yuan)
    note: Message | None = None


@dataclass(frozen=True)
class ReminderItem:
    text: str               # a name, a title, with a date
    entity: str             # member | aid_case | vote | activity
    item_id: int


@dataclass(frozen=True)
class Reminder:
    key: str
    pane: str               # the pane that deals with it
    text: Message           # one line, with the count
    items: tuple[ReminderItem, ...] = ()


@dataclass(frozen=True)
class HomeView:
    union_name: str
    figures: tuple[Figure, ...]
    reminders: tuple[Reminder, ...]
    empty_register: bool


# -- figures --------------------------------------------------------------------------------------

def member_figures(db: Database, actor: Actor, today: dt.date) -> list[Figure]:
    """The statistics pane's queries as of today (desktop/domain/statistics), so both panes agree."""
    from desktop.domain.statistics.queries import StatisticsQueries
    from desktop.domain.statistics.rules import year_start

    queries = StatisticsQueries(db, actor)
    counts = queries.member_counts(today, ("active", "retained", "women", "migrant"))
    joined = queries.movements(year_start(today), today)["join"]
    return [
        Figure("members", QT_TRANSLATE_NOOP("Home", "Members (on the register / retained)"),
               f"{counts['active']} / {counts['retained']}"),
        Figure("women", QT_TRANSLATE_NOOP("Home", "Women members"), str(counts["women"])),
        Figure("migrant", QT_TRANSLATE_NOOP("Home", "Migrant workers"), str(counts["migrant"])),
        Figure("joined", QT_TRANSLATE_NOOP("Home", "Joined this year"), str(joined)),
    ]


def dues_figure(db: Database, actor: Actor, today: dt.date) -> tuple[Figure, list]:
    """Dues collected this month against dues due, and the members six months behind."""
    from desktop.domain.dues.queries import DuesQueries
    from desktop.domain.dues.rules import Period

    queries = DuesQueries(db, actor, today)
    month = Period.of(today)
    owed, paid, behind = queries.month_figures(month)
    figure = Figure("dues", QT_TRANSLATE_NOOP("Home", "Dues this month: collected / due"),
                    f"{yuan(paid)} / {yuan(owed)}")
    return figure, behind


def funds_figure(db: Database, actor: Actor, today: dt.date) -> Figure:
    from desktop.domain.funds.queries import FundsQueries

    totals = FundsQueries(db, actor).totals(dt.date(today.year, 1, 1), today)
    return Figure("funds", QT_TRANSLATE_NOOP("Home", "Union funds balance"), yuan(totals.closing))


def yuan(amount: Decimal) -> str:
    return f"¥{amount:,.2f}"


# -- reminders ------------------------------------------------------------------------------------

def dues_reminder(behind: list) -> Reminder | None:
    if not behind:
        return None
    return Reminder("dues_warning", "dues", QT_TRANSLATE_NOOP(
        "Home", "{count} members have paid no dues for six months or more (deemed-withdrawal warning)")
        .format(count=len(behind)), tuple(ReminderItem(row.name, "member", row.member_id) for row in behind))


def aid_reminders(db: Database, actor: Actor, today: dt.date) -> tuple[list[Reminder], int]:
    from desktop.domain.aid.queries import AidQueries, CaseFilter

    queries = AidQueries(db, actor)
    open_cases = len(queries.rows(CaseFilter(status="open")))
    found = queries.reminders(today)
    if not found:
        return [], open_cases
    items = tuple(ReminderItem(f"{r.case_no} {r.name}", "aid_case", r.case_id) for r in found)
    return [Reminder("aid", "aid", QT_TRANSLATE_NOOP(
        "Home", "{count} aid cases need a step: yearly review, end of public notice or follow-up call")
        .format(count=len(found)), items)], open_cases


def vote_reminders(db: Database, actor: Actor) -> tuple[list[Reminder], int]:
    from desktop.domain.votes.queries import VoteQueries, VoteStatus

    rows = VoteQueries(db, actor).rows()
    waiting = [r for r in rows if r.status in (VoteStatus.SETUP, VoteStatus.OPEN, VoteStatus.COUNTING)]
    if not waiting:
        return [], 0
    items = tuple(ReminderItem(r.title, "vote", r.id) for r in waiting)
    return [Reminder("votes", "votes", QT_TRANSLATE_NOOP(
        "Home", "{count} votes are waiting to be opened or counted").format(count=len(waiting)), items)], \
        len(waiting)


def activity_reminder(db: Database, actor: Actor, today: dt.date) -> Reminder | None:
    from desktop.domain.activities.entities import Activity
    from desktop.domain.activities.queries import ActivityQueries
    from desktop.domain.activities.inputs import ActivityStatus

    soon = today + dt.timedelta(days=ACTIVITY_WINDOW_DAYS)
    statement = select(Activity.id).where(Activity.starts_on.between(today, soon),
                                          Activity.status != str(ActivityStatus.CANCELLED)) \
        .order_by(Activity.starts_on, Activity.id)
    with db.engine.connect() as connection:
        ids = list(connection.execute(statement).scalars())
    if not ids:
        return None
    rows = ActivityQueries(db, actor).rows(ids)
    items = []
    for activity_id in ids:
        row = rows[activity_id]
        day = f"{row.starts_on.month}月{row.starts_on.day}日"
        if row.capacity is None:
            signed = QT_TRANSLATE_NOOP("Home", "{day} {title}: {signed} signed up")
        else:  # "26 signed up for 24 places" reads as a waiting list, not as a contradiction
            signed = QT_TRANSLATE_NOOP("Home", "{day} {title}: {signed} signed up for {capacity} places")
        signed = signed.format(day=day, title=row.title, signed=row.signed_up, capacity=row.capacity)
        items.append((signed, activity_id))
    return Reminder("activities", "activities", QT_TRANSLATE_NOOP(
        "Home", "{count} activities in the next seven days").format(count=len(ids)),
        tuple(ReminderItem(text, "activity", activity_id) for text, activity_id in items))


def birthdays_this_month(db: Database, today: dt.date) -> list[tuple[int, str, dt.date]]:
    statement = select(Member.id, Member.name, Member.birth_date).where(
        Member.deleted_at.is_(None), Member.status == str(Status.ACTIVE),
        extract("month", Member.birth_date) == today.month).order_by(extract("day", Member.birth_date),
                                                                     Member.name_sort)
    with db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(statement)]


def birthday_reminder(db: Database, today: dt.date) -> Reminder | None:
    found = birthdays_this_month(db, today)
    if not found:
        return None
    return Reminder("birthdays", "members", QT_TRANSLATE_NOOP(
        "Home", "{count} members have their birthday this month (birthday greetings)").format(count=len(found)),
        tuple(ReminderItem(f"{born.month}月{born.day}日 {name}", "member", member_id)
              for member_id, name, born in found))


def retirements_due(db: Database, today: dt.date, months: int = RETIREMENT_WINDOW_MONTHS
                    ) -> list[tuple[int, str, dt.date]]:
    """Members on the register who reach the statutory retirement age within `months`. Women are
    taken at the age of 50 (production posts); the register does not record who had 55."""
    from desktop.domain.overview.retirement import add_months

    until = add_months(today, months)
    oldest_birth, youngest_birth = add_months(today, -64 * 12), add_months(until, -50 * 12)
    statement = select(Member.id, Member.name, Member.birth_date, Member.gender).where(
        Member.deleted_at.is_(None), Member.status == str(Status.ACTIVE),
        Member.birth_date.between(oldest_birth, youngest_birth))
    found = []
    with db.engine.connect() as connection:
        for member_id, name, born, gender in connection.execute(statement):
            day = retirement_date(born, gender)
            if day is not None and today <= day <= until:
                found.append((member_id, name, day))
    return sorted(found, key=lambda f: (f[2], f[1]))


def retirement_reminder(db: Database, today: dt.date) -> Reminder | None:
    found = retirements_due(db, today)
    if not found:
        return None
    return Reminder("retirements", "members", QT_TRANSLATE_NOOP(
        "Home", "{count} members reach the statutory retirement age in the next three months").format(
        count=len(found)), tuple(ReminderItem(f"{day.year}年{day.month}月{day.day}日 {name}", "member", member_id)
                                 for member_id, name, day in found))


def unverified_id_reminder(db: Database) -> Reminder | None:
    """Members whose document is not a resident ID card (居民身份证): its number has no check
    character the program can verify, so the cadre checks it against the document."""
    statement = (select(Member.id, Member.name).where(text(OTHER_DOCUMENT), Member.deleted_at.is_(None),
                                                      Member.status.in_([str(s) for s in CURRENT]))
                 .order_by(Member.name_sort))
    with db.engine.connect() as connection:
        found = connection.execute(statement).all()
    if not found:
        return None
    return Reminder("unverified_ids", "members", QT_TRANSLATE_NOOP(
        "Home", "{count} members have a document other than a resident ID card: check their numbers by hand")
        .format(count=len(found)), tuple(ReminderItem(name, "member", member_id) for member_id, name in found))


def backup_reminder(db: Database, now: dt.datetime) -> Reminder | None:
    """The newest backup beside the database is older than a week, or there is none."""
    from desktop.store.backups import default_backup_folder, list_backups

    if db.file_path is None:
        return None
    path = Path(db.file_path)
    backups = list_backups(default_backup_folder(path), path.stem)
    if not backups:
        return Reminder("backup", "backups", QT_TRANSLATE_NOOP(
            "Home", "There is no backup of this database yet: make one now"))
    age = (now - backups[0].created).days
    if age < BACKUP_WARNING_DAYS:
        return None
    return Reminder("backup", "backups", QT_TRANSLATE_NOOP(
        "Home", "The last backup is {days} days old").format(days=age))


# -- the whole page -------------------------------------------------------------------------------

def home_view(db: Database, actor: Actor, today: dt.date | None = None,
              now: dt.datetime | None = None) -> HomeView:
    """Figures and reminders for `actor`: a part its role may not read is left out, not masked."""
    today = today or dt.date.today()
    now = now or dt.datetime.now().astimezone()
    can_money, can_aid = actor.can(Permission.FUNDS_READ), actor.can(Permission.AID_READ)
    can_members = actor.can(Permission.MEMBERS_READ)
    figures: list[Figure] = []
    reminders: list[Reminder | None] = []
    empty = False
    # The parts are independent queries, each on its own connection: two helpers gather them while
    # this thread counts the members. SQLite works without holding Python's lock, so at 100 000
    # members the wait is the longest chain of parts, not their sum.
    with ThreadPoolExecutor(max_workers=2) as helpers:
        def later(allowed: bool, work, *args):
            return helpers.submit(work, *args) if allowed else None

        dues = later(can_money, dues_figure, db, actor, today)
        funds = later(can_money, funds_figure, db, actor, today)
        aid = later(can_aid, aid_reminders, db, actor, today)
        votes = later(can_members, vote_reminders, db, actor)
        member_reminders = [later(can_members, work, *args) for work, args in (
            (activity_reminder, (db, actor, today)), (birthday_reminder, (db, today)),
            (retirement_reminder, (db, today)), (unverified_id_reminder, (db,)))]
        backup = later(actor.can(Permission.BACKUP_MANAGE), backup_reminder, db, now)
        if can_members:
            figures += member_figures(db, actor, today)
            empty = MemberQueries(db, actor).count(MemberFilter(), today) == 0
        if dues is not None and funds is not None:
            dues_shown, behind = dues.result()
            figures += [dues_shown, funds.result()]
            reminders.append(dues_reminder(behind))
        if aid is not None:
            found, open_cases = aid.result()
            figures.append(Figure("aid", QT_TRANSLATE_NOOP("Home", "Open aid cases"), str(open_cases)))
            reminders += found
        if votes is not None:
            found, waiting = votes.result()
            figures.append(Figure("votes", QT_TRANSLATE_NOOP("Home", "Votes in progress"), str(waiting)))
            reminders += found
        reminders += [work.result() for work in member_reminders if work is not None]
        if backup is not None:
            reminders.append(backup.result())
    return HomeView(union_name(db), tuple(figures), tuple(r for r in reminders if r is not None), empty)


def home_with_charts(db: Database, actor: Actor, language: str) -> tuple[HomeView, tuple]:
    """What the home pane shows: the view and its charts, the charts gathered on a second
    connection meanwhile (see home_view)."""
    from desktop.domain.overview.charts import home_charts

    with ThreadPoolExecutor(max_workers=1) as helper:
        charts = helper.submit(home_charts, db, actor, language)
        return home_view(db, actor), charts.result()
