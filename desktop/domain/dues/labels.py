"""Audit-trail words for this area's action and record codes (merged by desktop.domain.audit.labels)."""

from __future__ import annotations

from desktop.messages import Message

ACTION_LABELS: dict[str, Message] = {}
ENTITY_LABELS: dict[str, Message] = {}
FIELD_LABELS: dict[str, Message] = {}
