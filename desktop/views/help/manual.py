"""帮助 → 使用手册: the built-in manual, one page per pane in the interface language, with a picture
of the pane. F1 opens the page of the pane in front. The pages are HTML files shipped in
resources/manual/<language>/<pane>.html; the pictures (resources/manual/images/<pane>.png) are made
by `python -m desktop.views.help.pictures` from the demo union with `--screenshot`."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, QVBoxLayout,
)

from desktop.resources import resource_path
from desktop.views.panes import PANES

# One page per pane, in the order of the navigation (the home pane first), titled as the pane is.
PAGES = tuple((pane.key, pane.title) for pane in PANES)


def page_path(key: str, language: str):
    folder = "zh_CN" if language == "zh_CN" else "en"
    return resource_path("manual", folder, f"{key}.html")


class ManualDialog(QDialog):
    """Contents on the left, the page on the right. Not modal: it can stay open beside the work."""

    def __init__(self, language: str, page: str = "home", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("UnionDesk manual"))
        self._language = language
        self.contents = QListWidget()
        self.contents.setFixedWidth(150)
        for key, title in PAGES:
            item = QListWidgetItem(title())
            item.setData(Qt.UserRole, key)
            self.contents.addItem(item)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(resource_path("manual"))])
        self.contents.currentRowChanged.connect(lambda row: self.show_page(PAGES[row][0]) if row >= 0 else None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        body = QHBoxLayout()
        body.addWidget(self.contents)
        body.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(1000, 700)
        self.open_page(page)

    def open_page(self, key: str) -> None:
        keys = [k for k, _ in PAGES]
        self.contents.setCurrentRow(keys.index(key) if key in keys else 0)

    def show_page(self, key: str) -> None:
        path = page_path(key, self._language)
        self.current_key = key
        self.browser.setSource(QUrl.fromLocalFile(str(path)))

    def page_text(self) -> str:
        return self.browser.toPlainText()
