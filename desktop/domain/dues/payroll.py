"""What matching a payroll deduction sheet needs from the register, for one acting user (FUNDS_READ):
the members indexed the ways a payroll line can name a person, and their unpaid balances for the
month. desktop.exchange.dues.payroll reads the sheet and matches its lines against these values."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Sequence

from sqlalchemy import select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.dues.owed import summaries
from desktop.domain.dues.rules import Period
from desktop.domain.members.entities import Member
from desktop.domain.money import from_fen
from desktop.store.database import Database

_CHUNK = 900  # ids per IN (...): under SQLite's bound-parameter limit


@dataclass(frozen=True)
class Candidate:
    member_id: int
    name: str
    department: str


@dataclass(frozen=True)
class PayrollRegister:
    """The member register indexed by ID number (upper case), card number and name."""

    by_id: dict[str, int] = field(default_factory=dict)
    by_card: dict[str, int] = field(default_factory=dict)
    by_name: dict[str, list[Candidate]] = field(default_factory=dict)
    info: dict[int, Candidate] = field(default_factory=dict)


class PayrollQueries:
    def __init__(self, db: Database, actor: Actor):
        actor.require(Permission.FUNDS_READ)
        self._db = db

    def register(self) -> PayrollRegister:
        """Every member not deleted (one query)."""
        register = PayrollRegister()
        with self._db.session() as session:
            for member_id, name, department, id_number, card_no in session.execute(
                    select(Member.id, Member.name, Member.department, Member.id_number, Member.card_no)
                    .where(Member.deleted_at.is_(None))):
                candidate = Candidate(member_id, name, department or "")
                register.info[member_id] = candidate
                register.by_id[id_number.upper()] = member_id
                if card_no:
                    register.by_card[card_no.strip()] = member_id
                register.by_name.setdefault(name, []).append(candidate)
        return register

    def balances(self, period: Period, member_ids: Sequence[int]) -> dict[int, Decimal]:
        """Each listed member's unpaid balance for the month."""
        owed: dict[int, Decimal] = {}
        with self._db.session() as session:
            for start in range(0, len(member_ids), _CHUNK):
                for member_id, summary in summaries(session, period, period,
                                                    member_ids[start:start + _CHUNK]).items():
                    owed[member_id] = from_fen(summary.balance_fen)
        return owed
