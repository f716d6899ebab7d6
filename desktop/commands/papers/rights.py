"""`uniondesk print …` papers of the rights area (each needs the rights.read permission; every print
is recorded in the audit trail before the file is written):

    uniondesk print case-summary --year Y OUT.pdf|OUT.docx                年度维权案件统计表 (no names)
    uniondesk print case-paper --case WQ2026-005 --paper agreement OUT.pdf  登记表, 申请书, 笔录, 协议书, 不予受理通知书
"""

from __future__ import annotations

PAPERS = ("registration", "application", "record", "agreement", "decline")


def add_parsers(papers) -> dict:
    summary = papers.add_parser("case-summary", help="年度维权案件统计表: counts by category, resolved %, amounts")
    summary.add_argument("out", metavar="OUT.pdf", help="OUT.docx writes an editable Word/WPS copy")
    summary.add_argument("--year", type=int, required=True)
    paper = papers.add_parser("case-paper", help="a rights case's paper (登记表, 申请书, 笔录, 协议书, 不予受理通知书)")
    paper.add_argument("out", metavar="OUT.pdf")
    paper.add_argument("--case", required=True, metavar="CASE_NO", help="the case number, e.g. WQ2026-005")
    paper.add_argument("--paper", dest="kind", required=True, choices=PAPERS)  # `paper` is the print command's own
    return {"case-summary": _summary, "case-paper": _case_paper}


def _summary(args, context) -> bytes:
    from desktop.commands.paper import wants_word
    from desktop.documents.rights.papers import year_summary_docx, year_summary_pdf
    from desktop.domain.rights.printing import RightsPrinting

    db = context.open()
    summary = RightsPrinting(db, context.actor(db)).year_summary(args.year)
    return year_summary_docx(summary) if wants_word(args.out) else year_summary_pdf(summary)


def _case_paper(args, context) -> bytes:
    from desktop.documents.rights.papers import case_paper_pdf
    from desktop.domain.errors import NotFoundError
    from desktop.domain.rights.printing import RightsPrinting
    from desktop.domain.rights.queries import CaseFilter, RightsQueries
    from desktop.messages import QT_TRANSLATE_NOOP

    db = context.open()
    actor = context.actor(db)
    wanted = args.case.strip().upper()
    found = [r for r in RightsQueries(db, actor).rows(CaseFilter(search=wanted)) if r.case_no == wanted]
    if not found:
        raise NotFoundError(QT_TRANSLATE_NOOP("Cli", "There is no rights case {case_no}.").format(case_no=wanted))
    return case_paper_pdf(RightsPrinting(db, actor).case_paper(found[0].id, args.kind), args.kind)


__all__ = ["add_parsers"]
