"""`uniondesk print …` papers of the activities area:

    uniondesk print participants --activity ID OUT.pdf [--no-signature]   参加人员名单 (OUT.docx: Word/WPS)
    uniondesk print results --activity ID OUT.pdf                          劳动竞赛成绩表

(The sign-in sheet and the notice of an activity are `print signin/notice --activity ID`.)"""

from __future__ import annotations


def add_parsers(papers) -> dict:
    participants = papers.add_parser("participants", help="参加人员名单: the participants of an activity")
    participants.add_argument("out", metavar="OUT.pdf")
    participants.add_argument("--activity", type=int, required=True, metavar="ID")
    participants.add_argument("--no-signature", action="store_true", help="without the column to sign")
    results = papers.add_parser("results", help="成绩表: a competition's results")
    results.add_argument("out", metavar="OUT.pdf")
    results.add_argument("--activity", type=int, required=True, metavar="ID")
    return {"participants": _participants, "results": _results}


def _participants(args, context) -> bytes:
    from desktop.commands.paper import wants_word
    from desktop.documents.activities.papers import participant_list_docx, participant_list_pdf
    from desktop.documents.activities.contents import build_participant_list

    db = context.open()
    paper = build_participant_list(db, context.actor(db), args.activity, signature_column=not args.no_signature)
    return participant_list_docx(paper) if wants_word(args.out) else participant_list_pdf(paper)


def _results(args, context) -> bytes:
    from desktop.documents.activities.papers import results_pdf
    from desktop.documents.activities.contents import build_results

    db = context.open()
    return results_pdf(build_results(db, context.actor(db), args.activity))
