"""The spreadsheets of congress proposals: rows from the domain written to (or read from) files; format only."""
