"""What a person types for a case, a household member and a payment: plain values, checked by
`validate_case` / `validate_payment` before the service writes anything."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from decimal import Decimal

from desktop.domain.aid import codes
from desktop.domain.errors import FieldError
from desktop.domain.id_numbers import check_id_number
from desktop.messages import QT_TRANSLATE_NOOP

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class HouseholdInput:
    name: str
    relation: str = ""
    birth_date: dt.date | None = None
    health: str = ""
    work_or_school: str = ""
    monthly_income: Decimal = ZERO
    id_number: str = ""
    member_id: int | None = None


@dataclass(frozen=True)
class CaseInput:
    member_id: int
    opened_on: dt.date
    household_size: int = 1
    yearly_income: Decimal = ZERO
    rigid_spending: Decimal = ZERO
    accident_costs: Decimal = ZERO
    monthly_income: Decimal = ZERO
    other_income: Decimal = ZERO
    assessed_on: dt.date | None = None       # default: opened_on
    tier_override: str = ""                  # "" = the computed tier
    tier_override_reason: str = ""
    category: str = ""
    health: str = ""
    health_detail: str = ""
    disability_type: str = ""
    disability_grade: str = ""
    work_status: str = ""
    housing_type: str = ""
    housing_area: int | None = None
    marital_status: str = ""
    household_type: str = ""
    address: str = ""
    main_cause: str = ""
    secondary_cause: str = ""
    bank_name: str = ""
    bank_card_no: str = ""
    aid_requested: tuple[str, ...] = ()
    aid_granted: tuple[str, ...] = ()
    situation: str = ""
    consent_on: dt.date | None = None
    consent_scope: str = ""
    reviewed_by: str = ""
    household: tuple[HouseholdInput, ...] = field(default_factory=tuple)

    def file_values(self) -> dict:
        """The columns of aid_cases this input sets (not the household, not the tier)."""
        values = asdict(self)
        for key in ("household", "tier_override", "aid_requested", "aid_granted"):
            values.pop(key)
        values["assessed_on"] = self.assessed_on or self.opened_on
        values["aid_requested"] = codes.join_codes(self.aid_requested)
        values["aid_granted"] = codes.join_codes(self.aid_granted)
        for key in ("situation", "address", "health_detail", "consent_scope", "bank_name", "bank_card_no",
                    "tier_override_reason", "reviewed_by"):
            values[key] = values[key].strip()
        values["bank_card_no"] = values["bank_card_no"].replace(" ", "")
        return values


@dataclass(frozen=True)
class PaymentInput:
    case_id: int
    amount: Decimal
    paid_on: dt.date
    form: str = "cash"           # cash | bank | in_kind
    aid_type: str = "living"
    items: str = ""              # what was given (实物 or purpose)
    recipient: str = ""          # "" = the applicant
    category_code: str = ""      # "" = by aid type (50204 / 50205 / 50203)
    batch_id: int | None = None
    note: str = ""


MONEY_FIELDS = ("yearly_income", "rigid_spending", "accident_costs", "monthly_income", "other_income")
CODE_FIELDS = {
    "category": codes.CATEGORY, "health": codes.HEALTH, "disability_type": codes.DISABILITY_TYPE,
    "disability_grade": codes.DISABILITY_GRADE, "work_status": codes.WORK_STATUS,
    "housing_type": codes.HOUSING_TYPE, "main_cause": codes.CAUSE, "secondary_cause": codes.CAUSE,
}


def validate_case(data: CaseInput, today: dt.date) -> list[FieldError]:
    errors: list[FieldError] = []
    if data.opened_on > today:
        errors.append(FieldError("opened_on", QT_TRANSLATE_NOOP(
            "AidRules", "The application date is in the future; enter the day the application was received.")))
    if data.household_size < 1 or data.household_size > 30:
        errors.append(FieldError("household_size", QT_TRANSLATE_NOOP(
            "AidRules", "Enter the household size: the number of persons living on the household income, 1 to 30.")))
    elif data.household_size < len(data.household) + 1:
        errors.append(FieldError("household_size", QT_TRANSLATE_NOOP(
            "AidRules", "{count} persons are listed with the applicant, so the household size cannot be "
            "{size}.").format(count=len(data.household) + 1, size=data.household_size)))
    for name in MONEY_FIELDS:
        if getattr(data, name) < 0:
            errors.append(FieldError(name, QT_TRANSLATE_NOOP("AidRules", "An amount here cannot be negative.")))
    for name, table in CODE_FIELDS.items():
        value = getattr(data, name)
        if value and codes.aid_code_table(table).get(value) is None:
            errors.append(FieldError(name, QT_TRANSLATE_NOOP("AidRules", "Choose a value from the list.")))
    if data.disability_grade and not data.disability_type:
        errors.append(FieldError("disability_type", QT_TRANSLATE_NOOP(
            "AidRules", "A disability grade needs the type of disability.")))
    if data.main_cause and data.secondary_cause == data.main_cause:
        errors.append(FieldError("secondary_cause", QT_TRANSLATE_NOOP(
            "AidRules", "The secondary cause is the same as the main cause; choose another or leave it empty.")))
    if not data.main_cause:
        errors.append(FieldError("main_cause", QT_TRANSLATE_NOOP("AidRules", "Choose the main cause of hardship.")))
    types = codes.aid_code_table(codes.AID_TYPE)
    for name in ("aid_requested", "aid_granted"):
        if any(types.get(c) is None for c in getattr(data, name)):
            errors.append(FieldError(name, QT_TRANSLATE_NOOP("AidRules", "Unknown aid type.")))
    if not data.aid_requested:
        errors.append(FieldError("aid_requested", QT_TRANSLATE_NOOP(
            "AidRules", "Tick at least one kind of aid the household asks for.")))
    if data.tier_override:
        if codes.aid_code_table(codes.TIER).get(data.tier_override) is None:
            errors.append(FieldError("tier_override", QT_TRANSLATE_NOOP("AidRules", "Choose a value from the list.")))
        elif not data.tier_override_reason.strip():
            errors.append(FieldError("tier_override_reason", QT_TRANSLATE_NOOP(
                "AidRules", "Write why the computed tier is overridden; the reason is kept with the case.")))
    if data.consent_on is None or not data.consent_scope.strip():
        errors.append(FieldError("consent_on", QT_TRANSLATE_NOOP(
            "AidRules", "Record the applicant's separate consent (date and what was consented to) before "
            "storing health, income and bank details.")))
    elif data.consent_on > today:
        errors.append(FieldError("consent_on", QT_TRANSLATE_NOOP("AidRules", "The consent date is in the future.")))
    card = data.bank_card_no.replace(" ", "")
    if card and (not card.isdigit() or not 12 <= len(card) <= 19):
        errors.append(FieldError("bank_card_no", QT_TRANSLATE_NOOP(
            "AidRules", "A bank card number has 12 to 19 digits; check the number.")))
    if data.housing_area is not None and not 0 <= data.housing_area <= 2000:
        errors.append(FieldError("housing_area", QT_TRANSLATE_NOOP(
            "AidRules", "Enter the housing area in square metres, 0 to 2000.")))
    for index, person in enumerate(data.household, start=1):
        if not person.name.strip():
            errors.append(FieldError("household", QT_TRANSLATE_NOOP(
                "AidRules", "Household row {row}: enter the person's name.").format(row=index)))
        if person.monthly_income < 0:
            errors.append(FieldError("household", QT_TRANSLATE_NOOP(
                "AidRules", "Household row {row}: the monthly income cannot be negative.").format(row=index)))
        if person.birth_date and person.birth_date > today:
            errors.append(FieldError("household", QT_TRANSLATE_NOOP(
                "AidRules", "Household row {row}: the birth date is in the future.").format(row=index)))
        if person.id_number.strip():
            check = check_id_number(person.id_number, today)
            if not check.ok:
                errors.append(FieldError("household", QT_TRANSLATE_NOOP(
                    "AidRules", "Household row {row}: {problem}").format(row=index, problem=check.error)))
        if person.health and codes.aid_code_table(codes.HEALTH).get(person.health) is None:
            errors.append(FieldError("household", QT_TRANSLATE_NOOP(
                "AidRules", "Household row {row}: choose the health from the list.").format(row=index)))
    return errors
