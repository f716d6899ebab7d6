"""Who is acting: a plain value handed to every service, carrying the role's permissions."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.accounts.permissions import ROLE_PERMISSIONS, Permission, Role
from desktop.messages import QT_TRANSLATE_NOOP, UserError


class PermissionDenied(UserError):
    """The acting user's role does not allow this. Nothing was changed."""


@dataclass(frozen=True)
class Actor:
    username: str
    display_name: str = ""
    role: Role = Role.ADMIN

    @property
    def permissions(self) -> frozenset[Permission]:
        return ROLE_PERMISSIONS[self.role]

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "Accounts", "Your account ({user}) may not do this. Ask the union chair to change "
                "your role if you need to.").format(user=self.username))


# The administrator that tests and the demo generator act as; real sessions log in.
LOCAL_ADMIN = Actor("admin", "管理员", Role.ADMIN)
# Changes made by the program itself (migrations, automatic backups).
SYSTEM = Actor("system", "UnionDesk", Role.ADMIN)
