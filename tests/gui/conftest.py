"""pytest-qt fixtures: a temporary database with a small demo union, settings in a temp file, and
the member pane built on them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from desktop.demo.generator import create_demo_database
from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.store.database import open_database
from desktop.views.context import AppContext

DEMO_MEMBERS = 200


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """A demo database built once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("template") / "demo.sqlite3"
    create_demo_database(str(path), members=DEMO_MEMBERS, seed=7)
    return path


@pytest.fixture
def db(tmp_path, demo_template):
    path = tmp_path / "demo.sqlite3"
    path.write_bytes(demo_template.read_bytes())
    database = open_database(str(path))
    yield database
    from desktop.views.widgets.background import wait_for_background_work

    wait_for_background_work()  # a pane's last list read must not outlive its database
    database.close()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)


@pytest.fixture
def context(qapp, db, settings):
    return AppContext(db, LOCAL_ADMIN, "zh_CN", settings)


@pytest.fixture
def shown(qtbot):
    """`shown(pane)` waits until the list the pane's filters ask for is on screen: panes read long
    lists in the background (desktop/views/widgets/background.py), so a test waits on that."""
    def wait(pane) -> None:
        qtbot.waitUntil(lambda: not pane.lane.busy, timeout=30000)

    return wait


@pytest.fixture
def pane(qtbot, context):
    from desktop.views.members.pane import MembersPane

    widget = MembersPane(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget
