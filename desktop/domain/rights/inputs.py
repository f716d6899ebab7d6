"""What a person types for a rights case and for one step: plain frozen values, checked by
`validate_case` / `validate_step` before the service writes anything."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.errors import FieldError
from desktop.domain.rights import rules
from desktop.messages import QT_TRANSLATE_NOOP

ZERO = Decimal("0.00")
HEADCOUNT_LIMIT = 10000


@dataclass(frozen=True)
class CaseInput:
    member_id: int                            # the applicant (for a group: its representative)
    category: str
    request: str                              # what is asked
    received_on: dt.date
    other_party: str = ""
    channel: str = ""                         # 来访, 来电, 来信, 网上 … typed in
    urgency: str = "normal"
    collective: bool = False                  # 集体争议
    headcount: int = 1
    other_members: tuple[int, ...] = ()       # further members of a group case, if they are in the register
    amount_claimed: Decimal = ZERO
    injury_detail: str = ""                   # 工伤 health details: sensitive

    def file_values(self) -> dict:
        """The columns of rights_cases this input sets."""
        return {"member_id": self.member_id, "category": self.category, "request": self.request.strip(),
                "received_on": self.received_on, "other_party": self.other_party.strip(),
                "channel": self.channel.strip(), "urgency": self.urgency, "collective": self.collective,
                "headcount": self.headcount if self.collective else 1, "amount_claimed": self.amount_claimed,
                "injury_detail": self.injury_detail.strip()}


@dataclass(frozen=True)
class StepInput:
    step: str
    done_on: dt.date
    outcome: str = ""          # a mediation result: agreed | failed; the closing step: resolved | …
    handler: str = ""          # who did it ("" = the person recording)
    participants: str = ""     # a mediation session
    summary: str = ""          # what was done
    reason: str = ""           # not accepted / extended: why
    referral: str = ""         # not accepted (optional) or referred: to whom
    terms: str = ""            # the agreement's terms
    amount: Decimal = ZERO     # money recovered by this step (an agreement, or the closing)


def _error(field: str, message) -> FieldError:
    return FieldError(field, message)


def validate_case(data: CaseInput, today: dt.date) -> list[FieldError]:
    errors: list[FieldError] = []
    if data.category not in rules.CATEGORIES:
        errors.append(_error("category", QT_TRANSLATE_NOOP("RightsRules", "Choose the category of the case.")))
    if not data.request.strip():
        errors.append(_error("request", QT_TRANSLATE_NOOP(
            "RightsRules", "Write what the worker asks for (e.g. 补发 3 个月加班费).")))
    if data.received_on > today:
        errors.append(_error("received_on", QT_TRANSLATE_NOOP(
            "RightsRules", "The date received is in the future; enter the day the request came in.")))
    if data.urgency not in rules.URGENCIES:
        errors.append(_error("urgency", QT_TRANSLATE_NOOP("RightsRules", "Choose the urgency from the list.")))
    if data.collective and not 2 <= data.headcount <= HEADCOUNT_LIMIT:
        errors.append(_error("headcount", QT_TRANSLATE_NOOP(
            "RightsRules", "A collective dispute involves at least 2 workers; enter how many (2 to 10000).")))
    if data.collective and len(set(data.other_members) | {data.member_id}) > data.headcount:
        errors.append(_error("headcount", QT_TRANSLATE_NOOP(
            "RightsRules", "More members are listed than the headcount; raise the headcount.")))
    if data.amount_claimed < 0:
        errors.append(_error("amount_claimed", QT_TRANSLATE_NOOP("RightsRules", "An amount cannot be negative.")))
    if data.injury_detail.strip() and data.category != "injury":
        errors.append(_error("injury_detail", QT_TRANSLATE_NOOP(
            "RightsRules", "Injury details are kept only for a case of the category 工伤; clear them or "
            "change the category.")))
    return errors


def validate_step(data: StepInput, received_on: dt.date, last_on: dt.date | None,
                  today: dt.date) -> list[FieldError]:
    """The step's own fields (whether the step may follow the case's last one is rules.step_not_allowed)."""
    errors: list[FieldError] = []
    if data.done_on > today:
        errors.append(_error("done_on", QT_TRANSLATE_NOOP("RightsRules", "The date is in the future.")))
    elif data.done_on < received_on or (last_on is not None and data.done_on < last_on):
        errors.append(_error("done_on", QT_TRANSLATE_NOOP(
            "RightsRules", "The date is before the case's last recorded step; steps are recorded in order.")))
    if data.step in (rules.DECLINE, rules.EXTEND) and not data.reason.strip():
        errors.append(_error("reason", QT_TRANSLATE_NOOP("RightsRules", "Write the reason.")))
    if data.step == rules.MEDIATE and not (data.participants.strip() and data.summary.strip()):
        errors.append(_error("participants", QT_TRANSLATE_NOOP(
            "RightsRules", "A mediation session needs its participants and a summary of what was said.")))
    if data.step == rules.RESULT and data.outcome not in rules.RESULT_OUTCOMES:
        errors.append(_error("outcome", QT_TRANSLATE_NOOP(
            "RightsRules", "Choose the result: agreement reached or no agreement.")))
    if data.step == rules.RESULT and data.outcome == rules.AGREED and not data.terms.strip():
        errors.append(_error("terms", QT_TRANSLATE_NOOP(
            "RightsRules", "Write the terms of the agreement; they are printed on the 调解协议书.")))
    if data.step == rules.CLOSE and data.outcome not in rules.CLOSE_OUTCOMES:
        errors.append(_error("outcome", QT_TRANSLATE_NOOP("RightsRules", "Choose how the case ended.")))
    if data.step == rules.REFER and data.referral not in rules.REFERRALS:
        errors.append(_error("referral", QT_TRANSLATE_NOOP("RightsRules", "Choose where the case is referred to.")))
    if data.step == rules.DECLINE and data.referral and data.referral not in rules.REFERRALS:
        errors.append(_error("referral", QT_TRANSLATE_NOOP("RightsRules", "Choose where the case is referred to.")))
    if data.amount < 0:
        errors.append(_error("amount", QT_TRANSLATE_NOOP("RightsRules", "An amount cannot be negative.")))
    if data.amount > 0 and data.step not in (rules.RESULT, rules.CLOSE):
        errors.append(_error("amount", QT_TRANSLATE_NOOP(
            "RightsRules", "An amount recovered is recorded with the mediation result or the closing step.")))
    return errors
