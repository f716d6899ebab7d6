"""工会职务: posts with from/to dates, who holds them on a day, and the audit of each change."""

import datetime as dt

import pytest

from desktop.domain.accounts.actor import LOCAL_ADMIN, Actor, PermissionDenied
from desktop.domain.accounts.permissions import Role
from desktop.domain.audit.queries import AuditFilter, AuditQueries
from desktop.domain.errors import RuleViolation
from desktop.domain.members.posts import COMMITTEE, PostService, holders
from desktop.domain.members.queries import MemberFilter, MemberQueries
from desktop.domain.members.service import MemberService

D = dt.date


@pytest.fixture
def two(db, make_member):
    service = MemberService(db, LOCAL_ADMIN)
    return service.create(make_member("张海生")), service.create(make_member("李红", sequence=3))


def _two_members(two):
    return two


def test_a_post_is_held_between_its_dates(db, two):
    first, second = two
    service = PostService(db, LOCAL_ADMIN)
    service.add(first, "03", D(2023, 5, 1))                       # 委员, still held
    term = service.add(second, "03", D(2020, 5, 1), D(2023, 4, 30))  # the previous term
    assert holders(db, LOCAL_ADMIN, "03", D(2024, 1, 1)) == [first]
    assert holders(db, LOCAL_ADMIN, "03", D(2022, 1, 1)) == [second]
    service.end(term, D(2021, 12, 31))
    assert holders(db, LOCAL_ADMIN, "03", D(2022, 1, 1)) == []


def test_the_committee_group_takes_chair_vice_chair_and_members(db, two):
    first, second = two
    service = PostService(db, LOCAL_ADMIN)
    service.add(first, "01", D(2023, 5, 1))
    service.add(second, "03", D(2023, 5, 1))
    assert sorted(holders(db, LOCAL_ADMIN, COMMITTEE, D(2024, 1, 1))) == sorted([first, second])
    queries = MemberQueries(db, LOCAL_ADMIN)
    assert sorted(queries.ids(MemberFilter(union_post=COMMITTEE), today=D(2024, 1, 1))) == sorted([first, second])
    assert [p.post for p in queries.detail(first).posts] == ["01"]


def test_overlapping_terms_of_one_post_and_backwards_dates_are_refused(db, two):
    first, _ = two
    service = PostService(db, LOCAL_ADMIN)
    service.add(first, "09", D(2023, 1, 1))
    with pytest.raises(RuleViolation):
        service.add(first, "09", D(2024, 1, 1))
    with pytest.raises(RuleViolation):
        service.add(first, "08", D(2024, 1, 1), D(2023, 1, 1))


def test_each_change_is_in_the_audit_trail_in_words(db, two):
    first, _ = two
    post_id = PostService(db, LOCAL_ADMIN).add(first, "05", D(2023, 5, 1))
    PostService(db, LOCAL_ADMIN).remove(post_id)
    audit = AuditQueries(db, LOCAL_ADMIN)
    added = audit.rows(audit.ids(AuditFilter(action="add_post")))
    [row] = added.values()
    assert row.entity_id == first
    assert "Funds review committee member" in row.summary(language="en")
    assert audit.ids(AuditFilter(action="remove_post"))


def test_a_read_only_user_cannot_change_posts(db, two):
    first, _ = two
    with pytest.raises(PermissionDenied):
        PostService(db, Actor("viewer", role=Role.READONLY)).add(first, "03", D(2023, 5, 1))
