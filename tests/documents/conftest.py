"""Qt-free paper tests: helpers that read a PDF the way a user would notice (pages, orientation,
embedded fonts, the text that copies out), and a small demo union to print from."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.demo.generator import create_demo_database
from desktop.store.database import open_database

HAVE_POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdffonts") is not None
needs_poppler = pytest.mark.skipif(not HAVE_POPPLER, reason="poppler-utils (pdftotext, pdffonts) not installed")


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


def is_landscape(pdf: bytes) -> bool:
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert box, "no page size in the PDF"
    return float(box.group(1)) > float(box.group(2))


def embedded_font_files(pdf: bytes) -> int:
    """TrueType font programs inside the file (reportlab writes one per subset)."""
    return len(re.findall(rb"/FontFile2", pdf))


def unembedded_standard_fonts(pdf: bytes) -> list[bytes]:
    return re.findall(rb"/BaseFont\s*/(Helvetica|Times|Courier|STSong|Symbol)[\w-]*", pdf)


def text_of(pdf: bytes, tmp_path: Path, page: int | None = None) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdffonts_rows(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return out.splitlines()[2:]


@pytest.fixture(scope="session")
def paper_db_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("paper") / "demo.sqlite3"
    create_demo_database(str(path), members=80, seed=5)
    return path


@pytest.fixture
def db(tmp_path, paper_db_template):
    path = tmp_path / "demo.sqlite3"
    path.write_bytes(paper_db_template.read_bytes())
    database = open_database(str(path))
    yield database
    database.close()
