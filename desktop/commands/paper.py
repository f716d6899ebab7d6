"""`uniondesk print …`: the papers of the print preview, written to a PDF file without a window.

    uniondesk print roster OUT.pdf [--status S] [--department D] [--columns name,gender,...] [--full-ids]
    uniondesk print signin OUT.pdf [--department D | --blank N] [--title T] [--meeting M] [--date YYYY-MM-DD]
                                   [--time 9:00] [--place P]
    uniondesk print signin --activity ID OUT.pdf [--blank N]     (the activity's participants + N blank rows)
    uniondesk print notice OUT.pdf --template NAME --title T --body-file FILE [--addressee A] [--date ...]
    uniondesk print notice --activity ID OUT.pdf [--title T] [--body-file FILE] ...  (prefilled from the plan)
                          [--issuer-mark XX工会委员会文件 --doc-number 工发〔2026〕3号]  (red 版头, GB/T 9704)

OUT.docx instead of OUT.pdf writes an editable Word/WPS copy (roster, signin, notice, participants).

Full ID numbers need the export.sensitive permission and are written to the audit trail.

The module is `paper`, not `print`: a submodule becomes an attribute of its package, and one named
`print` would replace the built-in print() inside desktop/commands/__init__.py (CommandContext.say).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
from pathlib import Path

from desktop.commands import CommandContext
from desktop.commands.papers import PAPER_MODULES
from desktop.messages import QT_TRANSLATE_NOOP, UserError

NAME = "print"
HELP = "write a roster, sign-in sheet or notice as PDF"
STATUSES = ["active", "retained", "transferred_out", "expelled", "withdrawn"]
TEMPLATE_NAMES = ["meeting", "activity", "public", "request", "report", "minutes"]
AREA_BUILDERS: dict = {}  # paper name → builder, from the areas' modules (desktop/commands/papers/)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    papers = parser.add_subparsers(dest="paper", metavar="PAPER", required=True)
    roster = papers.add_parser("roster", help="会员花名册: the member roster")
    roster.add_argument("out", metavar="OUT.pdf")
    roster.add_argument("--status", choices=STATUSES, help="only members with this status (default: current members)")
    roster.add_argument("--department", metavar="NAME")
    # The column keys live with the paper engine, which is not loaded just to build the parser.
    roster.add_argument("--columns", metavar="KEYS", default="",
                        help="comma-separated column keys (default: name, gender, birth date, department, "
                             "mobile, ID number, joined); a wrong key lists the choices")
    roster.add_argument("--full-ids", action="store_true", help="print full ID numbers (audited)")
    roster.add_argument("--signature", action="store_true", help="add a column to sign in")

    signin = papers.add_parser("signin", help="签到表: a sign-in sheet")
    signin.add_argument("out", metavar="OUT.pdf")
    who = signin.add_mutually_exclusive_group()
    who.add_argument("--department", metavar="NAME", help="the current members of one department")
    who.add_argument("--blank", type=int, metavar="N", help="N empty rows instead of members")
    who.add_argument("--activity", type=int, metavar="ID",
                     help="the participants of an activity (with --blank-rows N for walk-ins)")
    signin.add_argument("--blank-rows", type=int, default=5, metavar="N",
                        help="with --activity: empty rows after the participants (default 5)")
    signin.add_argument("--title", default="签到表")
    signin.add_argument("--date", type=_date, metavar="YYYY-MM-DD")
    signin.add_argument("--place", default="")
    signin.add_argument("--meeting", default="", help="会议名称 (default: a blank to fill in)")
    signin.add_argument("--time", default="", metavar="TEXT", help="e.g. 9:00 or 14:30—16:00")

    notice = papers.add_parser("notice", help="通知/公告/公示: a notice")
    notice.add_argument("out", metavar="OUT.pdf")
    notice.add_argument("--activity", type=int, metavar="ID",
                        help="prefill title and text from an activity's plan (then --template, --title "
                             "and --body-file are optional)")
    notice.add_argument("--template", choices=TEMPLATE_NAMES)
    notice.add_argument("--title")
    notice.add_argument("--body-file", type=Path, metavar="FILE",
                        help="UTF-8 text, one paragraph a line")
    notice.add_argument("--addressee", help="default: the template's")
    notice.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="default: today")
    notice.add_argument("--attachment", action="append", default=[], metavar="NAME")
    notice.add_argument("--issuer-mark", default="", metavar="TEXT",
                        help="发文机关标志 of a red header, e.g. XX工会委员会文件 (default: no red header)")
    notice.add_argument("--doc-number", default="", metavar="TEXT", help="发文字号, e.g. 工发〔2026〕3号")
    for module_name in PAPER_MODULES:
        AREA_BUILDERS.update(importlib.import_module(f"desktop.commands.papers.{module_name}").add_parsers(papers))


def _current_filter(status: str | None, department: str | None):
    from desktop.domain.members.lifecycle import Status
    from desktop.domain.members.queries import MemberFilter

    statuses = frozenset({Status(status)}) if status else frozenset({Status.ACTIVE, Status.RETAINED})
    return MemberFilter(statuses=statuses, department=department)


def wants_word(out: str) -> bool:
    """OUT.docx: an editable Word/WPS copy instead of the PDF (notices and table papers)."""
    return out.lower().endswith(".docx")


def _write(context: CommandContext, path: str, pdf: bytes) -> None:
    from desktop.documents.shared.files import save_file
    from desktop.store.errors import fault_message

    try:
        save_file(path, pdf)
    except OSError as error:  # a full disk says so in a sentence; nothing is left under that name
        raise UserError(fault_message(error, path) or QT_TRANSLATE_NOOP(
            "Cli", "Could not write {path}: {reason}").format(path=path, reason=error.strerror or str(error))) from None
    context.say(QT_TRANSLATE_NOOP("Cli", "Written: {path} ({size} KB)").format(path=path, size=len(pdf) // 1024))


def _roster(args: argparse.Namespace, context: CommandContext) -> bytes:
    from desktop.documents.members.contents import DEFAULT_ROSTER_COLUMNS, ROSTER_FIELDS, RosterRequest, build_roster
    from desktop.documents.members.roster import roster_docx, roster_pdf
    from desktop.domain.members.paper import EXPORT

    columns = tuple(c.strip() for c in args.columns.split(",") if c.strip()) or DEFAULT_ROSTER_COLUMNS
    unknown = [c for c in columns if c not in ROSTER_FIELDS]
    if unknown or not columns:
        raise UserError(QT_TRANSLATE_NOOP("Cli", "Unknown column(s): {columns}. Choose from: {choices}").format(
            columns=", ".join(unknown), choices=", ".join(ROSTER_FIELDS)))
    db = context.open()
    note = f"部门：{args.department}" if args.department else ""
    request = RosterRequest(_current_filter(args.status, args.department), columns=columns,
                            full_ids=args.full_ids, signature_column=args.signature, note=note)
    roster = build_roster(db, context.actor(db), request, purpose=EXPORT)
    return roster_docx(roster) if wants_word(args.out) else roster_pdf(roster)


def _signin(args: argparse.Namespace, context: CommandContext) -> bytes:
    from desktop.documents.members.contents import build_signin
    from desktop.documents.members.signin import signin_docx, signin_pdf

    db = context.open()
    actor = context.actor(db)
    if args.activity is not None:
        from desktop.documents.activities.contents import build_activity_signin

        sheet = build_activity_signin(db, actor, args.activity, blank_rows=args.blank_rows)
        return signin_docx(sheet) if wants_word(args.out) else signin_pdf(sheet)
    if args.blank is not None:
        sheet = build_signin(db, actor, title=args.title, date=args.date, place=args.place, blank_rows=args.blank,
                             meeting=args.meeting, time=args.time)
    else:
        sheet = build_signin(db, actor, _current_filter(None, args.department), title=args.title,
                             date=args.date, place=args.place, meeting=args.meeting, time=args.time)
    return signin_docx(sheet) if wants_word(args.out) else signin_pdf(sheet)


def _notice(args: argparse.Namespace, context: CommandContext) -> bytes:
    from desktop.documents.members.contents import union_name
    from desktop.documents.shared.notice import Notice
    from desktop.documents.shared.notice_templates import TEMPLATES

    if args.activity is not None:
        return _activity_notice(args, context)
    missing = [option for option, value in (("--template", args.template), ("--title", args.title),
                                            ("--body-file", args.body_file)) if value is None]
    if missing:
        raise UserError(QT_TRANSLATE_NOOP("Cli", "print notice needs {options} (or --activity ID).").format(
            options=", ".join(missing)))
    try:
        body = args.body_file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(QT_TRANSLATE_NOOP("Cli", "Could not read {path}: {reason}").format(
            path=str(args.body_file), reason=str(error))) from None
    template = TEMPLATES[args.template]
    db = context.open()
    context.actor(db)  # the union's name is the union's data: log in like every other command
    date = args.date or dt.date.today()
    period = (date, date + dt.timedelta(days=template.period_days - 1)) if template.period_days else None
    notice = Notice(args.title, body, union_name(db), date,
                    template.addressee if args.addressee is None else args.addressee,
                    tuple(args.attachment), period, args.issuer_mark, args.doc_number)
    return _notice_file(notice, args.out)


def _activity_notice(args: argparse.Namespace, context: CommandContext) -> bytes:
    """The notice of an activity, prefilled from its plan; any option given replaces that part."""
    from dataclasses import replace

    from desktop.documents.activities.contents import build_activity_notice

    db = context.open()
    notice = build_activity_notice(db, context.actor(db), args.activity, args.date)
    if args.body_file is not None:
        try:
            notice = replace(notice, body=args.body_file.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError) as error:
            raise UserError(QT_TRANSLATE_NOOP("Cli", "Could not read {path}: {reason}").format(
                path=str(args.body_file), reason=str(error))) from None
    if args.title:
        notice = replace(notice, title=args.title)
    if args.addressee is not None:
        notice = replace(notice, addressee=args.addressee)
    if args.attachment:
        notice = replace(notice, attachments=tuple(args.attachment))
    notice = replace(notice, issuer_mark=args.issuer_mark, doc_number=args.doc_number)
    return _notice_file(notice, args.out)


def _notice_file(notice, out: str) -> bytes:
    from desktop.documents.shared.notice import notice_pdf
    from desktop.documents.shared.word import notice_docx

    return notice_docx(notice) if wants_word(out) else notice_pdf(notice)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    build = {"roster": _roster, "signin": _signin, "notice": _notice, **AREA_BUILDERS}[args.paper]
    _write(context, args.out, build(args, context))
    return 0
