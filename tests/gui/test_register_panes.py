"""What the four register panes (rights cases, proposals, suggestions, hardship aid) share through
views/widgets/register_pane.py, checked on each: a search that finds nothing empties the record below,
asking for a record the filters hide clears them and selects it, and the split between list and
record is remembered for the next time the pane is built."""

from __future__ import annotations

import pytest

PANES = [("desktop.views.rights.pane", "RightsPane"), ("desktop.views.proposals.pane", "ProposalsPane"),
         ("desktop.views.suggestions.pane", "SuggestionsPane"), ("desktop.views.aid.pane", "AidPane")]


def _build(qtbot, context, module: str, name: str):
    import importlib

    pane = getattr(importlib.import_module(module), name)(context)
    qtbot.addWidget(pane)
    pane.resize(1300, 760)
    pane.show()
    shown(qtbot, pane)
    return pane


def shown(qtbot, pane) -> None:
    """Wait for the list the filters ask for (the aid pane reads it in the background)."""
    qtbot.waitUntil(lambda: not pane.lane.busy, timeout=30000)


@pytest.mark.parametrize("module,name", PANES, ids=[name for _, name in PANES])
def test_search_widen_and_remembered_split(qtbot, context, module, name):
    pane = _build(qtbot, context, module, name)
    assert pane.model.rowCount() > 0 and pane.detail is not None
    wanted = pane.current_id()
    pane.search.setText("没有这个名字的记录")
    shown(qtbot, pane)
    assert pane.model.rowCount() == 0 and pane.detail is None
    assert not pane.edit_action.isEnabled()
    assert pane.count_label.text().startswith(("0", "共 0"))

    pane.select_record(wanted, widen=True)
    shown(qtbot, pane)
    assert pane.search.text() == ""
    assert pane.current_id() == wanted and pane.detail is not None
    assert pane.table.selectionModel().isRowSelected(pane.model.row_of(wanted))

    sizes = pane.splitter.sizes()
    pane.splitter.setSizes([sizes[0] + 60, max(sizes[1] - 60, 40)])
    moved = pane.splitter.sizes()
    pane.save_layout()
    again = _build(qtbot, context, module, name)
    assert again.splitter.sizes() == moved
