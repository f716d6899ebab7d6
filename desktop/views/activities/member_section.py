"""The activities section of the member page: the activities the member was on (attended or not),
newest first, with a line for this year's attendance and condolence visits."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout

from desktop.domain.activities.queries import ActivityQueries
from desktop.domain.activities.inputs import REASON_LABELS, STATE_LABELS, ParticipantState
from desktop.domain.money import format_yuan
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.models.columns import text_column
from desktop.models.row_list import RowListModel
from desktop.models.changes import ChangeSignals
from desktop.models.texts import date_text, message_text
from desktop.views.context import AppContext


def _attendance(row) -> str:
    if row.present:
        return message_text(QT_TRANSLATE_NOOP("MemberActivities", "Late")) if row.late else \
            message_text(QT_TRANSLATE_NOOP("MemberActivities", "Present"))
    if row.state == ParticipantState.WAITING:
        return message_text(STATE_LABELS[row.state])
    return ""


class MemberActivitiesSection(QGroupBox):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Activities"))
        self._context = context
        self._queries = ActivityQueries(context.db, context.actor)
        self._member_id: int | None = None
        self._types = {t.code: t.label(context.language) for t in self._queries.types()}
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = RowListModel((
            text_column(QT_TRANSLATE_NOOP("MemberActivities", "Date"), lambda r: date_text(r.starts_on)),
            text_column(QT_TRANSLATE_NOOP("MemberActivities", "Activity"), lambda r: r.title),
            text_column(QT_TRANSLATE_NOOP("MemberActivities", "Type"),
                        lambda r: self._types.get(r.type_code, r.type_code)),
            text_column(QT_TRANSLATE_NOOP("MemberActivities", "Attendance"), _attendance,
                      colour=lambda r: "#d8f5d0" if r.present else None),
        ), id_of=lambda r: r.activity_id, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(140)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self._signals = ChangeSignals(context.db.changes, self)
        self._signals.changed.connect(self._on_change)
        self.setVisible(False)

    def _on_change(self, change) -> None:
        if change.kind == "activity" and self._member_id is not None:
            self.show_member(self._member_id)

    def show_member(self, member_id: int | None) -> None:
        self._member_id = member_id
        if member_id is None:
            self.model.set_rows([])
            self.setVisible(False)
            return
        rows = self._queries.member_activities(member_id)
        self.model.set_rows(rows)
        year = dt.date.today().year
        attended = sum(1 for r in rows if r.present and r.starts_on.year == year)
        text = self.tr("{year}: attended {count} activities; {total} on record.").format(
            year=year, count=attended, total=len(rows))
        visits = [v for v in self._queries.visits(member_id=member_id) if v.visited_on.year == year]
        if visits:
            by_reason: dict = {}
            for visit in visits:
                by_reason[visit.reason] = by_reason.get(visit.reason, Decimal("0.00")) + visit.amount
            parts = [f"{message_text(REASON_LABELS[r])} {format_yuan(a)}" for r, a in by_reason.items()]
            text += " " + self.tr("Visits this year: {visits} yuan.").format(visits="，".join(parts))
        self.summary.setText(text)
        self.setVisible(True)
