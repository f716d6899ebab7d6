"""Password hashes: argon2id from argon2-cffi (salted, deliberately slow: ~0.3 s to check here)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from desktop.messages import QT_TRANSLATE_NOOP, Message

MIN_LENGTH = 8
HASHER = PasswordHasher()
# The demo accounts' passwords are printed in the README, so a slow hash protects nothing there;
# a cheap one keeps `uniondesk demo` quick. Real accounts always use HASHER.
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def hash_password(password: str, cheap: bool = False) -> str:
    return (CHEAP_HASHER if cheap else HASHER).hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """True when password matches; the parameters come from the stored hash itself."""
    try:
        return HASHER.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def password_problem(password: str) -> Message | None:
    if len(password) < MIN_LENGTH:
        return QT_TRANSLATE_NOOP("Accounts", "A password needs at least {count} characters.").format(
            count=MIN_LENGTH)
    if password.isdigit() and len(set(password)) <= 2:
        return QT_TRANSLATE_NOOP("Accounts", "This password is too easy to guess; mix letters and digits.")
    return None
