"""A PDF shown from memory with QtPdf: the bytes reportlab made, page navigation and zoom.

QPdfDocument reads from a QIODevice while it is shown, so the QByteArray and the QBuffer are kept
as attributes for as long as the document lives (docs/traps.md); replacing the PDF swaps all three.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QToolButton, QVBoxLayout, QWidget

ZOOM_STEP = 1.25


class PdfPane(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setPageSpacing(12)

        self.previous_button = self._button("◀", self.tr("Previous page"), lambda: self.go_to(self.page() - 1))
        self.next_button = self._button("▶", self.tr("Next page"), lambda: self.go_to(self.page() + 1))
        self.page_box = QSpinBox()
        self.page_box.setMinimum(1)
        self.page_box.editingFinished.connect(lambda: self.go_to(self.page_box.value() - 1))
        self.page_count_label = QLabel()
        self.zoom_out_button = self._button("−", self.tr("Zoom out"), lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in_button = self._button("+", self.tr("Zoom in"), lambda: self.zoom(ZOOM_STEP))
        self.fit_width_button = self._button(self.tr("Fit width"), self.tr("Page width fills the window"),
                                             lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page_button = self._button(self.tr("Whole page"), self.tr("Show a whole page"),
                                            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous_button, self.page_box, self.page_count_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_width_button, self.fit_page_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def set_pdf(self, pdf: bytes) -> None:
        """Show these bytes, staying on the same page when it still exists (the live preview)."""
        page = self.page()
        old_buffer = self._buffer
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if old_buffer is not None:
            old_buffer.close()
            old_buffer.deleteLater()
        count = self.document.pageCount()
        self.page_box.setMaximum(max(count, 1))
        self.page_count_label.setText(self.tr("of {count}").format(count=count))
        self.go_to(min(page, count - 1))

    def page_count(self) -> int:
        return self.document.pageCount()

    def page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.document.pageCount():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._show_page_number()

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, self.view.zoomFactor() * factor)))

    def _show_page_number(self, *_) -> None:
        page, count = self.page(), self.document.pageCount()
        self.page_box.setValue(page + 1)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)
