"""Signing in at the start: the main window's code is loaded while the password is checked (given
in the environment) or while the person types it in the log-in dialog; either way nobody gets in
without the right password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.domain.accounts.permissions import Role
from desktop.messages import UserError
from desktop.views.accounts.sign_in import LoginDialog, sign_in
from tests.gui.typing import type_text


@pytest.fixture
def no_environment_login(monkeypatch):
    monkeypatch.delenv("UNIONDESK_USER", raising=False)
    monkeypatch.delenv("UNIONDESK_PASSWORD", raising=False)


def test_the_window_code_loads_while_the_person_types_and_the_password_still_decides(
        qtbot, db, no_environment_login):
    loaded = []

    def type_into_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LoginDialog) and dialog.isVisible()
        qtbot.waitUntil(lambda: loaded == ["window code"])  # loaded while the dialog is up
        type_text(dialog.username, "admin")
        type_text(dialog.password, "not-it")
        dialog._try()
        assert "wrong" in dialog.error.text()
        type_text(dialog.password, "demo-admin")
        dialog._try()

    QTimer.singleShot(0, type_into_the_dialog)
    actor = sign_in(db, interactive=True, meanwhile=lambda: loaded.append("window code"))
    assert actor is not None and actor.role == Role.ADMIN
    assert loaded == ["window code"]


def test_without_a_dialog_a_wrong_password_is_refused_after_the_window_code_loaded(qtbot, db, monkeypatch):
    monkeypatch.setenv("UNIONDESK_USER", "admin")
    monkeypatch.setenv("UNIONDESK_PASSWORD", "not-it")
    loaded = []
    with pytest.raises(UserError):
        sign_in(db, interactive=False, meanwhile=lambda: loaded.append("window code"))
    assert loaded == ["window code"]
