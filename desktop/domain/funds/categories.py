"""The union accounting categories (工会会计制度): income 4xx, spending 5xx, sub-items of five digits.

Other areas ask here for the categories their money lines may use (activity expenses, aid payments),
so that every line lands in the ledger under a category the ledger knows.

The seeded tree is the code table `fund_category`; the union may add sub-items under a class and
rename any label. Those are rows of `fund_categories` (see FundCategory), read whenever a session is
at hand and remembered for `category_label`, which other areas call without one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect, select

from desktop.domain.codes import CodeEntry, code_table

INCOME = "income"
SPENDING = "spending"

DUES_INCOME = "401"
EMPLOYER_ALLOCATION = "402"
HARDSHIP_AID = "50204"
WARMTH_VISITS = "50205"
LEGAL_AID = "50203"
# 合理化建议 rewards: 业务支出 › 专项业务费 (the union's own technical-innovation and suggestion work).
SUGGESTION_REWARDS = "50303"

# Labels the union set or added, by code: refreshed from the database by every call that has a session.
_custom: dict[str, CodeEntry] = {}


def kind_of(code: str) -> str:
    return INCOME if code.startswith("4") else SPENDING


def parent_of(code: str) -> str | None:
    return code[:3] if len(code) > 3 else None


@dataclass(frozen=True)
class Category:
    code: str
    zh: str
    en: str
    kind: str
    parent: str | None
    seeded: bool                 # from the 工会会计制度 table (False: added by the union)
    renamed: bool = False        # a seeded category whose label the union changed

    def label(self, language: str) -> str:
        return self.zh if language.startswith("zh") or not self.en else self.en


def _load_custom(session) -> dict[str, CodeEntry]:
    """The union's own rows, remembered for category_label; {} before the funds tables exist."""
    from desktop.domain.funds.entities import FundCategory

    if session is None:
        return _custom
    if not inspect(session.connection()).has_table(FundCategory.__tablename__):
        return _custom
    rows = session.execute(select(FundCategory.code, FundCategory.label_zh, FundCategory.label_en)).all()
    _custom.clear()
    _custom.update({r.code: CodeEntry(r.code, r.label_zh, r.label_en) for r in rows})
    return _custom


def all_categories(session) -> list[Category]:
    """The whole tree in code order (each class followed by its sub-items)."""
    custom = dict(_load_custom(session))
    seeded = {e.code: e for e in code_table("fund_category").entries}
    result = []
    for code in sorted(set(seeded) | set(custom)):
        base = seeded.get(code)
        own = custom.get(code)
        zh = own.zh if own else base.zh
        en = (own.en or (base.en if base else "")) if own else base.en
        result.append(Category(code, zh, en, kind_of(code), parent_of(code), base is not None,
                               base is not None and own is not None))
    return result


def find_category(session, code: str) -> Category | None:
    return next((c for c in all_categories(session) if c.code == code), None)


def has_children(categories: list[Category], code: str) -> bool:
    return any(c.parent == code for c in categories)


def category_choices(session, kind: str) -> list[CodeEntry]:
    """The categories of one kind (INCOME or SPENDING), parents before their sub-items, including
    the sub-items the union added (when a session is given)."""
    return [CodeEntry(c.code, c.zh, c.en) for c in all_categories(session) if c.kind == kind]


def category_label(code: str, language: str) -> str:
    """The label of a category in `language` (the union's own label where it set one)."""
    own = _custom.get(code)
    if own is not None:
        if language.startswith("zh") or not own.en:
            return own.zh
        return own.en
    return code_table("fund_category").label(code, language)


def spending_choices(db) -> list[CodeEntry]:
    """category_choices(SPENDING) in a session of its own: what the expense and payment dialogs of
    other areas list."""
    with db.session() as session:
        return category_choices(session, SPENDING)
