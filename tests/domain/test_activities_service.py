"""The activity rules as a union officer meets them: capacity and waiting list, check-in at the door
by pinyin initials or card number, walk-ins, copying to next year, spending totals, the condolence
ceilings, and that every change is permitted and audited."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.domain.accounts.actor import Actor, PermissionDenied
from desktop.domain.accounts.permissions import Role
from desktop.domain.activities.entities import ActivityParticipant
from desktop.domain.activities.queries import ActivityFilter, ActivityQueries
from desktop.domain.activities.service import ActivityService
from desktop.domain.activities.visits import CeilingExceeded
from desktop.domain.activities.inputs import (
    ActivityInput, ActivityStatus, ExpenseInput, ParticipantState, ResultInput, VisitInput, VisitReason,
)
from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.errors import RuleViolation, ValidationError
from desktop.domain.members.queries import MemberFilter
from tests.domain.conftest import TODAY

READER = Actor("viewer", "只读", Role.READONLY)


@pytest.fixture
def activities(db) -> ActivityService:
    return ActivityService(db, LOCAL_ADMIN, today=TODAY)


@pytest.fixture
def aq(db) -> ActivityQueries:
    return ActivityQueries(db, LOCAL_ADMIN)


@pytest.fixture
def people(service, make_member) -> dict[str, int]:
    names = {"张海生": "C0001", "李丽": "C0002", "王强": "C0003", "赵敏": "C0004", "孙悦": "C0005"}
    return {name: service.create(make_member(name, card_no=card, department="生产一车间"))
            for name, card in names.items()}


def plan(**changes) -> ActivityInput:
    values = dict(title="2024年职工羽毛球赛", type_code="culture_sports", starts_on=dt.date(2024, 6, 15),
                  start_time=dt.time(9, 0), place="体育馆", organizer="工会办", budget=Decimal("3000.00"))
    values.update(changes)
    return ActivityInput(**values)


def audit_actions(db) -> list[tuple[str, str]]:
    with db.session() as session:
        return [(r.action, r.entity) for r in session.scalars(select(AuditRecord).order_by(AuditRecord.id))]


def test_capacity_fills_then_waiting_list_promotes_in_order_on_cancellation(activities, aq, people):
    activity = activities.create(plan(capacity=2))
    ids = list(people.values())
    result = activities.sign_up(activity, ids[:4])
    assert result.signed_up == tuple(ids[:2]) and result.waiting == tuple(ids[2:4])
    counts = aq.counts(activity)
    assert (counts.signed_up, counts.waiting) == (2, 2)

    promoted = activities.cancel(activity, [ids[0]])
    assert promoted == [ids[2]]  # the first in line, not the second
    states = {p.member_id: p.state for p in aq.participants(activity)}
    assert states[ids[0]] == ParticipantState.CANCELLED
    assert states[ids[2]] == ParticipantState.SIGNED_UP and states[ids[3]] == ParticipantState.WAITING
    assert [p.waiting_position for p in aq.participants(activity) if p.member_id == ids[3]] == [1]

    # raising the capacity takes the rest of the queue in
    activities.update(activity, plan(capacity=5))
    assert aq.counts(activity).waiting == 0


def test_check_in_by_pinyin_initials_and_card_number(activities, aq, people):
    activity = activities.create(plan())
    activities.sign_up(activity, people.values())
    [candidate] = aq.check_in_candidates(activity, "zhs")
    assert candidate.name == "张海生" and candidate.state == ParticipantState.SIGNED_UP
    early = dt.datetime(2024, 6, 15, 8, 50)
    assert not activities.check_in(activity, candidate.member_id, now=early).late
    [by_card] = aq.check_in_candidates(activity, "C0002")
    assert by_card.name == "李丽"
    late = activities.check_in(activity, by_card.member_id, now=dt.datetime(2024, 6, 15, 9, 20))
    assert late.late
    again = activities.check_in(activity, by_card.member_id, now=dt.datetime(2024, 6, 15, 9, 30))
    assert again.already_present
    counts = aq.counts(activity)
    assert (counts.present, counts.signed_up, counts.late) == (2, 5, 1)


def test_someone_not_signed_up_is_a_walk_in_only_when_confirmed(activities, aq, people):
    activity = activities.create(plan(capacity=1))
    activities.sign_up(activity, [people["张海生"]])
    [stranger] = aq.check_in_candidates(activity, "wq")
    assert stranger.state is None  # not on the list
    with pytest.raises(RuleViolation):
        activities.check_in(activity, stranger.member_id)
    result = activities.check_in(activity, stranger.member_id, walk_in_ok=True)
    assert result.walk_in
    assert aq.counts(activity).walk_ins == 1


def test_cancelled_activity_takes_no_check_in(activities, people):
    activity = activities.create(plan(status=ActivityStatus.CANCELLED))
    with pytest.raises(RuleViolation):
        activities.check_in(activity, people["李丽"], walk_in_ok=True)


def test_bulk_marking_and_the_member_list_filter_of_this_year(activities, queries, people):
    activity = activities.create(plan())
    activities.sign_up(activity, people.values())
    assert activities.mark_present(activity, [people["张海生"], people["李丽"]]) == 2
    absent = set(queries.ids(MemberFilter(no_attendance_year=2024), today=TODAY))
    assert absent == set(people.values()) - {people["张海生"], people["李丽"]}
    assert set(queries.ids(MemberFilter(no_attendance_year=2023), today=TODAY)) == set(people.values())
    activities.mark_present(activity, [people["李丽"]], present=False)
    assert people["李丽"] in set(queries.ids(MemberFilter(no_attendance_year=2024), today=TODAY))


def test_copy_to_next_year(activities, aq, people):
    original = activities.create(plan(ends_on=dt.date(2024, 6, 16), status=ActivityStatus.FINISHED))
    activities.sign_up  # participants stay with the original
    copy = activities.copy_to_next_year(original)
    detail = aq.detail(copy)
    assert detail.data.title == "2025年职工羽毛球赛"
    assert (detail.data.starts_on, detail.data.ends_on) == (dt.date(2025, 6, 15), dt.date(2025, 6, 16))
    assert detail.data.status == ActivityStatus.PLANNED and detail.data.budget == Decimal("3000.00")
    assert detail.copied_from_id == original
    assert aq.ids(ActivityFilter(year=2025)) == [copy]


def test_expenses_sum_against_the_budget(activities, aq):
    activity = activities.create(plan())
    activities.add_expense(activity, ExpenseInput("50102", Decimal("1200.50"), dt.date(2024, 6, 10), "No.001", "体育用品店"))
    line = activities.add_expense(activity, ExpenseInput("50102", Decimal("300.25"), dt.date(2024, 6, 15)))
    assert aq.spent(activity) == Decimal("1500.75")
    assert aq.rows([activity])[activity].spent == Decimal("1500.75")
    activities.delete_expense(line)
    assert aq.spent(activity) == Decimal("1200.50")
    with pytest.raises(ValidationError) as error:
        activities.add_expense(activity, ExpenseInput("401", Decimal("-5"), None))
    assert {e.field for e in error.value.errors} == {"category_code", "amount", "spent_on"}


def test_condolence_ceiling_warns_and_needs_confirmation(activities, aq, people):
    activity = activities.create(plan(title="2024年节日慰问", type_code="condolence"))
    member = people["王强"]
    activities.save_visit(activity, VisitInput(member, VisitReason.FESTIVAL, dt.date(2024, 2, 1), Decimal("1000")))
    second = VisitInput(member, VisitReason.FESTIVAL, dt.date(2024, 9, 15), Decimal("600"))
    warning = activities.ceiling_warning(second)
    assert warning is not None and "1,500.00" in str(warning) and "王强" in str(warning)
    with pytest.raises(CeilingExceeded):
        activities.save_visit(activity, second)
    activities.save_visit(activity, second, over_ceiling_ok=True)
    assert aq.visit_total(member, VisitReason.FESTIVAL, 2024) == Decimal("1600.00")
    # next year starts again; a reason without a ceiling never warns
    assert activities.ceiling_warning(VisitInput(member, VisitReason.FESTIVAL, dt.date(2025, 1, 20), Decimal("1500"))) is None
    assert activities.ceiling_warning(VisitInput(member, VisitReason.FUNERAL, dt.date(2024, 3, 1), Decimal("5000"))) is None
    # each visit with an amount is a spending line in the ledger's category for visits
    lines = aq.expenses(activity)
    assert [line.amount for line in lines] == [Decimal("1000.00"), Decimal("600.00")]
    assert {line.category_code for line in lines} == {"50205"} and all(line.from_visit for line in lines)


def test_ceilings_are_settings(activities, aq):
    activities.set_ceilings({VisitReason.BIRTHDAY: Decimal("500"), VisitReason.FUNERAL: Decimal("2000")})
    ceilings = aq.ceilings()
    assert ceilings[VisitReason.BIRTHDAY] == Decimal("500.00")
    assert ceilings[VisitReason.FESTIVAL] == Decimal("1500.00")


def test_competition_results_in_rank_order(activities, aq, people):
    activity = activities.create(plan(title="2024年技能比武", type_code="competition"))
    activities.save_result(activity, ResultInput(people["李丽"], rank=2, score="92", award="二等奖"))
    activities.save_result(activity, ResultInput(None, "装配班", rank=1, score="98", award="团体一等奖"))
    rows = aq.results(activity)
    assert [(r.rank, r.name or r.team_name) for r in rows] == [(1, "装配班"), (2, "李丽")]


def test_a_read_only_account_may_look_but_not_change(db, activities, people):
    activity = activities.create(plan())
    readonly = ActivityService(db, READER, today=TODAY)
    for attempt in (lambda: readonly.create(plan()), lambda: readonly.sign_up(activity, [people["李丽"]]),
                    lambda: readonly.check_in(activity, people["李丽"], walk_in_ok=True),
                    lambda: readonly.add_expense(activity, ExpenseInput("50102", Decimal("1"), TODAY))):
        with pytest.raises(PermissionDenied):
            attempt()
    assert ActivityQueries(db, READER).ids() == [activity]
    with db.session() as session:
        assert session.scalar(select(ActivityParticipant.id)) is None


def test_every_change_is_audited(db, activities, people):
    activity = activities.create(plan())
    activities.sign_up(activity, [people["李丽"]])
    activities.check_in(activity, people["李丽"])
    activities.add_expense(activity, ExpenseInput("50102", Decimal("10"), TODAY))
    actions = audit_actions(db)[-4:]
    assert actions == [("create", "activity"), ("sign_up", "activity"), ("check_in", "activity"),
                       ("create", "activity_expense")]


def test_validation_names_the_fields(activities):
    with pytest.raises(ValidationError) as error:
        activities.create(ActivityInput(title=" ", starts_on=None, capacity=0, budget=Decimal("-1")))
    assert {e.field for e in error.value.errors} == {"title", "starts_on", "capacity", "budget"}


def test_user_extends_the_type_table(activities, aq):
    code = activities.add_type("读书会", "Reading club", "50101")
    assert any(t.code == code and t.zh == "读书会" for t in aq.types())
    assert len(aq.types()) == 11
    activity = activities.create(plan(type_code=code))
    assert aq.rows([activity])[activity].type_code == code


def test_an_activity_with_spending_is_cancelled_not_deleted(activities, aq, people):
    activity = activities.create(plan())
    activities.sign_up(activity, [people["李丽"]])
    line = activities.add_expense(activity, ExpenseInput("50102", Decimal("80"), TODAY))
    with pytest.raises(RuleViolation):
        activities.delete(activity)
    activities.delete_expense(line)
    activities.delete(activity)
    assert aq.detail(activity) is None and aq.participants(activity) == []


def test_sign_up_is_closed_once_finished(activities, people):
    activity = activities.create(plan(status=ActivityStatus.FINISHED))
    with pytest.raises(RuleViolation):
        activities.sign_up(activity, [people["李丽"]])


def test_a_cancelled_mass_sign_up_leaves_nobody_signed_up(activities, aq, people):
    from desktop.domain.activities.service_base import Cancelled

    activity = activities.create(plan())
    with pytest.raises(Cancelled):
        activities.sign_up(activity, people.values(), cancelled=lambda: True)
    assert aq.participants(activity) == []
    seen = []
    activities.sign_up(activity, people.values(), progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (5, 5)
