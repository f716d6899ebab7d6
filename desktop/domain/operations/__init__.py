"""Whole-database operations as the acting user: backup, restore, the hand-over file, verify."""
