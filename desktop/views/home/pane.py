"""工作台 (home): the first pane for every role. What needs doing this week from every area the role
may see, a few figures, and the everyday actions one click away. A new, empty union is told how to
start instead of being shown blank tables."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QLayout, QPushButton, QScrollArea, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from desktop.domain.accounts.permissions import Permission
from desktop.domain.overview.charts import Chart
from desktop.domain.overview.home import HomeView, home_with_charts
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.models.texts import message_text
from desktop.views.context import AppContext
from desktop.views.home.charts import BarChart, charts_pdf
from desktop.views.widgets.background import Lane

ITEM_ROLE = Qt.ItemDataRole.UserRole
FIGURE_COLUMNS = 4


# Quick actions: key, label, the permission they need. The main window runs them in their pane.
QUICK_ACTIONS = (
    ("import", QT_TRANSLATE_NOOP("HomePane", "Import a roster…"), Permission.MEMBERS_WRITE),
    ("add_member", QT_TRANSLATE_NOOP("HomePane", "Add a member…"), Permission.MEMBERS_WRITE),
    ("signin", QT_TRANSLATE_NOOP("HomePane", "Print a sign-in sheet…"), Permission.MEMBERS_READ),
    ("dues_batch", QT_TRANSLATE_NOOP("HomePane", "Record dues…"), Permission.FUNDS_WRITE),
    ("export", QT_TRANSLATE_NOOP("HomePane", "Export for the parent union…"), Permission.MEMBERS_READ),
    ("backup", QT_TRANSLATE_NOOP("HomePane", "Back up now"), Permission.BACKUP_MANAGE),
)


class HomePane(QWidget):
    key = "home"
    open_pane = Signal(str, str)      # a reminder's pane and the reminder's key (to filter the pane)
    open_item = Signal(str, int)      # entity, id: one member, case, vote or activity
    quick_action = Signal(str)        # a key of QUICK_ACTIONS

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.view: HomeView | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.status = QLabel(self.tr("Gathering figures and reminders…"))
        # The figures take a second or two on a big register (dues are computed per member).
        self.lane = Lane(self, self.status, self.tr("Gathering figures and reminders…"))
        self.start_box = self._start_box()
        self.figures = QGridLayout()
        self.figures.setSpacing(8)
        self.reminders = QTreeWidget()
        self.reminders.setHeaderHidden(True)
        self.reminders.setMinimumHeight(160)
        self.reminders.itemActivated.connect(self._activate)
        self.reminders.itemDoubleClicked.connect(self._activate)
        self.no_reminders = QLabel(self.tr("Nothing needs doing: no reminders from any area."))
        self.no_reminders.setVisible(False)

        actions = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for key, label, permission in QUICK_ACTIONS:
            if context.actor.can(permission):
                button = QPushButton(message_text(label))
                button.clicked.connect(lambda _=False, k=key: self.quick_action.emit(k))
                actions.addWidget(button)
                self.action_buttons[key] = button
        actions.addStretch(1)
        self.print_button = QPushButton(self.tr("Print figures and charts…"))
        self.print_button.clicked.connect(self.print_overview)
        self.print_button.setEnabled(False)
        actions.addWidget(self.print_button)
        self.charts = QHBoxLayout()
        self.chart_widgets: list[BarChart] = []

        content = QWidget()
        layout = QVBoxLayout(content)
        # The figures and charts arrive after the pane is shown: the content's minimum follows them,
        # so the pane scrolls instead of laying the charts over the reminders.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.start_box)
        layout.addLayout(actions)
        layout.addLayout(self.figures)
        reminders_title = QLabel(self.tr("What needs doing (double-click a line to open it)"))
        reminders_title.setStyleSheet("font-size: 15px; font-weight: bold; margin-top: 8px;")
        layout.addWidget(reminders_title)
        layout.addWidget(self.no_reminders)
        layout.addWidget(self.reminders, 1)
        layout.addLayout(self.charts)  # below what needs doing: looked at, not acted on
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("HomePane", "Home")

    def _start_box(self) -> QLabel:
        """Shown to a union with no members yet: how to begin."""
        box = QLabel(self.tr(
            "<b>No members yet. Start here:</b><ol>"
            "<li><b>Import a roster</b>: an Excel or WPS sheet with at least 姓名 and 身份证号 (the parent "
            "union's real-name template works as it is; the import shows each row's problems before "
            "anything is saved).</li>"
            "<li>Or <b>add a member</b> by hand.</li>"
            "<li>Then set the dues rate (会费 → 费率) and make a first backup.</li></ol>"))
        box.setWordWrap(True)
        box.setStyleSheet("background: #eef6ff; border: 1px solid #9cc3ea; padding: 10px;")
        box.setVisible(False)
        return box

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        context = self._context
        self.lane.run(lambda: home_with_charts(context.db, context.actor, context.language),
                      lambda loaded: self.show_view(*loaded), on_error=lambda error: self.status.setText(str(error)))

    def show_view(self, view: HomeView, charts: tuple[Chart, ...] = ()) -> None:
        self.view = view
        today = dt.date.today()
        self.heading.setText(self.tr("{union} — {year}年{month}月{day}日").format(
            union=view.union_name or self.tr("UnionDesk"), year=today.year, month=today.month, day=today.day))
        self.status.setVisible(False)
        self.start_box.setVisible(view.empty_register)
        self._show_figures(view)
        self._show_charts(charts if not view.empty_register else ())  # bars of zeros teach nothing
        self._show_reminders(view)
        self.print_button.setEnabled(True)

    def _show_figures(self, view: HomeView) -> None:
        while self.figures.count():
            widget = self.figures.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for index, figure in enumerate(view.figures):
            card = QLabel(f"<div style='font-size:22px; font-weight:bold'>{figure.value}</div>"
                          f"<div>{message_text(figure.label)}</div>")
            card.setObjectName(f"figure_{figure.key}")
            card.setStyleSheet("QLabel { background: #f6f6f6; border: 1px solid #d0d0d0; padding: 8px; }")
            card.setMinimumWidth(180)
            self.figures.addWidget(card, index // FIGURE_COLUMNS, index % FIGURE_COLUMNS)

    def _show_charts(self, charts: tuple[Chart, ...]) -> None:
        for widget in self.chart_widgets:
            self.charts.removeWidget(widget)
            widget.deleteLater()
        self.chart_widgets = [BarChart(chart) for chart in charts]
        for widget in self.chart_widgets:
            self.charts.addWidget(widget, 1, Qt.AlignmentFlag.AlignTop)

    def overview_pdf(self) -> bytes:
        figures = [f"{message_text(f.label)}: {f.value}" for f in self.view.figures]
        return charts_pdf(self.heading.text(), figures, self.chart_widgets)

    def print_overview(self) -> None:
        from desktop.views.paper.preview_dialog import PreviewDialog

        if self.view is None:
            return
        title = self.tr("Figures and charts")
        PreviewDialog(self.overview_pdf(), title, f"{title}.pdf", self).exec()

    def _show_reminders(self, view: HomeView) -> None:
        self.reminders.clear()
        for reminder in view.reminders:
            top = QTreeWidgetItem([message_text(reminder.text)])
            top.setData(0, ITEM_ROLE, ("pane", reminder.pane, reminder.key))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for item in reminder.items:
                text = item.text if isinstance(item.text, str) else message_text(item.text)
                child = QTreeWidgetItem([text])
                child.setData(0, ITEM_ROLE, ("item", item.entity, item.item_id))
                top.addChild(child)
            self.reminders.addTopLevelItem(top)
            top.setExpanded(len(reminder.items) <= 6)
        self.no_reminders.setVisible(not view.reminders)
        self.reminders.setVisible(bool(view.reminders))

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind, target, detail = item.data(0, ITEM_ROLE)
        if kind == "item":
            self.open_item.emit(target, int(detail))
        else:
            self.open_pane.emit(target, detail)

    def reminder_texts(self) -> list[str]:
        return [self.reminders.topLevelItem(i).text(0) for i in range(self.reminders.topLevelItemCount())]

    def save_layout(self) -> None:
        """Nothing to remember: the pane is rebuilt from the data each time."""
