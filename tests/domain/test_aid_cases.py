"""Hardship aid: tiers at the boundaries, the workflow, one file per household, payments only after
approval, masking and reveals at the service level, the purge."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from desktop.domain.accounts.actor import Actor, PermissionDenied
from desktop.domain.accounts.permissions import Role
from desktop.domain.aid import workflow as wf
from desktop.domain.aid.entities import AidCase, AidHouseholdMember, AidPayment
from desktop.domain.aid.inputs import CaseInput, HouseholdInput, PaymentInput
from desktop.domain.aid.queries import HIDDEN, AidQueries, CaseFilter
from desktop.domain.aid.service import AidService, DuplicateCase
from desktop.domain.aid.settings import AidSettingsService
from desktop.domain.aid.tiers import ACCIDENT, DEEP, NONE, RELATIVE, TierFigures, compute_tier
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.errors import RuleViolation, ValidationError
from desktop.domain.members.service import MemberService

from tests.domain.conftest import TODAY, id_number_for

SPOUSE_ID = id_number_for(dt.date(1986, 1, 2), 2)

ADMIN = Actor("admin", "管理员", Role.ADMIN)
AID = Actor("li", "李帮扶", Role.AID)
READONLY = Actor("ro", "只读", Role.READONLY)
OFFICER = Actor("off", "干事", Role.OFFICER)
LINE = D("800")


# -- tiers ------------------------------------------------------------------------------------------

def tier(income, rigid="0", size=3, costs="0"):
    return compute_tier(TierFigures(D(income), D(rigid), size, D(costs)), LINE)


def test_exactly_on_the_line_is_deep_hardship():
    # (28 800 − 0) / 12 / 3 = 800.00 = 低保 → deep
    result = tier("28800")
    assert result.tier == DEEP and result.per_head_month == D("800.00")
    assert "800.00 ≤ 800.00" in result.explanation()


def test_one_fen_above_the_line_is_relative():
    assert tier("28800.01").tier == RELATIVE


def test_rigid_spending_is_taken_off_first():
    # (40 000 − 11 200) / 12 / 3 = 800 → deep
    assert tier("40000", rigid="11200").tier == DEEP


def test_just_under_twice_the_line_is_relative_and_exactly_twice_is_not():
    just_under = tier("57599.99")
    assert just_under.tier == RELATIVE            # 1 599.9997 per head < 1 600
    assert "1,599.9997 > 800.00 but < 1,600.00" in just_under.explanation()
    assert tier("57600").tier == NONE            # exactly 2 × 低保 is not "less than"


def test_accident_rule_needs_more_than_80_percent():
    assert tier("100000", costs="80000").tier == NONE       # exactly 80 %: not more than
    result = tier("100000", costs="80000.01")
    assert result.tier == ACCIDENT
    assert "80.00001%" in result.explanation() and ": met" in result.explanation()


def test_the_calculation_is_shown_step_by_step():
    text = tier("36000", rigid="6000").explanation()
    assert "(36,000.00 yearly disposable income - 6,000.00 rigid spending) ÷ 12 months ÷ 3 persons = 833.33" in text
    assert "relative hardship" in text


# -- fixtures ---------------------------------------------------------------------------------------

@pytest.fixture
def members(db, make_member):
    service = MemberService(db, ADMIN, TODAY)
    return [service.create(make_member(name=n, department=d))
            for n, d in (("王建国", "一车间"), ("刘芳", "二车间"), ("陈明", "后勤"))]


@pytest.fixture
def service(db):
    AidSettingsService(db, ADMIN).add_line(dt.date(2023, 1, 1), LINE)
    return AidService(db, AID, TODAY)


def case_input(member_id, **fields) -> CaseInput:
    base = dict(member_id=member_id, opened_on=dt.date(2024, 3, 1), household_size=3,
                yearly_income=D("28800"), rigid_spending=D("0"), main_cause="1", health="3",
                health_detail="肺癌术后化疗", bank_card_no="6222021234567890123", aid_requested=("living", "medical"),
                consent_on=dt.date(2024, 3, 1), consent_scope="同意工会收集、使用健康、收入和银行卡信息用于帮扶",
                household=(HouseholdInput("张丽", "spouse", dt.date(1986, 1, 2), "1", "超市收银", D("2400"),
                                          SPOUSE_ID),
                           HouseholdInput("王小明", "son", dt.date(2012, 5, 6), "1", "实验小学", D("0"))))
    base.update(fields)
    return CaseInput(**base)


def approve(service, case_id, on=dt.date(2024, 3, 20)):
    for step, decision in ((wf.FIRST_REVIEW, wf.PASSED), (wf.HOME_VISIT, wf.PASSED), (wf.PUBLICITY, wf.PASSED),
                           (wf.APPROVAL, wf.PASSED)):
        service.record_step(case_id, step, decision, "符合条件", on=on)


# -- cases and households ---------------------------------------------------------------------------

def test_a_case_gets_its_tier_and_first_step(db, members, service):
    case_id = service.create_case(case_input(members[0]))
    detail = AidQueries(db, AID).detail(case_id)
    assert detail.case_no == "BF2024-001"
    assert detail.tier == DEEP and detail.tier_computed == DEEP
    assert [s.step for s in detail.steps] == [wf.APPLY]
    assert detail.next_steps == (wf.FIRST_REVIEW,)
    assert len(detail.household) == 2


def test_an_override_needs_a_written_reason(db, members, service):
    with pytest.raises(ValidationError) as caught:
        service.create_case(case_input(members[0], tier_override=ACCIDENT))
    assert "tier_override_reason" in {e.field for e in caught.value.errors}
    case_id = service.create_case(case_input(members[0], tier_override=ACCIDENT, tier_override_reason="火灾"))
    detail = AidQueries(db, AID).detail(case_id)
    assert (detail.tier, detail.tier_computed, detail.tier_override_reason) == (ACCIDENT, DEEP, "火灾")


def test_a_mistyped_household_id_number_names_the_row(members, service):
    bad = HouseholdInput("张丽", "spouse", id_number=SPOUSE_ID[:-1] + ("1" if SPOUSE_ID[-1] != "1" else "2"))
    with pytest.raises(ValidationError) as caught:
        service.create_case(case_input(members[0], household=(bad,)))
    assert "Household row 1:" in str(caught.value.errors[0].message)


def test_consent_is_required(members, service):
    with pytest.raises(ValidationError) as caught:
        service.create_case(case_input(members[0], consent_on=None))
    assert "consent_on" in {e.field for e in caught.value.errors}


def test_one_open_case_per_household(db, members, service, make_member):
    first = service.create_case(case_input(members[0]))
    with pytest.raises(DuplicateCase) as caught:
        service.create_case(case_input(members[0]))
    assert caught.value.case_id == first and "BF2024-001" in str(caught.value)
    # the spouse listed in the first household is a member too: her own application is refused
    with db.session() as session:
        spouse_id_number = session.scalar(select(AidHouseholdMember.id_number).where(
            AidHouseholdMember.case_id == first, AidHouseholdMember.relation == "spouse"))
    spouse = MemberService(db, ADMIN, TODAY).create(make_member(name="张丽", id_number=spouse_id_number))
    with pytest.raises(DuplicateCase):
        service.create_case(case_input(spouse, household=()))
    # a closed case does not block a new one
    service.record_step(first, wf.FIRST_REVIEW, wf.REJECTED, "收入超标", on=dt.date(2024, 3, 5))
    assert service.create_case(case_input(members[0]))


# -- workflow ---------------------------------------------------------------------------------------

def test_steps_in_order_with_who_when_and_reason(db, members, service):
    case_id = service.create_case(case_input(members[0]))
    with pytest.raises(RuleViolation) as caught:
        service.record_step(case_id, wf.HOME_VISIT, wf.PASSED, on=dt.date(2024, 3, 5))
    assert "not skipped" in str(caught.value)
    approve(service, case_id)
    detail = AidQueries(db, AID).detail(case_id)
    assert [(s.step, s.decision, s.decided_by, s.reason) for s in detail.steps][1:] == [
        (wf.FIRST_REVIEW, wf.PASSED, "li", "符合条件"), (wf.HOME_VISIT, wf.PASSED, "li", "符合条件"),
        (wf.PUBLICITY, wf.PASSED, "li", "符合条件"), (wf.APPROVAL, wf.PASSED, "li", "符合条件")]
    assert detail.steps[-1].decided_on == dt.date(2024, 3, 20)
    with db.session() as session:
        audited = session.scalars(select(AuditRecord.changes).where(AuditRecord.action == "aid_step")).all()
    assert len(audited) == 4 and json.loads(audited[-1])["step"] == [None, "approval"]


def test_a_skip_is_a_recorded_decision(db, members, service):
    case_id = service.create_case(case_input(members[0]))
    service.record_step(case_id, wf.HOME_VISIT, wf.PASSED, on=dt.date(2024, 3, 5),
                        skip_reason="主席当面审核，免初审")
    steps = AidQueries(db, AID).detail(case_id).steps
    assert [(s.step, s.decision, s.reason) for s in steps[1:]] == [
        (wf.FIRST_REVIEW, wf.SKIPPED, "主席当面审核，免初审"), (wf.HOME_VISIT, wf.PASSED, "")]
    with pytest.raises(RuleViolation):  # going back is not possible
        service.record_step(case_id, wf.FIRST_REVIEW, wf.PASSED, on=dt.date(2024, 3, 6))


def test_rejection_closes_and_reopen_needs_a_reason(db, members, service):
    case_id = service.create_case(case_input(members[0]))
    with pytest.raises(RuleViolation):
        service.record_step(case_id, wf.FIRST_REVIEW, wf.REJECTED, "", on=dt.date(2024, 3, 5))
    service.record_step(case_id, wf.FIRST_REVIEW, wf.REJECTED, "收入超标", on=dt.date(2024, 3, 5))
    row = AidQueries(db, AID).rows(CaseFilter(status="closed"))[0]
    assert (row.id, row.outcome) == (case_id, wf.REJECTED)
    with pytest.raises(RuleViolation):
        service.reopen(case_id, " ")
    service.reopen(case_id, "收入核算有误，重新初审", on=dt.date(2024, 3, 8))
    detail = AidQueries(db, AID).detail(case_id)
    assert detail.status == "open" and detail.next_steps == (wf.FIRST_REVIEW,)
    assert detail.steps[-1].step == wf.REOPEN and detail.steps[-1].reason == "收入核算有误，重新初审"


# -- payments ---------------------------------------------------------------------------------------

def test_no_payment_before_approval(db, members, service):
    case_id = service.create_case(case_input(members[0]))
    payment = PaymentInput(case_id, D("1000"), dt.date(2024, 4, 1))
    with pytest.raises(RuleViolation):
        service.add_payment(payment)
    approve(service, case_id)
    service.add_payment(payment)
    service.add_payment(PaymentInput(case_id, D("300"), dt.date(2024, 4, 2), form="in_kind", aid_type="warmth",
                                     items="米 2 袋、油 1 桶"))
    with db.session() as session:
        rows = session.execute(select(AidPayment.amount, AidPayment.category_code, AidPayment.recipient)
                               .order_by(AidPayment.id)).all()
    assert rows == [(D("1000.00"), "50204", "王建国"), (D("300.00"), "50205", "王建国")]


def test_a_batch_is_written_whole_or_not_at_all(db, members, service):
    first = service.create_case(case_input(members[0]))
    second = service.create_case(case_input(members[1], household=()))
    approve(service, first)
    with pytest.raises(RuleViolation):
        service.create_batch("春节送温暖", dt.date(2024, 4, 1), "赵会计", [
            PaymentInput(first, D("500"), dt.date(2024, 4, 1)), PaymentInput(second, D("500"), dt.date(2024, 4, 1))])
    with db.session() as session:
        assert session.scalar(select(AidPayment.id)) is None
    batch = service.create_batch("春节送温暖", dt.date(2024, 4, 1), "赵会计",
                                 [PaymentInput(first, D("500"), dt.date(2024, 4, 1))])
    (row,) = AidQueries(db, AID).batches()
    assert (row.id, row.count, row.total) == (batch, 1, D("500.00"))


# -- privacy ----------------------------------------------------------------------------------------

def test_a_read_only_actor_gets_nothing(db):
    for actor in (READONLY, OFFICER):
        with pytest.raises(PermissionDenied):
            AidQueries(db, actor)


def test_sensitive_values_are_masked_even_for_the_aid_role(db, members, service):
    case_id = service.create_case(case_input(members[0]))
    detail = AidQueries(db, AID).detail(case_id)
    assert detail.values["health"] == HIDDEN and detail.values["health_detail"] == HIDDEN
    assert detail.values["bank_card_no"] == "6222***********0123"
    assert "*" in detail.id_number and detail.household[0].id_number == SPOUSE_ID[:6] + "********" + SPOUSE_ID[-4:]
    assert detail.household[0].health == HIDDEN


def test_reveal_needs_the_permission_and_is_audited(db, members, service):
    case_id = service.create_case(case_input(members[0]))
    assert AidQueries(db, AID).reveal(case_id, "health") == "恶性肿瘤；肺癌术后化疗"
    assert AidQueries(db, AID).reveal(case_id, "bank_card_no") == "6222021234567890123"
    with db.session() as session:
        reveals = session.execute(select(AuditRecord.actor, AuditRecord.entity_id, AuditRecord.changes)
                                  .where(AuditRecord.action == "reveal")).all()
    assert [(a, e, json.loads(c)["field"][1]) for a, e, c in reveals] == [
        ("li", case_id, "health"), ("li", case_id, "bank_card_no")]
    # health and the bank card never reach the audit trail in clear
    with db.session() as session:
        text = " ".join(session.scalars(select(AuditRecord.changes)).all())
    assert "肺癌" not in text and "6222021234567890123" not in text


def test_a_role_without_aid_sensitive_cannot_reveal(db, members, service):
    case_id = service.create_case(case_input(members[0]))
    limited = Actor("x", "x", Role.AID)
    from desktop.domain.accounts import permissions
    queries = AidQueries(db, limited)
    original = permissions.ROLE_PERMISSIONS[Role.AID]
    permissions.ROLE_PERMISSIONS[Role.AID] = original - {permissions.Permission.AID_SENSITIVE}
    try:
        with pytest.raises(PermissionDenied):
            queries.reveal(case_id, "id_number")
        assert queries.detail(case_id).values["health"] == HIDDEN
    finally:
        permissions.ROLE_PERMISSIONS[Role.AID] = original


# -- reminders and purge ----------------------------------------------------------------------------

def test_reminders(db, members, service):
    reviewed = service.create_case(case_input(members[0], opened_on=dt.date(2023, 5, 1),
                                              consent_on=dt.date(2023, 5, 1)))
    approve(service, reviewed, on=dt.date(2023, 6, 10))
    in_notice = service.create_case(case_input(members[1], household=()))
    service.record_step(in_notice, wf.FIRST_REVIEW, wf.PASSED, on=dt.date(2024, 5, 20))
    service.record_step(in_notice, wf.HOME_VISIT, wf.PASSED, on=dt.date(2024, 5, 27))
    kinds = {(r.case_id, r.kind) for r in AidQueries(db, AID).reminders(TODAY)}
    assert kinds == {(reviewed, "review"), (in_notice, "publicity")}


@pytest.mark.sqlite_file  # checks the backup copy of the file taken first (server backups: pg_dump)
def test_purge_removes_old_closed_cases_with_a_report(db, members, tmp_path):
    AidSettingsService(db, ADMIN).add_line(dt.date(2015, 1, 1), LINE)
    old = AidService(db, AID, dt.date(2018, 6, 1))
    rejected = old.create_case(case_input(members[0], opened_on=dt.date(2018, 3, 1), consent_on=dt.date(2018, 3, 1)))
    old.record_step(rejected, wf.FIRST_REVIEW, wf.REJECTED, "收入超标", on=dt.date(2018, 3, 5))
    paid = old.create_case(case_input(members[1], opened_on=dt.date(2018, 3, 1), consent_on=dt.date(2018, 3, 1),
                                      household=()))
    approve(old, paid, on=dt.date(2018, 3, 20))
    old.add_payment(PaymentInput(paid, D("800"), dt.date(2018, 4, 1)))
    old.record_step(paid, wf.EXIT, wf.RESOLVED, "再就业", on=dt.date(2018, 5, 1))
    recent = AidService(db, AID, TODAY).create_case(case_input(members[2], household=()))
    report = AidService(db, AID, TODAY).purge()
    assert [(c.case_no, c.removed) for c in report.cases] == [("BF2018-001", True), ("BF2018-002", False)]
    assert report.cases[0].household_rows == 2
    with db.session() as session:
        assert session.get(AidCase, rejected) is None
        kept = session.get(AidCase, paid)
        assert kept.purged_on == TODAY and kept.health == "" and kept.bank_card_no == ""
        assert session.scalar(select(AidPayment.amount).where(AidPayment.case_id == paid)) == D("800.00")
        assert session.get(AidCase, recent) is not None
        purge = session.scalar(select(AuditRecord.changes).where(AuditRecord.action == "aid_purge"))
    assert json.loads(purge)["removed"][1] == ["BF2018-001"]
    assert list((tmp_path / "backups").glob("*")) or report.backup


# -- settings and money lines -----------------------------------------------------------------------

def test_the_line_in_force_on_the_assessment_day_is_used(db, members):
    settings = AidSettingsService(db, ADMIN)
    settings.add_line(dt.date(2023, 1, 1), D("800"))
    settings.add_line(dt.date(2024, 7, 1), D("900"))
    assert [l.monthly_amount for l in settings.read().lines] == [D("900.00"), D("800.00")]
    service = AidService(db, AID, dt.date(2024, 8, 1))
    before = service.create_case(case_input(members[0], household=(), household_size=1, yearly_income=D("10200")))
    after = service.create_case(case_input(members[1], household=(), household_size=1, yearly_income=D("10200"),
                                           opened_on=dt.date(2024, 7, 2)))
    queries = AidQueries(db, AID)
    # 10 200 / 12 = 850 a month: above the old line of 800, under the new one of 900
    assert (queries.detail(before).tier, queries.detail(after).tier) == (RELATIVE, DEEP)
    with pytest.raises(ValidationError):
        settings.set_numbers(retention_years=0)
    settings.set_numbers(retention_years=7)
    assert settings.read().retention_years == 7
    with db.session() as session:
        actions = session.scalars(select(AuditRecord.action).where(AuditRecord.entity.in_(
            ["aid_poverty_line", "aid_setting"]))).all()
    assert actions == ["create", "create", "aid_settings"]


def test_a_closed_period_refuses_the_payment(db, members, service, monkeypatch):
    from desktop.domain.aid import payments as service_module
    from desktop.messages import QT_TRANSLATE_NOOP, UserError

    case_id = service.create_case(case_input(members[0]))
    approve(service, case_id)
    seen = []

    def closed(session, day):
        seen.append(day)
        raise UserError(QT_TRANSLATE_NOOP("Funds", "closed"))
    monkeypatch.setattr(service_module, "ensure_period_open", closed)
    with pytest.raises(UserError):
        service.add_payment(PaymentInput(case_id, D("100"), dt.date(2024, 4, 1)))
    assert seen == [dt.date(2024, 4, 1)]
    with db.session() as session:
        assert session.scalar(select(AidPayment.id)) is None


def test_removing_a_payment_needs_a_reason_and_is_audited(db, members, service):
    case_id = service.create_case(case_input(members[0]))
    approve(service, case_id)
    payment_id = service.add_payment(PaymentInput(case_id, D("100"), dt.date(2024, 4, 1)))
    with pytest.raises(ValidationError):
        service.remove_payment(payment_id, "")
    service.remove_payment(payment_id, "重复录入")
    with db.session() as session:
        assert session.get(AidPayment, payment_id) is None
        changes = json.loads(session.scalar(select(AuditRecord.changes).where(
            AuditRecord.action == "delete", AuditRecord.entity == "aid_payment")))
    assert changes["reason"] == [None, "重复录入"] and changes["amount"] == ["100.00", None]


def test_every_write_is_audited(db, members, service):
    case_id = service.create_case(case_input(members[0]))
    service.update_case(case_id, case_input(members[0], address="新地址"))
    with db.session() as session:
        rows = session.execute(select(AuditRecord.action, AuditRecord.changes).where(
            AuditRecord.entity == "aid_case", AuditRecord.entity_id == case_id).order_by(AuditRecord.id)).all()
    assert [r.action for r in rows] == ["create", "update"]
    assert json.loads(rows[1].changes) == {"address": ["", "新地址"]}


def test_the_fold_of_a_whole_case():
    day = dt.date(2024, 1, 1)
    records = [wf.StepRecord(wf.APPLY, wf.SUBMITTED, day)]
    for step, decision in ((wf.FIRST_REVIEW, wf.PASSED), (wf.HOME_VISIT, wf.PASSED), (wf.PUBLICITY, wf.PASSED),
                           (wf.APPROVAL, wf.PASSED), (wf.PAYMENT, wf.DONE), (wf.YEARLY_REVIEW, wf.CONTINUE)):
        plan, problem = wf.plan_step(records, step, decision, "ok", "", day)
        assert problem is None, (step, problem)
        records.append(wf.StepRecord(step, decision, day, reason="ok"))
    state = wf.fold(records)
    assert state.approved and state.next_steps == (wf.YEARLY_REVIEW, wf.EXIT) and state.stage == wf.YEARLY_REVIEW
    records.append(wf.StepRecord(wf.EXIT, wf.RESOLVED, day, reason="再就业"))
    state = wf.fold(records)
    assert state.closed and state.outcome == wf.RESOLVED and state.next_steps == (wf.FOLLOW_UP,)
    assert wf.plan_step(records, wf.FOLLOW_UP, wf.DONE, "", "", day)[1] is None   # allowed on a closed case
    assert wf.plan_step(records, wf.YEARLY_REVIEW, wf.CONTINUE, "", "", day)[1] is not None
    records.append(wf.StepRecord(wf.REOPEN, wf.REOPENED, day, reason="误结"))
    state = wf.fold(records)
    assert not state.closed and state.next_steps == (wf.YEARLY_REVIEW, wf.EXIT) and state.approved


def test_health_revealed_for_editing_comes_through_the_queries_and_is_audited(db, members, service):
    case_id = service.create_case(case_input(members[0]))
    stored = AidQueries(db, AID).reveal_health_for_editing(case_id)
    assert stored["health_detail"] == "肺癌术后化疗" and stored["health"]
    with db.session() as session:
        fields = [json.loads(c)["field"][1] for c in session.scalars(
            select(AuditRecord.changes).where(AuditRecord.action == "reveal"))]
    assert fields == ["health"]
    with pytest.raises(PermissionDenied):
        AidQueries(db, Actor("viewer", "viewer", Role.READONLY)).reveal_health_for_editing(case_id)
