"""ruff, configured in pyproject.toml ([tool.ruff]): no unused import or variable, no undefined or
shadowed name, no syntax error anywhere in the program, its tests, benchmarks and installers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_ruff_finds_nothing():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--output-format", "concise", "--no-cache",
                             "desktop", "tests", "bench", "installers"],
                            cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
