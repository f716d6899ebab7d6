"""The role matrix: every command of the command line and every service entry point, as every role.
What a role may do succeeds; what it may not is refused with the one-line message and writes
nothing (the log-in's own audit record aside).

The expected permission of each command is written down here, in words a cadre would check against
docs/domain.md; the service entry points are found by looking at the services themselves, so a new
one without a permission check fails this test until it has one (or is listed as needing none).
"""

from __future__ import annotations

import inspect
import re
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.cli import main
from desktop.domain.accounts.actor import Actor, PermissionDenied
from desktop.domain.accounts.permissions import ROLE_PERMISSIONS, Permission, Role
from tests.demo_files import all_rows, build_template

P = Permission
ANY = None  # any account that may log in
DEMO_USERS = {Role.ADMIN: "admin", Role.OFFICER: "officer", Role.FINANCE: "finance", Role.AID: "aid",
              Role.TELLER: "teller", Role.READONLY: "viewer", Role.RIGHTS: "rights"}

# command → (argv, the permission it needs). OUT/ files land in the test's folder.
COMMANDS: dict[str, tuple[list[str], Permission | None]] = {
    "members list": (["members", "list", "--json"], P.MEMBERS_READ),
    "members list --full-ids": (["members", "list", "--json", "--full-ids"], P.EXPORT_SENSITIVE),
    "activities list": (["activities", "list", "--json"], ANY),
    "aid list": (["aid", "list", "--json"], P.AID_READ),
    "votes list": (["votes", "list"], ANY),
    "votes show": (["votes", "show", "1"], ANY),
    "dues arrears": (["dues", "arrears", "--json"], P.FUNDS_READ),
    "dues list": (["dues", "list", "--month", "2026-09", "--json"], P.FUNDS_READ),
    "dues export": (["dues", "export", "--month", "2026-09", "OUT/dues.xlsx"], P.FUNDS_READ),
    "dues rate": (["dues", "rate"], P.FUNDS_READ),
    "dues rate --set": (["dues", "rate", "--set", "0.5", "--from", "2026-11-01"], P.FUNDS_WRITE),
    "dues wage": (["dues", "wage", "--member", "3", "--from", "2026-11-01", "--wage", "6000"], P.FUNDS_WRITE),
    "dues pay": (["dues", "pay", "--member", "3", "--month", "2026-11", "--method", "cash", "--amount", "20",
                  "--date", "2026-11-30"], P.FUNDS_WRITE),
    "dues batch": (["dues", "batch", "--month", "2026-11", "--date", "2026-11-30", "--yes"], P.FUNDS_WRITE),
    "dues import-payroll": (["dues", "import-payroll", "OUT/payroll.xlsx", "--month", "2026-11", "--date",
                             "2026-11-30", "--yes"], P.FUNDS_WRITE),
    "dues reverse": (["dues", "reverse", "--payment", "{payment}", "--reason", "录错了"], P.FUNDS_WRITE),
    "import members": (["import", "members", "OUT/roster.csv", "--join-date", "2024-05-01"], P.MEMBERS_WRITE),
    "export members": (["export", "members", "--profile", "csv", "OUT/m.csv"], P.MEMBERS_READ),
    "export members --full-ids": (["export", "members", "--profile", "csv", "--full-ids", "OUT/mf.csv"],
                                  P.EXPORT_SENSITIVE),
    "export members parent-union": (["export", "members", "--profile", "parent-union", "OUT/pu.xlsx"],
                                    P.EXPORT_SENSITIVE),
    "export ledger": (["export", "ledger", "--year", "2026", "OUT/ledger.xlsx"], P.FUNDS_READ),
    "print roster": (["print", "roster", "OUT/roster.pdf"], P.MEMBERS_READ),
    "print roster --full-ids": (["print", "roster", "--full-ids", "OUT/rosterf.pdf"], P.EXPORT_SENSITIVE),
    "print signin": (["print", "signin", "OUT/signin.pdf", "--blank", "10"], ANY),
    "print notice": (["print", "notice", "OUT/notice.pdf", "--activity", "1"], ANY),
    "print participants": (["print", "participants", "--activity", "1", "OUT/part.pdf"], ANY),
    "print results": (["print", "results", "--activity", "{results_activity}", "OUT/results.pdf"], ANY),
    "print receipt": (["print", "receipt", "--number", "{receipt}", "OUT/receipt.pdf"], P.FUNDS_READ),
    "print dues-statement": (["print", "dues-statement", "--member", "3", "--year", "2026", "OUT/stmt.pdf"],
                             P.FUNDS_READ),
    "print funds-notice": (["print", "funds-notice", "--year", "2026", "OUT/fn.pdf"], P.FUNDS_READ),
    "print aid-notice": (["print", "aid-notice", "--year", "2026", "OUT/aidn.pdf"], P.AID_READ),
    "print payment-sheet": (["print", "payment-sheet", "--batch", "{aid_batch}", "OUT/sheet.pdf"], P.AID_READ),
    "print aid-application": (["print", "aid-application", "--case", "{case}", "OUT/app.pdf"], P.AID_READ),
    "print aid-application --full": (["print", "aid-application", "--case", "{case}", "--full", "OUT/appf.pdf"],
                                     P.AID_SENSITIVE),
    "print aid-approval": (["print", "aid-approval", "--case", "{case}", "OUT/appr.pdf"], P.AID_READ),
    "print ballots": (["print", "ballots", "--vote", "{open_vote}", "OUT/ballots.pdf"], P.VOTES_SETUP),
    "print vote-result": (["print", "vote-result", "--vote", "{published_vote}", "OUT/vr.pdf"], ANY),
    "print vote-signin": (["print", "vote-signin", "--vote", "{open_vote}", "OUT/vs.pdf"], ANY),
    "print vote-notice": (["print", "vote-notice", "--vote", "{published_vote}", "OUT/vn.pdf"], ANY),
    "cases list": (["cases", "list", "--json"], P.RIGHTS_READ),
    "print case-summary": (["print", "case-summary", "--year", "2026", "OUT/cases.pdf"], P.RIGHTS_READ),
    "print case-paper": (["print", "case-paper", "--case", "{rights_case}", "--paper", "registration",
                          "OUT/case.pdf"], P.RIGHTS_READ),
    # The operations' commands: whoever holds the backup permission (its holders are the
    # operations service's to decide; this row follows ROLE_PERMISSIONS).
    "backup": (["backup", "--to", "OUT/backups"], P.BACKUP_MANAGE),
    "export-encrypted": (["export-encrypted", "OUT/handover.udx"], P.BACKUP_MANAGE),
    "verify": (["verify"], ANY),
}
# Not in the matrix: `demo` (makes a new demo database, no account involved; it refuses a file
# that is not a demo, see test_cli_trust.py), `import-encrypted` (makes a new database from a file
# and its password), `restore` (tests/test_backup_commands.py, with its own role tests).


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("role-matrix"), members=150, seed=2)


@pytest.fixture(scope="module")
def ids(template):
    return demo_ids(template)


def demo_ids(template: Path) -> dict:
    """The ids the commands name (a payment, a receipt, a case, votes …), read from the demo."""
    import sqlite3

    connection = sqlite3.connect(template)
    try:
        one = lambda sql: str(connection.execute(sql).fetchone()[0])  # noqa: E731
        return {
            "payment": one("SELECT id FROM dues_payments WHERE receipt_no IS NULL AND reverses_id IS NULL "
                           "AND amount > 0 ORDER BY id DESC LIMIT 1"),
            "receipt": one("SELECT number FROM dues_receipts WHERE void = 0 LIMIT 1"),
            "results_activity": one("SELECT activity_id FROM activity_results LIMIT 1"),
            "aid_batch": one("SELECT id FROM aid_payment_batches LIMIT 1"),
            "case": one("SELECT id FROM aid_cases ORDER BY id LIMIT 1"),
            "rights_case": one("SELECT case_no FROM rights_cases ORDER BY id LIMIT 1"),
            "open_vote": one("SELECT id FROM votes WHERE status = 'open' LIMIT 1"),
            "published_vote": one("SELECT id FROM votes WHERE status = 'published' LIMIT 1"),
            "members": connection.execute("SELECT name, department, id_number FROM members WHERE status = 'active' "
                                          "ORDER BY id LIMIT 5").fetchall(),
        }
    finally:
        connection.close()


def _inputs(folder: Path, ids: dict) -> None:
    roster = ["姓名,公民身份号码,入会时间", "新会员甲,130102199001010017,2024-05-01"]
    (folder / "roster.csv").write_text("\n".join(roster) + "\n", encoding="utf-8-sig")
    book = Workbook()
    book.active.append(["姓名", "部门", "身份证号", "代扣会费"])
    for name, department, id_number in ids["members"]:
        book.active.append([name, department, id_number, "12.50"])
    book.save(folder / "payroll.xlsx")


def _argv(argv: list[str], folder: Path, ids: dict) -> list[str]:
    return [a.replace("OUT/", f"{folder}/").format(**ids) for a in argv]


def _outputs(argv: list[str]) -> list[Path]:
    return [Path(a) for a in argv if re.search(r"\.(pdf|xlsx|csv|udx)$", a) and "roster.csv" not in a
            and "payroll.xlsx" not in a]


def _besides_login(before: dict, after: dict) -> set[str]:
    """Tables changed by something other than the log-in (its audit record, the user's last log-in)."""
    changed = {t for t in before if before[t] != after[t]}
    if len(after["audit_records"]) - len(before["audit_records"]) > 1:
        changed.add("audit_records(more than the log-in)")
    return changed - {"audit_records", "users", "row_seals"}  # the log-in: its record and the user row's seal


@pytest.mark.parametrize("role", list(Role), ids=str)
def test_every_command_as_every_role(template, ids, tmp_path, monkeypatch, capsys, role):
    monkeypatch.setenv("UNIONDESK_USER", DEMO_USERS[role])
    monkeypatch.setenv("UNIONDESK_PASSWORD", f"demo-{DEMO_USERS[role]}")
    monkeypatch.setenv("UNIONDESK_EXPORT_PASSWORD", "换届交接-2026-密码")
    wrong = []
    for name, (argv, permission) in COMMANDS.items():
        folder = tmp_path / re.sub(r"\W+", "_", name)
        folder.mkdir()
        _inputs(folder, ids)
        db = folder / "union.sqlite3"
        shutil.copyfile(template, db)
        argv = _argv(argv, folder, ids)
        allowed = permission is None or permission in ROLE_PERMISSIONS[role]
        before = all_rows(db) if not allowed else None
        capsys.readouterr()
        code = main(["--lang", "en", "--db", str(db), *argv])
        err = capsys.readouterr().err.strip()
        if allowed and code != 0:
            wrong.append(f"{name}: allowed but exit {code}: {err[:120]}")
        if not allowed:
            if code != 2 or not re.search(r"may not|needs the permission", err) or len(err.splitlines()) != 1:
                wrong.append(f"{name}: should be refused, got exit {code}: {err[:120]}")
            if changed := _besides_login(before, all_rows(db)):
                wrong.append(f"{name}: refused but wrote to {sorted(changed)}")
            if left := [p.name for p in _outputs(argv) if p.exists()]:
                wrong.append(f"{name}: refused but left {left}")
    assert not wrong, "\n".join(wrong)


# -- service entry points -------------------------------------------------------------------------

def _services():
    from desktop.domain.accounts.service import AccountService
    from desktop.domain.activities.queries import ActivityQueries
    from desktop.domain.activities.service import ActivityService
    from desktop.domain.aid.queries import AidQueries
    from desktop.domain.aid.service import AidService
    from desktop.domain.aid.settings import AidSettingsService
    from desktop.domain.audit.queries import AuditQueries
    from desktop.domain.dues.queries import DuesQueries
    from desktop.domain.dues.service import DuesService
    from desktop.domain.exports.submissions import ExportRecords
    from desktop.domain.funds.queries import FundsQueries
    from desktop.domain.funds.service import FundsService
    from desktop.domain.members.imports import MemberImportService
    from desktop.domain.members.queries import MemberQueries
    from desktop.domain.members.service import MemberService
    from desktop.domain.votes.queries import VoteQueries
    from desktop.domain.votes.service import VoteService

    return (AccountService, ActivityQueries, ActivityService, AidQueries, AidService, AidSettingsService,
            AuditQueries, DuesQueries, DuesService, ExportRecords, FundsQueries, FundsService, MemberImportService,
            MemberQueries, MemberService, VoteQueries, VoteService)


# Entry points that need no permission of their own beyond what the constructor checked, each with why.
NEEDS_NONE = {
    "AccountService.change_own_password": "every account changes its own password",
    "ActivityService.checked": "validates input, writes nothing",
    "ActivityService.ceiling_warning": "reads the welfare ceilings for the dialog, writes nothing",
    "VoteService.check_printable": "reads whether ballots may be printed; counting them printed "
                                   "(record_printed) needs votes.setup",
}
# Entry points that hand over to another one of the same service, which checks.
DELEGATES = {"VoteService.enter_ballot": "enter_ballots"}
# Entry points whose rule is more than one permission (read in their code).
SPECIAL = {
    # unmasking one value: those who see everything anyway, or those allowed to reveal (audited)
    "MemberQueries.reveal": lambda perms: P.SENSITIVE_READ in perms or P.SENSITIVE_REVEAL in perms,
    "AidService.purge": lambda perms: P.AID_WRITE in perms and P.AID_SENSITIVE in perms,
}
_REQUIRE = re.compile(r"require\(\s*Permission\.([A-Z_]+)")


def _required(function) -> set[Permission]:
    return {Permission[name] for name in _REQUIRE.findall(inspect.getsource(function))}


def _entry_points(cls):
    for name, function in inspect.getmembers(cls, inspect.isfunction):
        if not name.startswith("_"):
            yield name, function


def _expected(cls, name, function, perms) -> bool | None:
    """Whether a role holding `perms` (and the constructor's permission) may call it; None when the
    entry point checks nothing itself and its class's constructor checks nothing either."""
    key = f"{cls.__name__}.{name}"
    if key in SPECIAL:
        return SPECIAL[key](perms)
    if key in DELEGATES:
        function = getattr(cls, DELEGATES[key])
    needed = _required(function)
    if not needed:  # covered by the constructor's check (the read classes check there), or by nothing
        return True if key in NEEDS_NONE or _required(cls.__init__) else None
    return needed <= perms


def _call(cls, db, actor, name, function):
    """Call an entry point with placeholder arguments: the permission check comes first, so a refused
    role meets PermissionDenied; an allowed one gets past it (and then fails on the placeholders)."""
    service = cls(db, actor)
    parameters = list(inspect.signature(function).parameters.values())[1:]
    args = [None for p in parameters if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    kwargs = {p.name: None for p in parameters if p.default is p.empty and p.kind is p.KEYWORD_ONLY}
    getattr(service, name)(*args, **kwargs)


@pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")  # placeholders: get(None) after the check
@pytest.mark.parametrize("role", list(Role), ids=str)
def test_every_service_entry_point_as_every_role(template, tmp_path, role):
    from desktop.store.database import open_database

    path = tmp_path / "union.sqlite3"
    shutil.copyfile(template, path)
    before = all_rows(path)
    actor = Actor(DEMO_USERS[role], role=role)
    perms = ROLE_PERMISSIONS[role]
    wrong, refused, allowed = [], 0, []
    db = open_database(str(path), create=False)
    try:
        for cls in _services():
            constructor_needs = _required(cls.__init__)
            for name, function in _entry_points(cls):
                expected = _expected(cls, name, function, perms) if constructor_needs <= perms else False
                if expected is None:
                    wrong.append(f"{cls.__name__}.{name}: no permission check found (add one, or list it in "
                                 "NEEDS_NONE with the reason)")
                    continue
                if expected:
                    allowed.append((cls, name, function))
                    continue
                try:
                    _call(cls, db, actor, name, function)
                except PermissionDenied:
                    refused += 1
                    continue
                except Exception as error:  # noqa: BLE001 - anything but a refusal is a finding
                    wrong.append(f"{cls.__name__}.{name}: should be refused, raised {type(error).__name__}: {error}")
                    continue
                wrong.append(f"{cls.__name__}.{name}: should be refused, went through")
        assert all_rows(path) == before, "a refused call wrote something"
        for cls, name, function in allowed:
            try:
                _call(cls, db, actor, name, function)
            except PermissionDenied:
                wrong.append(f"{cls.__name__}.{name}: allowed for {role} but refused")
            except Exception:  # noqa: BLE001 - past the permission check; the placeholders fail later
                pass
    finally:
        db.close()
    assert not wrong, "\n".join(wrong)
    if role == Role.ADMIN:
        assert refused == 0 and len(allowed) > 100
    if role == Role.READONLY:
        assert refused > 80
