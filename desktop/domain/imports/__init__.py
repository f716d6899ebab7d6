"""Spreadsheet imports as recorded facts: what came in, from which file, by whom, and how to undo it."""
