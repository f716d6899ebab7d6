"""Spreadsheets in and out: readers, header mapping, validation, export profiles (no Qt)."""
