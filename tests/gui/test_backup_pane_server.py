"""The backups pane on a database on a PostgreSQL server: "Back up now" lists a checked dump made on
this PC, and the pane says which PC makes the daily backup until the chair makes this PC the
backup station."""

from __future__ import annotations

import pytest

from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.store import union_copy
from desktop.store.database import open_database
from desktop.views.backups.pane import BackupPane
from desktop.views.context import AppContext
from tests.gui.conftest import DEMO_MEMBERS


@pytest.fixture
def server_pane(qtbot, qapp, demo_template, pg_url, settings, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # this PC's backups folder
    union_copy.copy_union(str(demo_template), pg_url)
    db = open_database(pg_url)
    widget = BackupPane(AppContext(db, LOCAL_ADMIN, "en", settings))
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    yield widget
    db.close()


def test_back_up_now_lists_a_dump_of_the_server_database(server_pane):
    assert "is on a server" in server_pane.intro.text()
    assert "No PC is the backup station yet" in server_pane.intro.text()
    server_pane.back_up_now()
    assert server_pane.table.rowCount() == 1
    assert server_pane.table.item(0, 2).text() == str(DEMO_MEMBERS)
    assert server_pane.table.item(0, 4).text().endswith(".dump")
    assert not server_pane.second_folder_edit.isVisible()  # the USB stick copy is for file backups


def test_the_chair_makes_this_pc_the_backup_station(server_pane):
    assert server_pane.station_button.isVisible() and server_pane.station_button.isEnabled()
    server_pane.station_button.click()
    assert "is the backup station" in server_pane.intro.text()
    assert not server_pane.station_button.isEnabled()
