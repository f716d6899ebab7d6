"""`uniondesk print …` papers of the votes area:

    uniondesk print ballots --vote ID [--copies N] OUT.pdf   (counted as printed; 差额 checked first)
    uniondesk print vote-result --vote ID OUT.pdf            (计票结果报告单, once counting is closed)
    uniondesk print vote-signin --vote ID OUT.pdf            (the electorate's sign-in sheet)
    uniondesk print vote-notice --vote ID OUT.pdf            (the announcement of the result)
    uniondesk print vote-archive --vote ID OUT.pdf           (the whole paper trail in one PDF)
"""

from __future__ import annotations


def _ballots(args, context) -> bytes:
    from desktop.documents.votes.contents import print_ballots

    db = context.open()
    return print_ballots(db, context.actor(db), args.vote, args.copies)


def _result(args, context) -> bytes:
    from desktop.documents.votes.contents import print_result

    db = context.open()
    return print_result(db, context.actor(db), args.vote)


def _signin(args, context) -> bytes:
    from desktop.documents.votes.contents import electorate_signin

    db = context.open()
    return electorate_signin(db, context.actor(db), args.vote)


def _notice(args, context) -> bytes:
    from desktop.documents.votes.contents import print_announcement

    db = context.open()
    return print_announcement(db, context.actor(db), args.vote)


def _archive(args, context) -> bytes:
    from desktop.documents.votes.contents import paper_trail

    db = context.open()
    return paper_trail(db, context.actor(db), args.vote)


def add_parsers(papers) -> dict:
    ballots = papers.add_parser("ballots", help="选票: the ballot papers of a vote")
    ballots.add_argument("out", metavar="OUT.pdf")
    ballots.add_argument("--vote", type=int, required=True, metavar="ID")
    ballots.add_argument("--copies", type=int, default=1, metavar="N", help="how many ballots (default 1)")
    result = papers.add_parser("vote-result", help="计票结果报告单: the result report of a closed vote")
    result.add_argument("out", metavar="OUT.pdf")
    result.add_argument("--vote", type=int, required=True, metavar="ID")
    signin = papers.add_parser("vote-signin", help="选举人签到表: the electorate's sign-in sheet")
    signin.add_argument("out", metavar="OUT.pdf")
    signin.add_argument("--vote", type=int, required=True, metavar="ID")
    notice = papers.add_parser("vote-notice", help="选举结果公告: the announcement of a vote's result")
    notice.add_argument("out", metavar="OUT.pdf")
    notice.add_argument("--vote", type=int, required=True, metavar="ID")
    archive = papers.add_parser("vote-archive", help="选举材料: sign-in sheet, ballot specimen, tellers' count, "
                                "result report and announcement of a closed vote, in one PDF")
    archive.add_argument("out", metavar="OUT.pdf")
    archive.add_argument("--vote", type=int, required=True, metavar="ID")
    return {"ballots": _ballots, "vote-result": _result, "vote-signin": _signin, "vote-notice": _notice,
            "vote-archive": _archive}
