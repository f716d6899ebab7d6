"""Signing in, first-run setup, the lock screen and account management."""
