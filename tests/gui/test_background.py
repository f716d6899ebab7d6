"""The background helper alone (desktop/views/widgets/background.py): the answer arrives on the GUI
thread from work that ran on another; a user's error becomes the message box text; a newer request
drops the older one's answer; cancelling stops a long change and stores nothing of it. Every wait
is on a signal or a condition, never a sleep."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy import func, select

from desktop.domain.activities.entities import ActivityParticipant
from desktop.domain.activities.queries import ActivityQueries
from desktop.domain.activities.service import ActivityService
from desktop.domain.members.queries import MemberFilter, MemberQueries, SortOrder
from desktop.domain.progress import Cancelled
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.errors import StoreError
from desktop.views.widgets import background
from desktop.views.widgets.background import Lane
from desktop.views.widgets.forms import user_error_text


def _owner(qtbot) -> tuple[QWidget, QLabel]:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget, QLabel(widget)


def test_a_query_runs_on_a_worker_and_its_rows_arrive_on_the_gui_thread(qtbot, context):
    owner, status = _owner(qtbot)
    lane = Lane(owner, status)
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}
    queries = MemberQueries(context.db, context.actor)

    def work():
        seen["worker"] = QThread.currentThread()
        return queries.ids(MemberFilter(), SortOrder("name", False))  # opens its session on the worker

    def done(ids):
        seen["ids"], seen["gui"] = ids, QThread.currentThread()

    with qtbot.waitSignal(lane.settled, timeout=20000):
        lane.run(work, done)
        assert lane.busy and status.text()  # the quiet "Reading…" while the pane stays usable
    assert seen["gui"] is gui_thread and seen["worker"] is not gui_thread
    assert len(seen["ids"]) == len(queries.ids(MemberFilter(), SortOrder("name", False))) > 0
    assert not lane.busy and status.text() == ""


def test_a_store_error_becomes_the_message_box_text(qtbot, monkeypatch):
    owner, _status = _owner(qtbot)
    shown: list[str] = []
    monkeypatch.setattr(background.QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    error = StoreError(QT_TRANSLATE_NOOP("Store", "The database is locked by another program."))

    def work():
        raise error

    lane = Lane(owner)
    with qtbot.waitSignal(lane.settled, timeout=10000):
        lane.run(work, lambda result: shown.append("no error?"))
    assert shown == [user_error_text(error)]


def test_a_newer_request_drops_the_older_answer(qtbot):
    owner, _status = _owner(qtbot)
    lane = Lane(owner)
    release_old = threading.Event()
    old_started = threading.Event()
    answers: list[str] = []

    def old_work():
        old_started.set()
        release_old.wait(10)
        return "old"

    old = lane.run(old_work, answers.append)
    qtbot.waitUntil(old_started.is_set, timeout=10000)
    with qtbot.waitSignal(lane.settled, timeout=10000):
        lane.run(lambda: "new", answers.append)
    assert old.cancelled  # the older work was asked to stop
    release_old.set()
    background.wait_for_background_work()
    qtbot.waitUntil(lambda: not lane.busy, timeout=1000)
    qtbot.wait(0)  # let the old answer's queued delivery run: it must be dropped
    assert answers == ["new"]


def test_cancel_stops_a_sign_up_and_stores_none_of_it(qtbot, context):
    owner, _status = _owner(qtbot)
    queries = ActivityQueries(context.db, context.actor)
    rows = queries.rows(queries.ids())
    activity_id = next(i for i, row in rows.items() if str(row.status) in ("planned", "running"))
    members = MemberQueries(context.db, context.actor).ids(MemberFilter(), SortOrder("name", False))
    with context.db.session() as session:
        before = session.scalar(select(func.count()).select_from(ActivityParticipant))
    service = ActivityService(context.db, context.actor)
    under_way, asked_to_stop = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def sign_everyone_up(progress):
        def cancelled() -> bool:
            under_way.set()
            asked_to_stop.wait(10)  # the user presses Cancel while the sign-up is under way
            return progress.cancelled

        return service.sign_up(activity_id, members, progress=progress.report, cancelled=cancelled)

    lane = Lane(owner)
    handle = lane.run(sign_everyone_up, lambda result: None, on_error=errors.append, pass_progress=True)
    qtbot.waitUntil(under_way.is_set, timeout=20000)
    with qtbot.waitSignal(lane.settled, timeout=20000):
        handle.cancel()
        asked_to_stop.set()
    assert errors and "nobody was signed up" in str(errors[0])
    with context.db.session() as session:
        assert session.scalar(select(func.count()).select_from(ActivityParticipant)) == before


def test_work_cancelled_before_it_started_never_runs(qtbot):
    owner, _status = _owner(qtbot)
    lane = Lane(owner)
    gate, started = threading.Event(), []
    errors: list[BaseException] = []
    blockers = [Lane(owner) for _ in range(background.MAX_WORKERS)]
    for blocker in blockers:  # every worker busy, so the next request waits in the queue
        blocker.run(lambda: gate.wait(10), lambda result: None)
    handle = lane.run(lambda: started.append(True), lambda result: None, on_error=errors.append)
    handle.cancel()
    gate.set()
    qtbot.waitUntil(lambda: not lane.busy and not any(b.busy for b in blockers), timeout=10000)
    assert started == [] and isinstance(errors[0], Cancelled)


def test_the_answer_for_a_closed_pane_is_dropped(qtbot):
    import shiboken6

    owner = QWidget()
    lane = Lane(owner)
    release, answers = threading.Event(), []
    lane.run(lambda: release.wait(10) and "rows", answers.append)
    shiboken6.delete(owner)  # the pane is closed (its lane goes with it) while the rows are read
    release.set()
    background.wait_for_background_work()
    qtbot.wait(0)  # the queued delivery runs: it finds no lane and does nothing
    assert answers == []
