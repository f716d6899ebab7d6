"""The spreadsheets of members: rows from the domain written to (or read from) files; format only."""
