"""What the installers rely on: the program knows its version, finds its resources when frozen,
and ships an icon in the sizes Windows and Linux desktops ask for."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main
from desktop.resources import resource_path, resources_dir

ROOT = Path(__file__).resolve().parent.parent


def test_version_is_printed_and_matches_the_package(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"UnionDesk {__version__}"
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == __version__  # the .deb and setup names use it


def test_frozen_program_finds_resources_in_its_bundle(tmp_path):
    bundle = tmp_path / "UnionDesk 工会" / "_internal"   # Program Files-like path: spaces, Chinese
    assert resources_dir(str(bundle)) == bundle / "resources"
    assert resources_dir(None) == ROOT / "resources"
    assert resource_path("codes", "code_tables.json").is_file()


def test_icon_in_every_size_for_linux_and_windows():
    from PIL import Image

    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(resource_path("icons", f"uniondesk-{size}.png")) as png:
            assert png.size == (size, size)
            assert png.getpixel((size // 2, size // 2))[3] == 255   # the tile is opaque, not an empty canvas
    with Image.open(resource_path("icons", "uniondesk.ico")) as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])


def test_desktop_entry_starts_the_command_with_the_icon():
    entry = (ROOT / "installers" / "linux" / "uniondesk.desktop").read_text(encoding="utf-8")
    assert re.search(r"^Exec=uniondesk$", entry, re.M)
    assert re.search(r"^Icon=uniondesk$", entry, re.M)
    assert "Name[zh_CN]=工会工作台" in entry


def test_window_carries_the_program_icon(qapp):
    from desktop.app import program_icon

    sizes = {(s.width(), s.height()) for s in program_icon().availableSizes()}
    assert {(16, 16), (32, 32), (256, 256)} <= sizes
