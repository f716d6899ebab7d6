"""`uniondesk votes list [--json]` and `uniondesk votes show ID [--json]`: votes and elections,
their setup, paper counts and result, as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.commands import CommandContext
from desktop.messages import QT_TRANSLATE_NOOP

NAME = "votes"
HELP = "votes and elections: list, show setup, counts and result"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="votes_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every vote, newest first")
    listing.add_argument("--json", action="store_true", help="a JSON list")
    listing.add_argument("--status", choices=["setup", "open", "counting", "closed", "published", "void"])
    show = actions.add_parser("show", help="one vote: setup, counts and result")
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--json", action="store_true", help="a JSON object")


def _row_record(row, tr) -> dict:
    from desktop.domain.votes.presets import KIND_LABELS, PRESETS
    from desktop.domain.votes.queries import STATUS_LABELS

    return {
        "id": row.id, "title": row.title, "meeting": row.meeting, "kind": str(row.kind),
        "kind_label": KIND_LABELS[row.kind].render(tr), "preset": row.preset,
        "preset_label": PRESETS[row.preset].name.render(tr), "status": str(row.status),
        "status_label": STATUS_LABELS[row.status].render(tr),
        "held_on": row.held_on.isoformat() if row.held_on else None, "seats": row.seats, "round": row.round_no,
        "candidates": row.candidates, "due": row.electorate_count, "present": row.present_count,
        "issued": row.ballots_issued, "returned": row.ballots_returned,
    }


def _detail_record(detail, outcome, tr) -> dict:
    from desktop.domain.votes.explain import STANDING_LABELS, hide_breakdown, outcome_messages
    from desktop.domain.votes.presets import BASE_LABELS, KIND_LABELS, PRESETS, QUORUM_LABELS, THRESHOLD_LABELS
    from desktop.domain.votes.queries import STATUS_LABELS

    rule = detail.rule
    record = {
        "id": detail.id, "title": detail.title, "meeting": detail.meeting, "kind": str(detail.kind),
        "kind_label": KIND_LABELS[detail.kind].render(tr), "status": str(detail.status),
        "status_label": STATUS_LABELS[detail.status].render(tr), "void_reason": detail.void_reason,
        "round": detail.round_no, "previous_id": detail.previous_id, "round_reason": detail.round_reason,
        "held_on": detail.held_on.isoformat() if detail.held_on else None, "place": detail.place,
        "rule": {"preset": detail.preset, "preset_label": PRESETS[detail.preset].name.render(tr),
                 "base": str(rule.base), "base_label": BASE_LABELS[rule.base].render(tr),
                 "threshold": str(rule.threshold), "threshold_label": THRESHOLD_LABELS[rule.threshold].render(tr),
                 "quorum": str(rule.quorum), "quorum_label": QUORUM_LABELS[rule.quorum].render(tr),
                 "seats": rule.seats, "margin_percent": rule.margin_percent, "secret": detail.secret},
        "electorate": {"kind": str(detail.electorate_kind), "department": detail.electorate_department,
                       "count": detail.electorate_count, "fingerprint": detail.electorate_fingerprint,
                       "frozen": detail.electorate_frozen},
        "counts": {"due": detail.electorate_count, "present": detail.present_count,
                   "printed": detail.ballots_printed, "issued": detail.ballots_issued,
                   "returned": detail.ballots_returned, "spoiled": detail.ballots_spoiled,
                   "destroyed": detail.ballots_destroyed, "entered": list(detail.entered)},
        "entry_mode": detail.entry_mode, "double_entry": detail.double_entry, "hide_running": detail.hide_running,
        "tellers": list(detail.tellers),
        "candidates": [{"id": c.id, "name": c.name, "detail": c.detail, "write_in": c.write_in,
                        "member_id": c.member_id, "eligible": c.eligible}
                       for c in detail.candidates],
        "committee_seats": list(detail.committee_seats) if detail.committee_seats else None,
        "warnings": _warnings(detail, tr),
        "result": None,
    }
    if outcome is not None:
        hidden = hide_breakdown(detail.secret, outcome)
        names = {c.id: c.name for c in detail.candidates}
        record["result"] = {
            "void": str(outcome.void) if outcome.void else None, "valid": outcome.valid_ballots,
            "invalid": outcome.invalid_ballots, "base_value": outcome.base_value, "required": outcome.required,
            "breakdown_hidden": hidden,
            "rows": [{"id": r.key, "name": names[r.key], "standing": str(r.standing),
                      "standing_label": STANDING_LABELS[r.standing].render(tr),
                      **({} if hidden else {"yes": r.yes, "no": r.no, "abstain": r.abstain,
                                            "write_in": r.write_in, "votes": r.votes})}
                     for r in outcome.results],
            "elected": [names[k] for k in outcome.elected], "unfilled": outcome.unfilled,
            "next_step": None if outcome.next_step is None else {
                "step": str(outcome.next_step.step), "seats": outcome.next_step.seats,
                "candidates": [names.get(k, k) for k in outcome.next_step.candidates]},
            "explanation": [m.render(tr) for m in outcome_messages(detail.kind, outcome, names)],
        }
    return record


def _warnings(detail, tr) -> list[str]:
    """What the chair should look at before the vote (the committee's seats against the membership)."""
    if not detail.seats_outside_rules:
        return []
    fewest, most = detail.committee_seats
    return [QT_TRANSLATE_NOOP(
        "Cli", "{seats} seats: a union of {members} members in good standing elects a committee of {fewest} to "
        "{most} (工会基层组织选举工作条例).").format(seats=detail.rule.seats, members=detail.members_in_good_standing,
                                              fewest=fewest, most=most).render(tr)]


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from desktop.domain.votes.queries import VoteQueries, VoteStatus
    from desktop.i18n.catalog import translator

    db = context.open()
    queries = VoteQueries(db, context.actor(db))
    tr = translator(context.language)
    if args.votes_command == "list":
        rows = queries.rows(VoteStatus(args.status) if args.status else None)
        records = [_row_record(r, tr) for r in rows]
        if args.json:
            json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
            print()
            return 0
        for r in records:
            print("\t".join(str(v if v is not None else "") for v in (
                r["id"], r["held_on"], r["kind_label"], r["status_label"], r["title"], r["meeting"])))
        context.say(QT_TRANSLATE_NOOP("Cli", "{count} votes").format(count=len(records)))
        return 0
    detail = queries.detail(args.id)
    record = _detail_record(detail, queries.outcome(args.id), tr)
    if args.json:
        json.dump(record, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    counts = record["counts"]
    print(f"{detail.title}  [{record['status_label']}]  {detail.meeting}")
    print(f"{record['rule']['preset_label']}: {record['rule']['threshold_label']} / {record['rule']['base_label']}")
    print("  ".join(f"{k}={'' if v is None else v}" for k, v in counts.items() if k != "entered"))
    for c in detail.candidates:
        print(f"  {c.name}{' *' if c.write_in else ''}")
    for warning in record["warnings"]:
        print(warning)
    if record["result"]:
        for row in record["result"]["rows"]:
            print("\t".join(str(row.get(k, "")) for k in ("name", "yes", "no", "abstain", "write_in", "standing_label")))
        for line in record["result"]["explanation"]:
            print(line)
    return 0
