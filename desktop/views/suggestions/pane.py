"""The suggestions pane (合理化建议): the year with its figures (submitted, adopted, implemented,
benefit, rewards paid), the register (filter by decision, search by number, title, proposer or
team) and the selected suggestion — overview, the reviewers' scores and the timeline — with the
steps an officer records and the committee's scores, decision and reward (the chair)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QMessageBox, QSplitter, QTabWidget, QToolBar,
    QVBoxLayout, QWidget,
)

from desktop.domain.accounts.permissions import Permission
from desktop.domain.money import format_yuan
from desktop.domain.suggestions import rules
from desktop.domain.suggestions.queries import SuggestionDetail, SuggestionFilter, SuggestionQueries
from desktop.messages import UserError
from desktop.models.changes import ChangeSignals
from desktop.models.texts import message_text
from desktop.views.context import AppContext
from desktop.views.suggestions.columns import score_model, stage_text, step_model, suggestion_model
from desktop.views.widgets.forms import user_error_text
from desktop.views.widgets.layout_memory import restore_split_layout, save_split_layout
from desktop.views.widgets.tables import register_table
from desktop.views.widgets.toolbar import add_action, add_menu_button


class SuggestionsPane(QWidget):
    key = "suggestions"
    permission = Permission.MEMBERS_READ

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.queries = SuggestionQueries(context.db, context.actor)
        self._detail: SuggestionDetail | None = None
        self._can_write = context.actor.can(Permission.PROPOSALS_WRITE)
        self._can_decide = context.actor.can(Permission.PROPOSALS_DECIDE)
        self._build()
        self._changes = ChangeSignals(context.db.changes, self)
        self._changes.changed.connect(self._on_change)
        restore_split_layout(context.settings, self.key, self.splitter, self.table)
        self.refresh()

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("SuggestionsPane", "Suggestions")

    def _build(self) -> None:
        self.year = QComboBox()
        self.year.addItem(self.tr("Any year"), None)
        for year in self.queries.years():
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(1 if self.year.count() > 1 else 0)
        self.summary = QLabel()
        self.summary.setStyleSheet("color:#555")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: number, title, proposer, team"))
        self.decision = QComboBox()
        self.decision.addItem(self.tr("Any decision"), "")
        for code in rules.DECISIONS:
            self.decision.addItem(message_text(rules.DECISION_LABELS[code]), code)
        filters = QHBoxLayout()
        filters.addWidget(self.year)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.decision)
        for combo in (self.year, self.decision):
            combo.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)

        self.toolbar = QToolBar()
        self.new_action = add_action(self, self.toolbar, self.tr("New suggestion…"), self.new_suggestion, "Ctrl+N")
        self.edit_action = add_action(self, self.toolbar, self.tr("Edit…"), self.edit_suggestion)
        self.step_action = add_action(self, self.toolbar, self.tr("Record step…"), self.record_step)
        for action in (self.new_action, self.edit_action, self.step_action):
            action.setVisible(self._can_write or self._can_decide)
        self.print_menu = QMenu(self)
        from desktop.views.suggestions.printing import add_print_actions, export
        self.print_actions = add_print_actions(self, self.print_menu)
        self.print_button = add_menu_button(self.toolbar, self.tr("Print"), self.print_menu)
        self.export_action = add_action(self, self.toolbar, self.tr("Export…"), lambda: export(self))
        self.settings_action = add_action(self, self.toolbar, self.tr("Settings…"), self.edit_settings)
        self.settings_action.setVisible(self._can_decide)
        self.count_label = QLabel()
        actions = QHBoxLayout()
        actions.addWidget(self.toolbar)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        self.model = suggestion_model(self)
        self.table = register_table(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        for column in (2, 8):   # proposers and the reward are read whole
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.table.doubleClicked.connect(lambda *_: self.edit_suggestion())
        self.overview = QLabel()
        self.overview.setWordWrap(True)
        self.overview.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.overview.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.score_rows = score_model(self)
        self.step_rows = step_model(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(register_table(self.score_rows), self.tr("Scores"))
        self.tabs.addTab(register_table(self.step_rows), self.tr("Timeline"))
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.tabs)
        self.splitter.setSizes([400, 240])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

    def save_layout(self) -> None:
        save_split_layout(self._context.settings, self.key, self.splitter, self.table)

    def suggestion_filter(self) -> SuggestionFilter:
        return SuggestionFilter(year=self.year.currentData(), decision=self.decision.currentData() or "",
                                search=self.search.text())

    def refresh(self) -> None:
        current = self.current_id()
        self.model.set_rows(self.queries.rows(self.suggestion_filter()))
        self.count_label.setText(self.tr("{count} suggestions").format(count=self.model.rowCount()))
        self._fill_summary()
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            self.table.selectRow(row)
            self._show_selected()
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._show(None)

    def _fill_summary(self) -> None:
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

    def _on_change(self, change) -> None:
        if change.kind in ("suggestions", "member"):
            self.refresh()

    def current_id(self) -> int | None:
        row = self.model.row_value(self.table.currentIndex().row())
        return row.id if row else None

    def select_suggestion(self, suggestion_id: int) -> None:
        row = self.model.row_of(suggestion_id)
        if row is None:
            for widget in (self.search, self.year, self.decision):
                widget.blockSignals(True)
            self.search.clear()
            self.year.setCurrentIndex(0)
            self.decision.setCurrentIndex(0)
            for widget in (self.search, self.year, self.decision):
                widget.blockSignals(False)
            self.refresh()
            row = self.model.row_of(suggestion_id)
        if row is not None:
            self.table.selectRow(row)
            self._show_selected()

    def _show_selected(self) -> None:
        suggestion_id = self.current_id()
        try:
            self._show(self.queries.detail(suggestion_id) if suggestion_id is not None else None)
        except UserError:
            self._show(None)

    def _show(self, detail: SuggestionDetail | None) -> None:
        self._detail = detail
        has = detail is not None
        self.edit_action.setEnabled(has and detail.row.stage == rules.RECEIVE and self._can_write)
        self.print_actions["review"].setEnabled(has)
        self.step_action.setEnabled(has and bool(detail.next_steps))
        if not has:
            self.overview.setText(self.tr("No suggestion selected."))
            self.score_rows.set_rows([])
            self.step_rows.set_rows([])
            return
        self.overview.setText(self._overview_html(detail))
        self.score_rows.set_rows(detail.scores)
        self.step_rows.set_rows(detail.steps)

    def _overview_html(self, d: SuggestionDetail) -> str:
        r = d.row

        def line(caption: str, value) -> str:
            return (f"<tr><td style='color:#555;padding-right:10px'>{escape(caption)}</td>"
                    f"<td>{escape(str(value))}</td></tr>")
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

    def new_suggestion(self) -> None:
        from desktop.views.suggestions.suggestion_dialog import SuggestionDialog
        dialog = SuggestionDialog(self._context, None, self._departments(), self)
        if dialog.exec() and dialog.saved_id:
            self.select_suggestion(dialog.saved_id)

    def edit_suggestion(self) -> None:
        if self._detail is None or not self._can_write or self._detail.row.stage != rules.RECEIVE:
            return
        from desktop.views.suggestions.suggestion_dialog import SuggestionDialog
        SuggestionDialog(self._context, self._detail, self._departments(), self).exec()

    def step_dialog(self):
        from desktop.views.suggestions.step_dialog import SuggestionStepDialog
        settings = self.queries.settings()
        return SuggestionStepDialog(self._context, self._detail, settings.score_sheet, dict(settings.rewards), self)

    def record_step(self) -> None:
        if self._detail is not None and self._detail.next_steps:
            self.step_dialog().exec()

    def warn(self, error: UserError) -> None:
        QMessageBox.warning(self, self.title(), user_error_text(error))

    def edit_settings(self) -> None:
        """附议 and answer-day defaults, the score sheet, reward amounts (chair only, audited)."""
        from desktop.views.proposals.settings_dialog import RegisterSettingsDialog
        RegisterSettingsDialog(self._context, self.queries.settings(), self).exec()

    @property
    def detail(self) -> SuggestionDetail | None:
        return self._detail
