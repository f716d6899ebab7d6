"""Accounts, roles and permissions; who is acting. Permissions are checked in the services."""
