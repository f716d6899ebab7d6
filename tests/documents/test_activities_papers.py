"""An activity's papers as the organiser reads them: the sign-in sheet lists the participants (and
leaves rows for walk-ins), the participant list for reimbursement says who came, the notice is
prefilled from the plan, the results list is in rank order."""

from __future__ import annotations

from sqlalchemy import select

from desktop.documents.activities.papers import participant_list_pdf, results_pdf
from desktop.documents.activities.contents import (
    build_activity_notice, build_activity_signin, build_participant_list, build_results,
)
from desktop.documents.shared.notice import notice_pdf
from desktop.documents.members.signin import signin_pdf
from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.activities.entities import Activity
from desktop.domain.activities.queries import ActivityQueries
from desktop.domain.activities.inputs import ParticipantState
from tests.documents.conftest import page_count, text_of


def activity_of(db, type_code: str, status: str | None = None) -> int:
    with db.session() as session:
        statement = select(Activity.id).where(Activity.type_code == type_code).order_by(Activity.id)
        if status:
            statement = statement.where(Activity.status == status)
        return session.scalars(statement).first()


def test_signin_sheet_lists_the_participants_and_blank_rows(db, tmp_path):
    activity = activity_of(db, "training", "finished")
    signed = [p for p in ActivityQueries(db, LOCAL_ADMIN).participants(activity)
              if p.state == ParticipantState.SIGNED_UP]
    sheet = build_activity_signin(db, LOCAL_ADMIN, activity, blank_rows=4)
    assert len(sheet.entries) == len(signed) and sheet.blank_rows == 4
    text = "".join(text_of(signin_pdf(sheet), tmp_path).split())
    assert "安全生产知识培训签到表" in text and "办公楼三楼会议室" in text
    for person in signed:
        assert person.name in text
    assert f"应到{len(signed)}人" in text


def test_participant_list_for_reimbursement_says_who_came(db, tmp_path):
    activity = activity_of(db, "culture_sports", "finished")
    paper = build_participant_list(db, LOCAL_ADMIN, activity)
    present = sum(1 for p in paper.people if p.attended in ("出席", "迟到"))
    assert paper.present_count == present and present < len(paper.people) + 1
    pdf = participant_list_pdf(paper)
    text = "".join(text_of(pdf, tmp_path).split())
    assert "职工迎春长跑参加人员名单" in text and "本人签名" in text and "经办人" in text
    assert f"共{len(paper.people)}人，实到{present}人" in text
    assert all(p.name in text for p in paper.people)
    assert page_count(pdf) >= 2  # 80-odd people do not fit one page; the header repeats
    assert text_of(pdf, tmp_path, page=2).count("姓名") == 1


def test_notice_is_prefilled_from_the_plan(db, tmp_path):
    activity = activity_of(db, "training", "planned")
    notice = build_activity_notice(db, LOCAL_ADMIN, activity)
    assert notice.title == "关于开展2026年职工健康讲座的通知"
    text = "".join(text_of(notice_pdf(notice), tmp_path).split())
    assert "活动时间" in text and "14:30—16:30" in text and "办公楼三楼会议室" in text and "特此通知" in text


def test_results_list_in_rank_order(db, tmp_path):
    activity = activity_of(db, "competition")
    paper = build_results(db, LOCAL_ADMIN, activity)
    assert [line.rank for line in paper.lines][:3] == ["1", "1", "2"]
    text = "".join(text_of(results_pdf(paper), tmp_path).split())
    assert "职工技能比武成绩表" in text and "团体一等奖" in text and "领奖人签名" in text


def test_participants_and_attendance_export_to_xlsx(db, tmp_path):
    from openpyxl import load_workbook

    from desktop.domain.audit.entities import AuditRecord
    from desktop.domain.activities.exports import ActivityExports
    from desktop.exchange.activities.export import write_participants

    activity = activity_of(db, "culture_sports", "finished")
    people = ActivityQueries(db, LOCAL_ADMIN).participants(activity)
    exports = ActivityExports(db, LOCAL_ADMIN)
    listing = exports.participants(activity)
    result = write_participants(listing, tmp_path / "p.xlsx", "zh_CN",
                                lambda put_in_place: exports.record_export(listing, tmp_path / "p.xlsx", put_in_place))
    assert result.rows == len(people)
    sheet = load_workbook(tmp_path / "p.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][1] in ("Name", "姓名") and len(rows) == len(people) + 2
    assert {r[1] for r in rows[2:]} == {p.name for p in people}
    assert sum(1 for r in rows[2:] if r[7] in ("Yes", "是")) == sum(p.present for p in people)
    with db.session() as session:
        last = session.scalars(select(AuditRecord).order_by(AuditRecord.id.desc())).first()
    assert (last.action, last.entity_id) == ("export_participants", activity)
