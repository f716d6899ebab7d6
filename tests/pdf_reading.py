"""Reading our PDFs the way a user would notice, with pypdf (a Python package in the test extra), so
the paper tests run on every machine without poppler: the text that copies out, the fonts in the
file, and where each piece of text sits on the page.

pdf_text(..., layout=True) keeps each printed line on one text line with the gaps between columns as
spaces (like `pdftotext -layout`); layout=False gives the text in drawing order.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader


def _reader(pdf: bytes | str | Path) -> PdfReader:
    if isinstance(pdf, (str, Path)):
        pdf = Path(pdf).read_bytes()
    return PdfReader(io.BytesIO(pdf))


def pdf_text(pdf: bytes | str | Path, page: int | None = None, layout: bool = True) -> str:
    """The text of the whole document, or of one page (numbered from 1)."""
    pages = _reader(pdf).pages
    chosen = [pages[page - 1]] if page else list(pages)
    mode = "layout" if layout else "plain"
    return "\n".join(p.extract_text(extraction_mode=mode) for p in chosen)


def pdf_page_count(pdf: bytes | str | Path) -> int:
    return len(_reader(pdf).pages)


@dataclass(frozen=True)
class PdfFont:
    name: str        # without the subset prefix: "UnionDeskSerifSC"
    subtype: str     # "/TrueType", "/Type0", "/Type1" …
    embedded: bool


def pdf_fonts(pdf: bytes | str | Path) -> list[PdfFont]:
    """Every font the pages use (one entry per font object, as pdffonts lists them)."""
    found: dict[int | str, PdfFont] = {}
    for page in _reader(pdf).pages:
        fonts = (page.get("/Resources") or {}).get_object().get("/Font") or {}
        for reference in fonts.get_object().values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            name = re.sub(r"^/?([A-Z]{6}\+)?", "", str(font.get("/BaseFont", "")))
            key = getattr(reference, "idnum", name)
            found[key] = PdfFont(name, str(font.get("/Subtype", "")), embedded)
    return list(found.values())


@dataclass(frozen=True)
class TextPiece:
    """One string drawn on a page (from one positioning of the text cursor to the next): its text,
    font, size and box in points from the bottom left of the page."""

    text: str
    font: str
    size: float
    x0: float
    y0: float    # baseline
    x1: float
    y1: float    # baseline + size

    def overlaps(self, other: TextPiece, tolerance: float = 0.5) -> bool:
        return (self.x0 < other.x1 - tolerance and other.x0 < self.x1 - tolerance
                and self.y0 < other.y1 - tolerance and other.y0 < self.y1 - tolerance)


def _multiply(a: list[float], b: list[float]) -> list[float]:
    """a × b for PDF matrices [a b c d e f]."""
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


class _SimpleFont:
    """A one-byte font as reportlab writes them (TrueType subsets): codes → text through
    /ToUnicode, codes → advance through /Widths."""

    def __init__(self, font):
        self.name = re.sub(r"^/?([A-Z]{6}\+)?", "", str(font.get("/BaseFont", "")))
        first = int(font.get("/FirstChar", 0))
        self.widths = {first + i: float(w) for i, w in enumerate(font.get("/Widths", []))}
        self.text: dict[int, str] = {}
        if "/ToUnicode" in font:
            cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
                for code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                    self.text[int(code, 16)] = bytes.fromhex(uni).decode("utf-16-be")
            for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
                for low, high, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                    for offset in range(int(high, 16) - int(low, 16) + 1):
                        self.text[int(low, 16) + offset] = chr(int(uni, 16) + offset)

    def char(self, code: int) -> str:
        return self.text.get(code, chr(code)).replace("\x00", "")


def text_pieces(pdf: bytes | str | Path, page: int) -> list[TextPiece]:
    """Every non-blank string drawn on the page (numbered from 1), with its box, read from the
    page's drawing operators (blanks at either end of a string are not part of its box)."""
    from pypdf.generic import ContentStream

    page_object = _reader(pdf).pages[page - 1]
    font_objects = (page_object["/Resources"].get_object().get("/Font") or {}).get_object()
    fonts = {name: _SimpleFont(ref.get_object()) for name, ref in font_objects.items()}
    pieces: list[TextPiece] = []
    ctm, stack = [1.0, 0, 0, 1, 0, 0], []
    tm = lm = [1.0, 0, 0, 1, 0, 0]
    font, size, leading, char_space, word_space, scale = None, 0.0, 0.0, 0.0, 0.0, 1.0
    run: list[tuple[str, float, float]] = []  # (character, x before, x after) in text space

    def flush():
        nonlocal run
        printed = [(c, a, b) for c, a, b in run if c.strip()]
        if printed and font is not None:
            start, end = printed[0][1], printed[-1][2]
            first_index, last_index = run.index(printed[0]), run.index(printed[-1])
            text = "".join(c for c, _, _ in run[first_index:last_index + 1])
            origin = _multiply([1, 0, 0, 1, start, 0], _multiply(run_matrix, ctm))
            far = _multiply([1, 0, 0, 1, end, 0], _multiply(run_matrix, ctm))
            height = size * (origin[2] ** 2 + origin[3] ** 2) ** 0.5
            pieces.append(TextPiece(text, font.name, round(height, 2), origin[4], origin[5], far[4],
                                    origin[5] + height))
        run = []

    run_matrix = tm
    for operands, operator in ContentStream(page_object.get_contents(), page_object.pdf).operations:
        op = operator.decode()
        if op == "q":
            stack.append(ctm)
        elif op == "Q":
            flush()
            ctm = stack.pop()
        elif op == "cm":
            ctm = _multiply([float(v) for v in operands], ctm)
        elif op == "BT":
            tm = lm = [1.0, 0, 0, 1, 0, 0]
        elif op in ("ET", "Tm", "Td", "TD", "T*", "'", '"'):
            flush()
            if op == "Tm":
                tm = lm = [float(v) for v in operands]
            elif op in ("Td", "TD"):
                if op == "TD":
                    leading = -float(operands[1])
                tm = lm = _multiply([1, 0, 0, 1, float(operands[0]), float(operands[1])], lm)
            elif op in ("T*", "'", '"'):
                tm = lm = _multiply([1, 0, 0, 1, 0, -leading], lm)
        elif op == "Tf":
            font, size = fonts.get(operands[0]), float(operands[1])
        elif op == "TL":
            leading = float(operands[0])
        elif op == "Tc":
            char_space = float(operands[0])
        elif op == "Tw":
            word_space = float(operands[0])
        elif op == "Tz":
            scale = float(operands[0]) / 100
        if op in ("Tj", "TJ", "'", '"') and font is not None:
            if not run:
                run_matrix = tm
            items = operands[-1] if op == "TJ" else [operands[-1]]
            for item in items:
                if isinstance(item, (int, float)):  # a TJ kerning step, in 1/1000 em
                    tm = _multiply([1, 0, 0, 1, -float(item) / 1000 * size * scale, 0], tm)
                    continue
                data = item.original_bytes if hasattr(item, "original_bytes") else bytes(item)
                for code in data:
                    advance = (font.widths.get(code, 1000) / 1000 * size + char_space
                               + (word_space if code == 32 else 0)) * scale
                    before = (tm[4] - run_matrix[4]) / (run_matrix[0] or 1)  # along the run
                    run.append((font.char(code), before, before + advance))
                    tm = _multiply([1, 0, 0, 1, advance, 0], tm)
    flush()
    return pieces
