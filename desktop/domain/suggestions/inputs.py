"""What a person types for a suggestion, a reviewer's scores, the decision, the implementation and
the reward: plain frozen values with their validation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.errors import FieldError
from desktop.domain.money import LIMIT
from desktop.domain.suggestions import rules
from desktop.messages import QT_TRANSLATE_NOOP

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class SuggestionInput:
    title: str
    submitted_on: dt.date
    proposer_ids: tuple[int, ...] = ()    # members
    team: str = ""                        # or a team's name (班组)
    department: str = ""
    situation: str = ""                   # 现状
    proposal: str = ""                    # 建议
    expected_benefit: str = ""            # 预期效益

    def file_values(self) -> dict:
        return {"title": self.title.strip(), "submitted_on": self.submitted_on, "team": self.team.strip(),
                "department": self.department.strip(), "situation": self.situation.strip(),
                "proposal": self.proposal.strip(), "expected_benefit": self.expected_benefit.strip()}


@dataclass(frozen=True)
class ScoreInput:
    reviewer: str
    scored_on: dt.date
    points: tuple[Decimal, ...]           # in the order of the score sheet
    comment: str = ""


@dataclass(frozen=True)
class DecisionInput:
    decision: str
    done_on: dt.date
    reason: str = ""


@dataclass(frozen=True)
class ImplementationInput:
    department: str
    done_on: dt.date
    actual_benefit: Decimal = ZERO
    text: str = ""


@dataclass(frozen=True)
class RewardInput:
    grade: str
    amount: Decimal
    paid_on: dt.date
    voucher_no: str = ""


def _money_error(field: str, amount: Decimal, allow_zero: bool) -> FieldError | None:
    if amount < 0 or (amount == 0 and not allow_zero):
        return FieldError(field, QT_TRANSLATE_NOOP("SuggestionRules", "Enter an amount above zero."))
    if amount >= LIMIT or amount != amount.quantize(Decimal("0.01")):
        return FieldError(field, QT_TRANSLATE_NOOP(
            "SuggestionRules", "The amount is kept to the fen (0.01 yuan) and under one hundred million."))
    return None


def validate_suggestion(data: SuggestionInput, today: dt.date) -> list[FieldError]:
    errors = []
    if not data.title.strip():
        errors.append(FieldError("title", QT_TRANSLATE_NOOP("SuggestionRules", "Write the suggestion's title.")))
    if not data.proposer_ids and not data.team.strip():
        errors.append(FieldError("proposer_ids", QT_TRANSLATE_NOOP(
            "SuggestionRules", "Name who made the suggestion: pick members or write the team's name.")))
    if data.submitted_on > today:
        errors.append(FieldError("submitted_on", QT_TRANSLATE_NOOP(
            "SuggestionRules", "The date is in the future; enter the day it was handed in.")))
    if not data.proposal.strip():
        errors.append(FieldError("proposal", QT_TRANSLATE_NOOP(
            "SuggestionRules", "Write what is suggested (建议内容).")))
    return errors


def validate_score(data: ScoreInput, sheet: tuple[tuple[str, int], ...], today: dt.date) -> list[FieldError]:
    errors = []
    if not data.reviewer.strip():
        errors.append(FieldError("reviewer", QT_TRANSLATE_NOOP("SuggestionRules", "Name the reviewer.")))
    if data.scored_on > today:
        errors.append(FieldError("scored_on", QT_TRANSLATE_NOOP("SuggestionRules", "The date is in the future.")))
    if len(data.points) != len(sheet):
        errors.append(FieldError("points", QT_TRANSLATE_NOOP(
            "SuggestionRules", "Give points for every line of the score sheet.")))
    else:
        for (name, most), points in zip(sheet, data.points):
            if not 0 <= points <= most:
                errors.append(FieldError("points", QT_TRANSLATE_NOOP(
                    "SuggestionRules", "{criterion}: the points are 0 to {most}.").format(criterion=name, most=most)))
    return errors


def validate_decision(data: DecisionInput, today: dt.date) -> list[FieldError]:
    errors = []
    if data.decision not in rules.DECISIONS:
        errors.append(FieldError("decision", QT_TRANSLATE_NOOP("SuggestionRules", "Choose the decision.")))
    elif data.decision not in rules.GOES_ON and not data.reason.strip():
        errors.append(FieldError("reason", QT_TRANSLATE_NOOP(
            "SuggestionRules", "Write the reason; the proposer is told why.")))
    if data.done_on > today:
        errors.append(FieldError("done_on", QT_TRANSLATE_NOOP("SuggestionRules", "The date is in the future.")))
    return errors


def validate_implementation(data: ImplementationInput, today: dt.date) -> list[FieldError]:
    errors = []
    if not data.department.strip():
        errors.append(FieldError("department", QT_TRANSLATE_NOOP(
            "SuggestionRules", "Name the department that implemented it.")))
    if data.done_on > today:
        errors.append(FieldError("done_on", QT_TRANSLATE_NOOP("SuggestionRules", "The date is in the future.")))
    problem = _money_error("actual_benefit", data.actual_benefit, allow_zero=True)
    if problem:
        errors.append(problem)
    return errors


def validate_reward(data: RewardInput, today: dt.date) -> list[FieldError]:
    errors = []
    if data.grade not in rules.GRADES:
        errors.append(FieldError("grade", QT_TRANSLATE_NOOP("SuggestionRules", "Choose the grade of the reward.")))
    if data.paid_on > today:
        errors.append(FieldError("paid_on", QT_TRANSLATE_NOOP(
            "SuggestionRules", "The date is in the future; record the reward when it is paid.")))
    problem = _money_error("amount", data.amount, allow_zero=False)
    if problem:
        errors.append(problem)
    return errors
