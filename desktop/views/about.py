"""帮助 → 关于: the version, and where this union's data is (the database file, the data folder,
the backup folder) — what a cadre, or whoever helps them, needs when moving to a new PC or
looking for a backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop import __version__
from desktop.domain.operations.places import backup_folder, data_folder


def about_text(database: Path | None, location: str) -> str:
    """The About box's text; `database` is the open file (None for a database on a server)."""
    translate = QCoreApplication.translate
    lines = [translate("About", "UnionDesk {version}").format(version=__version__),
             translate("About", "The office program of a grassroots trade union: members, and the paperwork "
                       "around them."),
             "",
             translate("About", "Database file: {path}").format(path=str(database) if database else location),
             translate("About", "Data folder: {path}").format(path=str(data_folder()))]
    if database is not None:
        lines.append(translate("About", "Backup folder: {path}").format(path=str(backup_folder(database))))
    return "\n".join(lines)
