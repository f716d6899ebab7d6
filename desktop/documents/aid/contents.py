"""The aid papers' contents read from the database for one acting user (AID_READ needed: the
queries refuse anyone else). Masked values stay masked; `full` unmasks the ID number and health on
the application form through the audited reveal (AID_SENSITIVE)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop.documents.aid.papers import (
    AidNotice, ApplicationForm, ApprovalForm, HouseholdLine, NoticeLine, PaymentLine, PaymentSheet, StepLine,
)
from desktop.documents.members.contents import union_name
from desktop.domain.accounts.actor import Actor
from desktop.domain.aid import codes, workflow
from desktop.domain.aid.queries import AidQueries
from desktop.domain.codes import code_table
from desktop.domain.phones import mask_phone
from desktop.i18n.catalog import translator

if TYPE_CHECKING:  # the open database is handed through to the domain, never used here
    from desktop.store.database import Database

ZH = "zh_CN"


def _label(table: str, code: str) -> str:
    return codes.aid_label(table, code, ZH) if code and code != "******" else code


def build_application(db: Database, actor: Actor, case_id: int, full: bool = False) -> ApplicationForm:
    queries = AidQueries(db, actor)
    d = queries.detail(case_id)
    v = d.values
    id_number, health, disability = d.id_number, v["health"], ""
    if v["disability_type"]:
        disability = "******"
    if full:
        id_number = queries.reveal(case_id, "id_number")
        health = queries.reveal(case_id, "health")
        disability = ""
    else:
        health = "******" if health else ""
    household = []
    for p in d.household:
        household.append(HouseholdLine(p.name, codes.aid_label(codes.RELATION, p.relation, ZH) or p.relation,
                                       p.birth_date, p.health, p.work_or_school, p.monthly_income))
    requested = set(codes.split_codes(v["aid_requested"]))
    housing = _label(codes.HOUSING_TYPE, v["housing_type"])
    if v["housing_area"]:
        housing += f" {v['housing_area']}㎡"
    return ApplicationForm(
        union_name=union_name(db), case_no=d.case_no, opened_on=d.opened_on, name=d.name,
        gender=code_table("gender").label(d.gender, ZH), department=d.department,
        # beside a masked ID number the birth year only: its day is the masked digits (docs/domain.md)
        birth_date=d.birth_date if full or not d.birth_date else f"{d.birth_date.year}年",
        id_number=id_number, mobile=mask_phone(d.mobile), category=_label(codes.CATEGORY, v["category"]),
        work_status=_label(codes.WORK_STATUS, v["work_status"]),
        marital_status=code_table("marital_status").label(v["marital_status"], ZH),
        household_type=code_table("household_type").label(v["household_type"], ZH),
        health=health, disability=disability, housing=housing, address=v["address"],
        household_size=v["household_size"], yearly_income=v["yearly_income"], rigid_spending=v["rigid_spending"],
        per_head_month=d.tier_result.per_head_month, main_cause=_label(codes.CAUSE, v["main_cause"]),
        secondary_cause=_label(codes.CAUSE, v["secondary_cause"]),
        aid_types=tuple((e.zh, e.code in requested) for e in codes.aid_code_table(codes.AID_TYPE).entries),
        situation=v["situation"], household=tuple(household), consent_on=v["consent_on"],
        consent_scope=v["consent_scope"])


def build_approval(db: Database, actor: Actor, case_id: int) -> ApprovalForm:
    queries = AidQueries(db, actor)
    d = queries.detail(case_id)
    translate = translator(ZH)
    names = queries.display_names()  # as people sign them (王主席 rather than admin)
    steps = tuple(StepLine(workflow.STEP_ZH.get(s.step, s.step), workflow.DECISION_ZH.get(s.decision, s.decision),
                           names.get(s.decided_by, s.decided_by), s.decided_on, s.reason) for s in d.steps)
    return ApprovalForm(
        union_name=union_name(db), case_no=d.case_no, name=d.name, department=d.department, opened_on=d.opened_on,
        tier=codes.aid_label(codes.TIER, d.tier, ZH), tier_computed=codes.aid_label(codes.TIER, d.tier_computed, ZH),
        override_reason=d.tier_override_reason, calculation=d.tier_result.explanation(translate),
        aid_requested=codes.aid_types_label(d.values["aid_requested"], ZH),
        aid_granted=codes.aid_types_label(d.values["aid_granted"], ZH),
        paid_total=sum((p.amount for p in d.payments), start=d.tier_result.line * 0),
        steps=steps, filed_by=d.filed_by, reviewed_by=d.reviewed_by)


def build_payment_sheet(db: Database, actor: Actor, batch_id: int) -> PaymentSheet:
    queries = AidQueries(db, actor)
    batch = queries.batch(batch_id)
    lines = tuple(PaymentLine(p.recipient or p.name, p.department, codes.aid_label(codes.AID_TYPE, p.aid_type, ZH),
                              codes.aid_label(codes.PAYMENT_FORM, p.form, ZH), p.items, p.amount)
                  for p in queries.payments(batch_id=batch_id))
    return PaymentSheet(union_name(db), batch.title, batch.paid_on, batch.handler, lines)


def build_notice(db: Database, actor: Actor, year: int, date: dt.date | None = None, days: int = 7,
                 contact: str = "") -> AidNotice:
    """The year's aid for the notice board: name, department, tier or aid type, amount — nothing else."""
    date = date or dt.date.today()
    lines = []
    for row in AidQueries(db, actor).notice_rows(year):
        label = codes.aid_label(codes.TIER, row.tier_or_type, ZH) if row.tier_or_type not in ("", "none") else \
            codes.aid_types_label(row.aid_types, ZH)
        lines.append(NoticeLine(row.name, row.department, label, row.amount))
    return AidNotice(union_name(db), year, tuple(lines), date, (date, date + dt.timedelta(days=days - 1)), contact)
