"""The spreadsheets of votes: rows from the domain written to (or read from) files; format only."""
