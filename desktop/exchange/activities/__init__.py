"""The spreadsheets of activities: rows from the domain written to (or read from) files; format only."""
