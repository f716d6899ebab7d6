"""帮助 → 使用手册 and F1: the manual opens at the page of the pane in front, in the interface
language, with its picture; every pane has a page in both languages."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument

from desktop.resources import resource_path
from desktop.views.help.manual import PAGES, ManualDialog, page_path
from desktop.views.main_window import PANES, MainWindow


def test_every_pane_has_a_page_and_a_picture_in_both_languages():
    keys = {key for key, _ in PAGES}
    assert keys == {pane.key for pane in PANES}
    for key in keys:
        for language in ("zh_CN", "en"):
            text = page_path(key, language).read_text(encoding="utf-8")
            assert f'src="../images/{key}.png"' in text
        assert not QImage(str(resource_path("manual", "images", f"{key}.png"))).isNull()


def test_f1_opens_the_page_of_the_pane_in_front(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.show_pane("dues")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key_F1)
    manual = window.manual
    assert manual.isVisible() and manual.current_key == "dues"
    assert "会费 = 工资基数" in manual.page_text()          # the Chinese page (context.language is zh_CN)
    manual.contents.setCurrentRow([k for k, _ in PAGES].index("members"))
    assert "工会职务" in manual.page_text()


def test_the_english_manual_is_in_english(qtbot):
    manual = ManualDialog("en", "home")
    qtbot.addWidget(manual)
    assert "What needs doing" in manual.page_text()
    picture = manual.browser.source().resolved(QUrl("../images/home.png"))
    assert not manual.browser.loadResource(QTextDocument.ResourceType.ImageResource, picture).isNull()
