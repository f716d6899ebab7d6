"""Masking that reveals nothing (docs/domain.md, Masking): as the read-only account, no
combination of the register, its searches, the command line's listing, an export and a printed
roster gives away a full ID number or phone, and the demo's 2 000 ID numbers cannot be rebuilt
from what that account sees."""

import csv
import datetime as dt
import json
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.cli import main
from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Role
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.id_numbers import check_character
from desktop.domain.members.entities import Member
from desktop.domain.members.queries import MemberFilter, MemberQueries, SortOrder
from desktop.store.database import open_database

VIEWER = Actor("viewer", "吴查看", Role.READONLY)
FINANCE = Actor("finance", "赵会计", Role.FINANCE)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("masking") / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--members", "2000", "--seed", "5"]) == 0
    db = open_database(str(path), create=False)
    with db.session() as session:
        stored = {r.id: r for r in session.execute(
            select(Member.id, Member.name, Member.id_number, Member.mobile, Member.birth_date, Member.card_no,
            Member.member_no))}
    yield path, db, stored
    db.close()


def _as(monkeypatch, username):
    monkeypatch.setenv("UNIONDESK_USER", username)
    monkeypatch.setenv("UNIONDESK_PASSWORD", f"demo-{username}")


def _viewer_listing(path, monkeypatch, capsys, *extra):
    _as(monkeypatch, "viewer")
    capsys.readouterr()
    assert main(["--db", str(path), "members", "list", "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def _candidates(area: str, year: int, tail: str) -> int:
    """How many real ID numbers agree with an area code, a birth year and the last four."""
    count, day = 0, dt.date(year, 1, 1)
    while day.year == year:
        body = f"{area}{day:%Y%m%d}{tail[:3]}"
        count += check_character(body) == tail[3]
        day += dt.timedelta(days=1)
    return count


def test_what_the_viewer_sees_never_holds_a_full_id_or_phone(demo, monkeypatch, capsys, tmp_path):
    path, db, stored = demo
    listing = _viewer_listing(path, monkeypatch, capsys)
    seen = [json.dumps(listing, ensure_ascii=False)]
    assert main(["--db", str(path), "members", "list"]) == 0
    seen.append(capsys.readouterr().out)
    assert main(["--db", str(path), "export", "members", "--profile", "csv", str(tmp_path / "all.csv")]) == 0
    exported = (tmp_path / "all.csv").read_text(encoding="utf-8-sig")
    seen.append(exported)
    assert main(["--db", str(path), "print", "roster", str(tmp_path / "roster.pdf"), "--department", "财务部"]) == 0
    roster = "".join(p.extract_text() for p in PdfReader(tmp_path / "roster.pdf").pages)
    seen.append(roster)
    # Birth dates: the year only, in the listing, the export and on paper.
    assert {m["birth_date"] for m in listing} <= {str(stored[m["id"]].birth_date.year) for m in listing}
    births = [row["出生日期"] for row in csv.DictReader(exported.splitlines())]
    assert len(births) == 2000 and all(re.fullmatch(r"\d{4}", b) for b in births)
    finance = [m for m in listing if m["department"] == "财务部"]
    assert len(re.findall(r"\d{4}年(?!\d)", roster)) >= len(finance)
    queries = MemberQueries(db, VIEWER)
    ids = queries.ids(MemberFilter())
    rows = queries.rows(ids)
    detail = queries.detail(ids[0])
    seen.append(repr(list(rows.values())) + repr(detail))
    text = "\n".join(seen)
    for member in stored.values():
        assert member.id_number not in text
        assert member.mobile is None or member.mobile not in text
    # What is shown instead: area code and last four, the birth year, 138****5678.
    some = rows[ids[0]]
    assert re.fullmatch(r"\d{6}\*{8}\d{3}[\dX]", some.id_number)
    assert some.birth_date is None and some.birth_text == str(stored[ids[0]].birth_date.year)
    assert re.fullmatch(r"1\d\d\*{4}\d{4}", some.mobile)
    assert detail.data.birth_date is None and detail.birth_text.isdigit()


def test_the_demo_ids_cannot_be_rebuilt_from_the_viewers_listing(demo, monkeypatch, capsys):
    path, _db, stored = demo
    listing = _viewer_listing(path, monkeypatch, capsys)
    assert len(listing) == 2000
    fewest = min(_candidates(m["id_number"][:6], int(m["birth_date"]), m["id_number"][-4:]) for m in listing)
    # Every masked ID fits dozens of real numbers (one in eleven days of the year passes the check
    # character), and nothing the viewer can do tells them apart.
    assert fewest >= 15


def test_the_viewer_cannot_find_members_by_phone_or_id_digits(demo):
    _path, db, stored = demo
    queries = MemberQueries(db, VIEWER)
    sample = [m for m in stored.values() if m.mobile][:50]
    for member in sample:
        probes = [member.mobile[-4:], member.mobile[-6:], member.mobile, member.id_number,
                  member.id_number[-6:], member.id_number[6:14]]
        for probe in probes:
            found = queries.ids(MemberFilter(search=probe))
            # Only card or member numbers that happen to end in those digits match, never the phone or ID.
            assert all(any((n or "").lower().endswith(probe.lower()) for n in (stored[i].card_no, stored[i].member_no))
                       for i in found), probe
            assert (queries.matching(probe) or frozenset()) <= set(found)
    # Card numbers are not masked, so their tails still find people.
    member = sample[0]
    assert member.id in queries.ids(MemberFilter(search=member.card_no[-6:]))


def test_a_masked_sort_does_not_give_away_the_hidden_digits(demo):
    _path, db, stored = demo
    queries = MemberQueries(db, FINANCE)
    by_id = queries.ids(MemberFilter(), SortOrder("id_number"))
    by_phone = queries.ids(MemberFilter(), SortOrder("mobile"))
    by_birth = queries.ids(MemberFilter(), SortOrder("birth_date"))
    assert by_id != sorted(stored, key=lambda i: stored[i].id_number)
    areas = [stored[i].id_number[:6] for i in by_id]
    assert areas == sorted(areas)
    phones = [(stored[i].mobile or "")[:3] for i in by_phone]
    assert phones == sorted(phones)
    years = [stored[i].birth_date.year for i in by_birth]
    assert years == sorted(years)
    assert by_birth != sorted(stored, key=lambda i: (stored[i].birth_date, i))


def test_the_officer_still_finds_members_by_phone_tail(demo):
    _path, db, stored = demo
    member = next(m for m in stored.values() if m.mobile)
    officer = MemberQueries(db, Actor("officer", "李干事", Role.OFFICER))
    assert member.id in officer.ids(MemberFilter(search=member.mobile[-4:]))


def test_members_list_is_masked_for_the_officer_unless_full_ids_which_is_recorded(demo, monkeypatch, capsys):
    path, db, stored = demo
    _as(monkeypatch, "officer")
    capsys.readouterr()
    assert main(["--db", str(path), "members", "list", "--json", "--department", "财务部"]) == 0
    masked = json.loads(capsys.readouterr().out)
    assert masked and all("*" in m["id_number"] and ("*" in m["phone"] or not m["phone"]) for m in masked)
    assert all(len(m["birth_date"]) == 4 for m in masked)
    with db.session() as session:
        before = session.scalar(select(AuditRecord.id).order_by(AuditRecord.id.desc()).limit(1))
    assert main(["--db", str(path), "members", "list", "--json", "--department", "财务部", "--full-ids"]) == 0
    full = json.loads(capsys.readouterr().out)
    assert {m["id_number"] for m in full} == {stored[m["id"]].id_number for m in full}
    assert {m["phone"] or None for m in full} == {stored[m["id"]].mobile for m in full}
    with db.session() as session:
        records = session.scalars(select(AuditRecord).where(AuditRecord.id > before)).all()
    exported = [r for r in records if r.action == "export"]
    assert exported and "members list" in exported[0].changes
    assert str(len(full)) in exported[0].changes


def test_the_viewer_may_not_list_full_ids(demo, monkeypatch, capsys):
    path, _db, _stored = demo
    _as(monkeypatch, "viewer")
    capsys.readouterr()
    assert main(["--db", str(path), "members", "list", "--json", "--full-ids"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "viewer" in captured.err


def test_the_dues_list_does_not_answer_guessed_id_numbers_for_finance(demo):
    from desktop.domain.dues.queries import DuesFilter, DuesQueries
    from desktop.domain.dues.rules import Period

    _path, db, stored = demo
    member = next(iter(stored.values()))
    october = Period(2026, 10)
    by_id = DuesFilter(october, october, search=member.id_number)
    assert DuesQueries(db, FINANCE).rows(by_id) == []
    assert [r.member_id for r in DuesQueries(db, Actor("admin", role=Role.ADMIN)).rows(by_id)] == [member.id]
    by_name = DuesFilter(october, october, search=member.name)
    assert member.id in [r.member_id for r in DuesQueries(db, FINANCE).rows(by_name)]


def test_the_age_bands_of_a_masked_reader_follow_the_birth_year(demo):
    _path, db, stored = demo
    today = dt.date(2026, 6, 15)
    viewer = MemberQueries(db, VIEWER)
    officer = MemberQueries(db, Actor("officer", "李干事", Role.OFFICER))
    for band, (low, high) in {"under35": (None, 34), "35to44": (35, 44), "55plus": (55, None)}.items():
        found = set(viewer.ids(MemberFilter(age_band=band), today=today))
        expected = {i for i in viewer.ids(MemberFilter(), today=today)
                    if (low is None or today.year - stored[i].birth_date.year >= low)
                    and (high is None or today.year - stored[i].birth_date.year <= high)}
        assert found == expected and found
    # The officer's bands are measured to the day, as before.
    exact = set(officer.ids(MemberFilter(age_band="35to44"), today=today))
    assert exact != set(viewer.ids(MemberFilter(age_band="35to44"), today=today))
