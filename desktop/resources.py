"""Where the files shipped beside the code live (fonts, translations, code tables, icons).

From a checkout they are in resources/ next to desktop/. In the installed program (PyInstaller's
one-folder build, installers/uniondesk.spec) they are in resources/ of the bundle's data folder,
`sys._MEIPASS`; every lookup goes through resource_path, so nothing else needs to know.
"""

import os
import sys
from pathlib import Path


def resources_dir(frozen_root: str | None = None) -> Path:
    """resources/ of the running program: under the bundle when frozen, else beside the code."""
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


RESOURCES_DIR = resources_dir(getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None)


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource file, e.g. resource_path("codes", "code_tables.json")."""
    return RESOURCES_DIR.joinpath(*parts)


def use_office_screen_when_offscreen() -> None:
    """Qt's offscreen platform pretends an 800×800 screen. Where no screen is shown (screenshots,
    tests) pretend the common office PC's 1366×768 instead, so pictures and checks show what it
    shows. Call before the QApplication exists; any other platform choice is left alone."""
    if os.environ.get("QT_QPA_PLATFORM", "") == "offscreen":
        config = _plain_path(resource_path("screens", "office-1366x768.json"))
        if config is not None:
            os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def _plain_path(path: Path) -> Path | None:
    """Qt reads the platform argument as Latin-1 and splits it at spaces and colons, so a program
    installed under a folder with Chinese characters or spaces (C:\\用户\\张三\\…, /tmp/工会 测试) must
    hand it a copy at a plain path; None when there is none (Qt keeps its own 800×800 screen)."""
    if _plain(str(path)):
        return path
    import shutil
    import tempfile

    copy = Path(tempfile.gettempdir()) / f"uniondesk-{path.name}"
    if not _plain(str(copy)):
        return None
    try:
        shutil.copyfile(path, copy)
    except OSError:
        return None
    return copy


def _plain(text: str) -> bool:
    return text.isascii() and " " not in text and ":" not in text.replace(":\\", "", 1)
