"""The spreadsheets of rights cases: rows from the domain written to (or read from) files; format only."""
