"""Pure rules of bringing many members in at once: what a spreadsheet row carries, and how it is
combined with a member already registered under the same ID number. Used twice — by the preview
(to show what will happen) and by the import itself (to do it) — so the two never disagree."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from desktop.domain.members.inputs import MemberInput
from desktop.messages import QT_TRANSLATE_NOOP, Message


class DuplicatePolicy(StrEnum):
    """What to do with a row whose ID number is already registered. Nothing is merged unless chosen."""

    SKIP = "skip"            # leave the registered member as it is
    FILL = "fill"            # fill only the member's empty fields from the row
    OVERWRITE = "overwrite"  # the row's non-empty cells replace the registered values


POLICY_LABELS: dict[DuplicatePolicy, Message] = {
    DuplicatePolicy.SKIP: QT_TRANSLATE_NOOP("Import", "Skip them (keep the registered member as is)"),
    DuplicatePolicy.FILL: QT_TRANSLATE_NOOP("Import", "Fill in only the fields that are empty in the register"),
    DuplicatePolicy.OVERWRITE: QT_TRANSLATE_NOOP(
        "Import", "Overwrite with the file's values (empty cells keep the registered value)"),
}


@dataclass(frozen=True)
class ImportRow:
    """One spreadsheet row ready to go in.

    `row` is the row number Excel shows, for messages; `fields` are the fields the file gave a value
    for — the others hold defaults that must never overwrite what is registered."""

    row: int
    data: MemberInput
    fields: frozenset[str]


def _empty(value) -> bool:
    return value is None or value == ""


def merge_duplicate(registered: MemberInput, row: ImportRow, policy: DuplicatePolicy) -> MemberInput:
    """The member as it will be after importing `row` over it (unchanged for SKIP)."""
    if policy == DuplicatePolicy.SKIP:
        return registered
    updates = {}
    for name in row.fields:
        value = getattr(row.data, name)
        if _empty(value) or name == "id_number":
            continue
        if policy == DuplicatePolicy.OVERWRITE or _empty(getattr(registered, name)):
            updates[name] = value
    return replace(registered, **updates)
