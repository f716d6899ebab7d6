"""The suggestions pane (合理化建议): the year with its figures (submitted, adopted, implemented,
benefit, rewards paid), the register (filter by decision, search by number, title, proposer or
team) and the selected suggestion — overview, the reviewers' scores and the timeline — with the
steps an officer records and the committee's scores, decision and reward (the chair)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QLabel

from desktop.domain.accounts.permissions import Permission
from desktop.domain.money import format_yuan
from desktop.domain.suggestions import rules
from desktop.domain.suggestions.queries import SuggestionDetail, SuggestionFilter, SuggestionQueries
from desktop.models.texts import message_text
from desktop.views.proposals.settings_dialog import RegisterSettingsDialog
from desktop.views.suggestions import printing
from desktop.views.suggestions.step_dialog import SuggestionStepDialog
from desktop.views.suggestions.suggestion_dialog import SuggestionDialog
from desktop.views.suggestions.columns import score_model, stage_text, step_model, suggestion_model
from desktop.views.widgets.register_pane import RegisterPane, detail_line
from desktop.views.widgets.tables import register_table
from desktop.views.widgets.toolbar import filter_combo


class SuggestionsPane(RegisterPane):
    key = "suggestions"
    permission = Permission.MEMBERS_READ
    change_kinds = ("suggestions", "member")
    split_sizes = (400, 240)

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("SuggestionsPane", "Suggestions")

    def _open_queries(self) -> SuggestionQueries:
        return SuggestionQueries(self._context.db, self._context.actor)

    def _prepare(self) -> None:
        self._can_write = self._context.actor.can(Permission.PROPOSALS_WRITE)
        self._can_decide = self._context.actor.can(Permission.PROPOSALS_DECIDE)

    # -- building -----------------------------------------------------------------------------------

    def _can_record(self) -> bool:
        return self._can_write or self._can_decide

    def _new_text(self) -> str:
        return self.tr("New suggestion…")

    def _settings_allowed(self) -> bool:
        return self._can_decide

    def _make_model(self):
        return suggestion_model(self)

    def _set_up_table(self, table) -> None:
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        for column in (2, 8):   # proposers and the reward are read whole
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)

    def _top_parts(self):
        self.summary = QLabel()
        self.summary.setStyleSheet("color:#555")
        return [self.summary]

    def _build_filters(self):
        self.year = filter_combo(((str(year), year) for year in self.queries.years()), self.tr("Any year"))
        self.year.setCurrentIndex(1 if self.year.count() > 1 else 0)
        self.search.setPlaceholderText(self.tr("Search: number, title, proposer, team"))
        self.decision = filter_combo(((message_text(rules.DECISION_LABELS[code]), code) for code in rules.DECISIONS),
                                     self.tr("Any decision"))
        return [self.year, self.search, self.decision]

    def _add_print_actions(self, menu):
        return printing.add_print_actions(self, menu)

    def _detail_tabs(self):
        self.score_rows = score_model(self)
        self.step_rows = step_model(self)
        return [(self.overview, self.tr("Overview")), (register_table(self.score_rows), self.tr("Scores")),
                (register_table(self.step_rows), self.tr("Timeline"))]

    # -- data ---------------------------------------------------------------------------------------

    def list_filter(self) -> SuggestionFilter:
        return SuggestionFilter(year=self.year.currentData(), decision=self.decision.currentData() or "",
                                search=self.search.text())

    def _count_text(self, count: int) -> str:
        return self.tr("{count} suggestions").format(count=count)

    def _after_rows(self) -> None:
        year = self.year.currentData()
        if year is None:
            self.summary.setText("")
            return
        s = self.queries.year_summary(year)
        self.summary.setText(self.tr(
            "{year}: {submitted} submitted, {adopted} adopted, {implemented} implemented; benefit {benefit} yuan; "
            "rewards paid {rewards} yuan").format(year=year, submitted=s.submitted, adopted=s.adopted,
                                                   implemented=s.implemented, benefit=format_yuan(s.benefit),
                                                   rewards=format_yuan(s.rewards_paid)))

    def select_suggestion(self, suggestion_id: int) -> None:
        """Select a suggestion, clearing the filters (and the year) when they hide it."""
        self.select_record(suggestion_id, widen=True)

    def _enable_actions(self, detail: SuggestionDetail | None) -> None:
        has = detail is not None
        self.edit_action.setEnabled(has and detail.row.stage == rules.RECEIVE and self._can_write)
        self.print_actions["review"].setEnabled(has)
        self.step_action.setEnabled(has and bool(detail.next_steps))

    def _show_detail(self, detail: SuggestionDetail | None) -> None:
        if detail is None:
            self.overview.setText(self.tr("No suggestion selected."))
            self.score_rows.set_rows([])
            self.step_rows.set_rows([])
            return
        self.overview.setText(self._overview_html(detail))
        self.score_rows.set_rows(detail.scores)
        self.step_rows.set_rows(detail.steps)

    def _overview_html(self, d: SuggestionDetail) -> str:
        r = d.row
        line = detail_line
        parts = [f"<h3>{escape(r.number)} {escape(r.title)}</h3><table>",
                 line(self.tr("Proposer(s)"), r.proposers), line(self.tr("Department"), r.department),
                 line(self.tr("Date"), r.submitted_on.isoformat()),
                 line(self.tr("Current situation (现状)"), d.situation), line(self.tr("Suggestion (建议内容)"), d.proposal),
                 line(self.tr("Expected benefit (预期效益)"), d.expected_benefit), line(self.tr("Stage"), stage_text(r))]
        if r.score is not None:
            parts.append(line(self.tr("Average score"), self.tr("{score} ({count} reviewers)").format(
                score=f"{r.score:.2f}", count=r.reviews)))
        if r.implemented_on:
            parts.append(line(self.tr("Actual benefit (yuan)"), format_yuan(r.actual_benefit)))
        if r.reward_grade:
            parts.append(line(self.tr("Reward"), f"{message_text(rules.GRADE_LABELS[r.reward_grade])} "
                                                 f"{format_yuan(r.reward_amount)}"))
        parts.append("</table>")
        return "".join(parts)

    # -- actions ------------------------------------------------------------------------------------

    def _departments(self) -> list[str]:
        return sorted({r.department for r in self.queries.rows() if r.department})

    def new_record(self) -> None:
        dialog = SuggestionDialog(self._context, None, self._departments(), self)
        if dialog.exec() and dialog.saved_id:
            self.select_suggestion(dialog.saved_id)

    def edit_record(self) -> None:
        if self._detail is None or not self._can_write or self._detail.row.stage != rules.RECEIVE:
            return
        SuggestionDialog(self._context, self._detail, self._departments(), self).exec()

    def step_dialog(self):
        settings = self.queries.settings()
        return SuggestionStepDialog(self._context, self._detail, settings.score_sheet, dict(settings.rewards), self)

    def record_step(self) -> None:
        if self._detail is not None and self._detail.next_steps:
            self.step_dialog().exec()

    def export(self) -> None:
        printing.export(self)

    def edit_settings(self) -> None:
        """附议 and answer-day defaults, the score sheet, reward amounts (chair only, audited)."""
        RegisterSettingsDialog(self._context, self.queries.settings(), self).exec()
