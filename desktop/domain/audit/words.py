"""The audit trail in words: what the stored codes of each area mean, money and dates as people
write them, lists as text, and the names of the people and things a record is about.

The stored record keeps its short English codes (it never changes with the interface language and
its hash chain stays as written); only its presentation — the pane and the Excel export the 经费审查
委员会 receives — is translated here.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from desktop.messages import QT_TRANSLATE_NOOP, Message, Translate

MONEY_FIELDS = frozenset({"amount", "total", "budget", "paid_total", "spent", "monthly_income", "wage",
                          "balance", "opening", "ceiling", "paid"})
# Kinds of record whose own item has a name (object_names); others are named by their member.
NAMED_ENTITIES = frozenset({"member", "activity", "vote", "aid_case", "user"})
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def _code_words() -> dict[str, dict[str, Message]]:
    """Field → {code: words}, from each area's own label tables (imported when first needed)."""
    from desktop.domain.activities.inputs import STATUS_LABELS as ACTIVITY_STATUS
    from desktop.domain.aid.workflow import DECISION_LABELS, OUTCOME_LABELS, STEP_LABELS
    from desktop.domain.dues.rules import METHOD_LABELS
    from desktop.domain.votes.presets import BASE_LABELS, KIND_LABELS, PRESETS, QUORUM_LABELS, THRESHOLD_LABELS
    from desktop.domain.votes.queries import ROUND_LABELS, STATUS_LABELS as VOTE_STATUS

    def plain(table) -> dict[str, Message]:
        return {str(code): words for code, words in table.items()}

    return {
        "method": plain(METHOD_LABELS),
        "base": plain(BASE_LABELS),
        "threshold": plain(THRESHOLD_LABELS),
        "quorum": plain(QUORUM_LABELS),
        "preset": {key: preset.name for key, preset in PRESETS.items()},
        "round_reason": plain(ROUND_LABELS),
        "status": {**plain(VOTE_STATUS), **plain(ACTIVITY_STATUS)},
        "step": plain(STEP_LABELS),
        "decision": plain(DECISION_LABELS),
        "outcome": plain(OUTCOME_LABELS),
        "candidate_order": {
            "strokes": QT_TRANSLATE_NOOP("AuditValues", "by surname strokes"),
            "pinyin": QT_TRANSLATE_NOOP("AuditValues", "by pinyin"),
            "entered": QT_TRANSLATE_NOOP("AuditValues", "as entered"),
        },
        "kind": {**plain(KIND_LABELS), "batch": QT_TRANSLATE_NOOP("AuditValues", "batch")},
        "electorate_kind": {
            "all": QT_TRANSLATE_NOOP("AuditValues", "all members in good standing"),
            "department": QT_TRANSLATE_NOOP("AuditValues", "one department"),
            "list": QT_TRANSLATE_NOOP("AuditValues", "a named list"),
        },
        "entry_mode": {
            "ballots": QT_TRANSLATE_NOOP("AuditValues", "ballot by ballot"),
            "totals": QT_TRANSLATE_NOOP("AuditValues", "totals counted by hand"),
        },
    }


_WORDS: dict[str, dict[str, Message]] | None = None


def code_words(field: str, code: str) -> Message | None:
    global _WORDS
    if _WORDS is None:
        _WORDS = _code_words()
    return _WORDS.get(field, {}).get(code)


def money_text(value: Any, language: str) -> str | None:
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return f"{amount:,.2f} 元" if language == "zh_CN" else f"¥{amount:,.2f}"


def date_text(text: str, language: str) -> str | None:
    """2025-02-04 → 2025年2月4日 and 2024-11 → 2024年11月 in Chinese; unchanged in English."""
    if language != "zh_CN":
        return None
    if match := _DATE.match(text):
        year, month, day = (int(g) for g in match.groups())
        return f"{year}年{month}月{day}日"
    if match := _MONTH.match(text):
        return f"{int(match.group(1))}年{int(match.group(2))}月"
    return None


def list_text(values: list, field: str, render) -> str:
    return "、".join(render(field, value) for value in values)


def dict_text(values: dict, render, field_label) -> str:
    return "；".join(f"{field_label(key)}: {render(key, value)}" for key, value in values.items())


def display_names(connection: Connection) -> dict[str, str]:
    """User name → the name people know them by (王主席 for admin)."""
    from desktop.domain.accounts.entities import User

    return {username: display or username
            for username, display in connection.execute(select(User.username, User.display_name))}


def object_names(connection: Connection, wanted: dict[str, set[int]]) -> dict[tuple[str, int], str]:
    """(entity, id) → the thing's name: the member's name, the activity's or vote's title, the case
    number with the member's name. Things deleted since are left out (the id still shows)."""
    from desktop.domain.accounts.entities import User
    from desktop.domain.activities.entities import Activity
    from desktop.domain.aid.entities import AidCase
    from desktop.domain.members.entities import Member
    from desktop.domain.votes.entities import Vote

    statements = {
        "member": lambda ids: select(Member.id, Member.name).where(Member.id.in_(ids)),
        "activity": lambda ids: select(Activity.id, Activity.title).where(Activity.id.in_(ids)),
        "vote": lambda ids: select(Vote.id, Vote.title).where(Vote.id.in_(ids)),
        "user": lambda ids: select(User.id, User.display_name).where(User.id.in_(ids)),
        "aid_case": lambda ids: select(AidCase.id, AidCase.case_no + " " + Member.name)
        .join(Member, Member.id == AidCase.member_id).where(AidCase.id.in_(ids)),
    }
    found: dict[tuple[str, int], str] = {}
    for entity, ids in wanted.items():
        if entity in statements and ids:
            for item_id, name in connection.execute(statements[entity](sorted(ids))):
                found[(entity, item_id)] = name
    return found


def render_words(words: Message, translate: Translate | None) -> str:
    return words.render(translate)
