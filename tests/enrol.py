"""Members added to a test database by name, for votes whose candidates must be members in good
standing (only they may stand in an election of a union body)."""

from __future__ import annotations

import datetime as dt
import itertools

from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.members.service import MemberService
from desktop.domain.members.inputs import MemberInput
from tests.domain.conftest import id_number_for


_SEQUENCE = itertools.count(701, 2)  # distinct ID numbers however often enrol is called


def enrol(db, names, department: str = "工会办") -> list[int]:
    service = MemberService(db, LOCAL_ADMIN)
    return [service.create(MemberInput(name=name, id_number=id_number_for(dt.date(1981, 2, 3), next(_SEQUENCE)),
                                       join_date=dt.date(2012, 5, 1), department=department))
            for name in names]
