"""Painted bar charts for the home pane (no chart library needed: a few grouped horizontal bars
read at a glance and print as they look). `charts_pdf` puts them on an A4 page for the preview."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.domain.overview.charts import Chart
from desktop.models.texts import message_text

SERIES_COLOURS = (QColor("#3b78c2"), QColor("#d9534f"), QColor("#5cb85c"))
LABEL_WIDTH = 96
BAR_HEIGHT = 14
ROW_GAP = 6


def value_text(value, money: bool) -> str:
    if money:
        amount = Decimal(value)
        return f"{amount / 10000:,.1f}万" if abs(amount) >= 10000 else f"{amount:,.0f}"
    return str(value)


class BarChart(QWidget):
    def __init__(self, chart: Chart, parent=None):
        super().__init__(parent)
        self.chart = chart
        self.setObjectName(f"chart_{chart.key}")
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setMinimumWidth(300)
        self.setFixedHeight(self._height())

    def _row_height(self) -> int:
        return BAR_HEIGHT * len(self.chart.series) + ROW_GAP

    def _height(self) -> int:
        return 48 + self._row_height() * max(len(self.chart.bars), 1)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(380, self._height())

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        self.paint(painter, self.width())
        painter.end()

    def paint(self, painter: QPainter, width: int) -> None:
        chart = self.chart
        painter.setRenderHint(QPainter.Antialiasing)
        title = QFont(self.font())
        title.setBold(True)
        painter.setFont(title)
        painter.setPen(Qt.black)
        painter.drawText(QPoint(0, 16), message_text(chart.title))
        painter.setFont(self.font())
        x = 0
        for index, name in enumerate(chart.series):  # the legend
            painter.fillRect(x, 24, 10, 10, SERIES_COLOURS[index % len(SERIES_COLOURS)])
            painter.setPen(Qt.black)
            text = message_text(name)
            painter.drawText(QPoint(x + 14, 33), text)
            x += 24 + painter.fontMetrics().horizontalAdvance(text)
        if not chart.bars:
            return
        largest = max((max(bar.values) for bar in chart.bars), default=0) or 1
        room = max(width - LABEL_WIDTH - 70, 20)
        y = 42
        for bar in chart.bars:
            painter.setPen(Qt.black)
            painter.drawText(QRectF(0, y, LABEL_WIDTH - 6, self._row_height() - ROW_GAP),
                             Qt.AlignRight | Qt.AlignVCenter, bar.label)
            for index, value in enumerate(bar.values):
                top = y + index * BAR_HEIGHT
                length = int(room * float(value) / float(largest)) if value > 0 else 0
                painter.fillRect(LABEL_WIDTH, top + 1, length, BAR_HEIGHT - 2, SERIES_COLOURS[index % 3])
                painter.drawText(QPoint(LABEL_WIDTH + length + 4, top + BAR_HEIGHT - 3),
                                 value_text(value, chart.money))
            y += self._row_height()


def charts_pdf(title: str, lines: list[str], charts: list[BarChart]) -> bytes:
    """An A4 landscape page: the title, the figures as lines of text, the charts side by side."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Landscape, QMarginsF(15, 15, 15, 15),
                                     QPageLayout.Millimeter))
    writer.setResolution(96)
    writer.setTitle(title)
    painter = QPainter(writer)
    page = writer.pageLayout().paintRectPixels(96)
    heading = QFont()
    heading.setPointSize(16)
    heading.setBold(True)
    painter.setFont(heading)
    painter.drawText(QPoint(0, 24), title)
    painter.setFont(QFont())
    y = 50
    for line in lines:
        painter.drawText(QPoint(0, y), line)
        y += 20
    y += 10
    width = (page.width() - 20 * (len(charts) - 1)) // max(len(charts), 1)
    for index, chart in enumerate(charts):
        painter.save()
        painter.translate(index * (width + 20), y)
        chart.paint(painter, width)
        painter.restore()
    painter.end()
    buffer.close()
    return bytes(data)
