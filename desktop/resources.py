"""Where the files shipped beside the code live (fonts, translations, code tables, icons).

From a checkout they are in resources/ next to desktop/. In the installed program (PyInstaller's
one-folder build, installers/uniondesk.spec) they are in resources/ of the bundle's data folder,
`sys._MEIPASS`; every lookup goes through resource_path, so nothing else needs to know.
"""

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
