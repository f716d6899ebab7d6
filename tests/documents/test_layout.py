"""Every paper type, printed for a union with long names (a 40-character union name, a 20-character
department, 4-character member names, a title of four lines): no two pieces of text print over each
other, and nothing leaves the type area except the page furniture (the header in the top margin,
the page number in the bottom margin)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from desktop.documents.activities.papers import participant_list_pdf, results_pdf
from desktop.documents.activities.contents import (
    build_activity_notice, build_activity_signin, build_participant_list, build_results,
)
from desktop.documents.aid.papers import aid_notice_pdf, application_pdf, approval_pdf, payment_sheet_pdf
from desktop.documents.aid.contents import build_application, build_approval, build_notice, build_payment_sheet
from desktop.documents.dues.receipt import Receipt, receipt_pdf
from desktop.documents.dues.statement import Statement, StatementLine, statement_pdf
from desktop.documents.funds.notice import FundsNotice, NoticeLine, funds_notice_pdf
from desktop.documents.members.contents import (
    DEFAULT_ROSTER_COLUMNS, ROSTER_FIELDS, RosterRequest, build_registration, build_roster, build_signin,
)
from desktop.documents.shared.notice import Notice, notice_pdf
from desktop.documents.shared.notice_templates import TEMPLATES
from desktop.documents.shared.page import FORM, NOTICE, TABLE_LANDSCAPE, TABLE_PORTRAIT, PageLayout
from desktop.documents.members.registration import registration_pdf
from desktop.documents.members.roster import is_landscape, roster_pdf
from desktop.documents.members.signin import signin_pdf
from desktop.documents.votes.ballots import BallotCandidate, BallotPaper, ballots_pdf
from desktop.documents.votes.contents import announcement, result_report
from desktop.documents.votes.result import result_pdf
from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.accounts.entities import UnionProfile
from desktop.domain.activities.entities import Activity
from desktop.domain.aid.entities import AidCase, AidPayment
from desktop.domain.members.entities import Member
from desktop.domain.members.queries import MemberFilter
from desktop.domain.votes.counting import Kind
from desktop.domain.votes.queries import VoteQueries, VoteStatus
from tests.pdf_reading import pdf_page_count, text_pieces

UNION = "华东精密机械制造股份有限公司第二分公司生产保障与后勤综合服务中心联合会工会委员会"
DEPARTMENT = "精密零部件加工制造事业部第三生产车间一班"
NAMES = ("欧阳娜娜", "司马相如", "诸葛明远", "上官婉儿", "东方红梅", "慕容雪晴")
TITLE = "关于召开华东精密机械制造股份有限公司第二分公司二〇二六年度工会会员代表大会暨职工代表大会第三次会议并开展劳动竞赛表彰活动的通知"
DAY = dt.date(2026, 10, 26)


def test_the_long_names_are_as_long_as_promised():
    assert len(UNION) == 40 and len(DEPARTMENT) == 20 and all(len(n) == 4 for n in NAMES)


@pytest.fixture
def long_db(db):
    """The demo union renamed to the long names; the first members get 4-character names and the
    20-character department."""
    with db.session() as session, session.begin():
        session.execute(update(UnionProfile).values(union_name=UNION))
        ids = session.scalars(select(Member.id).order_by(Member.id).limit(len(NAMES) * 2)).all()
        for member_id, name in zip(ids, NAMES * 2):
            session.execute(update(Member).where(Member.id == member_id).values(name=name, department=DEPARTMENT))
    return db


def _first(db, statement):
    with db.session() as session:
        return session.scalars(statement).first()


def _vote(db, kind: Kind, status: VoteStatus):
    return next(r for r in VoteQueries(db, LOCAL_ADMIN).rows() if r.kind is kind and r.status is status)


def _notice() -> Notice:
    template = TEMPLATES["meeting"]
    return Notice(TITLE, template.body, UNION, DAY, template.addressee, ("2026年度先进集体和先进个人名单",))


def _roster(db, columns) -> tuple[bytes, PageLayout]:
    roster = build_roster(db, LOCAL_ADMIN, RosterRequest(MemberFilter(), columns=columns, signature_column=True),
                          today=DAY)
    return roster_pdf(roster), TABLE_LANDSCAPE if is_landscape(roster) else TABLE_PORTRAIT


def _papers(db) -> dict[str, tuple[bytes, PageLayout]]:
    activity = _first(db, select(Activity.id).where(Activity.status == "finished").order_by(Activity.id))
    case = _first(db, select(AidCase.id).order_by(AidCase.id))
    batch = _first(db, select(AidPayment.batch_id).where(AidPayment.batch_id.is_not(None)))
    paid_year = _first(db, select(AidPayment.paid_on).order_by(AidPayment.paid_on.desc())).year
    motion = _vote(db, Kind.MOTION, VoteStatus.PUBLISHED)
    election = _vote(db, Kind.ELECTION, VoteStatus.PUBLISHED)
    members = _first(db, select(Member.id).order_by(Member.id))
    signin = dataclasses.replace(build_signin(db, LOCAL_ADMIN, MemberFilter(), title=TITLE[:30], date=DAY,
                                              place=DEPARTMENT), blank_rows=10)
    lines = tuple(StatementLine(m, Decimal("12345.67"), "0.5%", Decimal("61.73"), Decimal("61.73"),
                                "工资代扣2026年10月26日；非在册/保留会籍") for m in range(1, 13))
    papers = {
        "notice": (notice_pdf(_notice()), NOTICE),
        "roster (default columns)": _roster(db, DEFAULT_ROSTER_COLUMNS),
        "roster (every column)": _roster(db, tuple(ROSTER_FIELDS)),
        "sign-in sheet": (signin_pdf(signin), TABLE_PORTRAIT),
        "blank sign-in sheet": (signin_pdf(build_signin(db, LOCAL_ADMIN, blank_rows=30)), TABLE_PORTRAIT),
        "registration form": (registration_pdf(build_registration(db, LOCAL_ADMIN, [members], today=DAY)), FORM),
        "activity sign-in sheet": (signin_pdf(build_activity_signin(db, LOCAL_ADMIN, activity, blank_rows=5)),
                                   TABLE_PORTRAIT),
        "activity participants": (participant_list_pdf(build_participant_list(db, LOCAL_ADMIN, activity)),
                                  TABLE_PORTRAIT),
        "activity notice": (notice_pdf(build_activity_notice(db, LOCAL_ADMIN, activity, DAY)), NOTICE),
        "activity results": (results_pdf(build_results(db, LOCAL_ADMIN, activity)), TABLE_PORTRAIT),
        "aid application": (application_pdf(build_application(db, LOCAL_ADMIN, case)), FORM),
        "aid approval": (approval_pdf(build_approval(db, LOCAL_ADMIN, case)), FORM),
        "aid payment sheet": (payment_sheet_pdf(build_payment_sheet(db, LOCAL_ADMIN, batch)), TABLE_PORTRAIT),
        "aid public notice": (aid_notice_pdf(build_notice(db, LOCAL_ADMIN, paid_year, DAY)), NOTICE),
        "dues receipt": (receipt_pdf(Receipt(UNION, "2026-00012", DAY, NAMES[0], DEPARTMENT,
                                             "缴纳工会会费（2026年1月—12月）", Decimal("1234.56"), "现金",
                                             NAMES[1])), FORM),
        "dues statement": (statement_pdf(Statement(UNION, 2026, NAMES[0], DEPARTMENT, "M000001", lines)),
                           TABLE_PORTRAIT),
        "funds notice": (funds_notice_pdf(FundsNotice(
            UNION, "2026年第三季度", dt.date(2026, 7, 1), dt.date(2026, 9, 30), Decimal("123456.78"),
            (NoticeLine("拨缴经费收入", Decimal("98765.43")), NoticeLine("上级补助收入", Decimal("1234.00"))),
            (NoticeLine("职工活动支出", Decimal("45678.90")), NoticeLine("文体活动支出", Decimal("12345.67"), 1)),
            Decimal("99999.43"), Decimal("58024.57"), DAY)), NOTICE),
        "ballots": (ballots_pdf(BallotPaper(UNION, TITLE[:40], "选举工会委员会委员", "election", 5,
                                            tuple(BallotCandidate(n, DEPARTMENT) for n in NAMES))), FORM),
        "vote result (motion)": (result_pdf(dataclasses.replace(result_report(db, LOCAL_ADMIN, motion.id),
                                                                union_name=UNION)), FORM),
        "vote result (election)": (result_pdf(dataclasses.replace(result_report(db, LOCAL_ADMIN, election.id),
                                                                  union_name=UNION)), FORM),
        "vote announcement": (notice_pdf(announcement(db, LOCAL_ADMIN, election.id, DAY)), NOTICE),
    }
    from desktop.documents.votes.contents import electorate_signin
    papers["electorate sign-in sheet"] = (electorate_signin(db, LOCAL_ADMIN, motion.id), TABLE_PORTRAIT)
    return papers


PAGE_NUMBER = re.compile(r"^(第 \d+ 页 共 \d+ 页|— \d+ —)$")
SLACK = 0.6  # points: rounding in the PDF's numbers


def _problems(name: str, pdf: bytes, layout: PageLayout) -> list[str]:
    width, height = layout.size
    left, right = layout.left, width - layout.right
    bottom, top = layout.bottom, height - layout.top
    problems = []
    for page in range(1, pdf_page_count(pdf) + 1):
        pieces = text_pieces(pdf, page)
        for i, piece in enumerate(pieces):
            where = f"{name}, page {page}: {piece.text[:30]!r}…{piece.text[-3:]!r}"
            if piece.x0 < left - SLACK or piece.x1 > right + SLACK:
                problems.append(f"{where} leaves the type area sideways ({piece.x0:.1f}–{piece.x1:.1f} pt)")
            furniture_top = piece.y0 > top and piece.size <= 9 and piece.y1 < height - 10
            furniture_bottom = piece.y1 < bottom and PAGE_NUMBER.match(piece.text) and piece.y0 > 10
            inside = piece.y0 >= bottom - SLACK - 0.25 * piece.size and piece.y1 <= top + SLACK
            if not (inside or furniture_top or furniture_bottom):
                problems.append(f"{where} leaves the type area ({piece.y0:.1f}–{piece.y1:.1f} pt)")
            for other in pieces[i + 1:]:
                if piece.overlaps(other):
                    problems.append(f"{where} overlaps {other.text[:30]!r}")
    return problems


def test_no_paper_prints_text_over_text_or_outside_the_type_area(long_db):
    problems = []
    for name, (pdf, layout) in _papers(long_db).items():
        problems += _problems(name, pdf, layout)
    assert not problems, "\n".join(problems)
