"""What a federation (总工会) reads from a server holding several unions: members by union and the
yearly figures, as plain frozen values for the command line and the window. The server's own
account rights decide who may read them (desktop.store.federation); there is no UnionDesk account
for a federation, since it has no union database of its own."""

from __future__ import annotations

from desktop.store.federation import YEAR_COLUMNS, Figures, UnionMembers, UnionYear, read_figures

__all__ = ["YEAR_COLUMNS", "Figures", "UnionMembers", "UnionYear", "figures_of"]


def figures_of(url: str) -> Figures:
    """The figures of every union on the server at `url`, read through the federation's views."""
    return read_figures(url)
