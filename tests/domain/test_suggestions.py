"""Rationalization suggestions (合理化建议): the steps, the reviewers' average on the configurable
score sheet, the reward posted to the ledger through the funds service, the yearly summary, who may
do what, and the audit trail."""

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
from desktop.domain.funds.entities import FundEntry
from desktop.domain.members.service import MemberService
from desktop.domain.proposals.service import ProposalService
from desktop.domain.proposals.settings import ProposalSettings
from desktop.domain.suggestions import rules
from desktop.domain.suggestions.inputs import (
    DecisionInput, ImplementationInput, RewardInput, ScoreInput, SuggestionInput,
)
from desktop.domain.suggestions.queries import SuggestionQueries
from desktop.domain.suggestions.service import SuggestionService

from tests.domain.conftest import TODAY

CHAIR = Actor("admin", "王主席", Role.ADMIN)
OFFICER = Actor("off", "李干事", Role.OFFICER)
VIEWER = Actor("ro", "只读", Role.READONLY)


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


@pytest.fixture
def people(db, make_member):
    service = MemberService(db, CHAIR, today=TODAY)
    return [service.create(make_member(name=name, department="机修车间")) for name in ("周师傅", "吴技师")]


def a_suggestion(people, **fields) -> SuggestionInput:
    values = dict(title="冲床加装光栅保护", submitted_on=days_ago(60), proposer_ids=tuple(people),
                  department="机修车间", situation="冲床无防护", proposal="加装红外光栅", expected_benefit="杜绝压手事故")
    values.update(fields)
    return SuggestionInput(**values)


def scored(service, suggestion_id, reviewer, points, n=50):
    return service.score(suggestion_id, ScoreInput(reviewer, days_ago(n), tuple(D(p) for p in points)))


def adopted_and_implemented(service, suggestion_id):
    scored(service, suggestion_id, "甲", (25, 28, 15, 18))
    service.decide(suggestion_id, DecisionInput(rules.ADOPT, days_ago(45)))
    service.implement(suggestion_id, ImplementationInput("机修车间", days_ago(30), D("12000.00"), "已加装6台"))


def test_the_average_of_several_reviewers(db, people):
    service = SuggestionService(db, CHAIR, TODAY)
    suggestion_id = service.create(a_suggestion(people))
    scored(service, suggestion_id, "甲", (25, 28, 15, 18))    # 86
    scored(service, suggestion_id, "乙", (20, 25, 16, 16))    # 77
    scored(service, suggestion_id, "丙", (22, 26, 14, 17))    # 79
    detail = SuggestionQueries(db, VIEWER, TODAY).detail(suggestion_id)
    assert detail.row.score == D("80.67") and detail.row.reviews == 3
    assert detail.scores[0].points[0] == ("技术水平", 30, D("25"))
    with pytest.raises(ValidationError):  # the same reviewer twice
        scored(service, suggestion_id, "甲", (1, 1, 1, 1))
    with pytest.raises(ValidationError) as caught:  # above the line's maximum
        scored(service, suggestion_id, "丁", (31, 1, 1, 1))
    assert "技术水平" in str(caught.value.errors[0].message)


def test_the_score_sheet_is_configurable_and_old_scores_keep_theirs(db, people):
    service = SuggestionService(db, CHAIR, TODAY)
    suggestion_id = service.create(a_suggestion(people))
    scored(service, suggestion_id, "甲", (25, 28, 15, 18))
    sheet = (("创新性", 25), ("可行性", 25), ("经济效益", 25), ("安全/管理效益", 25))
    with pytest.raises(ValidationError):
        ProposalService(db, CHAIR, TODAY).change_settings(ProposalSettings(score_sheet=(("a", 50),)))
    ProposalService(db, CHAIR, TODAY).change_settings(ProposalSettings(score_sheet=sheet))
    assert SuggestionQueries(db, VIEWER, TODAY).score_sheet() == sheet
    scored(service, suggestion_id, "乙", (20, 20, 20, 20))
    scores = SuggestionQueries(db, VIEWER, TODAY).detail(suggestion_id).scores
    assert scores[0].points[0][0] == "技术水平" and scores[1].points[0][0] == "创新性"


def test_deciding_needs_a_score_and_a_reason_to_reject(db, people):
    service = SuggestionService(db, CHAIR, TODAY)
    suggestion_id = service.create(a_suggestion(people))
    with pytest.raises(RuleViolation):
        service.decide(suggestion_id, DecisionInput(rules.ADOPT, days_ago(45)))
    scored(service, suggestion_id, "甲", (5, 5, 5, 5))
    with pytest.raises(ValidationError):
        service.decide(suggestion_id, DecisionInput(rules.REJECT, days_ago(45)))
    service.decide(suggestion_id, DecisionInput(rules.REJECT, days_ago(45), "已有同类改造计划"))
    row = SuggestionQueries(db, VIEWER, TODAY).detail(suggestion_id).row
    assert row.status == "closed" and row.decision == rules.REJECT
    with pytest.raises(RuleViolation):
        service.implement(suggestion_id, ImplementationInput("机修车间", days_ago(30)))


def test_the_reward_is_a_ledger_line_under_the_special_projects_category(db, people):
    service = SuggestionService(db, CHAIR, TODAY)
    suggestion_id = service.create(a_suggestion(people))
    with pytest.raises(RuleViolation):  # not implemented yet
        service.reward(suggestion_id, RewardInput("first", D("1000.00"), days_ago(10)))
    adopted_and_implemented(service, suggestion_id)
    entry_id = service.reward(suggestion_id, RewardInput("first", D("1000.00"), days_ago(10), "记-031"))
    with db.session() as session:
        entry = session.get(FundEntry, entry_id)
        assert (entry.category_code, entry.amount, entry.entry_date) == ("50303", D("1000.00"), days_ago(10))
        assert entry.counterparty == "周师傅、吴技师" and "JY" in entry.note and entry.voucher_no == "记-031"
    row = SuggestionQueries(db, VIEWER, TODAY).detail(suggestion_id).row
    assert row.status == "closed" and row.reward_entry_id == entry_id and row.reward_amount == D("1000.00")
    assert [r.id for r in SuggestionQueries(db, VIEWER, TODAY).rewards(days_ago(10).year)] == [suggestion_id]


def test_a_bad_reward_writes_no_ledger_line(db, people):
    service = SuggestionService(db, CHAIR, TODAY)
    suggestion_id = service.create(a_suggestion(people))
    adopted_and_implemented(service, suggestion_id)
    with pytest.raises(ValidationError):
        service.reward(suggestion_id, RewardInput("first", D("0"), days_ago(10)))
    with pytest.raises(ValidationError):  # before the implementation
        service.reward(suggestion_id, RewardInput("first", D("100.00"), days_ago(40)))
    with db.session() as session:
        assert session.scalars(select(FundEntry)).all() == []


def test_who_may_do_what(db, people):
    with pytest.raises(PermissionDenied):
        SuggestionService(db, VIEWER, TODAY).create(a_suggestion(people))
    suggestion_id = SuggestionService(db, OFFICER, TODAY).create(a_suggestion(people))
    with pytest.raises(PermissionDenied):  # the committee scores and decides
        scored(SuggestionService(db, OFFICER, TODAY), suggestion_id, "甲", (1, 1, 1, 1))
    adopted_and_implemented(SuggestionService(db, CHAIR, TODAY), suggestion_id)
    finance = Actor("fin", "财务", Role.FINANCE)
    with pytest.raises(PermissionDenied):  # paying needs both the decision right and the books
        SuggestionService(db, finance, TODAY).reward(suggestion_id, RewardInput("third", D("200.00"), days_ago(5)))
    with pytest.raises(PermissionDenied):
        SuggestionService(db, OFFICER, TODAY).reward(suggestion_id, RewardInput("third", D("200.00"), days_ago(5)))


def test_year_summary_by_department(db, people):
    service = SuggestionService(db, CHAIR, TODAY)
    first = service.create(a_suggestion(people))
    adopted_and_implemented(service, first)
    service.reward(first, RewardInput("second", D("500.00"), days_ago(10)))
    service.create(a_suggestion(people, title="仓库照明改LED", department="仓储部", submitted_on=days_ago(20)))
    service.create(a_suggestion(people, title="去年的", submitted_on=dt.date(TODAY.year - 1, 5, 1)))
    summary = SuggestionQueries(db, VIEWER, TODAY).year_summary(TODAY.year)
    assert (summary.submitted, summary.adopted, summary.implemented) == (2, 1, 1)
    assert summary.benefit == D("12000.00") and summary.rewards_paid == D("500.00") and summary.rewarded == 1
    assert [(d.department, d.submitted) for d in summary.by_department] == [("仓储部", 1), ("机修车间", 1)]


def test_numbers_and_the_audit_trail(db, people):
    service = SuggestionService(db, OFFICER, TODAY)
    first = service.create(a_suggestion(people))
    second = service.create(a_suggestion(people, proposer_ids=(), team="机修车间QC小组"))
    rows = {r.id: r for r in SuggestionQueries(db, VIEWER, TODAY).rows()}
    assert rows[first].number == f"JY{days_ago(60).year}-001" and rows[second].number.endswith("-002")
    assert rows[second].proposers == "机修车间QC小组" and rows[first].proposers == "周师傅、吴技师"
    with pytest.raises(ValidationError):
        service.create(a_suggestion(people, proposer_ids=(), team=""))
    adopted_and_implemented(SuggestionService(db, CHAIR, TODAY), first)
    with db.session() as session:
        records = session.scalars(select(AuditRecord).where(AuditRecord.entity == "suggestion",
                                                            AuditRecord.entity_id == first)
                                  .order_by(AuditRecord.id)).all()
    assert [r.action for r in records] == ["create", "suggestion_score", "suggestion_step", "suggestion_step"]
    assert json.loads(records[-1].changes)["amount"] == [None, "12000.00"]
