"""UnionDesk (工会工作台): the office program of a grassroots trade union.

Layers, imports pointing down only (see docs/design.md):
views/ and models/ (Qt) -> documents/, exchange/ -> domain/ -> store/.
"""

__version__ = "0.1.0"
