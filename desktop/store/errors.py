"""Store failures a user can act on (locked file, unreadable file, newer schema)."""

from desktop.domain.errors import UserError


class StoreError(UserError):
    pass
