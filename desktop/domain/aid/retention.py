"""The retention period: closed cases past it are purged after a backup (a case without payments
is deleted whole; one with payments keeps only the accounting record), and the report of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from desktop.domain.accounts.permissions import Permission
from desktop.domain.aid.entities import AidCase, AidCaseStep, AidHouseholdMember, AidPayment
from desktop.domain.aid.service_base import CASE, AidServiceBase
from desktop.domain.aid.settings import read_settings
from desktop.domain.audit import recorder
from desktop.domain.members.entities import Member
from desktop.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class PurgedCase:
    case_no: str
    name: str
    closed_on: dt.date
    household_rows: int
    steps: int
    payments_kept: int
    removed: bool   # True: the whole file deleted; False: reduced to the accounting record


@dataclass(frozen=True)
class PurgeReport:
    cut_off: dt.date
    cases: tuple[PurgedCase, ...]
    backup: str

    @property
    def removed(self) -> int:
        return sum(1 for c in self.cases if c.removed)

    @property
    def reduced(self) -> int:
        return sum(1 for c in self.cases if not c.removed)


class RetentionMixin(AidServiceBase):
    # -- retention ------------------------------------------------------------------------------

    def purge_candidates(self) -> list[tuple[int, str, dt.date]]:
        """(case id, case no, closed on) of closed cases past the retention period, not yet purged."""
        self._actor.require(Permission.AID_SENSITIVE)
        with self._db.session() as session:
            cut_off = self._cut_off(session)
            return [tuple(r) for r in session.execute(
                select(AidCase.id, AidCase.case_no, AidCase.closed_on).where(
                    AidCase.status == "closed", AidCase.closed_on < cut_off, AidCase.purged_on.is_(None))
                .order_by(AidCase.closed_on))]

    def _cut_off(self, session: Session) -> dt.date:
        years = read_settings(session).retention_years
        try:
            return self.today.replace(year=self.today.year - years)
        except ValueError:
            return self.today.replace(year=self.today.year - years, day=28)

    def purge(self) -> PurgeReport:
        """Remove the personal data of closed cases past the retention period, after a backup.

        A case without payments is deleted with its household and steps. A case with payments keeps
        only what the union accounts must keep (会计档案: case number, member, tier, payments); its
        household, health, income, bank and consent details and the reasons of its steps are erased."""
        self._actor.require(Permission.AID_WRITE)
        self._actor.require(Permission.AID_SENSITIVE)
        from desktop.store.backups import Reason, backup_before
        info = backup_before(self._db, Reason.BULK)
        purged: list[PurgedCase] = []
        with self._db.transaction() as session:
            cut_off = self._cut_off(session)
            cases = session.scalars(select(AidCase).where(
                AidCase.status == "closed", AidCase.closed_on < cut_off, AidCase.purged_on.is_(None))
                .order_by(AidCase.closed_on, AidCase.id)).all()
            for case in cases:
                name = session.scalar(select(Member.name).where(Member.id == case.member_id)) or ""
                payments = session.scalar(select(func.count()).where(AidPayment.case_id == case.id)) or 0
                household, steps = len(case.household), len(case.steps)
                if payments == 0:
                    session.delete(case)
                else:
                    session.execute(delete(AidHouseholdMember).where(AidHouseholdMember.case_id == case.id))
                    session.execute(update(AidCaseStep).where(AidCaseStep.case_id == case.id).values(reason=""))
                    for key in ("health", "health_detail", "disability_type", "disability_grade", "bank_name",
                                "bank_card_no", "address", "situation", "consent_scope", "housing_type",
                                "marital_status", "household_type", "work_status", "main_cause", "secondary_cause",
                                "tier_override_reason"):
                        setattr(case, key, "")
                    for key in ("yearly_income", "rigid_spending", "accident_costs", "monthly_income", "other_income"):
                        setattr(case, key, Decimal("0"))
                    case.housing_area = None
                    case.purged_on = self.today
                purged.append(PurgedCase(case.case_no, name, case.closed_on, household, steps, payments,
                                         payments == 0))
            if purged:
                recorder.record(session, self._actor, "aid_purge", CASE, None, {
                    "cut_off": [None, cut_off], "backup": [None, info.path.name if info else ""],
                    "removed": [None, [c.case_no for c in purged if c.removed]],
                    "reduced": [None, [c.case_no for c in purged if not c.removed]]})
        if purged:
            self._publish(set(), "delete")
        return PurgeReport(cut_off, tuple(purged), info.path.name if info else "")


def purge_report_lines(report: PurgeReport) -> list[Message]:
    """The report of a purge, one line per case (shown in the GUI and printed by the CLI)."""
    lines = [QT_TRANSLATE_NOOP("AidPurge", "Closed before {day}; backup taken first: {backup}").format(
        day=report.cut_off.isoformat(), backup=report.backup or "-")]
    if not report.cases:
        lines.append(QT_TRANSLATE_NOOP("AidPurge", "No closed case is past the retention period."))
    for c in report.cases:
        if c.removed:
            lines.append(QT_TRANSLATE_NOOP(
                "AidPurge", "{case_no} {name}, closed {day}: whole file deleted ({household} household members, "
                "{steps} workflow records)").format(case_no=c.case_no, name=c.name, day=c.closed_on.isoformat(),
                                                    household=c.household_rows, steps=c.steps))
        else:
            lines.append(QT_TRANSLATE_NOOP(
                "AidPurge", "{case_no} {name}, closed {day}: personal data erased ({household} household members, "
                "health, income, bank card, consent, reasons); {payments} payments kept for the accounts").format(
                case_no=c.case_no, name=c.name, day=c.closed_on.isoformat(), household=c.household_rows,
                payments=c.payments_kept))
    return lines
