"""Errors a user can cause and fix. Each carries a translatable Message, never a traceback."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.messages import Message, UserError

__all__ = ["FieldError", "NotFoundError", "RuleViolation", "UserError", "ValidationError"]


@dataclass(frozen=True)
class FieldError:
    """One invalid field: which field (the input's attribute name) and what to do about it."""

    field: str
    message: Message


class ValidationError(UserError):
    """The input is invalid; nothing was saved. `errors` lists every problem, field by field."""

    def __init__(self, errors: list[FieldError]):
        super().__init__(errors[0].message)
        self.errors = errors


class NotFoundError(UserError):
    pass


class RuleViolation(UserError):
    """A union rule forbids this change (e.g. retaining a member who already left)."""
