"""`uniondesk print …` papers of the statistics area (recorded in the audit trail before the file is
written):

    uniondesk print stats-report --as-of 2025-12-31 [--preparer … --reviewer … --phone …] OUT.pdf|OUT.docx
        年度工作报告附表: the figures beside a year earlier, the checks, the charts, the year's activities
"""

from __future__ import annotations


def add_parsers(papers) -> dict:
    report = papers.add_parser("stats-report", help="年度工作报告附表: the yearly figures, charts and activities")
    report.add_argument("out", metavar="OUT.pdf")
    report.add_argument("--as-of", metavar="DATE", help="the day of the figures (default: 31 December of last year)")
    report.add_argument("--preparer", default="", help="填报人")
    report.add_argument("--reviewer", default="", help="审核人")
    report.add_argument("--phone", default="", help="联系电话")
    return {"stats-report": _report}


def _report(args, context) -> bytes:
    from desktop.commands.paper import wants_word
    from desktop.commands.stats import last_year_end, parse_day
    from desktop.documents.statistics.report import report_docx, report_pdf
    from desktop.domain.statistics.inputs import Signers
    from desktop.domain.statistics.reporting import StatisticsRecords, printed_report
    from desktop.i18n.catalog import translator

    as_of = parse_day(args.as_of) if args.as_of else last_year_end()
    db = context.open()
    actor = context.actor(db)
    report = printed_report(db, actor, as_of, Signers(args.preparer, args.reviewer, args.phone), context.language,
                            translator(context.language))
    StatisticsRecords(db, actor).record("stats_print", as_of, args.out, "yearly_report")
    return report_docx(report) if wants_word(args.out) else report_pdf(report)


__all__ = ["add_parsers"]
