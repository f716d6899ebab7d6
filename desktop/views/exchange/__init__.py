"""Spreadsheet exchange in the window: the import wizard, the import history, the export dialog."""
