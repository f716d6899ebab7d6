"""The shell: only working panes are listed, and layout is remembered between runs."""

from desktop.views.main_window import MainWindow


def test_only_the_members_pane_is_offered(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == ["Members"]


def test_geometry_pane_and_columns_are_remembered(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.resize(1000, 640)
    size = (window.width(), window.height())
    header = window.panes["members"].table.horizontalHeader()
    header.setSectionHidden(1, True)  # the user hides the gender column
    window.close()

    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    # The offscreen screen is 800 px wide, so Qt may pull the restored width in to fit it.
    assert context.settings.value("window/geometry") is not None
    assert again.height() == size[1]
    assert again.current_pane_key() == "members"
    assert again.panes["members"].table.horizontalHeader().isSectionHidden(1)
