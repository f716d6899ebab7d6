"""The aid area's code tables (health, causes, aid types …), shipped in resources/codes/aid_codes.json."""

from __future__ import annotations

import json
from functools import lru_cache

from desktop.domain.codes import CodeEntry, CodeTable
from desktop.resources import resource_path

TIER = "aid_tier"
AID_TYPE = "aid_type"
HEALTH = "aid_health"
DISABILITY_TYPE = "aid_disability_type"
DISABILITY_GRADE = "aid_disability_grade"
WORK_STATUS = "aid_work_status"
HOUSING_TYPE = "aid_housing_type"
CAUSE = "aid_cause"
CATEGORY = "aid_category"
RELATION = "aid_relation"
PAYMENT_FORM = "aid_payment_form"


@lru_cache(maxsize=1)
def _load() -> dict[str, CodeTable]:
    raw = json.loads(resource_path("codes", "aid_codes.json").read_text(encoding="utf-8"))
    return {
        name: CodeTable(name, body["standard"], tuple(CodeEntry(e["code"], e["zh"], e["en"]) for e in body["entries"]))
        for name, body in raw.items() if not name.startswith("_")
    }


def aid_code_table(name: str) -> CodeTable:
    return _load()[name]


def aid_label(table: str, code: str | None, language: str = "zh_CN") -> str:
    return aid_code_table(table).label(code, language)


def aid_types_label(codes: str, language: str = "zh_CN") -> str:
    """"living,medical" → "生活救助、医疗救助"."""
    table = aid_code_table(AID_TYPE)
    separator = "、" if language.startswith("zh") else ", "
    return separator.join(table.label(c, language) for c in split_codes(codes))


def split_codes(codes: str) -> list[str]:
    return [c for c in (codes or "").split(",") if c]


def join_codes(codes) -> str:
    order = aid_code_table(AID_TYPE).codes()
    return ",".join(sorted(set(codes), key=lambda c: order.index(c) if c in order else len(order)))
