"""Papers of the areas, added to `uniondesk print` (see desktop/commands/paper.py).

Each module here defines `add_parsers(papers) -> dict[str, builder]`, where `papers` is the
sub-parser collection of `print` and a builder is `builder(args, context) -> bytes` (the PDF).
"""

PAPER_MODULES = ("activities", "dues", "aid", "votes", "funds", "rights", "proposals")
