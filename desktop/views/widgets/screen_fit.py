"""Every window fits the screen it opens on.

Office PCs are mostly 1366×768 (or 1920×1080 at 125 %, i.e. 1536×864 logical pixels), minus a
taskbar. A dialog sized for a developer's big screen put its 确定/打印 buttons below the screen there.
`ScreenFit`, installed once on the application, looks at each dialog and main window as it is shown:
it shrinks it to the available area, keeps it on screen and, when its content cannot shrink that far,
moves the content above the buttons into a scroll area so the buttons always stay visible.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QBoxLayout, QDialog, QFrame, QMainWindow, QScrollArea, QVBoxLayout, QWidget,
)

# The window system draws a title bar and borders outside the geometry Qt reports for a window;
# leave room for them (a Windows 10 title bar is ~31 px at 100 %, borders 8 px).
FRAME_ALLOWANCE = QSize(16, 48)
# The main window's first size, as a share of the available area (the rest shows the desktop, so the
# window is clearly a window that can be moved; maximising is one click).
MAIN_WINDOW_SHARE = 0.92
_FITTED = "uniondesk_screen_fitted"


def available_area(widget: QWidget | None = None) -> QRect:
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def usable_size(widget: QWidget | None = None) -> QSize:
    """The largest window (without its frame) that fits the available area with its frame."""
    return available_area(widget).size() - FRAME_ALLOWANCE


def first_main_window_size(widget: QWidget | None = None) -> QSize:
    area = usable_size(widget)
    return QSize(int(area.width() * MAIN_WINDOW_SHARE), int(area.height() * MAIN_WINDOW_SHARE))


def fit_to_screen(window: QWidget) -> None:
    """Shrink `window` to the usable area (scrolling its content if it cannot shrink) and move it
    fully onto the screen."""
    limit = usable_size(window)
    if isinstance(window, QDialog) and _minimum_height(window) > limit.height() and make_scrollable(window):
        window.layout().activate()  # the new, smaller minimum size applies before the resize below
    width = min(window.width(), limit.width())
    height = min(window.height(), limit.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    area = available_area(window)
    x = min(max(window.x(), area.left()), area.left() + area.width() - window.width() - FRAME_ALLOWANCE.width())
    y = min(max(window.y(), area.top()), area.top() + area.height() - window.height() - FRAME_ALLOWANCE.height())
    if (x, y) != (window.x(), window.y()):
        window.move(max(x, area.left()), max(y, area.top()))


def _minimum_height(window: QWidget) -> int:
    layout = window.layout()
    return max(window.minimumHeight(), layout.totalMinimumSize().height() if layout is not None else 0)


def make_scrollable(dialog: QDialog) -> QScrollArea | None:
    """Put everything above the dialog's last row (its buttons) into a scroll area. Works on the
    common shape: a box layout whose last item holds the buttons. Returns the scroll area."""
    outer = dialog.layout()
    if not isinstance(outer, QBoxLayout) or outer.count() < 2 or dialog.property(_FITTED + "_scroll"):
        return None
    content = QWidget()
    inner = QVBoxLayout(content) if outer.direction() in (QBoxLayout.TopToBottom, QBoxLayout.BottomToTop) \
        else QBoxLayout(outer.direction(), content)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(outer.spacing())
    while outer.count() > 1:
        stretch = outer.stretch(0)
        item = outer.takeAt(0)
        if item.widget() is not None:
            inner.addWidget(item.widget(), stretch)
        elif item.layout() is not None:
            child = item.layout()
            child.setParent(None)
            inner.addLayout(child, stretch)
        else:
            inner.addItem(item)
    scroll = QScrollArea()
    scroll.setFrameShape(QFrame.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    outer.insertWidget(0, scroll, 1)
    dialog.setProperty(_FITTED + "_scroll", True)
    return scroll


class ScreenFit(QObject):
    """Application-wide event filter: fits each dialog and main window when it is first shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(watched, (QDialog, QMainWindow)) \
                and watched.isWindow():
            fit_to_screen(watched)
        return False


def install_screen_fit(app: QApplication | None = None) -> None:
    """Install the filter once per application (start-up and the main window both call this)."""
    app = app or QApplication.instance()
    if app is not None and not app.property(_FITTED):
        app.setProperty(_FITTED, True)
        fitter = ScreenFit(app)
        app.installEventFilter(fitter)
