"""The union accounting categories (工会会计制度): income 4xx, spending 5xx, sub-items of five digits.

Other areas ask here for the categories their money lines may use (activity expenses, aid payments),
so that every line lands in the ledger under a category the ledger knows.
"""

from __future__ import annotations

from desktop.domain.codes import CodeEntry, code_table

INCOME = "income"
SPENDING = "spending"

DUES_INCOME = "401"
EMPLOYER_ALLOCATION = "402"
HARDSHIP_AID = "50204"
WARMTH_VISITS = "50205"
LEGAL_AID = "50203"


def kind_of(code: str) -> str:
    return INCOME if code.startswith("4") else SPENDING


def parent_of(code: str) -> str | None:
    return code[:3] if len(code) > 3 else None


def category_choices(session, kind: str) -> list[CodeEntry]:
    """The categories of one kind (INCOME or SPENDING), parents before their sub-items.

    `session` is taken so that categories a union adds itself can be included by the funds area."""
    return [e for e in code_table("fund_category").entries if kind_of(e.code) == kind]


def category_label(code: str, language: str) -> str:
    return code_table("fund_category").label(code, language)
