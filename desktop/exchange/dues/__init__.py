"""The spreadsheets of dues: rows from the domain written to (or read from) files; format only."""
