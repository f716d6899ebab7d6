"""A throwaway PostgreSQL server for the tests: a fresh cluster in a temporary folder, listening
only on a Unix socket in that folder, stopped and deleted at the end.

Nothing is shared with a PostgreSQL the machine may already run: its own data folder, its own
socket, no TCP port. `installers/setup-linux.sh` installs the server (Debian's `postgresql`).
PostgreSQL refuses to run as root, so when the tests run as root (CI) the server runs as the
`postgres` user that Debian's package creates.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "postgres"


def server_program_folder() -> Path:
    """The folder holding initdb and pg_ctl: Debian puts them in /usr/lib/postgresql/<major>/bin,
    not on PATH."""
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parent.parent.name))
    if not candidates:
        raise RuntimeError("PostgreSQL's server programs are missing: run installers/setup-linux.sh "
                           "(it installs Debian's postgresql package).")
    return Path(candidates[-1]).parent


class ThrowawayCluster:
    """One PostgreSQL cluster for the length of a test session."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="uniondesk-pg-"))
        self.data = self.folder / "data"
        self.socket_folder = self.folder
        self._bin = server_program_folder()
        self._as_postgres = os.geteuid() == 0
        self._started = False

    # -- running the server programs -------------------------------------------------------
    def _run(self, *args: str) -> None:
        command = [str(self._bin / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> "ThrowawayCluster":
        if self._as_postgres:
            shutil.chown(self.folder, user="postgres")
            os.chmod(self.folder, 0o755)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-c listen_addresses='' -c unix_socket_directories='{self.socket_folder}' "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-w", "-s",
                  "-l", str(self.folder / "server.log"), "start")
        self._started = True
        return self

    def stop(self) -> None:
        if self._started:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "-s", "stop")
            self._started = False
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- databases -------------------------------------------------------------------------
    def url(self, database: str = "postgres") -> str:
        """The SQLAlchemy URL of one database of this cluster (psycopg 3, over the socket)."""
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.socket_folder}"

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new database (a copy of `template` when given), returning its URL."""
        import psycopg

        with psycopg.connect(host=str(self.socket_folder), user=SUPERUSER, dbname="postgres",
                             autocommit=True) as connection:
            clause = f' TEMPLATE "{template}"' if template else ""
            connection.execute(f'CREATE DATABASE "{name}"{clause}')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(host=str(self.socket_folder), user=SUPERUSER, dbname="postgres",
                             autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
