"""`uniondesk print …` papers of the aid area."""

from __future__ import annotations


def add_parsers(papers) -> dict:
    return {}
