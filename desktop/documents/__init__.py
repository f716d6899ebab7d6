"""Paper: every PDF the program prints, built with reportlab and no Qt.

A document is a small module that takes plain data (frozen dataclasses of strings and dates) and
returns PDF bytes; the page furniture (A4 layouts, header, "第 X 页 共 Y 页", signature lines), the
table layout and the fonts are shared (page.py, grid.py, fonts.py). The preview, the printer and
"Save as PDF" all use those same bytes (docs/design.md, "One path for paper").
"""
