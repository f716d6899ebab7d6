"""The federation's window lists the members of each union on the server and their yearly figures,
read through the federation's account."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop.domain.operations.federation import figures_of
from desktop.store import federation, union_copy
from desktop.views.federation.window import FederationWindow
from tests.demo_files import build_template


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    return build_template(tmp_path_factory.mktemp("template"), members=20, seed=9)


def test_the_window_shows_members_by_union_and_the_yearly_figures(qtbot, template, pg_url):
    for schema in ("union_north", "union_south"):
        union_copy.copy_union(str(template), federation.union_url(pg_url, schema))
    engine = create_engine(federation.union_url(pg_url, "union_south"))
    with engine.begin() as connection:
        connection.execute(text("UPDATE union_profile SET union_name = '南区工会'"))
    engine.dispose()
    federation.setup(pg_url, "federation_gui")
    reader = make_url(pg_url).set(username="federation_gui").render_as_string(hide_password=False)

    window = FederationWindow(figures_of(reader), "unions")
    qtbot.addWidget(window)
    window.resize(1100, 640)
    window.show()
    table = window.members_table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert [row[1:] for row in rows] == [["union_north", "20"], ["union_south", "20"]]
    assert rows[1][0] == "南区工会"
    assert "40 members in all" in window.summary.text()
    assert window.years_table.rowCount() >= 2  # the demo records its yearly figures
