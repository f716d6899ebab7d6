"""Printing the previewed PDF itself: each page is rendered by QtPdf at the printer's resolution
and painted onto the QPrinter, so what is printed is exactly what was previewed (and what
"Save as PDF" writes). A long roster shows progress and can be cancelled between pages."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

# Text is crisp at 600 dpi; above that a page image only grows (an A4 page at 1200 dpi is ~550 MB).
MAX_DPI = 600


def match_orientation(document: QPdfDocument, printer: QPrinter) -> None:
    """Preset the printer to the document's orientation, so the print dialog starts right."""
    if document.pageCount():
        size = document.pagePointSize(0)
        landscape = size.width() > size.height()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                   else QPageLayout.Orientation.Portrait)


def print_document(document: QPdfDocument, printer: QPrinter, max_dpi: int = MAX_DPI,
                   on_page: Callable[[int, int], bool] | None = None) -> bool:
    """Print every page (or the printer's chosen range); False if cancelled or the printer failed.

    `on_page(done, total)` is called before each page and returns False to cancel."""
    count = document.pageCount()
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage() - 1, min(printer.toPage() - 1, count - 1)
    printer.setFullPage(True)  # the PDF has its own margins: map its page onto the whole sheet
    painter = QPainter()
    if not painter.begin(printer):
        return False
    dpi = min(printer.resolution(), max_dpi)
    options = QPdfDocumentRenderOptions()
    try:
        for index, page in enumerate(range(first, last + 1)):
            if on_page is not None and not on_page(index, last - first + 1):
                printer.abort()
                return False
            if index:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() * dpi / 72),
                                                round(points.height() * dpi / 72)), options)
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            target.moveTo(0, 0)
            painter.drawImage(_fit(target, image.width(), image.height()), image)
        if on_page is not None:
            on_page(last - first + 1, last - first + 1)
        return True
    finally:
        painter.end()


def _fit(area: QRectF, width: float, height: float) -> QRectF:
    """The largest rectangle of the image's shape centred in `area` (A4 on Letter stays whole)."""
    scale = min(area.width() / width, area.height() / height)
    w, h = width * scale, height * scale
    return QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)
