"""基层工会统计年报 figures as of a day, from the membership history: a hand-built union of ten people
with known histories across the 2024/2025 year end, and every figure pinned as of several days."""

import datetime as dt

import pytest
from sqlalchemy import text

from desktop.domain.accounts.actor import LOCAL_ADMIN, Actor, PermissionDenied
from desktop.domain.accounts.permissions import Role
from desktop.domain.audit.queries import AuditFilter, AuditQueries
from desktop.domain.errors import ValidationError
from desktop.domain.members.lifecycle import EventType
from desktop.domain.members.posts import PostService
from desktop.domain.members.service import MemberService
from desktop.domain.members.inputs import EventInput
from desktop.domain.overview.home import member_figures
from desktop.domain.statistics.inputs import SettingsInput
from desktop.domain.statistics.queries import StatisticsQueries
from desktop.domain.statistics.service import StatisticsService

D = dt.date
TODAY = D(2026, 6, 30)
DEC_2024, DEC_2025 = D(2024, 12, 31), D(2025, 12, 31)
WOMAN, MAN = 2, 1   # ID-number sequences: even is a woman


@pytest.fixture
def union(db, make_member):
    """Ten people; `ids` names them by letter."""
    service = MemberService(db, LOCAL_ADMIN, today=TODAY)
    ids = {}

    def add(letter, born, joined, sequence, first=EventType.JOIN, **fields):
        gender = "2" if sequence % 2 == 0 else "1"
        ids[letter] = service.create(make_member(f"会员{letter}", birth=born, sequence=sequence, join_date=joined,
                                                 gender=gender, **fields), first_event=first)

    def event(letter, kind, day):
        service.record_event(ids[letter], EventInput(kind, day))

    add("A", D(1990, 5, 10), D(2010, 9, 1), 2, education="20", political_status="01")   # woman, always in
    add("B", D(1970, 1, 15), D(2024, 1, 2), 3, education="70")                          # joined 2 Jan 2024
    add("C", D(1999, 2, 1), D(2025, 1, 2), 5, education="30", political_status="03")    # joined 2 Jan 2025
    add("D", D(1980, 3, 3), D(2015, 3, 1), 7)                                             # withdrew March 2025
    event("D", EventType.WITHDRAW, D(2025, 3, 15))
    add("E", D(1985, 8, 8), D(2020, 6, 1), 9, first=EventType.TRANSFER_IN)               # retained, reinstated
    event("E", EventType.RETAIN, D(2024, 11, 1))
    event("E", EventType.REINSTATE, D(2025, 2, 1))
    add("F", D(1960, 12, 31), D(2000, 1, 1), 11)                                          # join date unknown
    add("G", D(1995, 1, 1), D(2018, 1, 1), 13)                                            # transferred out
    event("G", EventType.TRANSFER_OUT, D(2025, 6, 30))
    add("H", D(1991, 1, 1), D(2019, 1, 1), 15)                                            # in the trash
    service.delete([ids["H"]])
    add("I", D(1975, 6, 1), D(2012, 4, 1), 17)                                            # expelled on 31 Dec
    event("I", EventType.EXPEL, D(2025, 12, 31))
    add("J", D(2001, 7, 7), D(2025, 7, 1), 4, first=EventType.TRANSFER_IN, ethnicity="02",
        is_migrant_worker=True)                                                           # woman, migrant
    with db.transaction() as session:  # F as an import without 入会时间 leaves it
        session.execute(text("UPDATE members SET join_date = NULL WHERE id = :id"), {"id": ids["F"]})
        session.execute(text("UPDATE membership_events SET event_date = NULL WHERE member_id = :id"),
                        {"id": ids["F"]})
    return ids


def names(union, ids):
    letters = {v: k for k, v in union.items()}
    return "".join(sorted(letters[i] for i in ids))


def test_members_as_of_the_end_of_2024(db, union):
    queries = StatisticsQueries(db, LOCAL_ADMIN)
    counts = queries.member_counts(DEC_2024)
    assert names(union, queries.members_behind("members", DEC_2024)) == "ABDEFGI"   # C joined 2 Jan 2025
    assert counts["members"] == 7 and counts["active"] == 6 and counts["retained"] == 1
    assert names(union, queries.members_behind("retained", DEC_2024)) == "E"
    assert counts["women"] == 1 and counts["migrant"] == 0 and counts["minority"] == 0
    assert names(union, queries.members_behind("under35", DEC_2024)) == "AG"        # A is 34, G 29
    assert counts["age36to45"] == 2 and counts["age46to55"] == 2 and counts["over55"] == 1  # D E | B I | F
    assert counts["bachelor"] == 1 and counts["junior"] == 1 and counts["education_other"] == 5
    assert counts["party"] == 1 and counts["league"] == 0


def test_members_as_of_the_end_of_2025(db, union):
    queries = StatisticsQueries(db, LOCAL_ADMIN)
    counts = queries.member_counts(DEC_2025)
    # D withdrew in March, G left in June, I was expelled on the day itself; C and J came in.
    assert names(union, queries.members_behind("members", DEC_2025)) == "ABCEFJ"
    assert counts["members"] == 6 and counts["active"] == 6 and counts["retained"] == 0
    assert names(union, queries.members_behind("women", DEC_2025)) == "AJ"
    assert names(union, queries.members_behind("migrant", DEC_2025)) == "J"
    assert names(union, queries.members_behind("minority", DEC_2025)) == "J"
    assert names(union, queries.members_behind("under35", DEC_2025)) == "ACJ"       # A turned 35 in May
    assert names(union, queries.members_behind("age46to55", DEC_2025)) == "B"       # 55
    assert names(union, queries.members_behind("over55", DEC_2025)) == "F"          # 65
    assert names(union, queries.members_behind("age36to45", DEC_2025)) == "E"
    assert counts["league"] == 1 and counts["college"] == 1


def test_a_member_who_joined_on_2_january_and_one_who_left_in_march(db, union):
    queries = StatisticsQueries(db, LOCAL_ADMIN)
    assert union["B"] not in queries.members_behind("members", D(2023, 12, 31))
    assert union["B"] in queries.members_behind("members", D(2024, 1, 2))
    assert union["D"] in queries.members_behind("members", DEC_2024)
    assert union["D"] in queries.members_behind("members", D(2025, 3, 14))
    assert union["D"] not in queries.members_behind("members", D(2025, 3, 15))
    assert queries.member_counts(D(2025, 3, 31))["members"] == 7                    # ABCEFGI
    assert queries.member_counts(D(2025, 3, 31))["retained"] == 0                   # E reinstated in February


def test_a_member_whose_join_date_is_unknown_counts_on_every_day_and_in_no_year(db, union):
    queries = StatisticsQueries(db, LOCAL_ADMIN)
    assert union["F"] in queries.members_behind("members", D(1990, 1, 1))
    assert queries.member_counts(D(1990, 1, 1))["members"] == 1
    assert union["F"] not in queries.members_behind("join", DEC_2025)
    assert union["F"] not in queries.members_behind("join", DEC_2024)


def test_the_movements_of_each_year_add_up(db, union):
    queries = StatisticsQueries(db, LOCAL_ADMIN)
    report = queries.report(DEC_2025)
    assert report.start_members == 7
    assert report.movements == {"join": 1, "transfer_in": 1, "transfer_out": 1, "retain": 0, "withdraw": 1,
                                "expel": 1, "reinstate": 1}
    assert names(union, queries.members_behind("reinstate", DEC_2025)) == "E"
    assert names(union, queries.members_behind("transfer_out", DEC_2025)) == "G"
    earlier = queries.report(DEC_2024)
    assert earlier.start_members == 6
    assert earlier.movements["join"] == 1 and earlier.movements["retain"] == 1 and earlier.movements["withdraw"] == 0
    for found in (report, earlier):
        passed = {c.key: c.passed for c in found.checks}
        assert passed["movements_add_up"] and passed["women_le_members"]
        assert passed["age_adds_up"] and passed["education_adds_up"] and passed["standing_adds_up"]
        assert passed["workforce_known"] is False            # no headcount entered yet


def test_the_headcount_is_a_yearly_setting_with_its_date(db, union):
    service = StatisticsService(db, LOCAL_ADMIN, today=TODAY)
    service.save_settings(SettingsInput(DEC_2024, workforce=10, women_workforce=3))
    service.save_settings(SettingsInput(DEC_2025, workforce=8, women_workforce=1, committee=5))
    queries = StatisticsQueries(db, LOCAL_ADMIN)
    report = queries.report(DEC_2025)
    assert report.workforce == 8 and report.membership_rate == "75.0%"
    assert queries.report(D(2025, 6, 30)).workforce == 10          # the latest setting on or before the day
    assert queries.report(D(2024, 6, 30)).settings is None
    checks = {c.key: c.passed for c in report.checks}
    assert checks["members_le_workforce"] and checks["women_le_women_workforce"] is False  # 2 women > 1
    assert report.body("committee") == 5                               # typed: nobody holds a committee post
    with pytest.raises(ValidationError):
        service.save_settings(SettingsInput(DEC_2025, workforce=8, women_workforce=9))
    with pytest.raises(ValidationError):
        service.save_settings(SettingsInput(D(2027, 1, 1), workforce=8))
    assert AuditQueries(db, LOCAL_ADMIN).count(AuditFilter(entity="union_year_figures")) == 2


def test_union_bodies_come_from_the_posts_held_on_the_day(db, union):
    posts = PostService(db, LOCAL_ADMIN)
    posts.add(union["A"], "01", D(2023, 5, 1))
    posts.add(union["C"], "03", D(2025, 5, 1))
    posts.add(union["J"], "06", D(2025, 8, 1))
    StatisticsService(db, LOCAL_ADMIN, today=TODAY).save_settings(SettingsInput(DEC_2024, workforce=10, committee=9))
    queries = StatisticsQueries(db, LOCAL_ADMIN)
    assert queries.report(DEC_2025).body("committee") == 2
    assert names(union, queries.members_behind("committee", DEC_2025)) == "AC"
    assert names(union, queries.members_behind("committee", DEC_2024)) == "A"
    assert queries.report(DEC_2025).body("women_committee") == 1
    assert queries.report(DEC_2024).body("women_committee") is None   # neither posts nor a typed figure


def test_the_home_pane_counts_with_the_same_queries(db, union):
    figures = {f.key: f.value for f in member_figures(db, LOCAL_ADMIN, DEC_2025)}
    counts = StatisticsQueries(db, LOCAL_ADMIN).member_counts(DEC_2025)
    assert figures["members"] == f"{counts['active']} / {counts['retained']}"
    assert figures["women"] == "2" and figures["migrant"] == "1"
    assert figures["joined"] == "1"                                 # C; J transferred in


def test_a_masked_reader_gets_ages_by_birth_year_and_no_aid(db, union):
    finance = Actor("cw", role=Role.FINANCE)
    queries = StatisticsQueries(db, finance)
    # F was born on 31 December 1960: on 30 June 2016 55 by the day, 56 by the year.
    assert union["F"] in StatisticsQueries(db, LOCAL_ADMIN).members_behind("age46to55", D(2016, 6, 30))
    assert union["F"] in queries.members_behind("over55", D(2016, 6, 30))
    report = queries.report(DEC_2025)
    assert report.aid is None and report.dues_collected is not None
    with pytest.raises(PermissionDenied):
        StatisticsService(db, finance, today=TODAY).save_settings(SettingsInput(DEC_2025, workforce=8))
