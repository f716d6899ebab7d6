"""Compile the translation catalogues (.ts -> .qm) with the lrelease that ships in PySide6.

Run by the setup script; the .qm files are built, not committed. Also `python -m desktop.i18n.build
--update` re-collects the translatable texts from the source into the .ts (lupdate) for translators.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from desktop.resources import resource_path

SOURCE_DIR = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    """pyside6-lrelease / pyside6-lupdate from the same environment as this Python."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def catalogues() -> list[Path]:
    return sorted(resource_path("translations").glob("uniondesk_*.ts"))


def compile_catalogues(quiet: bool = True) -> list[Path]:
    built = []
    for ts in catalogues():
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), *(["-silent"] if quiet else []), str(ts), "-qm", str(qm)],
                       check=True)
        built.append(qm)
    return built


def source_files() -> list[Path]:
    return sorted(p for p in SOURCE_DIR.rglob("*.py") if "migrations" not in p.parts)


def update_catalogues() -> None:
    files = [str(p) for p in source_files()]
    for ts in catalogues():
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *files,
                        "-ts", str(ts)], check=True)


if __name__ == "__main__":
    if "--update" in sys.argv:
        update_catalogues()
    for path in compile_catalogues(quiet="--verbose" not in sys.argv):
        print(f"built {path}")
