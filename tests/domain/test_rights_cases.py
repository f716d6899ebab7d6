"""Rights cases (维权): the steps and their order, the mediation deadline (15 days from acceptance,
once extended by 15), who may see a case at all, masking and reveals, the audit trail, the papers'
and the yearly list's contents."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from desktop.domain.accounts.actor import Actor, PermissionDenied
from desktop.domain.accounts.permissions import Role
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.errors import RuleViolation, ValidationError
from desktop.domain.members.service import MemberService
from desktop.domain.rights import rules
from desktop.domain.rights.entities import RightsCase
from desktop.domain.rights.inputs import CaseInput, StepInput
from desktop.domain.rights.printing import AGREEMENT, DECLINE_NOTICE, RECORD, REGISTRATION, RightsPrinting
from desktop.domain.rights.queries import HIDDEN, CaseFilter, RightsQueries
from desktop.domain.rights.service import RightsService

from tests.domain.conftest import TODAY

ADMIN = Actor("admin", "王主席", Role.ADMIN)
RIGHTS = Actor("wq", "赵维权", Role.RIGHTS)
OTHERS = [Actor("ro", "只读", Role.READONLY), Actor("off", "干事", Role.OFFICER), Actor("aid", "帮扶", Role.AID),
          Actor("fin", "财务", Role.FINANCE), Actor("t", "计票", Role.TELLER)]


@pytest.fixture
def member_id(db, make_member):
    return MemberService(db, ADMIN, today=TODAY).create(make_member(name="李建国"))


@pytest.fixture
def rights(db):
    return RightsService(db, RIGHTS, today=TODAY)


def a_case(member_id, **fields) -> CaseInput:
    values = dict(member_id=member_id, category="wages", request="补发 3 个月加班费", received_on=TODAY - dt.timedelta(
        days=30), other_party="第二车间", channel="来访")
    values.update(fields)
    return CaseInput(**values)


def step(kind, days_ago, **fields) -> StepInput:
    return StepInput(step=kind, done_on=TODAY - dt.timedelta(days=days_ago), **fields)


def records(*pairs):
    return [rules.StepRecord(s, o, dt.date(2024, 5, d)) for s, o, d in pairs]


# -- rules ----------------------------------------------------------------------------------------

def test_a_new_case_is_accepted_or_declined_first():
    assert rules.fold(records((rules.RECEIVE, "", 1))).next_steps == (rules.ACCEPT, rules.DECLINE)
    assert rules.step_not_allowed(records((rules.RECEIVE, "", 1)), rules.MEDIATE) is not None


def test_declining_closes_the_case_with_outcome_declined():
    state = rules.fold(records((rules.RECEIVE, "", 1), (rules.DECLINE, "", 2)))
    assert state.closed and state.outcome == rules.DECLINED and state.next_steps == ()
    assert rules.step_not_allowed(records((rules.RECEIVE, "", 1), (rules.DECLINE, "", 2)), rules.ACCEPT) is not None


def test_mediation_period_is_15_days_from_acceptance():
    state = rules.fold(records((rules.RECEIVE, "", 1), (rules.ACCEPT, "", 3)))
    assert state.mediation_due == dt.date(2024, 5, 18)


def test_extension_adds_15_days_and_is_allowed_once():
    recs = records((rules.RECEIVE, "", 1), (rules.ACCEPT, "", 3), (rules.MEDIATE, "", 5), (rules.EXTEND, "", 10))
    assert rules.fold(recs).mediation_due == dt.date(2024, 6, 2)
    assert rules.step_not_allowed(recs, rules.EXTEND) is not None


def test_the_mediation_deadline_stops_with_the_result():
    recs = records((rules.RECEIVE, "", 1), (rules.ACCEPT, "", 3), (rules.MEDIATE, "", 5),
                   (rules.RESULT, rules.AGREED, 8))
    state = rules.fold(recs)
    assert state.mediation_due is None and state.agreed
    assert state.next_steps == (rules.FOLLOW_UP, rules.REFER, rules.CLOSE)
    assert rules.suggested_close_outcome(state) == rules.RESOLVED


def test_no_agreement_leads_to_referral_or_closing_only():
    recs = records((rules.RECEIVE, "", 1), (rules.ACCEPT, "", 3), (rules.MEDIATE, "", 5),
                   (rules.RESULT, rules.FAILED, 8))
    assert rules.fold(recs).next_steps == (rules.REFER, rules.CLOSE)


@pytest.mark.parametrize("today, expected", [
    (dt.date(2024, 5, 10), "running"), (dt.date(2024, 5, 15), "soon"), (dt.date(2024, 5, 18), "soon"),
    (dt.date(2024, 5, 19), "overdue")])
def test_deadline_state_on_the_boundaries(today, expected):
    assert rules.deadline_state(dt.date(2024, 5, 18), today) == expected


# -- the service ----------------------------------------------------------------------------------

def test_a_case_goes_through_to_an_agreement_and_closing(db, rights, member_id):
    case_id = rights.create_case(a_case(member_id, amount_claimed=D("4800")))
    rights.record_step(case_id, step(rules.ACCEPT, 28))
    rights.record_step(case_id, step(rules.INVESTIGATE, 26, summary="查阅考勤记录"))
    rights.record_step(case_id, step(rules.MEDIATE, 24, participants="李建国、车间主任、调解员张", summary="双方陈述"))
    rights.record_step(case_id, step(rules.RESULT, 20, outcome=rules.AGREED, terms="5 月 31 日前补发加班费 4200 元",
                                     amount=D("4200")))
    rights.record_step(case_id, step(rules.CLOSE, 1, outcome=rules.RESOLVED))
    with db.session() as session:
        case = session.get(RightsCase, case_id)
        assert case.case_no == "WQ2024-001"
        assert (case.status, case.outcome, case.amount_recovered) == ("closed", rules.RESOLVED, D("4200.00"))
        assert case.accepted_on == TODAY - dt.timedelta(days=28) and case.mediation_due is None
    detail = RightsQueries(db, RIGHTS, TODAY).detail(case_id)
    assert [s.step for s in detail.steps] == [rules.RECEIVE, rules.ACCEPT, rules.INVESTIGATE, rules.MEDIATE,
                                              rules.RESULT, rules.CLOSE]


def test_steps_out_of_order_are_refused_and_nothing_is_written(db, rights, member_id):
    case_id = rights.create_case(a_case(member_id))
    with pytest.raises(RuleViolation):
        rights.record_step(case_id, step(rules.RESULT, 10, outcome=rules.AGREED, terms="x"))
    rights.record_step(case_id, step(rules.ACCEPT, 20))
    with pytest.raises(ValidationError) as error:
        rights.record_step(case_id, step(rules.MEDIATE, 25, participants="a", summary="b"))
    assert error.value.errors[0].field == "done_on"
    assert len(RightsQueries(db, RIGHTS, TODAY).detail(case_id).steps) == 2


def test_declining_needs_a_reason(rights, member_id):
    case_id = rights.create_case(a_case(member_id))
    with pytest.raises(ValidationError) as error:
        rights.record_step(case_id, step(rules.DECLINE, 20))
    assert error.value.errors[0].field == "reason"


def test_an_agreement_needs_its_terms(rights, member_id):
    case_id = rights.create_case(a_case(member_id))
    rights.record_step(case_id, step(rules.ACCEPT, 20))
    rights.record_step(case_id, step(rules.MEDIATE, 19, participants="a", summary="b"))
    with pytest.raises(ValidationError) as error:
        rights.record_step(case_id, step(rules.RESULT, 18, outcome=rules.AGREED))
    assert error.value.errors[0].field == "terms"


def test_a_collective_case_needs_a_headcount_of_two_or_more(rights, member_id):
    with pytest.raises(ValidationError) as error:
        rights.create_case(a_case(member_id, collective=True, headcount=1))
    assert error.value.errors[0].field == "headcount"


def test_an_open_case_past_its_mediation_period_is_overdue_and_reminded(db, rights, member_id):
    case_id = rights.create_case(a_case(member_id))
    rights.record_step(case_id, step(rules.ACCEPT, 16))          # due yesterday
    queries = RightsQueries(db, RIGHTS, TODAY)
    row = queries.rows()[0]
    assert row.mediation_due == TODAY - dt.timedelta(days=1) and row.deadline == "overdue"
    [reminder] = queries.reminders()
    assert reminder.case_id == case_id and reminder.overdue


# -- who may see ----------------------------------------------------------------------------------

@pytest.mark.parametrize("actor", OTHERS, ids=lambda a: a.role.value)
def test_other_roles_cannot_read_or_print_cases_at_all(db, actor):
    with pytest.raises(PermissionDenied):
        RightsQueries(db, actor)
    with pytest.raises(PermissionDenied):
        RightsPrinting(db, actor)
    with pytest.raises(PermissionDenied):
        RightsService(db, actor, TODAY).create_case(a_case(1))


def test_the_chair_and_the_rights_role_see_cases(db, rights, member_id):
    rights.create_case(a_case(member_id))
    assert len(RightsQueries(db, ADMIN).rows()) == 1
    assert len(RightsQueries(db, RIGHTS).rows(CaseFilter(status="open"))) == 1


def test_id_number_and_injury_details_are_masked_and_revealed_with_a_record(db, rights, member_id):
    case_id = rights.create_case(a_case(member_id, category="injury", injury_detail="左手食指截断，九级伤残"))
    queries = RightsQueries(db, RIGHTS, TODAY)
    detail = queries.detail(case_id)
    assert detail.injury_detail == HIDDEN and "*" in detail.id_number
    assert queries.reveal(case_id, "injury_detail") == "左手食指截断，九级伤残"
    with db.session() as session:
        audit = session.scalars(select(AuditRecord).where(AuditRecord.action == "reveal",
                                                          AuditRecord.entity == "rights_case")).all()
    assert [json.loads(a.changes)["field"][1] for a in audit] == ["injury_detail"]


def test_the_audit_trail_never_holds_injury_details_in_clear(db, rights, member_id):
    case_id = rights.create_case(a_case(member_id, category="injury", injury_detail="腰椎骨折"))
    rights.update_case(case_id, a_case(member_id, category="injury", injury_detail=HIDDEN, request="认定工伤"))
    with db.session() as session:
        texts = [a.changes for a in session.scalars(select(AuditRecord).where(AuditRecord.entity == "rights_case"))]
    assert len(texts) == 2 and not any("腰椎" in t for t in texts)
    with db.session() as session:
        assert session.get(RightsCase, case_id).injury_detail == "腰椎骨折"   # the masked value kept the stored one


def test_every_step_is_audited_with_who_and_when(db, rights, member_id):
    case_id = rights.create_case(a_case(member_id))
    rights.record_step(case_id, step(rules.ACCEPT, 20))
    with db.session() as session:
        record = session.scalars(select(AuditRecord).where(AuditRecord.action == "rights_step")).one()
    assert record.actor == "wq" and json.loads(record.changes)["step"] == [None, rules.ACCEPT]


# -- papers and the yearly list -------------------------------------------------------------------

def test_a_paper_carries_the_name_masks_the_id_and_is_recorded(db, rights, member_id):
    case_id = rights.create_case(a_case(member_id, category="injury", injury_detail="腰椎骨折"))
    paper = RightsPrinting(db, RIGHTS, TODAY).case_paper(case_id, REGISTRATION)
    assert paper.name == "李建国" and "*" in paper.id_number
    assert "腰椎" not in repr(paper)
    with db.session() as session:
        record = session.scalars(select(AuditRecord).where(AuditRecord.action == "print")).one()
    assert json.loads(record.changes)["paper"] == [None, REGISTRATION]


def test_step_papers_need_their_step(db, rights, member_id):
    case_id = rights.create_case(a_case(member_id))
    printing = RightsPrinting(db, RIGHTS, TODAY)
    for paper in (RECORD, AGREEMENT, DECLINE_NOTICE):
        with pytest.raises(RuleViolation):
            printing.case_paper(case_id, paper)


def test_the_yearly_list_counts_by_category_without_names(db, rights, make_member, member_id):
    other = MemberService(db, ADMIN, today=TODAY).create(make_member(name="周红"))
    agreed = rights.create_case(a_case(member_id))
    for kind, days, fields in ((rules.ACCEPT, 28, {}), (rules.MEDIATE, 27, {"participants": "a", "summary": "b"}),
                               (rules.RESULT, 26, {"outcome": rules.AGREED, "terms": "t", "amount": D("1000")}),
                               (rules.CLOSE, 25, {"outcome": rules.RESOLVED})):
        rights.record_step(agreed, step(kind, days, **fields))
    declined = rights.create_case(a_case(other, category="contract", collective=True, headcount=12))
    rights.record_step(declined, step(rules.DECLINE, 29, reason="不属于劳动争议", referral="parent_union"))
    unresolved = rights.create_case(a_case(other, category="wages"))
    rights.record_step(unresolved, step(rules.ACCEPT, 28))
    rights.record_step(unresolved, step(rules.CLOSE, 10, outcome=rules.UNRESOLVED))
    rights.create_case(a_case(member_id, received_on=dt.date(2023, 12, 30)))   # another year
    summary = RightsPrinting(db, RIGHTS, TODAY).year_summary(2024)
    wages = next(line for line in summary.lines if line.category == "劳动报酬")
    contract = next(line for line in summary.lines if line.category == "劳动合同")
    assert (wages.received, wages.resolved, wages.closed, wages.amount) == (2, 1, 2, D("1000.00"))
    assert (contract.received, contract.declined, contract.collective, contract.workers) == (1, 1, 1, 12)
    assert summary.total.received == 3 and summary.resolved_percent == D("50.0")
    assert "李建国" not in repr(summary) and "周红" not in repr(summary)


def test_the_json_list_has_no_sensitive_field_and_is_recorded(db, rights, member_id):
    rights.create_case(a_case(member_id, category="injury", injury_detail="腰椎骨折"))
    [row] = RightsPrinting(db, RIGHTS, TODAY).export_rows()
    assert row["case_no"] == "WQ2024-001" and row["name"] == "李建国"
    assert not {"id_number", "injury_detail", "request", "mobile"} & row.keys()
    with db.session() as session:
        assert session.scalars(select(AuditRecord).where(AuditRecord.action == "export")).one()
