"""The spreadsheets of hardship aid: rows from the domain written to (or read from) files; format only."""
