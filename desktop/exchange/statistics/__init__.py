"""The spreadsheets of the yearly statistics: rows from the domain written to (or read from) files; format only."""
