"""The spreadsheets of the audit trail: rows from the domain written to (or read from) files; format only."""
