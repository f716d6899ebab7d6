"""Building the demo union's database: members with valid (fake) ID numbers, departments and
teams, phones, join dates and a mix of lifecycle histories. Same seed, same union.

Rows are inserted in bulk (not through the member service, which would take minutes for 100 000
members); the search terms and sort keys come from the same functions the service uses, and one
audit record says who created the demo and how big it is.
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy import insert

from desktop.demo import pools
from desktop.domain.accounts.entities import User
from desktop.domain.accounts.passwords import hash_password
from desktop.domain.accounts.permissions import Role
from desktop.domain.accounts.inputs import ProfileInput
from desktop.domain.accounts.service import set_up_union
from desktop.domain.audit import recorder
from desktop.domain.accounts.actor import LOCAL_ADMIN, Actor
from desktop.domain.base import utc_now
from desktop.domain.errors import UserError
from desktop.domain.id_numbers import check_character
from desktop.domain.members.entities import Member, MembershipEvent, MemberSearchTerm
from desktop.domain.members.lifecycle import EventType, HistoryEvent, derive_status
from desktop.domain.members.search_keys import member_terms, name_sort_key
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.bulk_insert import insert_rows
from desktop.store.database import Database, open_database
from desktop.store.paths import is_url, safe_url
from desktop.store.sequences import catch_up_sequences

# Demo accounts, one per role: user name, display name, role. Password: "demo-" + user name.
DEMO_ACCOUNTS = (
    ("admin", "王主席", Role.ADMIN), ("officer", "李干事", Role.OFFICER), ("finance", "赵会计", Role.FINANCE),
    ("aid", "陈帮扶", Role.AID), ("teller", "周计票", Role.TELLER), ("viewer", "吴查看", Role.READONLY),
    ("rights", "孙维权", Role.RIGHTS),
)
DEMO_PROFILE = ProfileInput(union_name="华东精密机械有限公司工会委员会", unit_name="华东精密机械有限公司",
                            credit_code="91310000MA1FL0XX5K", address="上海市浦东新区张江路 1000 号",
                            chair="王主席")


def demo_password(username: str) -> str:
    return f"demo-{username}"


# The day the demo union is a snapshot of, so that the same seed gives the same database on any day.
SNAPSHOT_DATE = dt.date(2026, 10, 31)
BATCH = 5000
Progress = Callable[[int, int], None]  # (members done, members in all)


@dataclass(frozen=True)
class DemoSummary:
    location: str
    members: int
    events: int
    seconds: float


class _Maker:
    """Draws one member after another from a seeded random generator."""

    def __init__(self, seed: int, today: dt.date):
        self.rng = random.Random(seed)
        self.today = today
        self.used_ids: set[str] = set()
        self.used_phones: set[str] = set()
        self.departments = list(pools.DEPARTMENTS)

    def name(self, gender: str) -> str:
        rng = self.rng
        surname = rng.choice(pools.COMPOUND_SURNAMES) if rng.random() < 0.01 else rng.choice(pools.SURNAMES)
        chars = pools.MALE_CHARS if gender == "1" else pools.FEMALE_CHARS
        given = "".join(rng.choice(chars) for _ in range(1 if rng.random() < 0.3 else 2))
        return surname + given

    def id_number(self, area: str, birth: dt.date, gender: str) -> str:
        while True:
            sequence = self.rng.randrange(0, 500) * 2 + (1 if gender == "1" else 0)
            first17 = f"{area}{birth:%Y%m%d}{sequence:03d}"
            number = first17 + check_character(first17)
            if number not in self.used_ids:
                self.used_ids.add(number)
                return number

    def phone(self) -> str:
        while True:
            number = f"1{self.rng.choice('3456789')}{self.rng.randrange(10**9):09d}"
            if number not in self.used_phones:
                self.used_phones.add(number)
                return number

    def date_between(self, start: dt.date, end: dt.date) -> dt.date:
        if end <= start:
            return start
        return start + dt.timedelta(days=self.rng.randrange((end - start).days + 1))

    def member(self, member_id: int, name: str | None = None, gender: str | None = None) -> tuple[dict, list[HistoryEvent]]:
        rng = self.rng
        gender = gender or rng.choice("1122" if rng.random() < 0.5 else "112")
        age = rng.randint(19, 62)
        birth = self.date_between(_years_before(self.today, age + 1) + dt.timedelta(days=1),
                                  _years_before(self.today, age))
        area, place = rng.choice(pools.AREAS)
        department = rng.choices(self.departments, pools.DEPARTMENT_WEIGHTS)[0]
        migrant = department.startswith(("生产", "仓储", "后勤")) and rng.random() < 0.45
        hire = self.date_between(_years_before(birth, -18), self.today)
        hire = min(hire, self.date_between(_years_before(birth, -18), _years_before(birth, -30)))
        join = self.date_between(hire, min(self.today, hire + dt.timedelta(days=400)))
        history = self.history(join, age)
        retired = history[-1].event_type == EventType.RETAIN
        row = dict(
            id=member_id, name=name or self.name(gender), gender=gender, birth_date=birth,
            ethnicity="01" if rng.random() < 0.93 else rng.choice(["03", "08", "06", "11", "04", "15", "10"]),
            employment_status="4" if retired else "1", id_type="1",
            id_number=self.id_number(area, birth, gender),
            education=rng.choices(["10", "20", "30", "40", "60", "70"], [3, 20, 25, 22, 18, 12])[0],
            skill_level=rng.choice([None, None, "3", "4", "5", "2"]),
            mobile=self.phone() if rng.random() < 0.97 else None,
            household_type=("2" if migrant else rng.choice("1113")),
            household_place=place, native_place=place[:3],
            political_status=rng.choices(["01", "02", "03", "13"], [22, 2, 10 if age < 28 else 2, 66])[0],
            work_unit="华东精密机械有限公司", is_migrant_worker=migrant,
            department=department, team=rng.choice(pools.DEPARTMENTS[department]),
            post=rng.choice(pools.POSTS), hire_date=hire, join_date=join,
            card_no=f"4600{rng.randrange(10**12):012d}" if rng.random() < 0.8 else None,
            member_no=f"M{member_id:06d}", consent_date=join, remarks=None,
            status=str(derive_status(history)),
        )
        return row, history

    def history(self, join: dt.date, age: int) -> list[HistoryEvent]:
        rng = self.rng
        first = EventType.TRANSFER_IN if rng.random() < 0.15 else EventType.JOIN
        history = [HistoryEvent(first, join, approver="工会委员会")]
        roll = rng.random()
        later = self.date_between(join + dt.timedelta(days=30), self.today)
        if age >= 55 and roll < 0.6:
            history.append(HistoryEvent(EventType.RETAIN, later, None, "工会委员会", "退休"))
        elif roll < 0.03:
            history.append(HistoryEvent(EventType.TRANSFER_OUT, later, "1", "工会委员会", "调往分公司"))
        elif roll < 0.045:
            history.append(HistoryEvent(EventType.WITHDRAW, later, "5", "工会委员会", "本人书面申请"))
        elif roll < 0.05:
            history.append(HistoryEvent(EventType.EXPEL, later, "6", "工会委员会", ""))
        elif roll < 0.06:  # left and came back
            back = self.date_between(later, self.today)
            history += [HistoryEvent(EventType.TRANSFER_OUT, later, "1", "工会委员会", ""),
                        HistoryEvent(EventType.TRANSFER_IN, back, None, "工会委员会", "调回本单位")]
        return history


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def is_demo_file(path: Path) -> bool:
    """Whether a file is a UnionDesk database made by the demo, read without changing it (no
    migration, no journal switch): anything else, a damaged file too, is not a demo."""
    import sqlite3

    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        row = connection.execute("SELECT is_demo FROM union_profile WHERE id = 1").fetchone()
        return bool(row and row[0])
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def create_demo_database(
    location: str, members: int = 2000, seed: int = 1, force: bool = False,
    actor: Actor = LOCAL_ADMIN, progress: Progress | None = None,
) -> DemoSummary:
    """Create the demo database at a file path; refuses to replace an existing file unless forced."""
    started = time.perf_counter()
    if members < 1 or members > 1_000_000:
        raise UserError(QT_TRANSLATE_NOOP("Demo", "The number of members must be between 1 and 1000000."))
    if is_url(location):
        return _create_demo_on_server(location, members, seed, actor, progress, started)
    path = Path(location).expanduser()
    if path.exists():
        if not force:
            raise UserError(QT_TRANSLATE_NOOP(
                "Demo", "{path} already exists. Add --force to replace it with a new demo "
                "database (everything in it will be lost).").format(path=str(path)))
        if not is_demo_file(path):
            raise UserError(QT_TRANSLATE_NOOP(
                "Demo", "{path} is not a demo database: --force replaces only a demo. Choose another "
                "file name for the demo (a real union's data is never deleted this way).").format(path=str(path)))
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    events = _fill_new_database(open_database(str(path)), members, seed, actor, progress)
    return DemoSummary(str(path.resolve()), members, events, time.perf_counter() - started)


def _create_demo_on_server(url: str, members: int, seed: int, actor: Actor, progress: Progress | None,
                           started: float) -> DemoSummary:
    """A demo on a database server goes only into an empty database: a server database is never
    dropped or emptied by the demo, not even a demo's (drop it with the server's own tools)."""
    from desktop.store.migrations_runner import current_revision

    db = open_database(url, migrate=False)
    try:
        used = current_revision(db) is not None
    finally:
        db.close()
    if used:
        raise UserError(QT_TRANSLATE_NOOP(
            "Demo", "{path} already holds a union's database. A demo goes only into an empty database "
            "on the server: create a new one for it.").format(path=safe_url(url)))
    events = _fill_new_database(open_database(url), members, seed, actor, progress)
    return DemoSummary(safe_url(url), members, events, time.perf_counter() - started)


def _fill_new_database(db: Database, members: int, seed: int, actor: Actor, progress: Progress | None) -> int:
    try:
        add_demo_accounts(db)
        events = fill_demo(db, members, seed, actor, progress)
        fill_demo_areas(db, seed, actor)
        with db.engine.begin() as connection:
            catch_up_sequences(connection)  # the demo wrote its rows with their ids
    finally:
        db.close()
    return events


# Areas that add their own examples once the members exist (desktop/demo/<area>.py, `fill`), in an
# order where later areas may use earlier ones (the funds ledger shows activity and aid spending).
DEMO_AREAS = ("activities", "dues", "aid", "votes", "funds", "rights", "proposals", "suggestions", "statistics")


def fill_demo_areas(db: Database, seed: int, actor: Actor = LOCAL_ADMIN) -> None:
    today = min(SNAPSHOT_DATE, dt.date.today())
    for area in DEMO_AREAS:
        importlib.import_module(f"desktop.demo.{area}").fill(db, actor, seed, today)
    # The members and wage bases went in with bulk inserts that do not keep the dues owed: build
    # them once here, so the dues pane opens at list speed.
    from desktop.domain.dues.kept import ensure_current

    ensure_current(db)


def add_demo_accounts(db: Database) -> None:
    """The demo union's profile and one account per role (passwords printed by `uniondesk demo`)."""
    (username, display, _), *others = DEMO_ACCOUNTS
    admin = set_up_union(db, DEMO_PROFILE, username, display, demo_password(username), demo=True, cheap_hash=True)
    with db.transaction() as session:
        for username, display, role in others:
            session.add(User(username=username, display_name=display, role=str(role), active=True,
                             failed_attempts=0, password_hash=hash_password(demo_password(username), cheap=True)))
        recorder.record(session, admin, "create_demo_accounts", "user", None,
                        {"accounts": [None, [a[0] for a in others]]})


def fill_demo(db: Database, count: int, seed: int, actor: Actor, progress: Progress | None = None) -> int:
    """Insert `count` demo members into an empty database; returns how many events were written."""
    today = min(SNAPSHOT_DATE, dt.date.today())
    maker = _Maker(seed, today)
    events_written = 0
    now = utc_now()
    with db.transaction() as session:
        for start in range(1, count + 1, BATCH):
            members, events, terms = [], [], []
            for member_id in range(start, min(start + BATCH, count + 1)):
                # The first member is the one the user guide searches for ("zhs").
                row, history = maker.member(member_id, *(("张海生", "1") if member_id == 1 else ()))
                row.update(name_sort=name_sort_key(row["name"]), created_at=now, updated_at=now)
                members.append(row)
                events += [dict(member_id=member_id, event_type=str(e.event_type), event_date=e.event_date,
                                reason=e.reason, approver=e.approver, note=e.note or None,
                                recorded_at=now, recorded_by=actor.username) for e in history]
                terms += [(t, member_id) for t in member_terms(
                    row["name"], row["mobile"], row["id_number"], row["card_no"], row["member_no"])]
            # Core inserts: one executemany each (the ORM's bulk path splits rows by their None columns).
            connection = session.connection()
            connection.execute(insert(Member.__table__), members)
            connection.execute(insert(MembershipEvent.__table__), events)
            # Search terms are most of the rows: plain driver inserts, in index order.
            insert_rows(connection, MemberSearchTerm.__tablename__, ("term", "member_id"), sorted(terms))
            events_written += len(events)
            if progress:
                progress(min(start + BATCH - 1, count), count)
        recorder.record(session, actor, "create_demo", "database", None,
                        {"members": [None, count], "seed": [None, seed]})
    return events_written
