"""Who a command acts as: $UNIONDESK_USER / $UNIONDESK_PASSWORD for scripts, else a prompt.

A new database (no account yet) takes its first administrator from the same two variables, or asks
for one, so a script can create and fill a database without a window.
"""

from __future__ import annotations

import getpass
import os
import sys

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.inputs import ProfileInput
from desktop.domain.accounts.service import authenticate, needs_setup, set_up_union
from desktop.messages import QT_TRANSLATE_NOOP, UserError

USER_VAR = "UNIONDESK_USER"
PASSWORD_VAR = "UNIONDESK_PASSWORD"


def _ask(context, prompt, secret: bool = False) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(QT_TRANSLATE_NOOP(
            "Cli", "This command needs an account: set UNIONDESK_USER and UNIONDESK_PASSWORD, or run it "
            "in a terminal to be asked."))
    text = context.text(prompt) + " "
    return getpass.getpass(text) if secret else input(text)


def command_line_actor(db, context) -> Actor:
    username = os.environ.get(USER_VAR) or None
    password = os.environ.get(PASSWORD_VAR) or None
    if needs_setup(db):
        context.warn(QT_TRANSLATE_NOOP("Cli", "This database has no account yet: creating its administrator."))
        username = username or _ask(context, QT_TRANSLATE_NOOP("Cli", "Administrator's user name:"))
        if password is None:
            password = _ask(context, QT_TRANSLATE_NOOP("Cli", "Password (at least 8 characters):"), secret=True)
            if _ask(context, QT_TRANSLATE_NOOP("Cli", "The same password again:"), secret=True) != password:
                raise UserError(QT_TRANSLATE_NOOP("Cli", "The two passwords differ; nothing was created."))
        # Placeholders until the chair fills in File → Union details in the window.
        profile = ProfileInput(context.text(QT_TRANSLATE_NOOP("Cli", "Our trade union")),
                               context.text(QT_TRANSLATE_NOOP("Cli", "Our unit")))
        return set_up_union(db, profile, username, username, password)
    username = username or _ask(context, QT_TRANSLATE_NOOP("Cli", "User name:"))
    if password is None:
        password = _ask(context, QT_TRANSLATE_NOOP("Cli", "Password:"), secret=True)
    return authenticate(db, username, password)
