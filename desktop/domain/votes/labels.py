"""Audit-trail words for this area's action and record codes (merged by desktop.domain.audit.labels).

A ballot's audit record says that a ballot was entered (teller pass, entry number), never what was
on it and never whose it was."""

from __future__ import annotations

from desktop.messages import QT_TRANSLATE_NOOP, Message

ACTION_LABELS: dict[str, Message] = {
    "candidates": QT_TRANSLATE_NOOP("AuditActions", "Candidates set"),
    "presence": QT_TRANSLATE_NOOP("AuditActions", "Presence recorded"),
    "print_ballots": QT_TRANSLATE_NOOP("AuditActions", "Ballots printed"),
    "open": QT_TRANSLATE_NOOP("AuditActions", "Voting opened"),
    "paper": QT_TRANSLATE_NOOP("AuditActions", "Ballots issued and returned recorded"),
    "ballot": QT_TRANSLATE_NOOP("AuditActions", "Ballot entered"),
    "undo_ballot": QT_TRANSLATE_NOOP("AuditActions", "Ballot entry taken back"),
    "totals": QT_TRANSLATE_NOOP("AuditActions", "Vote totals entered"),
    "close": QT_TRANSLATE_NOOP("AuditActions", "Counting closed"),
    "publish": QT_TRANSLATE_NOOP("AuditActions", "Result published"),
    "new_round": QT_TRANSLATE_NOOP("AuditActions", "New round of a vote"),
}
ENTITY_LABELS: dict[str, Message] = {
    "vote": QT_TRANSLATE_NOOP("AuditEntities", "Vote"),
}
FIELD_LABELS: dict[str, Message] = {
    "meeting": QT_TRANSLATE_NOOP("AuditFields", "Meeting"),
    "preset": QT_TRANSLATE_NOOP("AuditFields", "Voting rule"),
    "base": QT_TRANSLATE_NOOP("AuditFields", "Base of the threshold"),
    "threshold": QT_TRANSLATE_NOOP("AuditFields", "Threshold"),
    "quorum": QT_TRANSLATE_NOOP("AuditFields", "Quorum"),
    "secret": QT_TRANSLATE_NOOP("AuditFields", "Secret ballot"),
    "seats": QT_TRANSLATE_NOOP("AuditFields", "Seats"),
    "candidate_order": QT_TRANSLATE_NOOP("AuditFields", "Ballot order"),
    "electorate_kind": QT_TRANSLATE_NOOP("AuditFields", "Electorate"),
    "electorate_department": QT_TRANSLATE_NOOP("AuditFields", "Electorate department"),
    "electors": QT_TRANSLATE_NOOP("AuditFields", "Named list"),
    "electorate_count": QT_TRANSLATE_NOOP("AuditFields", "Due to vote"),
    "electorate_fingerprint": QT_TRANSLATE_NOOP("AuditFields", "Electorate fingerprint"),
    "held_on": QT_TRANSLATE_NOOP("AuditFields", "Held on"),
    "entry_mode": QT_TRANSLATE_NOOP("AuditFields", "Counting method"),
    "double_entry": QT_TRANSLATE_NOOP("AuditFields", "Double entry"),
    "hide_running": QT_TRANSLATE_NOOP("AuditFields", "Running count hidden"),
    "chief_scrutineer": QT_TRANSLATE_NOOP("AuditFields", "Chief scrutineer"),
    "scrutineers": QT_TRANSLATE_NOOP("AuditFields", "Scrutineers"),
    "counters": QT_TRANSLATE_NOOP("AuditFields", "Counters"),
    "candidates": QT_TRANSLATE_NOOP("AuditFields", "Candidates"),
    "present": QT_TRANSLATE_NOOP("AuditFields", "Present"),
    "ballots_printed": QT_TRANSLATE_NOOP("AuditFields", "Ballots printed"),
    "ballots_issued": QT_TRANSLATE_NOOP("AuditFields", "Ballots issued"),
    "ballots_returned": QT_TRANSLATE_NOOP("AuditFields", "Ballots returned"),
    "ballots_spoiled": QT_TRANSLATE_NOOP("AuditFields", "Ballots spoiled and exchanged"),
    "ballots_destroyed": QT_TRANSLATE_NOOP("AuditFields", "Unused ballots destroyed"),
    "void_reason": QT_TRANSLATE_NOOP("AuditFields", "Why void"),
    "pass": QT_TRANSLATE_NOOP("AuditFields", "Teller pass"),
    "entry_no": QT_TRANSLATE_NOOP("AuditFields", "Entry number"),
    "valid": QT_TRANSLATE_NOOP("AuditFields", "Valid ballots"),
    "invalid": QT_TRANSLATE_NOOP("AuditFields", "Invalid ballots"),
    "elected": QT_TRANSLATE_NOOP("AuditFields", "Elected or passed"),
    "previous_id": QT_TRANSLATE_NOOP("AuditFields", "Previous round"),
    "round_no": QT_TRANSLATE_NOOP("AuditFields", "Round"),
    "round_reason": QT_TRANSLATE_NOOP("AuditFields", "Why a new round"),
}
