"""Who is connected to a shared server database (PostgreSQL): one row per running program.

On an SQLite file one program at a time holds the file lock (desktop.store.instance_lock); on a
server several PCs work at once and the server keeps their writes apart, so nothing is refused
because someone else is connected. The board only tells the chair who is working, from which PC,
since when. Each program refreshes its row on a timer (`REFRESH_SECONDS`); a row not refreshed
for `STALE_AFTER` (a PC switched off, a crash) no longer counts and is cleared by the next start.

The rows are not audit records: log-ins already are, and a row rewritten every minute would fill
the trail with nothing a reader needs. For the same reason they are written on a plain connection,
not in a writing transaction: the refresh never waits for the writers' lock (a long import on
another PC), so the window never stalls on it.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from dataclasses import dataclass

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import OperationalError

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.entities import UserSession
from desktop.domain.accounts.permissions import Permission
from desktop.domain.base import utc_now
from desktop.store.database import Database

REFRESH_SECONDS = 60
STALE_AFTER = dt.timedelta(minutes=3)


@dataclass(frozen=True)
class ConnectedUser:
    session_id: int
    username: str
    display_name: str
    pc_name: str
    since: dt.datetime      # UTC
    last_seen: dt.datetime  # UTC
    this_program: bool


class SessionBoard:
    """This program's row on the board: `start` after log-in, `refresh` on the timer, `end` at exit."""

    def __init__(self, db: Database, actor: Actor, pc_name: str | None = None):
        self._db = db
        self._actor = actor
        self._pc_name = (pc_name or socket.gethostname() or "?")[:100]
        self.session_id: int | None = None

    def start(self, now: dt.datetime | None = None) -> int:
        now = now or utc_now()
        table = UserSession.__table__
        with self._db.engine.begin() as connection:
            connection.execute(delete(table).where(table.c.last_seen < now - STALE_AFTER))
            self.session_id = connection.execute(insert(table).values(
                username=self._actor.username, display_name=self._actor.display_name or "",
                pc_name=self._pc_name, pid=os.getpid(), since=now, last_seen=now).returning(table.c.id)).scalar_one()
        return self.session_id

    def refresh(self, now: dt.datetime | None = None) -> bool:
        """Say this program is still there (and come back on the board if a long sleep cleared it).
        False when the server could not be reached: the next refresh tries again, and the row goes
        stale meanwhile, which is the truth."""
        if self.session_id is None:
            return False
        table = UserSession.__table__
        try:
            with self._db.engine.begin() as connection:
                found = connection.execute(update(table).where(table.c.id == self.session_id)
                                           .values(last_seen=now or utc_now())).rowcount
            if not found:
                self.start(now)
        except OperationalError:
            return False
        return True

    def end(self) -> None:
        if self.session_id is None:
            return
        table = UserSession.__table__
        with self._db.engine.begin() as connection:
            connection.execute(delete(table).where(table.c.id == self.session_id))
        self.session_id = None


def connected_users(db: Database, actor: Actor, this_session: int | None = None,
                    now: dt.datetime | None = None) -> list[ConnectedUser]:
    """The programs connected now (refreshed within STALE_AFTER), longest connected first. For the
    chair (who manages accounts) only."""
    actor.require(Permission.ACCOUNTS_MANAGE)
    cutoff = (now or utc_now()) - STALE_AFTER
    with db.session() as session:
        rows = session.scalars(select(UserSession).where(UserSession.last_seen >= cutoff)
                               .order_by(UserSession.since, UserSession.id)).all()
        return [ConnectedUser(r.id, r.username, r.display_name, r.pc_name, r.since, r.last_seen,
                              r.id == this_session) for r in rows]
