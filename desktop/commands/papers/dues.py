"""`uniondesk print …` papers of the dues area."""

from __future__ import annotations


def add_parsers(papers) -> dict:
    return {}
