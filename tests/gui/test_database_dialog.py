"""文件 → 数据库…: the details of the unit's server are tested against a real PostgreSQL server
(the tests' throwaway cluster) and kept for the next start without the password."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from desktop.domain.server.connection import SERVER_KEY, ServerAddress
from desktop.views.database_dialog import DatabaseDialog


def _fill(dialog: DatabaseDialog, host: str, database: str, password: str = "") -> None:
    dialog.host.setText(host)
    dialog.database.setText(database)
    dialog.user.setText("postgres")
    dialog.password.setText(password)


def test_a_reachable_server_is_kept_without_its_password(qtbot, settings, pg_cluster, pg_url, monkeypatch):
    shown = []
    monkeypatch.setattr("desktop.views.database_dialog.QMessageBox.information", lambda *a: shown.append(a[2]))
    dialog = DatabaseDialog(settings)
    qtbot.addWidget(dialog)
    database = make_url(pg_url).database
    _fill(dialog, str(pg_cluster.socket_folder), database, password="unused-secret")
    dialog.test_button.click()
    assert dialog.answer.text() == "Connected: the server lets this PC in."
    dialog.use_server.click()
    kept = str(settings.value(SERVER_KEY))
    assert "unused-secret" not in kept
    assert ServerAddress.from_url(kept) == ServerAddress(str(pg_cluster.socket_folder), database, "postgres")
    assert "next time it starts" in shown[0]


def test_a_database_the_server_does_not_have_is_said_and_nothing_is_kept(qtbot, settings, pg_cluster):
    dialog = DatabaseDialog(settings)
    qtbot.addWidget(dialog)
    _fill(dialog, str(pg_cluster.socket_folder), "no_such_union")
    dialog.use_server.click()
    assert "has no database named" in dialog.answer.text() and "no_such_union" in dialog.answer.text()
    assert settings.value(SERVER_KEY) is None


def test_the_kept_server_is_opened_unless_db_or_the_variable_says_otherwise(settings, monkeypatch):
    import argparse

    from desktop.app import _database_location

    monkeypatch.delenv("UNIONDESK_DB", raising=False)
    settings.setValue(SERVER_KEY, "postgresql://uniondesk@192.168.1.10/union")
    assert _database_location(argparse.Namespace(db=None), settings) == "postgresql://uniondesk@192.168.1.10/union"
    assert _database_location(argparse.Namespace(db="here.sqlite3"), settings) == "here.sqlite3"
    monkeypatch.setenv("UNIONDESK_DB", "there.sqlite3")
    assert _database_location(argparse.Namespace(db=None), settings) == "there.sqlite3"
