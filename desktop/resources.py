"""Where the files shipped beside the code live (fonts, translations, code tables)."""

import os
from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource file, e.g. resource_path("codes", "code_tables.json")."""
    return RESOURCES_DIR.joinpath(*parts)


def use_office_screen_when_offscreen() -> None:
    """Qt's offscreen platform pretends an 800×800 screen. Where no screen is shown (screenshots,
    tests) pretend the common office PC's 1366×768 instead, so pictures and checks show what it
    shows. Call before the QApplication exists; any other platform choice is left alone."""
    if os.environ.get("QT_QPA_PLATFORM", "") == "offscreen":
        config = resource_path("screens", "office-1366x768.json")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
