"""`uniondesk print …` papers of the activities area."""

from __future__ import annotations


def add_parsers(papers) -> dict:
    return {}
