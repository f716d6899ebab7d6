"""The two fonts every document uses, registered with reportlab once per process.

They are shipped in resources/fonts/ (built by installers/build_fonts.py) and embedded as subsets in
each PDF, so a PC without Chinese fonts prints the document as previewed and the text can be copied
out. reportlab's built-in CID fonts (STSong-Light) are never used: they are not embedded.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.resources import resource_path

SERIF = "UnionDeskSerifSC"   # Song-style: titles, notices, forms
SANS = "UnionDeskSansSC"     # sans (黑体-like): tables, level-1 headings

_FILES = {SERIF: "UnionDeskSerifSC-Regular.ttf", SANS: "UnionDeskSansSC-Regular.ttf"}


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register both faces (idempotent; ~0.3 s the first time) and return their names."""
    from desktop.documents.text import teach_reportlab_chinese_line_breaks

    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    teach_reportlab_chinese_line_breaks()  # every document registers the fonts first
    return SERIF, SANS


def char_widths(font: str) -> tuple[dict[int, float], float]:
    """Advance widths in 1/1000 em by code point, and the default width, for fast wrapping."""
    face = pdfmetrics.getFont(font).face
    return face.charWidths, face.defaultWidth
