"""The navigation's registry (desktop/views/panes.py) repeats each pane's key, permission and title so
that start-up need not import every pane; this keeps the copies equal to the pane classes, and the
manual's pages to the registry."""

from __future__ import annotations

from desktop.views.help.manual import PAGES
from desktop.views.panes import PANES


def test_each_registry_entry_matches_its_pane_class():
    for entry in PANES:
        pane = entry.load()
        assert pane.key == entry.key, entry.class_name
        assert pane.title() == entry.title(), entry.class_name
        if hasattr(pane, "permission"):
            assert pane.permission == entry.permission, entry.class_name


def test_the_manual_has_a_page_per_pane_in_navigation_order():
    assert [key for key, _ in PAGES] == [entry.key for entry in PANES]
