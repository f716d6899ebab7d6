"""Check-in at the door: type a name, pinyin initials or card number, press Enter, the member is
marked present. Made for a queue of people and one keyboard:

- one match among the participants: Enter marks them present at once (late after the start time);
- several matches: ↑/↓ choose, Enter marks the highlighted one;
- someone not signed up: the banner says so, and a second Enter adds them as a walk-in;
- each check-in beeps and shows a large coloured confirmation; the count (present / signed up)
  updates; "Undo last" takes back a mistaken mark.

The search is the member register's (desktop.domain.members search terms), not a second one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from desktop.domain.activities.queries import ActivityQueries, CheckInCandidate
from desktop.domain.activities.service import ActivityService
from desktop.domain.activities.inputs import ParticipantState
from desktop.messages import UserError
from desktop.views.widgets.forms import user_error_text

GOOD = "background: #d8f5d0; color: #14532d;"
LATE = "background: #fff4ce; color: #8a5300;"
INFO = "background: #dbeafe; color: #1e3a8a;"
BAD = "background: #fde2e1; color: #8a1c1c;"
SEARCH_DELAY_MS = 80


class CheckInView(QWidget):
    checked_in = Signal(int)  # member id

    def __init__(self, service: ActivityService, queries: ActivityQueries, parent=None):
        super().__init__(parent)
        self._service, self._queries = service, queries
        self._activity_id: int | None = None
        self._walk_in_pending: int | None = None
        self._history: list[tuple[int, bool]] = []  # (member id, came as a walk-in)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.count = QLabel()
        self.count.setStyleSheet("font-size: 28px; font-weight: bold;")
        self.count.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.count_detail = QLabel()
        self.count_detail.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.entry = QLineEdit()
        big = QFont(self.entry.font())
        big.setPointSize(20)
        self.entry.setFont(big)
        self.entry.setPlaceholderText(self.tr("Name, pinyin initials or card no., then Enter"))
        self.entry.returnPressed.connect(self.confirm)
        self.entry.textChanged.connect(self._text_changed)
        self.entry.installEventFilter(self)
        self.candidates = QListWidget()
        self.candidates.setMaximumHeight(140)
        self.candidates.itemActivated.connect(lambda _item: self.confirm())
        self.banner = QLabel(self.tr("Ready. Type the first person's name."))
        self.banner.setWordWrap(True)
        self.banner.setMinimumHeight(64)
        banner_font = QFont(self.banner.font())
        banner_font.setPointSize(16)
        self.banner.setFont(banner_font)
        self.banner.setStyleSheet(INFO + "padding: 10px; border-radius: 6px;")
        self.recent = QListWidget()
        self.undo_button = QPushButton(self.tr("Undo last check-in"))
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.setEnabled(False)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh_candidates)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        counts = QVBoxLayout()
        counts.addWidget(self.count)
        counts.addWidget(self.count_detail)
        top.addLayout(counts)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Checked in just now:")))
        bottom.addStretch(1)
        bottom.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.entry)
        layout.addWidget(self.candidates)
        layout.addWidget(self.banner)
        layout.addLayout(bottom)
        layout.addWidget(self.recent, 1)

    # -- the activity ---------------------------------------------------------------------------

    def show_activity(self, activity_id: int | None, title: str = "") -> None:
        if activity_id != self._activity_id:
            self._history.clear()
            self.recent.clear()
            self.undo_button.setEnabled(False)
            self.entry.clear()
            self._say(INFO, self.tr("Ready. Type the first person's name."))
        self._activity_id = activity_id
        self.heading.setText(title)
        self.entry.setEnabled(activity_id is not None)
        self.update_count()

    def update_count(self) -> None:
        if self._activity_id is None:
            self.count.clear()
            self.count_detail.clear()
            return
        counts = self._queries.counts(self._activity_id)
        self.count.setText(self.tr("{present} / {signed} present").format(
            present=counts.present, signed=counts.signed_up))
        self.count_detail.setText(self.tr("late {late} · walk-ins {walk_ins} · waiting list {waiting}").format(
            late=counts.late, walk_ins=counts.walk_ins, waiting=counts.waiting))

    # -- typing ---------------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.entry and event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Up, Qt.Key_Down):
            step = 1 if event.key() == Qt.Key_Down else -1
            if self.candidates.count():
                row = self.candidates.currentRow()
                self.candidates.setCurrentRow(min(max(row + step, 0), self.candidates.count() - 1))
            return True
        return super().eventFilter(watched, event)

    def _text_changed(self, _text: str) -> None:
        self._walk_in_pending = None
        self._timer.start()

    def refresh_candidates(self) -> list[CheckInCandidate]:
        self._timer.stop()
        self.candidates.clear()
        if self._activity_id is None:
            return []
        found = self._queries.check_in_candidates(self._activity_id, self.entry.text())
        for candidate in found:
            item = QListWidgetItem(self._describe(candidate))
            item.setData(Qt.UserRole, candidate)
            self.candidates.addItem(item)
        self.candidates.setCurrentRow(0 if len(found) == 1 else -1)
        return found

    def _describe(self, c: CheckInCandidate) -> str:
        parts = [c.name, c.department, c.card_no]
        if c.state is None:
            parts.append(self.tr("not signed up"))
        elif c.present:
            parts.append(self.tr("already present"))
        elif c.state == ParticipantState.WAITING:
            parts.append(self.tr("on the waiting list"))
        return " · ".join(p for p in parts if p)

    # -- Enter ----------------------------------------------------------------------------------

    def confirm(self) -> None:
        """Enter: check in the one match (or the highlighted one)."""
        if self._activity_id is None or not self.entry.text().strip():
            return
        if self._timer.isActive() or not self.candidates.count():
            self.refresh_candidates()
        if not self.candidates.count():
            self._say(BAD, self.tr("Nobody found for “{text}”. Check the spelling, or try the card number.")
                      .format(text=self.entry.text().strip()))
            QApplication.beep()
            return
        item = self.candidates.currentItem()
        if item is None or self.candidates.currentRow() < 0:
            self._say(INFO, self.tr("{count} people match. Choose with ↑ ↓ and press Enter.")
                      .format(count=self.candidates.count()))
            return
        candidate: CheckInCandidate = item.data(Qt.UserRole)
        walk_in = candidate.state is None
        if walk_in and self._walk_in_pending != candidate.member_id:
            self._walk_in_pending = candidate.member_id
            self._say(LATE, self.tr("{name} is not signed up. Press Enter again to add them as a walk-in.")
                      .format(name=candidate.name))
            QApplication.beep()
            return
        try:
            result = self._service.check_in(self._activity_id, candidate.member_id, walk_in_ok=walk_in)
        except UserError as error:
            self._say(BAD, user_error_text(error))
            QApplication.beep()
            return
        self._walk_in_pending = None
        QApplication.beep()
        if result.already_present:
            self._say(INFO, self.tr("{name} was already checked in.").format(name=result.name))
        else:
            text = self.tr("✔ {name} — present").format(name=result.name)
            if result.walk_in:
                text += self.tr(" (walk-in)")
            if result.late:
                text += self.tr(" (late)")
            self._say(LATE if result.late or result.walk_in else GOOD, text)
            self._history.append((result.member_id, result.walk_in))
            self.recent.insertItem(0, text)
            self.undo_button.setEnabled(True)
            self.checked_in.emit(result.member_id)
        self.entry.clear()
        self.candidates.clear()
        self.update_count()

    def undo_last(self) -> None:
        if not self._history or self._activity_id is None:
            return
        member_id, walk_in = self._history.pop()
        try:
            if walk_in:  # a walk-in added by mistake leaves the list again
                self._service.cancel(self._activity_id, [member_id])
            else:
                self._service.mark_present(self._activity_id, [member_id], present=False)
        except UserError as error:
            self._say(BAD, user_error_text(error))
            return
        taken = self.recent.takeItem(0)
        self._say(INFO, self.tr("Taken back: {text}").format(text=taken.text() if taken else ""))
        self.undo_button.setEnabled(bool(self._history))
        self.update_count()
        self.entry.setFocus()

    def _say(self, style: str, text: str) -> None:
        self.banner.setStyleSheet(style + "padding: 10px; border-radius: 6px;")
        self.banner.setText(text)
