"""The type checker passes on the packages configured in pyproject.toml ([tool.mypy]: the domain and
the store, less the modules listed as not clean yet). A wrong type there (a None passed where a date
is needed, a misspelt attribute) fails here instead of in front of a user."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_mypy_passes(tmp_path):
    result = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache")],
                            cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout and "source files" in result.stdout


def test_mypy_reports_a_wrong_type(tmp_path):
    """The check is not void: a module of the checked kind with a wrong type is reported."""
    wrong = tmp_path / "wrong.py"
    wrong.write_text("import datetime as dt\n\n"
                     "def year_of(day: dt.date) -> int:\n    return day.year\n\n"
                     "year_of(None)\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), str(wrong)],
                            cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert result.returncode == 1 and 'incompatible type "None"' in result.stdout
