"""Use cases that change dues data. Each runs in one transaction: check permission, validate,
write, write the audit record, commit; then announce the change (kind "dues", member ids).

Payments are append-only: a correction is a reversing row (negative amount, `reverses_id`), dated
the day it is made, in an open period (desktop.domain.funds.periods). Receipt numbers are taken
from a counter row inside the payment's transaction, so a failed or cancelled payment gives its
number back and the printed sequence has no gaps; a cancelled receipt stays, marked void.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable, Sequence

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit import recorder
from desktop.domain.base import utc_now
from desktop.domain.dues.entities import (DuesBatch, DuesCounter, DuesPayment, DuesRate, DuesReceipt,
                                          WageBase)
from desktop.domain.dues.rules import MAX_RATE_PPM, Method, Period, periods_text, ppm_of_percent
from desktop.domain.errors import FieldError, NotFoundError, RuleViolation, UserError, ValidationError
from desktop.domain.funds.periods import ensure_period_open
from desktop.domain.members.entities import Member
from desktop.domain.money import LIMIT, ZERO, to_fen
from desktop.domain.progress import Cancelled as Stopped
from desktop.domain.service_base import ServiceBase
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.changes import Change
from desktop.domain.dues import kept
from desktop.store.bulk_insert import insert_rows

_BATCH_COLUMNS = ("member_id", "year", "month", "amount", "paid_on", "method", "batch_id", "note",
                  "recorded_at", "recorded_by")

KIND = "dues"                 # change announcements
PAYMENT = "dues_payment"      # audit entities
WAGE = "dues_wage"
RATE = "dues_rate"
BATCH = "dues_batch"
RECEIPT = "dues_receipt"

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class BatchCancelled(UserError):
    """The person cancelled a long batch; its transaction was rolled back, nothing was written."""

    def __init__(self):
        super().__init__(QT_TRANSLATE_NOOP("Dues", "Cancelled: no payment of this batch was recorded."))


@dataclass(frozen=True)
class PaymentLine:
    """One month paid by one member in a batch or an import."""

    member_id: int
    amount: Decimal
    note: str = ""


@dataclass(frozen=True)
class PaymentResult:
    payment_ids: tuple[int, ...]
    receipt_no: str | None
    total: Decimal


def _gone(count: int) -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP(
        "Dues", "{count} of the members in this batch no longer exist. Refresh and try again.").format(count=count))


def receipt_number(year: int, seq: int) -> str:
    return f"{year}-{seq:05d}"


def _earlier(session: Session, batch_id: int | None, payment: DuesPayment | None):
    """The earlier payment a refusal names: its batch (with the file), or the single payment."""
    batch = session.get(DuesBatch, batch_id) if batch_id is not None else None
    if batch is not None:
        return QT_TRANSLATE_NOOP("Dues", "batch {id} “{file}” recorded by {user} on {date}").format(
            id=batch.id, file=batch.file_name or batch.description, user=batch.recorded_by,
            date=batch.recorded_at.date().isoformat())
    return QT_TRANSLATE_NOOP("Dues", "a payment recorded by {user} on {date}").format(
        user=payment.recorded_by if payment else "?",
        date=payment.recorded_at.date().isoformat() if payment else "?")


def _refuse_already_paid(session: Session, period: Period, member_ids: Sequence[int], any_payment: bool) -> None:
    """Refuse a batch in which someone has paid the month in full already (paid something, and
    nothing is left unpaid), read inside the batch's own transaction. For an imported payroll sheet
    (`any_payment`) any payment for the month counts: the sheet's amount need not be our figure, so
    a second sheet for the same month × members would otherwise pay them twice."""
    from desktop.domain.dues.owed import summaries

    paid: list[int] = []
    for start in range(0, len(member_ids), 900):
        found = summaries(session, period, period, list(member_ids[start:start + 900]))
        paid += [m for m, s in found.items() if s.paid_fen > 0 and (any_payment or s.owed_fen - s.paid_fen <= 0)]
    if not paid:
        return
    payment = session.scalar(select(DuesPayment).where(
        DuesPayment.member_id.in_(paid[:900]), DuesPayment.year == period.year, DuesPayment.month == period.month,
        DuesPayment.amount > 0).order_by(DuesPayment.batch_id.is_(None), DuesPayment.id.desc()).limit(1))
    names = session.scalars(select(Member.name).where(Member.id.in_(paid[:3]))).all()
    raise RuleViolation(QT_TRANSLATE_NOOP(
        "Dues", "{count} of the {total} members in this list have paid {period} already ({names} …; "
        "{earlier}). Nothing was recorded: refresh the list, which leaves them out, and record again.")
        .format(count=len(paid), total=len(member_ids), period=str(period), names="、".join(names),
                earlier=_earlier(session, payment.batch_id if payment else None, payment)))


def _refuse_same_file(session: Session, digest: str, file_name: str) -> None:
    """Refuse a payroll sheet whose exact file was imported before (its digest is in that batch's
    audit record), unless every payment of that import has been reversed since."""
    from desktop.domain.audit.entities import AuditRecord

    earlier = session.scalars(select(AuditRecord.entity_id).where(
        AuditRecord.entity == BATCH, AuditRecord.changes.like(f"%{digest}%"))).all()
    for batch_id in earlier:
        originals = select(DuesPayment.id).where(DuesPayment.batch_id == batch_id)
        count = session.scalar(select(func.count()).select_from(originals.subquery()))
        reversed_ = session.scalar(select(func.count(DuesPayment.id)).where(DuesPayment.reverses_id.in_(originals)))
        if count and reversed_ < count:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "Dues", "The payroll sheet {file} has been imported already: {earlier}. Nothing was "
                "recorded. (To import it again, reverse that batch first.)").format(
                    file=file_name, earlier=_earlier(session, batch_id, None)))


class DuesService(ServiceBase):
    # -- rates ----------------------------------------------------------------------------------

    def set_rate(self, effective_from: dt.date, percent: Decimal, note: str = "", progress=None) -> int:
        """The dues rate from a date on (a later date's rate replaces it from then on). Every
        member's dues are worked out again (about 20 s at 100 000 members): `progress`, a progress
        handle, sees it and may stop it, and then nothing is changed (Cancelled)."""
        self._actor.require(Permission.FUNDS_WRITE)
        try:
            ppm = ppm_of_percent(Decimal(percent))
        except (ValueError, ArithmeticError):
            ppm = -1
        if not 0 < ppm <= MAX_RATE_PPM:
            raise ValidationError([FieldError("rate", QT_TRANSLATE_NOOP(
                "Dues", "The rate must be a percentage above 0 and at most 5, for example 0.5."))])
        with self._db.transaction() as session:
            kept_before = kept.before_change(session)
            row = session.scalars(select(DuesRate).where(DuesRate.effective_from == effective_from)).first()
            old = row.rate_ppm if row else None
            if row is None:
                row = DuesRate(effective_from=effective_from, rate_ppm=ppm, note=note,
                               recorded_by=self._actor.username)
                session.add(row)
            else:
                row.rate_ppm, row.note = ppm, note
            session.flush()
            recorder.record(session, self._actor, "dues_rate", RATE, row.id, {
                "effective_from": [None, effective_from.isoformat()], "rate_ppm": [old, ppm]})
            _rebuild_for_everyone(session, kept_before, progress, effective_from)
        self._db.changes.publish(Change(KIND, frozenset(), "update"))
        return row.id

    def remove_rate(self, rate_id: int, progress=None) -> None:
        self._actor.require(Permission.FUNDS_WRITE)
        with self._db.transaction() as session:
            kept_before = kept.before_change(session)
            row = session.get(DuesRate, rate_id)
            if row is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Dues", "This rate no longer exists. Refresh the list."))
            recorder.record(session, self._actor, "dues_rate_remove", RATE, rate_id, {
                "effective_from": [row.effective_from.isoformat(), None], "rate_ppm": [row.rate_ppm, None]})
            effective_from = row.effective_from
            session.delete(row)
            _rebuild_for_everyone(session, kept_before, progress, effective_from)
        self._db.changes.publish(Change(KIND, frozenset(), "update"))

    # -- wage bases -----------------------------------------------------------------------------

    def set_wage(self, member_id: int, effective_from: dt.date, wage: Decimal, note: str = "") -> int:
        """A member's monthly wage for dues from a date on. A date in the past (a pay rise entered
        late) makes the months since then owed at the new base: the back-dues."""
        self._actor.require(Permission.FUNDS_WRITE)
        errors = []
        if wage is None or wage < 0 or wage >= LIMIT or wage != wage.quantize(Decimal("0.01")):
            errors.append(FieldError("wage", QT_TRANSLATE_NOOP(
                "Dues", "Enter the monthly wage in yuan (not negative, at most two decimals).")))
        if effective_from is None:
            errors.append(FieldError("effective_from", QT_TRANSLATE_NOOP(
                "Dues", "Enter the date from which this wage counts.")))
        elif effective_from > self.today.replace(day=1) + dt.timedelta(days=366):
            errors.append(FieldError("effective_from", QT_TRANSLATE_NOOP(
                "Dues", "The date {date} is more than a year ahead; check the year.").format(
                date=effective_from.isoformat())))
        if errors:
            raise ValidationError(errors)
        with self._db.transaction() as session:
            kept_before = kept.before_change(session)
            self._member(session, member_id)
            row = session.scalars(select(WageBase).where(WageBase.member_id == member_id,
                                                         WageBase.effective_from == effective_from)).first()
            old = row.wage if row else None
            if row is None:
                row = WageBase(member_id=member_id, effective_from=effective_from, wage=wage, note=note,
                               recorded_by=self._actor.username)
                session.add(row)
            else:
                row.wage, row.note, row.recorded_at = wage, note, utc_now()
            session.flush()
            recorder.record(session, self._actor, "dues_wage", WAGE, row.id, {
                "member_id": [None, member_id], "effective_from": [None, effective_from.isoformat()],
                "wage": [None if old is None else str(old), str(wage)]})
            kept.after_change(session, kept_before, [member_id])
        self._db.changes.publish(Change(KIND, frozenset({member_id}), "update"))
        return row.id

    def remove_wage(self, wage_id: int) -> None:
        """Remove a wage base entered by mistake (audited with its values)."""
        self._actor.require(Permission.FUNDS_WRITE)
        with self._db.transaction() as session:
            kept_before = kept.before_change(session)
            row = session.get(WageBase, wage_id)
            if row is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Dues", "This wage base no longer exists. Refresh the list."))
            member_id = row.member_id
            recorder.record(session, self._actor, "dues_wage_remove", WAGE, wage_id, {
                "member_id": [member_id, None], "effective_from": [row.effective_from.isoformat(), None],
                "wage": [str(row.wage), None]})
            session.delete(row)
            kept.after_change(session, kept_before, [member_id])
        self._db.changes.publish(Change(KIND, frozenset({member_id}), "update"))

    # -- payments -------------------------------------------------------------------------------

    def record_payment(self, member_id: int, lines: Sequence[tuple[Period, Decimal]], paid_on: dt.date,
                       method: str, note: str = "", receipt: bool | None = None) -> PaymentResult:
        """One member pays for one or more months. Cash and transfers get a receipt unless
        `receipt` is False; payroll deductions get none unless `receipt` is True."""
        self._actor.require(Permission.FUNDS_WRITE)
        self._check_payment(paid_on, method)
        errors = []
        if not lines:
            errors.append(FieldError("lines", QT_TRANSLATE_NOOP("Dues", "Choose at least one month to pay for.")))
        seen = set()
        for period, amount in lines:
            if period in seen:
                errors.append(FieldError("lines", QT_TRANSLATE_NOOP(
                    "Dues", "The month {period} is listed twice.").format(period=str(period))))
            seen.add(period)
            if amount is None or amount <= 0 or amount >= LIMIT:
                errors.append(FieldError("lines", QT_TRANSLATE_NOOP(
                    "Dues", "The amount for {period} must be above zero.").format(period=str(period))))
        if errors:
            raise ValidationError(errors)
        issue = receipt if receipt is not None else method in (Method.CASH, Method.TRANSFER)
        total = sum((amount for _, amount in lines), ZERO)
        with self._db.transaction() as session:
            kept_before = kept.before_change(session)
            ensure_period_open(session, paid_on)
            member = self._member(session, member_id)
            number = None
            if issue:
                number = self._issue_receipt(session, member, total, paid_on, method, [p for p, _ in lines])
            rows = [DuesPayment(member_id=member_id, year=period.year, month=period.month, amount=amount,
                                paid_on=paid_on, method=method, receipt_no=number, note=note,
                                recorded_by=self._actor.username) for period, amount in sorted(lines)]
            session.add_all(rows)
            session.flush()
            ids = [row.id for row in rows]
            recorder.record(session, self._actor, "dues_pay", PAYMENT, ids[0], {
                "member_id": [None, member_id], "periods": [None, [str(p) for p, _ in sorted(lines)]],
                "amount": [None, str(total)], "paid_on": [None, paid_on.isoformat()],
                "method": [None, method], "receipt_no": [None, number], "payment_ids": [None, ids]})
            kept.after_change(session, kept_before, [member_id])
        self._db.changes.publish(Change(KIND, frozenset({member_id}), "create"))
        return PaymentResult(tuple(ids), number, total)

    def record_batch(self, period: Period, paid_on: dt.date, method: str, lines: Sequence[PaymentLine],
                     description: str = "", kind: str = "batch", file_name: str = "",
                     progress: Progress | None = None, cancelled: Cancelled | None = None,
                     file_sha256: str = "") -> int:
        """Many members pay one month at once (a department's payroll deduction, an imported payroll
        sheet): one transaction, so a failure or a cancel leaves nothing. Returns the batch id.

        Money is written once: inside the transaction the batch is refused when any member in it has
        paid that month in full already (a plan made before another batch was recorded), and an
        imported sheet (`file_sha256`) is refused when the same file was imported before and not
        reversed; both messages name the earlier payment."""
        self._actor.require(Permission.FUNDS_WRITE)
        self._check_payment(paid_on, method)
        if not lines:
            raise RuleViolation(QT_TRANSLATE_NOOP("Dues", "Nobody is left to record: the list is empty."))
        seen = set()
        for number, line in enumerate(lines, start=1):
            if line.member_id in seen:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "Dues", "Line {line}: this member appears twice in the batch.").format(line=number))
            seen.add(line.member_id)
            if line.amount is None or line.amount <= 0 or line.amount >= LIMIT:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "Dues", "Line {line}: the amount must be above zero.").format(line=number))
        total = sum((line.amount for line in lines), ZERO)
        chunk = 1000
        with self._db.transaction() as session:
            kept_before = kept.before_change(session)
            ensure_period_open(session, paid_on)
            ids = [line.member_id for line in lines]
            # Members in the trash are refused here; members that do not exist at all are refused by
            # the foreign key on insert (cheaper than looking up every id of a 100 000-line batch).
            trashed = set(session.scalars(select(Member.id).where(Member.deleted_at.is_not(None))))
            missing = [i for i in ids if i in trashed]
            if missing:
                raise _gone(len(missing))
            if file_sha256:
                _refuse_same_file(session, file_sha256, file_name)
            _refuse_already_paid(session, period, ids, any_payment=kind == "payroll_import")
            batch = DuesBatch(kind=kind, year=period.year, month=period.month, paid_on=paid_on, method=method,
                              description=description, file_name=file_name, payment_count=len(lines),
                              total=total, recorded_by=self._actor.username)
            session.add(batch)
            session.flush()
            now = utc_now().replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
            day = paid_on.isoformat()
            connection = session.connection()
            for start in range(0, len(lines), chunk):
                if cancelled is not None and cancelled():
                    raise BatchCancelled()
                # The driver's executemany (desktop/store/bulk_insert.py): amounts as whole fen.
                try:
                    insert_rows(connection, "dues_payments", _BATCH_COLUMNS, [
                        (line.member_id, period.year, period.month, to_fen(line.amount), day, method, batch.id,
                         line.note, now, self._actor.username) for line in lines[start:start + chunk]])
                except IntegrityError:
                    raise _gone(1) from None
                if progress is not None:
                    progress(min(start + chunk, len(lines)), len(lines))
            if cancelled is not None and cancelled():
                raise BatchCancelled()
            kept.after_change(session, kept_before, ids)
            recorder.record(session, self._actor, "dues_batch", BATCH, batch.id, {
                "kind": [None, kind], "period": [None, str(period)], "paid_on": [None, paid_on.isoformat()],
                "method": [None, method], "count": [None, len(lines)], "total": [None, str(total)],
                "description": [None, description], "file_name": [None, file_name],
                **({"file_sha256": [None, file_sha256]} if file_sha256 else {})})
        self._db.changes.publish(Change(KIND, frozenset(ids), "create"))
        return batch.id

    def reverse_payment(self, payment_id: int, reason: str, on: dt.date | None = None) -> list[int]:
        """Correct a payment with reversing rows dated `on` (today by default). A payment with a
        receipt is reversed together with every month on that receipt, and the receipt is voided
        (it stays in the numbered sequence)."""
        self._actor.require(Permission.FUNDS_WRITE)
        on = on or self.today
        if not reason.strip():
            raise ValidationError([FieldError("reason", QT_TRANSLATE_NOOP(
                "Dues", "Say why the payment is corrected (it goes into the audit trail)."))])
        with self._db.transaction() as session:
            kept_before = kept.before_change(session)
            ensure_period_open(session, on)
            row = session.get(DuesPayment, payment_id)
            if row is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Dues", "This payment no longer exists. Refresh the list."))
            if row.reverses_id is not None or row.amount < 0:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "Dues", "This line is itself a correction; it cannot be reversed again."))
            if row.receipt_no:
                targets = list(session.scalars(select(DuesPayment).where(
                    DuesPayment.receipt_no == row.receipt_no, DuesPayment.reverses_id.is_(None),
                    DuesPayment.amount > 0).order_by(DuesPayment.id)))
            else:
                targets = [row]
            ids = self._reverse(session, targets, reason, on)
            if row.receipt_no:
                self._void(session, row.receipt_no, reason)
            member_id = row.member_id
            kept.after_change(session, kept_before, [member_id])
        self._db.changes.publish(Change(KIND, frozenset({member_id}), "update"))
        return ids

    def void_receipt(self, number: str, reason: str, on: dt.date | None = None) -> list[int]:
        """Cancel a receipt: its payments are reversed and it is marked void (kept in sequence)."""
        self._actor.require(Permission.FUNDS_WRITE)  # before saying whether the receipt exists
        with self._db.session() as session:
            payment_id = session.scalar(select(func.min(DuesPayment.id)).where(DuesPayment.receipt_no == number))
        if payment_id is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Dues", "There is no receipt numbered {number}.")
                                .format(number=number))
        return self.reverse_payment(payment_id, reason, on)

    # -- helpers --------------------------------------------------------------------------------

    def _check_payment(self, paid_on: dt.date, method: str) -> None:
        errors = []
        if method not in Method.ALL:
            errors.append(FieldError("method", QT_TRANSLATE_NOOP(
                "Dues", "Choose how the dues were paid: payroll deduction, cash or bank transfer.")))
        if paid_on is None:
            errors.append(FieldError("paid_on", QT_TRANSLATE_NOOP("Dues", "Enter the date of payment.")))
        elif paid_on > self.today:
            errors.append(FieldError("paid_on", QT_TRANSLATE_NOOP(
                "Dues", "The payment date {date} is in the future.").format(date=paid_on.isoformat())))
        if errors:
            raise ValidationError(errors)

    def _member(self, session: Session, member_id: int) -> Member:
        member = session.get(Member, member_id)
        if member is None or member.deleted_at is not None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Dues", "This member no longer exists (deleted or in the trash). Refresh the list."))
        return member

    def _issue_receipt(self, session: Session, member: Member, total: Decimal, paid_on: dt.date, method: str,
                       periods: list[Period]) -> str:
        name = f"receipt-{paid_on.year}"
        bumped = session.execute(update(DuesCounter).where(DuesCounter.name == name)
                                 .values(value=DuesCounter.value + 1)).rowcount
        if not bumped:
            session.add(DuesCounter(name=name, value=1))
            session.flush()
        seq = session.scalar(select(DuesCounter.value).where(DuesCounter.name == name))
        number = receipt_number(paid_on.year, seq)
        receipt = DuesReceipt(number=number, year=paid_on.year, seq=seq, member_id=member.id,
                              payer_name=member.name, amount=total, issued_on=paid_on, method=method,
                              periods=periods_text(periods),
                              issued_by=self._actor.display_name or self._actor.username)
        session.add(receipt)
        session.flush()
        recorder.record(session, self._actor, "dues_receipt", RECEIPT, receipt.id, {
            "number": [None, number], "member_id": [None, member.id], "amount": [None, str(total)]})
        return number

    def _reverse(self, session: Session, targets: list[DuesPayment], reason: str, on: dt.date) -> list[int]:
        already = set(session.scalars(select(DuesPayment.reverses_id).where(
            DuesPayment.reverses_id.in_([t.id for t in targets]))))
        if already.issuperset(t.id for t in targets):
            raise RuleViolation(QT_TRANSLATE_NOOP("Dues", "This payment has already been reversed."))
        ids = []
        for target in targets:
            if target.id in already:
                continue
            row = DuesPayment(member_id=target.member_id, year=target.year, month=target.month,
                              amount=-target.amount, paid_on=on, method=target.method, receipt_no=None,
                              reverses_id=target.id, batch_id=None, note=reason,
                              recorded_by=self._actor.username)
            session.add(row)
            session.flush()
            ids.append(row.id)
            recorder.record(session, self._actor, "dues_reverse", PAYMENT, row.id, {
                "reverses_id": [None, target.id], "amount": [None, str(-target.amount)],
                "period": [None, f"{target.year:04d}-{target.month:02d}"], "reason": [None, reason]})
        return ids

    def _void(self, session: Session, number: str, reason: str) -> None:
        receipt = session.scalars(select(DuesReceipt).where(DuesReceipt.number == number)).first()
        if receipt is None or receipt.void:
            return
        receipt.void = True
        receipt.voided_at = utc_now()
        receipt.voided_by = self._actor.username
        receipt.void_reason = reason
        recorder.record(session, self._actor, "dues_receipt_void", RECEIPT, receipt.id, {
            "number": [number, number], "void": [False, True], "reason": [None, reason]})


def _rebuild_for_everyone(session, kept_before: bool, progress, effective_from: dt.date) -> None:
    """A rate counts for every member: their kept dues from its month on are built again, stoppably."""
    try:
        kept.after_change(session, kept_before, [kept.EVERYONE], progress, since=Period.of(effective_from).index)
    except kept.ListStopped:
        raise Stopped() from None
