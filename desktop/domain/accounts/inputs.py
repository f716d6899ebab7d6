"""What the union's profile is set from (checked by the accounts service when it writes it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProfileInput:
    union_name: str
    unit_name: str
    credit_code: str = ""
    address: str = ""
    chair: str = ""
