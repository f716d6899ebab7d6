"""The audit trail pane: who changed what, when; checking the chain; exporting it."""
