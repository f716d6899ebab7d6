"""What every part of AidService stands on (service.py, payments.py, retention.py): a case by
id, its state folded from its workflow records, and the ledger category of its payments."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.domain.aid import workflow
from desktop.domain.aid.entities import AidCase
from desktop.domain.aid.settings import CHANGE_KIND
from desktop.domain.base import utc_now
from desktop.domain.errors import NotFoundError
from desktop.domain.funds import categories
from desktop.domain.service_base import ServiceBase
from desktop.messages import QT_TRANSLATE_NOOP

CASE = "aid_case"
PAYMENT = "aid_payment"
BATCH = "aid_payment_batch"

# Audit values of these fields are never written in clear (the trail is read by more people).
SECRET_FIELDS = {"health", "health_detail", "disability_type", "disability_grade", "bank_card_no", "household"}


def category_for(aid_type: str) -> str:
    """The spending category a payment of this aid type goes to in the ledger."""
    if aid_type == "warmth":
        return categories.WARMTH_VISITS
    if aid_type == "legal":
        return categories.LEGAL_AID
    return categories.HARDSHIP_AID


def records_of(case: AidCase) -> list[workflow.StepRecord]:
    return [workflow.StepRecord(s.step, s.decision, s.decided_on, s.decided_by, s.reason) for s in case.steps]


class AidServiceBase(ServiceBase):
    CHANGE_KIND = CHANGE_KIND

    @staticmethod
    def _get(session: Session, case_id: int) -> AidCase:
        case = session.get(AidCase, case_id)
        if case is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("AidRules", "This case no longer exists. Refresh the list."))
        return case

    @staticmethod
    def _apply_state(case: AidCase, on: dt.date) -> None:
        state = workflow.fold(records_of(case))
        case.stage = state.stage
        case.status = "closed" if state.closed else "open"
        case.outcome = state.outcome
        case.closed_on = state.closed_on
        case.updated_at = utc_now()
