"""Shared-server load test (issue 22): several PCs working on one PostgreSQL database at once.

8 client processes, each with its own engine, run a realistic office mix for 60 s against a
throwaway PostgreSQL cluster (tests/pg_server.py): search the register, edit a member (with the
version loaded, as the dialog does; a save refused because another client saved the same member
first is reloaded and saved again, as a person would), record a dues payment with a receipt,
check a member in at an activity, enter a ballot. Afterwards it checks that every acknowledged
write is in the database (lost writes), that receipt numbers are gapless and unique, and runs
verify. The same mix with one client on the same server shows what the waiting costs, and with
one client on an SQLite file is the baseline.

    .venv/bin/python bench/load.py [--clients 8] [--seconds 60] [--members 600]
Writes the figures to bench/RESULTS.md (replacing only the "Shared server load" section).
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import platform
import random
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.results import write_section  # noqa: E402

SECTION = "## Shared server load (bench/load.py)"
OPERATIONS = ("search", "edit member", "record payment", "check in", "enter ballot")
WEIGHTS = (40, 20, 15, 15, 10)      # of 100 operations: mostly reading, as in an office
ACTIVITIES = 5
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华"
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
TODAY = dt.date(2024, 6, 1)


def id_number(birth: dt.date, sequence: int) -> str:
    first17 = f"110105{birth:%Y%m%d}{sequence:03d}"
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, _WEIGHTS)) % 11]


@dataclass
class Setup:
    location: str
    members: list[int]
    activities: list[int]
    vote_id: int
    candidates: list[int]


@dataclass
class ClientResult:
    timings: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)
    stale_refusals: int = 0
    vote_full: int = 0
    edits: list[tuple[int, str]] = field(default_factory=list)          # (member, remarks written)
    payments: list[tuple[str, int, int, int]] = field(default_factory=list)  # (receipt, member, year, month)
    check_ins: list[tuple[int, int]] = field(default_factory=list)       # (activity, member)
    ballots: dict[int, int] = field(default_factory=lambda: defaultdict(int))  # candidate -> yes


# -- the database everyone works on ----------------------------------------------------------------

def prepare(location: str, members: int) -> Setup:
    from desktop.domain.accounts.actor import LOCAL_ADMIN
    from desktop.domain.activities.service import ActivityService
    from desktop.domain.activities.inputs import ActivityInput
    from desktop.domain.members.service import MemberService
    from desktop.domain.members.inputs import MemberInput
    from desktop.domain.votes.counting import Kind
    from desktop.domain.votes.queries import VoteQueries
    from desktop.domain.votes.service import CandidateInput, VoteInput, VoteService
    from desktop.store.database import open_database

    db = open_database(location)
    try:
        service = MemberService(db, LOCAL_ADMIN, today=TODAY)
        rng = random.Random(7)
        ids, names = [], []
        for n in range(members):
            name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN) + f"{n}"
            birth = dt.date(1970 + n % 30, 1 + n % 12, 1 + n % 28)
            ids.append(service.create(MemberInput(
                name=name, id_number=id_number(birth, 1 + n // 360 * 2 % 999), mobile=f"138{n:08d}",
                join_date=dt.date(2010, 1, 1), department=f"{1 + n % 6}车间")))
            names.append(name)
        activities = ActivityService(db, LOCAL_ADMIN, TODAY)
        activity_ids = [activities.create(ActivityInput(title=f"职工活动{k}", type_code="culture_sports",
                                                        starts_on=dt.date(2030, 6, 1 + k), place="活动中心"))
                        for k in range(ACTIVITIES)]
        votes = VoteService(db, LOCAL_ADMIN, today=TODAY)
        vote_id = votes.create(VoteInput("选举工会委员会委员", Kind.ELECTION, "union_committee", seats=2,
                                         meeting="会员大会", held_on=TODAY), [CandidateInput(n) for n in names[:3]])
        votes.record_presence(vote_id, members)
        votes.record_printed(vote_id, members)
        votes.open(vote_id)
        votes.record_paper(vote_id, members, members)
        candidates = [c.id for c in VoteQueries(db, LOCAL_ADMIN).detail(vote_id).candidates]
    finally:
        db.close()
    return Setup(location, ids, activity_ids, vote_id, candidates)


# -- one client --------------------------------------------------------------------------------

def run_client(args: tuple[Setup, int, int, float]) -> ClientResult:
    """One PC: its own engine, the mix until `stop_at` (time.time())."""
    setup, number, clients, stop_at = args
    from desktop.domain.accounts.actor import LOCAL_ADMIN
    from desktop.domain.activities.service import ActivityService
    from desktop.domain.concurrency import StaleEditError
    from desktop.domain.dues.rules import Method, Period
    from desktop.domain.dues.service import DuesService
    from desktop.domain.errors import RuleViolation
    from desktop.domain.members.queries import MemberFilter, MemberQueries
    from desktop.domain.members.service import MemberService
    from desktop.domain.votes.counting import YES
    from desktop.domain.votes.inputs import BallotInput
    from desktop.domain.votes.service import VoteService
    from desktop.store.database import open_database

    db = open_database(setup.location)
    rng = random.Random(1000 + number)
    result = ClientResult()
    queries, members = MemberQueries(db, LOCAL_ADMIN), MemberService(db, LOCAL_ADMIN, TODAY)
    dues, activities = DuesService(db, LOCAL_ADMIN, TODAY), ActivityService(db, LOCAL_ADMIN, TODAY)
    votes = VoteService(db, LOCAL_ADMIN, TODAY)
    mine = setup.members[number::clients]     # payments: each client its own payers, month after month
    payments = 0

    def search() -> None:
        ids = queries.narrow(queries.ids(MemberFilter()), rng.choice(SURNAMES))
        queries.rows(ids[:50])

    def edit_member() -> None:
        member_id = rng.choice(setup.members)   # anyone's: two clients may edit the same member
        text = f"c{number}-{rng.randrange(10**9)}"
        while True:
            loaded = queries.detail(member_id)
            try:
                members.update(member_id, replace(loaded.data, remarks=text), loaded.version)
                break
            except StaleEditError:
                result.stale_refusals += 1      # as a person would: reload, type again, save
        result.edits.append((member_id, text))

    def record_payment() -> None:
        nonlocal payments
        member_id = mine[payments % len(mine)]
        month_index = payments // len(mine)
        year, month = 2000 + month_index // 12, 1 + month_index % 12
        paid = dues.record_payment(member_id, [(Period(year, month), Decimal("25.00"))], TODAY, Method.CASH)
        payments += 1
        result.payments.append((paid.receipt_no, member_id, year, month))

    def check_in() -> None:
        activity_id, member_id = rng.choice(setup.activities), rng.choice(setup.members)
        activities.check_in(activity_id, member_id, walk_in_ok=True)
        result.check_ins.append((activity_id, member_id))

    def enter_ballot() -> None:
        candidate = rng.choice(setup.candidates)
        try:
            votes.enter_ballot(setup.vote_id, BallotInput({candidate: YES}))
        except RuleViolation as error:
            if "returned ballots have been entered" not in str(error):
                raise
            result.vote_full += 1           # every returned ballot is in: nothing more to enter
            return
        result.ballots[candidate] += 1

    work = dict(zip(OPERATIONS, (search, edit_member, record_payment, check_in, enter_ballot)))
    try:
        while time.time() < stop_at:
            name = rng.choices(OPERATIONS, WEIGHTS)[0]
            started = time.perf_counter()
            try:
                work[name]()
            except Exception as error:  # noqa: BLE001 - every failure is counted and reported
                result.errors.append(f"{name}: {type(error).__name__}: {error}"[:300])
                continue
            result.timings[name].append((time.perf_counter() - started) * 1000)
    finally:
        db.close()
    result.timings = dict(result.timings)
    result.ballots = dict(result.ballots)
    return result


# -- afterwards: is every acknowledged write there? ----------------------------------------------

def lost_writes(setup: Setup, results: list[ClientResult]) -> dict[str, int]:
    import json

    from sqlalchemy import func, select

    from desktop.domain.activities.entities import ActivityParticipant
    from desktop.domain.audit.entities import AuditRecord
    from desktop.domain.dues.entities import DuesPayment, DuesReceipt
    from desktop.domain.members.entities import Member
    from desktop.domain.votes.entities import VoteBallot
    from desktop.store.database import open_database

    db = open_database(setup.location)
    lost = {"edits": 0, "payments": 0, "check-ins": 0, "ballots": 0, "receipt numbers": 0}
    try:
        with db.session() as session:
            # every acknowledged edit is in the trail; each member holds the newest edit's text
            written = defaultdict(set)
            newest: dict[int, str] = {}
            for member_id, changes in session.execute(
                    select(AuditRecord.entity_id, AuditRecord.changes).where(
                        AuditRecord.entity == "member", AuditRecord.action == "update").order_by(AuditRecord.id)):
                remarks = json.loads(changes).get("remarks")
                if remarks:
                    written[member_id].add(remarks[1])
                    newest[member_id] = remarks[1]
            stored = dict(session.execute(select(Member.id, Member.remarks)).all())
            for result in results:
                lost["edits"] += sum(1 for member_id, text in result.edits if text not in written[member_id])
            lost["edits"] += sum(1 for member_id, text in newest.items() if stored.get(member_id) != text)
            receipts = {r.number: r for r in session.scalars(select(DuesReceipt))}
            paid = {(p.member_id, p.year, p.month, p.receipt_no) for p in session.scalars(select(DuesPayment))}
            for result in results:
                lost["payments"] += sum(1 for number, member_id, year, month in result.payments
                                        if number not in receipts or (member_id, year, month, number) not in paid)
            seqs = sorted(r.seq for r in receipts.values() if r.year == TODAY.year)
            lost["receipt numbers"] = 0 if seqs == list(range(1, len(seqs) + 1)) else 1
            present = set(session.execute(select(ActivityParticipant.activity_id, ActivityParticipant.member_id)
                                          .where(ActivityParticipant.present.is_(True))).all())
            for result in results:
                lost["check-ins"] += sum(1 for pair in result.check_ins if tuple(pair) not in present)
            entered = session.scalar(select(func.count()).select_from(VoteBallot).where(
                VoteBallot.vote_id == setup.vote_id))
            acknowledged = sum(sum(r.ballots.values()) for r in results)
            lost["ballots"] = abs(entered - acknowledged)
    finally:
        db.close()
    return lost


def verify(location: str) -> tuple[bool, int]:
    from desktop.store.database import open_database
    from desktop.store.integrity import verify_database

    db = open_database(location)
    try:
        report = verify_database(db)
        return report.ok, report.records_checked
    finally:
        db.close()


# -- one run and the report ----------------------------------------------------------------------

def run(location: str, clients: int, seconds: float, members: int) -> dict:
    started = time.perf_counter()
    setup = prepare(location, members)
    setup_s = time.perf_counter() - started
    stop_at = time.time() + seconds
    context = multiprocessing.get_context("spawn")
    with context.Pool(clients) as pool:
        results = pool.map(run_client, [(setup, n, clients, stop_at + 5) for n in range(clients)])
    # the 5 s head start covers starting the processes (importing SQLAlchemy, opening the engine)
    ok, records = verify(location)
    return {"results": results, "lost": lost_writes(setup, results), "verified": ok, "records": records,
            "setup_s": setup_s, "seconds": seconds, "clients": clients}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def table(run: dict) -> list[str]:
    timings: dict[str, list[float]] = defaultdict(list)
    for result in run["results"]:
        for name, values in result.timings.items():
            timings[name] += values
    lines = ["| operation | done | per second | p50 | p95 |", "| --- | --- | --- | --- | --- |"]
    for name in OPERATIONS:
        values = timings.get(name, [])
        if values:
            lines.append(f"| {name} | {len(values)} | {len(values) / run['seconds']:.1f} | "
                         f"{percentile(values, 0.5):.1f} ms | {percentile(values, 0.95):.1f} ms |")
    return lines


def summary(run: dict) -> list[str]:
    errors = [e for r in run["results"] for e in r.errors]
    lost = run["lost"]
    lines = [
        f"- errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""),
        f"- lost writes: {sum(lost.values())} ({', '.join(f'{k} {v}' for k, v in lost.items())})",
        f"- saves refused because another client had saved the same member first, then reloaded and saved: "
        f"{sum(r.stale_refusals for r in run['results'])}",
        f"- verify afterwards: {'intact' if run['verified'] else 'BROKEN'} ({run['records']} audit records)",
    ]
    full = sum(r.vote_full for r in run["results"])
    if full:
        lines.append(f"- ballot entries after every returned ballot was in (refused, as they should be): {full}")
    return lines


def report(server: dict, alone: dict, baseline: dict, members: int, server_version: str) -> str:
    lines = [SECTION, "",
             f"{dt.date.today().isoformat()}, {platform.machine()} {multiprocessing.cpu_count()} cores (shared with "
             f"other work), Python {platform.python_version()}, {members} members, {server['seconds']:.0f} s per run.",
             "Mix of 100 operations: search 40, edit member 20, record payment 15, check in 15, enter ballot 10.",
             "",
             f"### {server['clients']} clients (processes) on PostgreSQL {server_version} (throwaway cluster, "
             "Unix socket)", ""]
    lines += table(server) + [""] + summary(server)
    lines += ["", "Writes on the server queue on one lock (desktop/store/database.py, serialise_writers): a "
              "write's time with 8 clients is mostly waiting for the others, with 8 client processes and the "
              "server on the same cores.",
              "", "### 1 client on the same PostgreSQL server (for comparison)", ""]
    lines += table(alone) + [""] + summary(alone)
    lines += ["", f"### Baseline: {baseline['clients']} client on an SQLite file", ""]
    lines += table(baseline) + [""] + summary(baseline)
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--members", type=int, default=600)
    parser.add_argument("--no-write", action="store_true", help="print the section, leave RESULTS.md alone")
    args = parser.parse_args()
    from tests.pg_server import ThrowawayCluster

    cluster = ThrowawayCluster().start()
    try:
        url = cluster.create_database("load")
        server = run(url, args.clients, args.seconds, args.members)
        version = _server_version(url)
        # the same server with one client: what the waiting for each other costs
        alone = run(cluster.create_database("load_one"), 1, args.seconds, args.members)
    finally:
        cluster.stop()
    with tempfile.TemporaryDirectory() as folder:
        baseline = run(str(Path(folder) / "load.sqlite3"), 1, args.seconds, args.members)
    text = report(server, alone, baseline, args.members, version)
    print(text)
    if not args.no_write:
        write_section(SECTION, text)
    runs = (server, alone, baseline)
    failed = any(r.errors for run_ in runs for r in run_["results"]) or any(sum(r["lost"].values()) for r in runs) \
        or not all(r["verified"] for r in runs)
    return 1 if failed else 0


def _server_version(url: str) -> str:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SHOW server_version")).scalar_one().split()[0]
    finally:
        engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
