"""Where a shared union database lives on a server, and whether the server lets this PC in.

The address (host, port, database, user) is kept in the PC's settings as a URL without the
password: QSettings is plain text (an .ini file, or the Windows registry), and the server's
password guards every member's ID number. The password is asked for at start, or read by the
driver from PostgreSQL's own password file (pgpass.conf / ~/.pgpass), which the unit's IT person
may set up so that nobody types it (README: Shared on a server).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlsplit

from desktop.messages import QT_TRANSLATE_NOOP, Message, UserError

SERVER_KEY = "database/server"   # QSettings: the server's URL without the password, or absent
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    def url(self, password: str = "") -> str:
        """postgresql://user[:password]@host[:port]/database, each part quoted for a URL."""
        secret = f":{quote(password, safe='')}" if password else ""
        port = f":{self.port}" if self.port != DEFAULT_PORT else ""
        user, database = quote(self.user, safe=""), quote(self.database, safe="")
        if self.host.startswith("/"):  # a Unix socket's folder (a server on this very computer)
            return f"postgresql://{user}{secret}@{port}/{database}?host={quote(self.host)}"
        return f"postgresql://{user}{secret}@{self.host}{port}/{database}"

    @classmethod
    def from_url(cls, url: str) -> "ServerAddress | None":
        if not url.startswith(("postgresql://", "postgresql+psycopg://", "postgres://")):
            return None
        parts = urlsplit(url)
        host = parts.hostname or parse_qs(parts.query).get("host", [""])[0]
        return cls(host, unquote(parts.path.lstrip("/")), unquote(parts.username or ""), parts.port or DEFAULT_PORT)


def with_password(url: str, password: str) -> str:
    """The same server URL with this password in it (kept in memory only)."""
    address = ServerAddress.from_url(url)
    return address.url(password) if address else url


@dataclass(frozen=True)
class ServerAnswer:
    problem: Message | None       # None: the server let this PC in
    wants_password: bool = False  # the refusal was about the password


def check_server(url: str) -> ServerAnswer:
    """Whether the server accepts this PC with these credentials, and if not, the sentence saying
    what is wrong and what to do. Creates nothing: the schema is made at the real first start."""
    from sqlalchemy import text

    from desktop.store.database import open_database, translate_errors
    from desktop.store.errors import PasswordRefused

    db = open_database(url, migrate=False)  # connects only when asked to
    try:
        with translate_errors(db.location), db.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except PasswordRefused as refused:
        return ServerAnswer(refused.message, wants_password=True)
    except UserError as refused:
        return ServerAnswer(refused.message)
    except Exception as error:  # noqa: BLE001 - any other driver failure is said, not raised
        return ServerAnswer(QT_TRANSLATE_NOOP("Server", "The database server answered: {text}").format(
            text=str(getattr(error, "orig", None) or error).splitlines()[0]))
    finally:
        db.close()
    return ServerAnswer(None)
