"""The rights papers as a user reads them (text read back with pypdf): each case paper names the
worker and the other party with the ID number masked and no injury details; the agreement has the
signature and seal places of both parties, the mediator and the committee; the refusal gives the
reason and the referral; the yearly list counts by category without a single name."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desktop.documents.rights.papers import case_paper_pdf, year_summary_pdf
from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Role
from desktop.domain.rights import rules
from desktop.domain.rights.printing import AGREEMENT, APPLICATION, DECLINE_NOTICE, RECORD, REGISTRATION, RightsPrinting
from desktop.domain.rights.queries import RightsQueries

CADRE = Actor("rights", "孙维权", Role.RIGHTS)


def text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def case_where(db, test):
    queries = RightsQueries(db, CADRE)
    return next(queries.detail(r.id) for r in queries.rows() if test(queries.detail(r.id)))


@pytest.mark.parametrize("kind", [REGISTRATION, APPLICATION])
def test_forms_name_the_worker_and_mask_the_id_number(db, kind):
    injury = case_where(db, lambda d: d.row.category == "injury" and d.injury_detail)
    paper = RightsPrinting(db, CADRE).case_paper(injury.row.id, kind)
    found = text(case_paper_pdf(paper, kind))
    assert paper.name in found and paper.other_party in found and injury.row.case_no in found
    assert injury.id_number in found and "*" in injury.id_number
    assert "伤残" not in found and "压伤" not in found and "骨折" not in found


def test_the_record_of_a_session_has_its_participants_and_summary(db):
    case = case_where(db, lambda d: any(s.step == rules.MEDIATE for s in d.steps))
    session = next(s for s in case.steps if s.step == rules.MEDIATE)
    found = text(case_paper_pdf(RightsPrinting(db, CADRE).case_paper(case.row.id, RECORD, session.id), RECORD))
    assert "劳动争议调解笔录" in found and session.summary in found and "记录人" in found


def test_the_agreement_has_terms_and_every_signature_and_seal_place(db):
    case = case_where(db, lambda d: any(s.outcome == rules.AGREED for s in d.steps))
    found = text(case_paper_pdf(RightsPrinting(db, CADRE).case_paper(case.row.id, AGREEMENT), AGREEMENT))
    for words in ("申请人（签名）", "被申请人（签名或盖章）", "调解员（签名）", "（盖章）", "第十四条", case.row.name):
        assert words in found, words


def test_the_refusal_gives_the_reason_and_the_referral(db):
    case = case_where(db, lambda d: d.row.outcome == rules.DECLINED)
    step = next(s for s in case.steps if s.step == rules.DECLINE)
    found = text(case_paper_pdf(RightsPrinting(db, CADRE).case_paper(case.row.id, DECLINE_NOTICE), DECLINE_NOTICE))
    assert "不予受理通知书" in found and step.reason[:8] in found and "不予受理" in found
    assert rules.REFERRAL_ZH[step.referral] in found


def test_the_yearly_list_counts_by_category_and_names_nobody(db):
    year = dt.date.today().year
    summary = RightsPrinting(db, CADRE).year_summary(year)
    found = text(year_summary_pdf(summary))
    assert all(label in found for label in rules.CATEGORY_ZH.values()) and "合计" in found
    assert str(summary.total.received) in found and "解决率" in found
    names = {r.name for r in RightsQueries(db, CADRE).rows()}
    assert names and not any(name in found for name in names)
