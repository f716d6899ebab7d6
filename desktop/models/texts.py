"""Showing domain values in the user's language: translated Messages and code-table labels."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from desktop.messages import Message


def qt_translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def message_text(message: Message) -> str:
    """A domain Message in the interface language, placeholders filled."""
    return message.render(qt_translate)


def date_text(value: dt.date | None) -> str:
    return value.isoformat() if value else ""
