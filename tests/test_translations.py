"""The Simplified Chinese catalogue is complete: every text in the source has a translation, and
each translation keeps the placeholders of its source."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.i18n.build import source_files
from desktop.i18n.catalog import catalogue_path

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _entries(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


def test_every_entry_of_the_catalogue_is_translated():
    unfinished = [(c, s) for c, s, t in _entries(catalogue_path("zh_CN"))
                  if t.get("type") == "unfinished" or not (t.text or "").strip()]
    assert unfinished == []


def test_translations_keep_the_placeholders_of_their_source():
    wrong = [(c, s, t.text) for c, s, t in _entries(catalogue_path("zh_CN"))
             if sorted(PLACEHOLDER.findall(s)) != sorted(PLACEHOLDER.findall(t.text or ""))]
    assert wrong == []


def test_no_text_in_the_source_is_missing_from_the_catalogue(tmp_path):
    copy = tmp_path / "check_zh_CN.ts"
    shutil.copy(catalogue_path("zh_CN"), copy)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-no-obsolete", "-locations", "none",
                    *map(str, source_files()), "-ts", str(copy)], check=True, capture_output=True)
    missing = [(c, s) for c, s, t in _entries(copy) if t.get("type") == "unfinished"]
    assert missing == [], "run `python -m desktop.i18n.build --update` and translate these"


def test_no_text_is_translated_inside_an_f_string():
    """lupdate does not look inside f-string expressions: a self.tr("…") there never reaches the
    catalogue and stays English on a Chinese screen."""
    inside = re.compile(r"""\bf(["']).*?\{[^}]*\b(tr|translate|QT_TRANSLATE_NOOP)\(""")
    found = [f"{path}:{n}" for path in source_files()
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if inside.search(line)]
    assert found == []
