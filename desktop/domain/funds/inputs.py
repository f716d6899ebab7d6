"""What a ledger line is entered from (checked by FundsService when it writes it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class EntryInput:
    entry_date: dt.date | None
    category_code: str
    amount: Decimal | None
    counterparty: str = ""
    voucher_no: str = ""
    note: str = ""
    activity_id: int | None = None
    aid_case_id: int | None = None
