"""`uniondesk print …` papers of the proposals and suggestions registers (every print is recorded in
the audit trail before the file is written; OUT.docx writes an editable copy of the table papers):

    uniondesk print proposal-summary --session ID OUT.pdf        提案汇总表 (the register with the figures)
    uniondesk print proposal-report --session ID OUT.pdf         提案办理情况报告
    uniondesk print proposal-paper --number 2026-015 [--session ID] --paper form|decision|assign|answer OUT.pdf
    uniondesk print proposal-form --session ID OUT.pdf           空白提案表
    uniondesk print suggestion-summary --year Y OUT.pdf          合理化建议年度汇总 (by department)
    uniondesk print suggestion-rewards --year Y OUT.pdf          合理化建议奖励名单
    uniondesk print suggestion-review --number JY2026-003 OUT.pdf  合理化建议评审表
"""

from __future__ import annotations

PAPERS = ("form", "decision", "assign", "answer")


def add_parsers(papers) -> dict:
    def with_out(name: str, text: str):
        parser = papers.add_parser(name, help=text)
        parser.add_argument("out", metavar="OUT.pdf")
        return parser
    for name, text in (("proposal-summary", "提案汇总表: a congress session's proposals with the figures"),
                       ("proposal-report", "提案办理情况报告: by category, by department, in time %, satisfied %"),
                       ("proposal-form", "空白提案表: the form a delegate fills in")):
        with_out(name, text).add_argument("--session", type=int, required=True, metavar="ID")
    paper = with_out("proposal-paper", "one proposal's paper: 提案表, 立案通知/不立案说明, 交办单, 答复单")
    paper.add_argument("--number", required=True, help="the proposal's number, e.g. 2026-015")
    paper.add_argument("--session", type=int, metavar="ID", help="when numbers repeat across sessions")
    paper.add_argument("--paper", dest="kind", required=True, choices=PAPERS)
    for name, text in (("suggestion-summary", "合理化建议年度汇总: counts, benefit and rewards by department"),
                       ("suggestion-rewards", "合理化建议奖励名单")):
        with_out(name, text).add_argument("--year", type=int, required=True)
    with_out("suggestion-review", "合理化建议评审表").add_argument("--number", required=True)
    return {"proposal-summary": _session_paper, "proposal-report": _session_paper, "proposal-form": _blank_form,
            "proposal-paper": _proposal_paper, "suggestion-summary": _year_paper, "suggestion-rewards": _year_paper,
            "suggestion-review": _review}


def _word(args) -> bool:
    from desktop.commands.paper import wants_word
    return wants_word(args.out)


def _session_paper(args, context) -> bytes:
    from desktop.documents.proposals import papers
    from desktop.domain.proposals.printing import ProposalPrinting

    db = context.open()
    summary = args.paper == "proposal-summary"
    report = ProposalPrinting(db, context.actor(db)).session_report(args.session, "summary" if summary else "report")
    if summary:
        return papers.summary_docx(report) if _word(args) else papers.summary_pdf(report)
    return papers.report_docx(report) if _word(args) else papers.report_pdf(report)


def _blank_form(args, context) -> bytes:
    from desktop.documents.proposals import papers
    from desktop.domain.proposals.printing import FORM, ProposalPrinting

    db = context.open()
    return papers.proposal_paper_pdf(ProposalPrinting(db, context.actor(db)).blank_form(args.session), FORM)


def _proposal_paper(args, context) -> bytes:
    from desktop.documents.proposals import papers
    from desktop.domain.errors import NotFoundError
    from desktop.domain.proposals.printing import ProposalPrinting
    from desktop.domain.proposals.queries import ProposalFilter, ProposalQueries
    from desktop.messages import QT_TRANSLATE_NOOP

    db = context.open()
    actor = context.actor(db)
    wanted = args.number.strip()
    found = [r for r in ProposalQueries(db, actor).rows(ProposalFilter(session_id=args.session, search=wanted))
             if r.number == wanted]
    if not found:
        raise NotFoundError(QT_TRANSLATE_NOOP("Cli", "There is no proposal {number}.").format(number=wanted))
    return papers.proposal_paper_pdf(ProposalPrinting(db, actor).proposal_paper(found[0].id, args.kind), args.kind)


def _year_paper(args, context) -> bytes:
    from desktop.documents.suggestions import papers
    from desktop.domain.suggestions.printing import SuggestionPrinting

    db = context.open()
    rewards = args.paper == "suggestion-rewards"
    report = SuggestionPrinting(db, context.actor(db)).year_report(args.year, "rewards" if rewards else "year_summary")
    if rewards:
        return papers.rewards_docx(report) if _word(args) else papers.rewards_pdf(report)
    return papers.summary_docx(report) if _word(args) else papers.summary_pdf(report)


def _review(args, context) -> bytes:
    from desktop.documents.suggestions import papers
    from desktop.domain.errors import NotFoundError
    from desktop.domain.suggestions.printing import SuggestionPrinting
    from desktop.domain.suggestions.queries import SuggestionFilter, SuggestionQueries
    from desktop.messages import QT_TRANSLATE_NOOP

    db = context.open()
    actor = context.actor(db)
    wanted = args.number.strip().upper()
    found = [r for r in SuggestionQueries(db, actor).rows(SuggestionFilter(search=wanted)) if r.number == wanted]
    if not found:
        raise NotFoundError(QT_TRANSLATE_NOOP("Cli", "There is no suggestion {number}.").format(number=wanted))
    return papers.review_sheet_pdf(SuggestionPrinting(db, actor).review_sheet(found[0].id))


__all__ = ["add_parsers"]
