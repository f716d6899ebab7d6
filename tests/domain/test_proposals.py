"""Congress proposals (职代会提案): numbering, the 附议 count, the steps and their order, 不满意
returning once, overdue answers, the summary figures, the approval motion in 选举与表决, who may
do what, and the audit trail."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from desktop.domain.accounts.actor import Actor, PermissionDenied
from desktop.domain.accounts.permissions import Role
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.errors import RuleViolation, ValidationError
from desktop.domain.members.service import MemberService
from desktop.domain.proposals import rules
from desktop.domain.proposals.approval import ITEMS, LIST, put_to_congress, take_vote_result
from desktop.domain.proposals.inputs import ProposalInput, SessionInput, StepInput
from desktop.domain.proposals.queries import ProposalFilter, ProposalQueries
from desktop.domain.proposals.service import ProposalService
from desktop.domain.votes.queries import VoteQueries
from desktop.domain.votes.inputs import TotalsInput
from desktop.domain.votes.service import VoteService

from tests.domain.conftest import TODAY

CHAIR = Actor("admin", "王主席", Role.ADMIN)
OFFICER = Actor("off", "李干事", Role.OFFICER)
VIEWER = Actor("ro", "只读", Role.READONLY)


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


@pytest.fixture
def people(db, make_member):
    service = MemberService(db, CHAIR, today=TODAY)
    return [service.create(make_member(name=name)) for name in ("张领衔", "李附议", "王附议", "赵代表")]


@pytest.fixture
def session_id(db):
    return ProposalService(db, CHAIR, TODAY).create_session(
        SessionInput("第五届职工代表大会第三次会议", days_ago(100), seconders_required=2, answer_days=30))


def a_proposal(session_id, people, **fields) -> ProposalInput:
    values = dict(session_id=session_id, title="增设夜班职工热餐供应", category="welfare", lead_id=people[0],
                  submitted_on=days_ago(90), seconder_ids=(people[1], people[2]), reason="夜班无热饭",
                  measures="食堂延长供餐至凌晨1点")
    values.update(fields)
    return ProposalInput(**values)


def step(kind, n, **fields) -> StepInput:
    return StepInput(step=kind, done_on=days_ago(n), **fields)


def walk_to_answer(service, proposal_id):
    service.record_step(proposal_id, step(rules.REVIEW, 80, decision=rules.ACCEPT))
    service.record_step(proposal_id, step(rules.ASSIGN, 75, department="后勤保障部"))
    service.record_step(proposal_id, step(rules.ANSWER, 60, text="已于3月起延长供餐时间"))


# -- pure rules -----------------------------------------------------------------------------------

def test_unsatisfied_sends_back_once_then_only_closing_is_left():
    def r(s, d, n, due=None):
        return rules.StepRecord(s, d, dt.date(2024, 1, n), due)
    records = [r(rules.SUBMIT, "", 1), r(rules.REVIEW, rules.ACCEPT, 2), r(rules.ASSIGN, "", 3, dt.date(2024, 2, 3)),
               r(rules.ANSWER, "", 10), r(rules.FEEDBACK, rules.UNSATISFIED, 11, dt.date(2024, 2, 11))]
    first = rules.fold(records)
    assert first.returned and first.next_steps == (rules.HANDLE, rules.ANSWER)
    assert first.due_on == dt.date(2024, 2, 11) and first.awaiting_answer
    again = rules.fold(records + [r(rules.ANSWER, "", 20), r(rules.FEEDBACK, rules.UNSATISFIED, 21)])
    assert again.next_steps == (rules.CLOSE,) and again.satisfaction == rules.UNSATISFIED
    assert again.answered_on == dt.date(2024, 1, 10)  # the first answer counts for "in time"


def test_a_review_other_than_accept_closes_the_proposal():
    for decision in (rules.REJECT, rules.OPINION, rules.MERGE):
        state = rules.fold([rules.StepRecord(rules.SUBMIT, "", dt.date(2024, 1, 1)),
                            rules.StepRecord(rules.REVIEW, decision, dt.date(2024, 1, 2))])
        assert state.closed and state.next_steps == ()


def test_percentages_and_numbers():
    assert rules.percent(2, 3) == 66.7 and rules.percent(0, 0) is None
    assert rules.format_number(2026, 15) == "2026-015"


# -- the service ----------------------------------------------------------------------------------

def test_numbers_count_up_within_the_session(db, people, session_id):
    service = ProposalService(db, OFFICER, TODAY)
    first = service.create_proposal(a_proposal(session_id, people))
    second = service.create_proposal(a_proposal(session_id, people, title="更换车间老旧风扇"))
    rows = ProposalQueries(db, VIEWER, TODAY).rows(ProposalFilter(session_id=session_id))
    numbers = {r.id: r.number for r in rows}
    assert numbers == {first: f"{days_ago(100).year}-001", second: f"{days_ago(100).year}-002"}
    assert rows[0].lead == "张领衔" and rows[0].seconders == 2 and rows[0].stage == rules.SUBMIT


def test_too_few_seconders_is_refused_with_how_many_are_missing(db, people, session_id):
    service = ProposalService(db, OFFICER, TODAY)
    with pytest.raises(ValidationError) as caught:
        service.create_proposal(a_proposal(session_id, people, seconder_ids=(people[1],)))
    assert caught.value.errors[0].field == "seconder_ids"
    assert "add 1 more" in str(caught.value.errors[0].message)
    with pytest.raises(ValidationError):  # the lead cannot second their own proposal
        service.create_proposal(a_proposal(session_id, people, seconder_ids=(people[0], people[1])))
    assert ProposalQueries(db, VIEWER, TODAY).rows() == []


def test_the_whole_life_of_a_proposal_with_one_return(db, people, session_id):
    service = ProposalService(db, CHAIR, TODAY)
    proposal_id = service.create_proposal(a_proposal(session_id, people))
    walk_to_answer(service, proposal_id)
    service.record_step(proposal_id, step(rules.FEEDBACK, 55, decision=rules.UNSATISFIED, text="只延长到22点"))
    row = ProposalQueries(db, VIEWER, TODAY).detail(proposal_id).row
    assert row.returned and row.stage == rules.FEEDBACK and row.due_on == days_ago(55) + dt.timedelta(days=30)
    service.record_step(proposal_id, step(rules.HANDLE, 40, text="与食堂承包方重新谈判"))
    service.record_step(proposal_id, step(rules.ANSWER, 30, text="延长至凌晨1点"))
    service.record_step(proposal_id, step(rules.FEEDBACK, 20, decision=rules.UNSATISFIED))
    with pytest.raises(RuleViolation):  # returned once already: only 办结 is left
        service.record_step(proposal_id, step(rules.HANDLE, 10))
    service.record_step(proposal_id, step(rules.CLOSE, 10))
    detail = ProposalQueries(db, VIEWER, TODAY).detail(proposal_id)
    assert detail.row.status == "closed" and detail.next_steps == ()
    assert [s.step for s in detail.steps] == [rules.SUBMIT, rules.REVIEW, rules.ASSIGN, rules.ANSWER, rules.FEEDBACK,
                                             rules.HANDLE, rules.ANSWER, rules.FEEDBACK, rules.CLOSE]
    assert detail.row.answered_in_time is True


def test_steps_out_of_order_are_refused_and_nothing_is_written(db, people, session_id):
    service = ProposalService(db, CHAIR, TODAY)
    proposal_id = service.create_proposal(a_proposal(session_id, people))
    with pytest.raises(RuleViolation):
        service.record_step(proposal_id, step(rules.ANSWER, 80, text="x"))
    with pytest.raises(ValidationError):  # a 不立案 needs its reason
        service.record_step(proposal_id, step(rules.REVIEW, 80, decision=rules.REJECT))
    service.record_step(proposal_id, step(rules.REVIEW, 80, decision=rules.ACCEPT))
    with pytest.raises(ValidationError):  # before the last step
        service.record_step(proposal_id, step(rules.ASSIGN, 85, department="后勤保障部"))
    assert len(ProposalQueries(db, VIEWER, TODAY).detail(proposal_id).steps) == 2


def test_merge_needs_another_proposal_of_the_session(db, people, session_id):
    service = ProposalService(db, CHAIR, TODAY)
    first = service.create_proposal(a_proposal(session_id, people))
    second = service.create_proposal(a_proposal(session_id, people, title="夜班热餐"))
    with pytest.raises(ValidationError):
        service.record_step(second, step(rules.REVIEW, 80, decision=rules.MERGE, text="同一事项", merged_into_id=second))
    service.record_step(second, step(rules.REVIEW, 80, decision=rules.MERGE, text="同一事项", merged_into_id=first))
    detail = ProposalQueries(db, VIEWER, TODAY).detail(second)
    assert detail.row.status == "closed" and detail.steps[-1].merged_into.endswith("-001")


def test_overdue_answers_are_the_reminders(db, people, session_id):
    service = ProposalService(db, CHAIR, TODAY)
    late = service.create_proposal(a_proposal(session_id, people))
    service.record_step(late, step(rules.REVIEW, 80, decision=rules.ACCEPT))
    service.record_step(late, step(rules.ASSIGN, 75, department="安全环保部"))      # due 45 days ago
    soon = service.create_proposal(a_proposal(session_id, people, title="b"))
    service.record_step(soon, step(rules.REVIEW, 80, decision=rules.ACCEPT))
    service.record_step(soon, step(rules.ASSIGN, 25, department="人力资源部"))      # due in 5 days
    far = service.create_proposal(a_proposal(session_id, people, title="c"))
    service.record_step(far, step(rules.REVIEW, 80, decision=rules.ACCEPT))
    service.record_step(far, step(rules.ASSIGN, 5, department="财务部"))            # due in 25 days
    queries = ProposalQueries(db, VIEWER, TODAY)
    reminders = queries.overdue_answers()
    assert [(r.proposal_id, r.overdue) for r in reminders] == [(late, True), (soon, False)]
    assert "安全环保部" in str(reminders[0].text)
    assert [r.id for r in queries.rows(ProposalFilter(status="overdue"))] == [late]
    service.record_step(late, step(rules.ANSWER, 0, text="已整改"))
    assert [r.proposal_id for r in queries.overdue_answers()] == [soon]
    assert queries.detail(late).row.answered_in_time is False


def test_summary_counts_in_time_and_satisfaction(db, people, session_id):
    service = ProposalService(db, CHAIR, TODAY)
    a = service.create_proposal(a_proposal(session_id, people))
    walk_to_answer(service, a)                                             # in time
    service.record_step(a, step(rules.FEEDBACK, 50, decision=rules.SATISFIED))
    b = service.create_proposal(a_proposal(session_id, people, title="b", category="protection"))
    service.record_step(b, step(rules.REVIEW, 80, decision=rules.ACCEPT))
    service.record_step(b, step(rules.ASSIGN, 75, department="后勤保障部", due_on=days_ago(70)))
    service.record_step(b, step(rules.ANSWER, 60, text="late"))            # late
    service.record_step(b, step(rules.FEEDBACK, 50, decision=rules.UNSATISFIED))
    c = service.create_proposal(a_proposal(session_id, people, title="c"))
    service.record_step(c, step(rules.REVIEW, 80, decision=rules.REJECT, text="不属于职代会职权"))
    summary = ProposalQueries(db, VIEWER, TODAY).summary(session_id)
    assert summary.total == 3 and summary.answered == 2 and summary.answered_in_time == 1
    assert summary.in_time_percent == 50.0 and summary.satisfied_percent == 50.0
    assert dict(summary.decisions) == {rules.ACCEPT: 2, rules.REJECT: 1}
    by_category = {s.key: s for s in summary.by_category}
    assert by_category["welfare"].total == 2 and by_category["protection"].accepted == 1
    assert [(s.key, s.answered) for s in summary.by_department] == [("后勤保障部", 2)]


def test_the_congress_approves_the_accepted_list_through_a_motion(db, people, session_id):
    service = ProposalService(db, CHAIR, TODAY)
    ids = [service.create_proposal(a_proposal(session_id, people, title=t)) for t in ("甲", "乙", "丙")]
    for proposal_id in ids[:2]:
        service.record_step(proposal_id, step(rules.REVIEW, 80, decision=rules.ACCEPT))
    service.record_step(ids[2], step(rules.REVIEW, 80, decision=rules.REJECT, text="不属于"))
    vote_id = put_to_congress(db, CHAIR, session_id, ITEMS, held_on=TODAY, today=TODAY)
    detail = VoteQueries(db, CHAIR).detail(vote_id)
    assert detail.kind.value == "motion" and [c.name for c in detail.listed] == [
        f"{days_ago(100).year}-001 甲", f"{days_ago(100).year}-002 乙"]
    assert take_vote_result(db, CHAIR, session_id, TODAY) is None  # not counted yet
    votes = VoteService(db, CHAIR, TODAY)
    votes.record_presence(vote_id, 4)
    votes.record_printed(vote_id, 4)
    votes.open(vote_id)
    votes.record_paper(vote_id, 4, 4)
    first, second = (c.id for c in detail.listed)
    votes.enter_totals(vote_id, TotalsInput({first: (4, 0, 0), second: (1, 3, 0)}, valid=4, invalid=0))
    votes.close(vote_id)
    assert take_vote_result(db, CHAIR, session_id, TODAY) == 1
    approved = {r.id: r.approved for r in ProposalQueries(db, VIEWER, TODAY).rows()}
    assert approved == {ids[0]: True, ids[1]: False, ids[2]: None}
    assert ProposalQueries(db, VIEWER, TODAY).session(session_id).vote_id == vote_id


def test_the_whole_list_as_one_item(db, people, session_id):
    service = ProposalService(db, CHAIR, TODAY)
    ids = [service.create_proposal(a_proposal(session_id, people, title=t)) for t in ("甲", "乙")]
    with pytest.raises(RuleViolation):
        put_to_congress(db, CHAIR, session_id, LIST, today=TODAY)  # nothing accepted yet
    for proposal_id in ids:
        service.record_step(proposal_id, step(rules.REVIEW, 80, decision=rules.ACCEPT))
    vote_id = put_to_congress(db, CHAIR, session_id, LIST, today=TODAY)
    items = VoteQueries(db, CHAIR).detail(vote_id).listed
    assert len(items) == 1 and "共2件" in items[0].name


def test_who_may_do_what(db, people, session_id):
    with pytest.raises(PermissionDenied):
        ProposalService(db, VIEWER, TODAY).create_proposal(a_proposal(session_id, people))
    proposal_id = ProposalService(db, OFFICER, TODAY).create_proposal(a_proposal(session_id, people))
    with pytest.raises(PermissionDenied):  # the committee's decision is recorded by the chair
        ProposalService(db, OFFICER, TODAY).record_step(proposal_id, step(rules.REVIEW, 80, decision=rules.ACCEPT))
    with pytest.raises(PermissionDenied):
        ProposalService(db, OFFICER, TODAY).create_session(SessionInput("另一次会议", TODAY))
    ProposalService(db, CHAIR, TODAY).record_step(proposal_id, step(rules.REVIEW, 80, decision=rules.ACCEPT))
    ProposalService(db, OFFICER, TODAY).record_step(proposal_id, step(rules.ASSIGN, 70, department="后勤保障部"))
    assert ProposalQueries(db, VIEWER, TODAY).detail(proposal_id).row.department == "后勤保障部"


def test_every_step_is_in_the_audit_trail(db, people, session_id):
    service = ProposalService(db, CHAIR, TODAY)
    proposal_id = service.create_proposal(a_proposal(session_id, people))
    walk_to_answer(service, proposal_id)
    with db.session() as session:
        records = session.scalars(select(AuditRecord).where(AuditRecord.entity == "proposal",
                                                            AuditRecord.entity_id == proposal_id)
                                  .order_by(AuditRecord.id)).all()
    assert [r.action for r in records] == ["create", "proposal_step", "proposal_step", "proposal_step"]
    answer = json.loads(records[-1].changes)
    assert answer["step"] == [None, "answer"] and answer["text"] == [None, "已于3月起延长供餐时间"]
    assert all(r.actor == "admin" for r in records)
