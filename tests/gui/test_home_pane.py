"""The home pane (工作台): every role starts there, sees only the figures and reminders of its own
areas, and a reminder opens the pane that deals with it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Role
from desktop.domain.overview.home import home_view, retirements_due
from desktop.domain.overview.retirement import retirement_date
from desktop.views.main_window import MainWindow


def _window(qtbot, context, role=None):
    if role is not None:
        context = replace(context, actor=Actor(role.value, role=role, display_name="某人"))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    home = window.panes["home"]
    qtbot.waitUntil(lambda: not home.lane.busy, timeout=30000)
    return window, home


def test_every_role_lands_on_home(qtbot, context):
    for role in Role:
        window, _ = _window(qtbot, context, role)
        assert window.current_pane_key() == "home", role


def test_the_chair_sees_figures_and_reminders_from_every_area(qtbot, context):
    window, home = _window(qtbot, context)
    keys = [figure.key for figure in home.view.figures]
    assert keys == ["members", "women", "migrant", "joined", "dues", "funds", "aid", "votes"]
    reminder_keys = [r.key for r in home.view.reminders]
    assert "dues_warning" in reminder_keys and "backup" in reminder_keys
    assert set(home.action_buttons) == {"import", "add_member", "signin", "dues_batch", "export", "backup"}


def test_a_teller_sees_no_money_and_no_aid(qtbot, context):
    _, home = _window(qtbot, context, Role.TELLER)
    keys = {figure.key for figure in home.view.figures}
    assert not keys & {"dues", "funds", "aid"}
    assert not {r.key for r in home.view.reminders} & {"dues_warning", "aid", "backup"}
    assert set(home.action_buttons) == {"signin", "export"}


def test_finance_sees_dues_but_no_aid_cases(qtbot, context):
    _, home = _window(qtbot, context, Role.FINANCE)
    keys = {figure.key for figure in home.view.figures}
    assert {"dues", "funds"} <= keys and "aid" not in keys


def test_the_dues_reminder_opens_the_dues_pane_on_members_six_months_behind(qtbot, context):
    from desktop.domain.dues.queries import State

    window, home = _window(qtbot, context)
    item = next(home.reminders.topLevelItem(i) for i in range(home.reminders.topLevelItemCount())
                if home.reminders.topLevelItem(i).data(0, 256)[2] == "dues_warning")
    home._activate(item)
    assert window.current_pane_key() == "dues"
    assert window.panes["dues"].state.currentData() == State.WARNING


def test_a_member_line_of_a_reminder_opens_that_member(qtbot, context):
    window, home = _window(qtbot, context)
    birthdays = next((r for r in home.view.reminders if r.key in ("birthdays", "retirements")), None)
    assert birthdays is not None and birthdays.items
    window.open_item("member", birthdays.items[0].item_id)
    assert window.current_pane_key() == "members"
    assert window.panes["members"].current_id() == birthdays.items[0].item_id


def test_retirements_in_the_next_three_months_follow_the_2025_reform(context):
    today = dt.date(2026, 12, 5)
    for member_id, name, day in retirements_due(context.db, today):
        assert today <= day <= dt.date(2027, 3, 5)
    # A man born in May 1966 retires at 60 years 5 months, in October 2026.
    assert retirement_date(dt.date(1966, 5, 20), "1") == dt.date(2026, 10, 20)


def test_an_empty_union_is_told_how_to_start(qtbot, tmp_path, settings, monkeypatch):
    from desktop.domain.accounts.actor import LOCAL_ADMIN
    from desktop.store.database import open_database
    from desktop.views.context import AppContext

    db = open_database(str(tmp_path / "new.sqlite3"))
    try:
        assert home_view(db, LOCAL_ADMIN).empty_register
        window, home = _window(qtbot, AppContext(db, LOCAL_ADMIN, "zh_CN", settings))
        assert home.start_box.isVisibleTo(window)
        assert "Import a roster" in home.start_box.text()
        members = window.pane("members")
        window.show_pane("members")
        assert members.empty_note.isVisible() and "Import the roster" in members.empty_note.text()  # how to start
        members.search.setText("zhs")
        members._apply_filters()
        assert "Import the roster" in members.empty_note.text()   # still no members at all: still how to start
        opened = []
        monkeypatch.setattr(type(members), "add_member", lambda pane: opened.append("add"))
        members.empty_note.linkActivated.emit("add")             # the note's link starts it
        assert opened == ["add"]
        window.show_pane("backups")
        assert window.pane("backups").empty_label.isVisible()  # inside the empty list, saying what it will hold
        window.close()
    finally:
        db.close()


def test_charts_show_what_the_role_may_see_and_print(qtbot, context):
    import io

    from pypdf import PdfReader

    _, home = _window(qtbot, context)
    assert [w.chart.key for w in home.chart_widgets] == ["age_gender", "dues_months", "budget"]
    ages = home.chart_widgets[0].chart
    from desktop.domain.members.queries import MemberFilter, MemberQueries
    from desktop.domain.overview.charts import CURRENT

    counted = sum(sum(bar.values) for bar in ages.bars)
    assert counted == MemberQueries(context.db, context.actor).count(MemberFilter(statuses=CURRENT))
    pdf = PdfReader(io.BytesIO(home.overview_pdf()))
    assert len(pdf.pages) == 1
    _, teller_home = _window(qtbot, context, Role.TELLER)
    assert [w.chart.key for w in teller_home.chart_widgets] == ["age_gender"]   # no money for a teller


def test_a_member_with_a_passport_is_a_reminder_to_check_the_number(db):
    from sqlalchemy import update

    from desktop.domain.accounts.actor import LOCAL_ADMIN
    from desktop.domain.members.entities import Member

    assert "unverified_ids" not in {r.key for r in home_view(db, LOCAL_ADMIN).reminders}
    with db.transaction() as session:   # as an import of a foreign member would store it
        session.execute(update(Member).where(Member.id == 3).values(id_type="2", id_number="E12345678"))
    reminder = next(r for r in home_view(db, LOCAL_ADMIN).reminders if r.key == "unverified_ids")
    assert [item.item_id for item in reminder.items] == [3]
