"""The shell: only working panes are listed, and layout is remembered between runs."""

import pytest

from desktop.views.main_window import MainWindow


def _titles(window):
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def test_the_administrator_sees_members_and_the_audit_trail(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert _titles(window) == ["Home", "Members", "Activities", "Dues", "Union funds", "Hardship aid", "Rights cases", "Proposals",
                               "Suggestions", "Votes",
                               "Statistics", "Audit trail", "Backups"]


def test_a_read_only_user_does_not_see_the_audit_trail(qtbot, context):
    from dataclasses import replace

    from desktop.domain.accounts.actor import Actor
    from desktop.domain.accounts.permissions import Role

    window = MainWindow(replace(context, actor=Actor("viewer", role=Role.READONLY)))
    qtbot.addWidget(window)
    assert _titles(window) == ["Home", "Members", "Activities", "Dues", "Union funds", "Proposals", "Suggestions",
                               "Votes", "Statistics"]


def test_geometry_pane_and_columns_are_remembered(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.resize(1000, 640)
    size = (window.width(), window.height())
    header = window.pane("members").table.horizontalHeader()
    header.setSectionHidden(1, True)  # the user hides the gender column
    window.close()

    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    # The offscreen screen is 800 px wide, so Qt may pull the restored width in to fit it.
    assert context.settings.value("window/geometry") is not None
    assert again.height() == size[1]
    assert again.current_pane_key() == "home"   # every run starts on the home pane
    assert again.pane("members").table.horizontalHeader().isSectionHidden(1)


def test_double_clicking_a_member_record_in_the_audit_trail_opens_the_member(qtbot, context, shown):
    from desktop.domain.members.lifecycle import Status
    from desktop.domain.members.queries import MemberFilter, MemberQueries

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    # A member the default filter ("current members") hides.
    gone = MemberQueries(context.db, context.actor).ids(MemberFilter(statuses=frozenset({Status.TRANSFERRED_OUT})))[0]
    window.open_item("member", gone)
    assert window.current_pane_key() == "members"
    shown(window.panes["members"])
    assert window.panes["members"].current_id() == gone


def test_a_pane_not_shown_yet_is_built_when_asked_for(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.current_pane_key() == "home"
    assert window.panes["members"].model.rowCount() > 0
    with pytest.raises(KeyError):
        window.panes["no such pane"]
