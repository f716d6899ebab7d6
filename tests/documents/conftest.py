"""Qt-free paper tests: helpers that read a PDF the way a user would notice (pages, orientation,
embedded fonts, the text that copies out; through tests/pdf_reading.py, pypdf), and a small demo
union to print from."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.demo.generator import create_demo_database
from desktop.store.database import open_database
from tests import db_backend
from tests.pdf_reading import pdf_fonts, pdf_text


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


def text_of(pdf: bytes, tmp_path: Path | None = None, page: int | None = None) -> str:
    """The text with each printed line on one line (tmp_path is not needed any more)."""
    return pdf_text(pdf, page)


def font_names(pdf: bytes) -> list[str]:
    return [font.name for font in pdf_fonts(pdf)]


@pytest.fixture(scope="session")
def paper_db_template(tmp_path_factory):
    return db_backend.template("paper_80_5", lambda location: create_demo_database(location, members=80, seed=5),
                               tmp_path_factory.mktemp("paper"))


@pytest.fixture
def db(tmp_path, paper_db_template):
    database = open_database(str(db_backend.copy_of(paper_db_template, tmp_path)))
    yield database
    database.close()
