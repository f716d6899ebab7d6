"""Windows specifics: where the data lives, and that the setup program keeps it.

The setup installs the program into %LOCALAPPDATA%\\Programs\\UnionDesk; the data (database,
backups) is in %LOCALAPPDATA%\\UnionDesk, a separate folder, so an upgrade or an uninstall never
reaches it. The .nsi checks run everywhere; the data-folder check needs the Windows shell and runs
on the Windows runner (.github/workflows/windows.yml)."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from desktop.store.paths import default_database_path

NSI = (Path(__file__).resolve().parent.parent / "installers" / "windows" / "uniondesk.nsi").read_text(encoding="utf-8")


def _section(name: str) -> str:
    return re.search(rf'^Section "{name}".*?^SectionEnd', NSI, re.M | re.S).group(0)


@pytest.mark.skipif(sys.platform != "win32", reason="Windows only: the folder comes from the Windows shell API")
def test_data_folder_is_in_local_app_data():
    assert default_database_path() == Path(os.environ["LOCALAPPDATA"]) / "UnionDesk" / "uniondesk.sqlite3"


def test_setup_installs_per_user_without_administrator_into_programs():
    assert re.search(r"^RequestExecutionLevel user$", NSI, re.M)
    assert re.search(r'^InstallDir "\$LOCALAPPDATA\\Programs\\UnionDesk"$', NSI, re.M)
    assert 'WriteRegStr HKLM' not in NSI                     # HKLM would need administrator rights
    install = _section("UnionDesk")
    assert 'CreateShortcut "$DESKTOP\\' in install and 'CreateShortcut "$SMPROGRAMS\\' in install
    assert 'WriteUninstaller "$INSTDIR\\Uninstall.exe"' in install
    assert 'File "${DIST_DIR}\\uniondesk-cli.exe"' in install  # the command line beside the window program


def test_uninstaller_removes_only_the_program_never_the_data_folder():
    uninstall = _section("Uninstall")
    removed = re.findall(r'^\s*(?:Delete|RMDir)(?: /r)? "([^"]+)"', uninstall, re.M)
    assert removed
    allowed = ("$INSTDIR\\", "$DESKTOP\\", "$SMPROGRAMS\\")
    assert all(path.startswith(allowed) or path == "$INSTDIR" for path in removed), removed
    recursive = re.findall(r'RMDir /r "([^"]+)"', uninstall)
    assert recursive == ["$INSTDIR\\_internal"]            # the program's own folder, nothing wider
    assert "UnionDesk\\uniondesk.sqlite3" not in uninstall and "$LOCALAPPDATA\\UnionDesk" not in uninstall
