"""Store failures a user can act on (locked file, unreadable file, newer schema)."""

from desktop.messages import UserError


class StoreError(UserError):
    pass
