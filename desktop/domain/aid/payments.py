"""Paying an approved case: one payment or a batch (a 发放表), each with its ledger line dated in an
open accounting period; a payment removed with a reason takes its ledger line with it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.accounts.permissions import Permission
from desktop.domain.aid import codes, workflow
from desktop.domain.aid.entities import AidCaseStep, AidPayment, AidPaymentBatch
from desktop.domain.aid.inputs import PaymentInput
from desktop.domain.aid.service_base import BATCH, PAYMENT, AidServiceBase, category_for, records_of
from desktop.domain.audit import recorder
from desktop.domain.errors import FieldError, NotFoundError, RuleViolation, ValidationError
from desktop.domain.funds import categories
from desktop.domain.funds.periods import ensure_period_open
from desktop.domain.members.entities import Member
from desktop.messages import QT_TRANSLATE_NOOP


class PaymentsMixin(AidServiceBase):
    # -- payments -------------------------------------------------------------------------------

    def add_payment(self, data: PaymentInput) -> int:
        self._actor.require(Permission.AID_WRITE)
        with self._db.transaction() as session:
            payment_id = self._insert_payment(session, data)
        self._publish({data.case_id})
        return payment_id

    def create_batch(self, title: str, paid_on: dt.date, handler: str, lines: list[PaymentInput]) -> int:
        """A payment batch and its payments (one per approved case), all or nothing."""
        self._actor.require(Permission.AID_WRITE)
        if not title.strip():
            raise ValidationError([FieldError("title", QT_TRANSLATE_NOOP(
                "AidRules", "Give the batch a title, e.g. 2026年春节送温暖."))])
        if not lines:
            raise ValidationError([FieldError("lines", QT_TRANSLATE_NOOP(
                "AidRules", "Add at least one approved case with an amount to the batch."))])
        with self._db.transaction() as session:
            batch = AidPaymentBatch(title=title.strip(), paid_on=paid_on, handler=handler.strip(),
                                    created_by=self._actor.username)
            session.add(batch)
            session.flush()
            recorder.record(session, self._actor, "create", BATCH, batch.id, {
                "title": [None, batch.title], "paid_on": [None, paid_on], "handler": [None, batch.handler]})
            for line in lines:
                self._insert_payment(session, PaymentInput(**{**line.__dict__, "batch_id": batch.id,
                                                              "paid_on": paid_on}))
            batch_id = batch.id
        self._publish({line.case_id for line in lines})
        return batch_id

    def _insert_payment(self, session: Session, data: PaymentInput) -> int:
        case = self._get(session, data.case_id)
        state = workflow.fold(records_of(case))
        if not state.approved or state.closed:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "AidRules", "Case {case_no} is not approved (or is closed): aid is paid only after the approval "
                "step (审批) has been recorded.").format(case_no=case.case_no))
        errors = []
        if data.amount <= 0:
            errors.append(FieldError("amount", QT_TRANSLATE_NOOP(
                "AidRules", "Case {case_no}: enter an amount of more than 0 yuan.").format(case_no=case.case_no)))
        if data.paid_on > self.today:
            errors.append(FieldError("paid_on", QT_TRANSLATE_NOOP(
                "AidRules", "The payment date is in the future.")))
        elif state.approved_on and data.paid_on < state.approved_on:
            errors.append(FieldError("paid_on", QT_TRANSLATE_NOOP(
                "AidRules", "Case {case_no}: the payment date is before the approval on {day}.").format(
                case_no=case.case_no, day=state.approved_on.isoformat())))
        if data.form not in ("cash", "bank", "in_kind"):
            errors.append(FieldError("form", QT_TRANSLATE_NOOP("AidRules", "Choose a value from the list.")))
        if data.form == "in_kind" and not data.items.strip():
            errors.append(FieldError("items", QT_TRANSLATE_NOOP(
                "AidRules", "Aid in kind: write what was given (e.g. 米 2 袋, 油 1 桶).")))
        if codes.aid_code_table(codes.AID_TYPE).get(data.aid_type) is None:
            errors.append(FieldError("aid_type", QT_TRANSLATE_NOOP("AidRules", "Unknown aid type.")))
        category = data.category_code or category_for(data.aid_type)
        if categories.kind_of(category) != categories.SPENDING or category not in {
                e.code for e in categories.category_choices(session, categories.SPENDING)}:
            errors.append(FieldError("category_code", QT_TRANSLATE_NOOP(
                "AidRules", "Choose a spending category of the union accounts.")))
        if errors:
            raise ValidationError(errors)
        ensure_period_open(session, data.paid_on)
        recipient = data.recipient.strip() or session.scalar(select(Member.name).where(Member.id == case.member_id))
        payment = AidPayment(case_id=case.id, amount=data.amount, paid_on=data.paid_on, category_code=category,
                             form=data.form, aid_type=data.aid_type, items=data.items.strip(), recipient=recipient,
                             batch_id=data.batch_id, note=data.note.strip(), created_by=self._actor.username)
        session.add(payment)
        if state.next_steps == (workflow.PAYMENT,):
            # The first payment is the 帮扶发放 step: recorded with it, by the same person.
            session.add(AidCaseStep(case_id=case.id, step=workflow.PAYMENT, decision=workflow.DONE,
                                    decided_on=data.paid_on, decided_by=self._actor.username, reason=""))
            session.flush()
            session.expire(case, ["steps"])
            self._apply_state(case, data.paid_on)
        session.flush()
        recorder.record(session, self._actor, "create", PAYMENT, payment.id, {
            "case_no": [None, case.case_no], "amount": [None, str(data.amount)], "paid_on": [None, data.paid_on],
            "category_code": [None, category], "form": [None, data.form], "aid_type": [None, data.aid_type],
            "recipient": [None, recipient], "batch_id": [None, data.batch_id]})
        return payment.id

    def remove_payment(self, payment_id: int, reason: str) -> None:
        """Delete a payment entered by mistake (its period must be open), with the reason audited."""
        self._actor.require(Permission.AID_WRITE)
        if not reason.strip():
            raise ValidationError([FieldError("reason", QT_TRANSLATE_NOOP(
                "AidRules", "Write why the payment is removed."))])
        with self._db.transaction() as session:
            payment = session.get(AidPayment, payment_id)
            if payment is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("AidRules", "This payment no longer exists. Refresh the list."))
            ensure_period_open(session, payment.paid_on)
            case_id = payment.case_id
            recorder.record(session, self._actor, "delete", PAYMENT, payment_id, {
                "amount": [str(payment.amount), None], "paid_on": [payment.paid_on, None],
                "reason": [None, reason.strip()]})
            session.delete(payment)
        self._publish({case_id})
