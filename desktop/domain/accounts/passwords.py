"""Password hashes: argon2id from argon2-cffi (salted, deliberately slow: ~0.3 s to check here)."""

from __future__ import annotations

import threading
from typing import Callable

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


_DUMMY: dict[int, str] = {}


def verify_unknown(password: str) -> bool:
    """Spend the time a real check takes, for a user name that does not exist: an answer that came
    300 times faster told anyone which names are real. Always False."""
    key = id(HASHER)  # tests swap in cheap parameters; the dummy follows the hasher in use
    if key not in _DUMMY:
        _DUMMY.clear()
        _DUMMY[key] = HASHER.hash("no such user: a dummy to verify against")
    verify_password(_DUMMY[key], password)
    return False


def needs_upgrade(stored_hash: str) -> bool:
    """A hash made with cheaper parameters than real accounts use now (the demo's, an old release's)."""
    try:
        return HASHER.check_needs_rehash(stored_hash)
    except (InvalidHashError, ValueError):
        return True


def verify_password(stored_hash: str, password: str) -> bool:
    """True when password matches; the parameters come from the stored hash itself."""
    try:
        return HASHER.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def check_while(check: Callable[[], bool], meanwhile: Callable[[], None] | None) -> bool:
    """The answer of `check` (a password check), run on a second thread while `meanwhile` runs on
    this one. argon2 releases the GIL while it hashes (0.13 s of one core for a real account here,
    ~0.3 s on an office PC), so work that does not need the answer (the start loads the main
    window's code meanwhile) adds little or no time to the check's own."""
    if meanwhile is None:
        return check()
    answer: list[bool] = []
    failure: list[BaseException] = []

    def run_check() -> None:
        try:
            answer.append(check())
        except BaseException as error:  # handed to the caller's thread below
            failure.append(error)

    thread = threading.Thread(target=run_check, name="password check")
    thread.start()
    try:
        meanwhile()
    finally:
        thread.join()
    if failure:
        raise failure[0]
    return answer[0]


def password_problem(password: str) -> Message | None:
    if len(password) < MIN_LENGTH:
        return QT_TRANSLATE_NOOP("Accounts", "A password needs at least {count} characters.").format(
            count=MIN_LENGTH)
    if password.isdigit() and len(set(password)) <= 2:
        return QT_TRANSLATE_NOOP("Accounts", "This password is too easy to guess; mix letters and digits.")
    return None
