"""The spreadsheets of the funds ledger: rows from the domain written to (or read from) files; format only."""
