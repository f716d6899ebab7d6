"""The aid papers as a user reads them: the public notice shows only name, department, tier or
aid type and amount (no ID number, no health or income word); the payment sheet lists the
recipients with a signature column, the total in capital figures and the handler and chair lines;
the application and approval forms are prefilled and keep ID numbers masked."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select

from desktop.documents.aid.papers import aid_notice_pdf, application_pdf, approval_pdf, payment_sheet_pdf
from desktop.documents.aid.contents import build_application, build_approval, build_notice, build_payment_sheet
from desktop.domain.accounts.actor import LOCAL_ADMIN, Actor
from desktop.domain.accounts.permissions import Role
from desktop.domain.aid.entities import AidCase, AidHouseholdMember, AidPayment
from desktop.domain.aid.queries import AidQueries
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.members.entities import Member
from desktop.domain.money import yuan_in_words

from tests.documents.conftest import page_count, text_of

AID = Actor("aid", "陈帮扶", Role.AID)
HEALTH_WORDS = ("恶性肿瘤", "尿毒症", "心脑血管", "精神病", "残疾", "健康", "化疗", "收入", "银行", "身份证")


def _paid_year(db) -> int:
    with db.session() as session:
        return session.scalar(select(AidPayment.paid_on).order_by(AidPayment.paid_on.desc()).limit(1)).year


def test_public_notice_shows_only_name_department_tier_and_amount(db, tmp_path):
    year = _paid_year(db)
    notice = build_notice(db, AID, year, dt.date(year, 12, 1))
    text = text_of(aid_notice_pdf(notice), tmp_path)
    assert f"关于{year}年度困难职工帮扶情况的公示" in text
    assert notice.lines and all(line.name in text for line in notice.lines)
    assert "深度困难" in text and "公示期" in text
    with db.session() as session:
        ids = session.scalars(select(Member.id_number).join(AidCase, AidCase.member_id == Member.id)).all()
        cards = session.scalars(select(AidCase.bank_card_no).where(AidCase.bank_card_no != "")).all()
        relatives = session.scalars(select(AidHouseholdMember.name)).all()
    flat = text.replace(" ", "")
    for number in ids:
        assert number not in flat and number[-4:] + "\n" not in flat
    for card in cards:
        assert card not in flat and card[-4:] not in flat
    assert not re.search(r"\d{15,}", flat)
    for word in HEALTH_WORDS:
        assert word not in text, word
    # no relative of an applicant is named (family details stay off the board)
    applicants = {line.name for line in notice.lines}
    assert not [name for name in relatives if name in text and name not in applicants]


def test_payment_sheet_has_roster_signature_column_total_in_words_and_signatures(db, tmp_path):
    batch = AidQueries(db, AID).batches()[0]
    sheet = build_payment_sheet(db, AID, batch.id)
    pdf = payment_sheet_pdf(sheet)
    text = text_of(pdf, tmp_path)
    assert "困难职工帮扶资金发放签领表" in text and batch.title in text
    assert "领取人签名" in text and "经办人" in text and "工会主席（审批）" in text
    assert all(line.name in text for line in sheet.lines)
    assert sheet.total == batch.total
    assert yuan_in_words(batch.total) in text.replace(" ", "")
    assert "第1页共1页" in text.replace(" ", "") and page_count(pdf) == 1


def test_application_form_is_prefilled_and_masked(db, tmp_path):
    with db.session() as session:
        case_id, member_id = session.execute(select(AidCase.id, AidCase.member_id).join(AidHouseholdMember)
                                             .order_by(AidCase.id).limit(1)).one()
        id_number, birth = session.execute(select(Member.id_number, Member.birth_date)
                                           .where(Member.id == member_id)).one()
    form = build_application(db, AID, case_id)
    text = text_of(application_pdf(form), tmp_path)
    # Beside the masked ID number the birth year only (its day is the masked digits).
    assert f"{birth.year}年" in text and f"{birth.year}年{birth.month}月{birth.day}日" not in text
    assert "困难职工帮扶申请书" in text and form.name in text and form.case_no in text
    assert id_number not in text.replace(" ", "") and id_number[:6] in text
    assert "申请人签名" in text and "■" in text and "□" in text
    assert "******" in text  # health masked


def test_application_with_full_details_is_audited(db, tmp_path):
    with db.session() as session:
        case_id, id_number = session.execute(select(AidCase.id, Member.id_number).join(
            Member, Member.id == AidCase.member_id).order_by(AidCase.id).limit(1)).one()
    text = text_of(application_pdf(build_application(db, AID, case_id, full=True)), tmp_path)
    assert id_number in text.replace(" ", "")
    with db.session() as session:
        reveals = session.scalars(select(AuditRecord.changes).where(AuditRecord.action == "reveal",
                                                                    AuditRecord.entity_id == case_id)).all()
    assert len(reveals) == 2


def test_approval_form_has_the_steps_and_signature_blocks(db, tmp_path):
    with db.session() as session:
        case_id = session.scalar(select(AidCase.id).where(AidCase.stage == "payment").order_by(AidCase.id).limit(1))
    form = build_approval(db, LOCAL_ADMIN, case_id)
    text = text_of(approval_pdf(form), tmp_path)
    for words in ("困难职工帮扶审批表", "初审意见", "入户调查意见", "公示情况", "工会审批意见", "工会主席（签名）",
                  "审批", "通过", form.name):
        assert words in text, words


def test_approval_form_signs_steps_with_the_names_people_know(db):
    """A step decided by the account "chair" shows 王主席, the name on the account, not the login."""
    from desktop.domain.accounts.entities import User
    from desktop.domain.aid.entities import AidCaseStep as AidStep

    with db.transaction() as session:
        case_id = session.scalar(select(AidCase.id).where(AidCase.stage == "payment").order_by(AidCase.id).limit(1))
        step = session.scalars(select(AidStep).where(AidStep.case_id == case_id).order_by(AidStep.id)).first()
        step.decided_by = "chair"
        session.add(User(username="chair", display_name="王主席", role="admin", password_hash="-"))
    form = build_approval(db, LOCAL_ADMIN, case_id)
    assert form.steps[0].decided_by == "王主席"
