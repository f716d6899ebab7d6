"""统计: the union's yearly figures as of a chosen day (default 31 December of last year), each with how
it was computed and the same day a year earlier; double-clicking a member figure opens the member
list filtered to the people behind it. Export to the parent union's template and the printed
yearly report are on the toolbar."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QHeaderView, QLabel, QListWidget, QSplitter, QToolBar, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from desktop.domain.accounts.permissions import Permission
from desktop.domain.statistics.lines import SECTIONS, Line, report_lines
from desktop.domain.statistics.queries import Report, StatisticsQueries
from desktop.domain.statistics.reporting import change_text
from desktop.models.texts import message_text
from desktop.views.context import AppContext
from desktop.views.widgets.background import Lane
from desktop.views.widgets.toolbar import add_action

KEY_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 5   # figure, value, a year earlier, change, how


def last_year_end(today: dt.date | None = None) -> dt.date:
    today = today or dt.date.today()
    return dt.date(today.year - 1, 12, 31)


def _text(value) -> str:
    return value if isinstance(value, str) else message_text(value)


class StatisticsPane(QWidget):
    key = "statistics"
    open_members = Signal(list, str)    # the member ids behind a figure, and a caption for the list

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.report: Report | None = None
        self.earlier: Report | None = None
        self.toolbar = QToolBar()
        self.toolbar.addWidget(QLabel(self.tr("As of ")))
        self.as_of = QDateEdit()
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        default = last_year_end()
        self.as_of.setDate(QDate(default.year, default.month, default.day))
        self.as_of.dateChanged.connect(lambda _: self.refresh())
        self.toolbar.addWidget(self.as_of)
        self.toolbar.addSeparator()
        self.settings_action = add_action(self, self.toolbar, self.tr("Yearly settings…"), self.edit_settings)
        self.settings_action.setVisible(context.actor.can(Permission.MEMBERS_WRITE))
        self.export_action = add_action(self, self.toolbar, self.tr("Export to the parent union's form…"),
                                        self.export_template)
        self.print_action = add_action(self, self.toolbar, self.tr("Print the yearly report…"), self.print_report)

        self.status = QLabel(self.tr("Counting…"))
        self.lane = Lane(self, self.status, self.tr("Counting…"))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels([self.tr("Figure"), self.tr("Value"), self.tr("A year earlier"), self.tr("Change"),
                                   self.tr("How it is computed")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectRows)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 330)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.itemActivated.connect(self._activate)
        self.checks = QListWidget()
        hint = QLabel(self.tr("Double-click a figure marked ▸ to list the members behind it. Checks before the "
                              "report goes to the parent union:"))
        hint.setWordWrap(True)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(hint)
        below_layout.addWidget(self.checks)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.status)
        layout.addWidget(self.splitter, 1)
        self.refresh()

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("StatisticsPane", "Statistics")

    @property
    def context(self) -> AppContext:
        """What the pane's export acts with: the database, the user, settings."""
        return self._context

    def day(self) -> dt.date:
        return self.as_of.date().toPython()

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Both reports (the day and a year earlier) in the background: on a big register each reads
        the whole history once."""
        self.status.show()
        queries, as_of = StatisticsQueries(self._context.db, self._context.actor), self.day()
        self.lane.run(lambda: queries.report_and_year_before(as_of),
                      lambda loaded: self.show_reports(*loaded), on_error=lambda error: self.status.setText(str(error)))

    def show_reports(self, report: Report, earlier: Report) -> None:
        self.report, self.earlier = report, earlier
        self.status.setText(self.tr("{union}: figures as of {date}, compared with {earlier}").format(
            union=report.union_name, date=report.as_of.isoformat(), earlier=earlier.as_of.isoformat()))
        language = self._context.language
        before = {line.key: _text(line.value) for line in report_lines(earlier, language)}
        self.tree.clear()
        sections: dict[str, QTreeWidgetItem] = {}
        for line in report_lines(report, language):
            parent = sections.get(line.section)
            if parent is None:
                parent = QTreeWidgetItem([message_text(SECTIONS[line.section])])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                self.tree.addTopLevelItem(parent)
                parent.setExpanded(True)
                sections[line.section] = parent
            parent.addChild(self._item(line, before.get(line.key, "")))
        self._show_checks(report)

    def _item(self, line: Line, before: str) -> QTreeWidgetItem:
        value = _text(line.value)
        label = _text(line.label)
        item = QTreeWidgetItem([f"▸ {label}" if line.members else label, value, before, change_text(value, before),
                                _text(line.how)])
        for column in (1, 2, 3):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(4, _text(line.how))
        item.setData(0, KEY_ROLE, (line.key, label, line.members))
        return item

    def _show_checks(self, report: Report) -> None:
        self.checks.clear()
        for check in report.checks:
            self.checks.addItem(f"{'✓' if check.passed else '✗'} {message_text(check.text)}")

    def figure_texts(self) -> dict[str, str]:
        """Tests: the value column by figure key (Line.key)."""
        found = {}
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            for j in range(section.childCount()):
                child = section.child(j)
                found[child.data(0, KEY_ROLE)[0]] = child.text(1)
        return found

    # -- actions --------------------------------------------------------------------------------

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, KEY_ROLE)
        if not data or not data[2] or self.report is None:
            return
        key, label, _ = data
        ids = StatisticsQueries(self._context.db, self._context.actor).members_behind(key, self.report.as_of)
        self.open_members.emit(ids, self.tr("{figure} as of {date}: {count} members.").format(
            figure=label, date=self.report.as_of.isoformat(), count=len(ids)))

    def edit_settings(self) -> None:
        from desktop.views.statistics.settings_dialog import SettingsDialog

        if SettingsDialog(self._context, self.day(), self).exec():
            self.refresh()

    def export_template(self) -> None:
        from desktop.views.statistics.exporting import export_template

        export_template(self)

    def print_report(self) -> None:
        from desktop.views.statistics.exporting import print_report

        print_report(self)

    def save_layout(self) -> None:
        """Nothing to remember: the day starts at the end of last year each time."""
