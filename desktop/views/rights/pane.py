"""The Rights pane (维权): mediation deadlines due or overdue, the case list (filter by status,
category, year; search by member or case number) and the selected case — overview and timeline —
with the actions a cadre takes on it, its print menu and its reveals.

Who sees what is decided in desktop.domain.rights: only RIGHTS_READ roles can build this pane at all,
and the ID number and injury details arrive masked; revealing one is an explicit, audited action."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView

from desktop.domain.accounts.permissions import Permission
from desktop.domain.money import format_yuan
from desktop.domain.rights import rules
from desktop.domain.rights.queries import CaseDetail, CaseFilter, RightsQueries
from desktop.models.texts import message_text
from desktop.views.rights import export, printing
from desktop.views.rights.case_dialog import RightsCaseDialog
from desktop.views.rights.columns import case_model, step_model
from desktop.views.rights.step_dialog import RightsStepDialog
from desktop.views.widgets.register_pane import (
    RegisterPane, deadline_line, detail_line, overview_page,
)
from desktop.views.widgets.tables import register_table
from desktop.views.widgets.toolbar import filter_combo


class RightsPane(RegisterPane):
    key = "rights"
    permission = Permission.RIGHTS_READ
    change_kinds = ("rights", "member")

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("RightsPane", "Rights cases")

    def _open_queries(self) -> RightsQueries:
        return RightsQueries(self._context.db, self._context.actor)   # refuses roles without RIGHTS_READ

    def _prepare(self) -> None:
        self._can_write = self._context.actor.can(Permission.RIGHTS_WRITE)
        self._can_reveal = self._context.actor.can(Permission.RIGHTS_SENSITIVE)

    # -- building -----------------------------------------------------------------------------------

    def _can_record(self) -> bool:
        return self._can_write

    def _new_text(self) -> str:
        return self.tr("New case…")

    def _make_model(self):
        return case_model(self)

    def _top_parts(self):
        box = self._reminder_list(self.tr("Mediation deadlines"))
        self.reminders.setMaximumHeight(64)
        return [box]

    def _build_filters(self):
        self.search.setPlaceholderText(self.tr("Search: member name, pinyin initials, case no."))
        self.status = filter_combo(((self.tr("Open and closed"), ""), (self.tr("Open"), "open"),
                                    (self.tr("Closed"), "closed")))
        self.category = filter_combo(((message_text(rules.CATEGORY_LABELS[code]), code) for code in rules.CATEGORIES),
                                     self.tr("Any category"))
        self.year = filter_combo(((str(year), year) for year in self.queries.years()), self.tr("Any year"))
        return [self.search, self.status, self.category, self.year]

    def _add_print_actions(self, menu):
        return printing.add_print_actions(self, menu)

    def _detail_tabs(self):
        reveals = self._reveal_row((("id_number", self.tr("Reveal ID number")),
                                    ("injury_detail", self.tr("Reveal injury"))), self._can_reveal)
        self.step_rows = step_model(self)
        self.timeline = register_table(self.step_rows)
        self.timeline.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.timeline.horizontalHeader().setStretchLastSection(True)
        return [(overview_page(self.overview, reveals), self.tr("Overview")), (self.timeline, self.tr("Timeline"))]

    # -- data ---------------------------------------------------------------------------------------

    def list_filter(self) -> CaseFilter:
        return CaseFilter(status=self.status.currentData() or "", category=self.category.currentData() or "",
                          year=self.year.currentData(), search=self.search.text())

    def _count_text(self, count: int) -> str:
        return self.tr("{count} cases").format(count=count)

    def _after_rows(self) -> None:
        entries = ((f"{r.case_no} {r.name}: {message_text(r.text)}", r.case_id, r.overdue)
                   for r in self.queries.reminders())
        self._show_reminders(entries, self.tr("Mediation deadlines ({count})"))

    def select_case(self, case_id: int, widen: bool = False) -> None:
        self.select_record(case_id, widen)

    def _enable_actions(self, detail: CaseDetail | None) -> None:
        has = detail is not None
        self.edit_action.setEnabled(has and detail.row.status == "open")
        self.step_action.setEnabled(has and bool(detail.next_steps))
        self.reveal_buttons["id_number"].setEnabled(has)
        self.reveal_buttons["injury_detail"].setEnabled(has and bool(detail.injury_detail))
        printing.enable_print_actions(self.print_actions, detail)

    def _show_detail(self, detail: CaseDetail | None) -> None:
        if detail is None:
            self.overview.setText(self.tr("No case selected."))
            self.step_rows.set_rows([])
            return
        self.overview.setText(self._overview_html(detail))
        self.step_rows.set_rows(detail.steps)

    def _overview_html(self, d: CaseDetail) -> str:
        r = d.row
        line = detail_line
        workers = r.name
        if r.collective:
            workers = self.tr("{name} and others, {count} workers (collective dispute)").format(
                name=r.name, count=r.headcount)
            if d.other_members:
                workers += "：" + "、".join(name for _, name in d.other_members)
        status = (message_text(rules.OUTCOME_LABELS[r.outcome]) if r.status == "closed"
                  else message_text(rules.STEP_LABELS[r.stage]))
        parts = [f"<h3>{escape(r.case_no)} {escape(r.name)}</h3><table>",
                 line(self.tr("Worker(s)"), workers), line(self.tr("Department"), r.department),
                 line(self.tr("ID number"), d.id_number), line(self.tr("Other party"), r.other_party),
                 line(self.tr("Category"), message_text(rules.CATEGORY_LABELS[r.category])),
                 line(self.tr("Request"), d.request),
                 line(self.tr("Received"), f"{r.received_on.isoformat()} {d.channel}"),
                 line(self.tr("Urgency"), message_text(rules.URGENCY_LABELS[r.urgency])),
                 line(self.tr("Stage / outcome"), status)]
        if d.amount_claimed:
            parts.append(line(self.tr("Amount claimed"), format_yuan(d.amount_claimed)))
        if r.amount_recovered:
            parts.append(line(self.tr("Amount recovered"), format_yuan(r.amount_recovered)))
        if d.injury_detail:
            parts.append(line(self.tr("Injury details"), d.injury_detail))
        if r.mediation_due:
            if r.deadline == "overdue":
                due = self.tr("{day} (15 days from acceptance; overdue)").format(day=r.mediation_due.isoformat())
            else:
                due = self.tr("{day} (15 days from acceptance)").format(day=r.mediation_due.isoformat())
            parts.append(deadline_line(self.tr("Mediation due"), due, r.deadline == "overdue"))
        parts.append(line(self.tr("Filed by"), d.filed_by))
        parts.append("</table>")
        return "".join(parts)

    # -- actions ------------------------------------------------------------------------------------

    def new_record(self) -> None:
        dialog = RightsCaseDialog(self._context, None, self)
        if dialog.exec() and dialog.saved_id:
            self.select_case(dialog.saved_id, widen=True)

    def edit_record(self) -> None:
        if self._detail is None or not self._can_write or self._detail.row.status != "open":
            return
        RightsCaseDialog(self._context, self._detail, self).exec()

    def record_step(self) -> None:
        if self._detail is None or not self._detail.next_steps:
            return
        RightsStepDialog(self._context, self._detail, self).exec()

    def export(self) -> None:
        export.export(self)

    def _reveal_subject(self) -> tuple[int, str, str]:
        row = self._detail.row
        return row.id, row.case_no, row.name
