"""The offscreen 1366×768 screen also works for a program installed under a folder whose name has
Chinese characters or spaces (Qt reads the platform argument as Latin-1): the smoke test of the
installed package found it aborting there."""

from __future__ import annotations

import shutil

from desktop import resources


def test_a_screen_file_under_a_chinese_folder_is_handed_to_qt_as_a_plain_copy(tmp_path, monkeypatch):
    folder = tmp_path / "工会 测试"
    folder.mkdir()
    original = folder / "office-1366x768.json"
    shutil.copyfile(resources.resource_path("screens", "office-1366x768.json"), original)
    plain_tmp = tmp_path / "plain"
    plain_tmp.mkdir()
    monkeypatch.setattr("tempfile.gettempdir", lambda: str(plain_tmp))
    handed = resources._plain_path(original)
    assert handed is not None and str(handed).isascii() and " " not in str(handed)
    assert handed.read_bytes() == original.read_bytes()


def test_no_plain_folder_leaves_qt_its_own_screen(tmp_path, monkeypatch):
    folder = tmp_path / "工会"
    folder.mkdir()
    original = folder / "office-1366x768.json"
    original.write_text("{}")
    monkeypatch.setattr("tempfile.gettempdir", lambda: str(folder))
    assert resources._plain_path(original) is None


def test_a_plain_path_is_used_as_it_is(tmp_path):
    plain = tmp_path / "screen.json"
    plain.write_text("{}")
    assert str(plain).isascii() and " " not in str(plain)   # pytest's temporary folders are plain
    assert resources._plain_path(plain) == plain
