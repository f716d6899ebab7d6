"""bench/RESULTS.md holds one section per benchmark ("## Name (bench/x.py)"); each run replaces its
own section and leaves the others as they are."""

from __future__ import annotations

from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def write_section(heading: str, report: str) -> None:
    """Put `report` (which starts with `heading`) in place of the section under that heading."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n\n"
    if heading in text:
        head, _, rest = text.partition(heading)
        tail = rest[rest.find("\n## "):] if "\n## " in rest else ""
        text = head + report + tail
    else:
        text = text.rstrip() + "\n\n" + report
    RESULTS.write_text(text, encoding="utf-8")
