"""Several unions on one PostgreSQL server, and the federation's read-only view of their figures.

Each union has its own schema (`union_a`, `union_b`, … or `public` for the first one): the program
connects with `?options=-csearch_path%3Dunion_a` in the URL and sees exactly one union, so every
query, the audit chain and the backups stay as they are for a single union (docs/design.md, "One
schema per union"). `pg_dump --schema union_a` moves one union out.

The federation (总工会 / 联合会) sees figures, never people: `setup` creates the schema `federation`
with views that count members per union and show the yearly figures (union_year_figures) where a
union has recorded them, and a PostgreSQL role that may read those views and nothing else. The views
run with their owner's rights, so the role needs no right on any union's schema: it cannot read a
member, an aid case or an audit record, whatever SQL it sends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.errors import StoreError
from desktop.store.union_copy import plain_engine

SCHEMA = "federation"
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

# The yearly figures a federation sees (union_year_figures' columns; no names, no notes).
YEAR_COLUMNS = ("workforce", "women_workforce", "migrant_workforce", "committee", "audit_committee",
                "women_committee", "member_representatives", "congress_delegates")


@dataclass(frozen=True)
class UnionMembers:
    schema: str
    union_name: str
    members: int


@dataclass(frozen=True)
class UnionYear:
    schema: str
    union_name: str
    as_of: object               # a date
    figures: dict[str, int | None]


@dataclass(frozen=True)
class Figures:
    members: tuple[UnionMembers, ...]
    years: tuple[UnionYear, ...]


def checked_name(name: str, *, union: bool = False) -> str:
    """A schema or role name as PostgreSQL keeps it unquoted; anything else is refused (it goes into
    SQL). A union may not take the name of the federation's schema or of the server's own."""
    reserved = (SCHEMA, "pg_catalog", "information_schema") if union else ()
    if not _NAME.match(name or "") or name in reserved:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Federation", "{name} cannot name a union or an account on the server: use small letters, "
            "digits and _ (e.g. union_east), starting with a letter.").format(name=name))
    return name


def union_url(server_url: str, schema: str) -> str:
    """The URL the program uses for one union of the server."""
    separator = "&" if "?" in server_url else "?"
    return f"{server_url}{separator}options=-csearch_path%3D{checked_name(schema, union=True)}"


def union_schemas(connection: Connection) -> list[str]:
    """The schemas that hold a UnionDesk union (a migration stamp and a member table)."""
    rows = connection.execute(text(
        "SELECT table_schema FROM information_schema.tables WHERE table_name IN ('alembic_version', 'members') "
        "GROUP BY table_schema HAVING COUNT(DISTINCT table_name) = 2 ORDER BY table_schema"))
    return [row[0] for row in rows]


def setup(server_url: str, account: str, password: str | None = None) -> list[str]:
    """(Re)create the federation's views over every union on the server and let `account` (created
    if missing) read them and nothing else. Run again after a union is added. Returns the unions."""
    account = checked_name(account)
    engine = plain_engine(server_url)
    try:
        with engine.begin() as connection:
            schemas = union_schemas(connection)
            if not schemas:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "Federation", "The server database holds no union yet. Move a union onto it first "
                    "(uniondesk migrate --from FILE --to URL)."))
            connection.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
            connection.execute(text(f"CREATE SCHEMA {SCHEMA}"))
            connection.execute(text(_members_view(schemas)))
            connection.execute(text(_years_view(connection, schemas)))
            _grant(connection, account, password)
    finally:
        engine.dispose()
    return schemas


def _members_view(schemas: list[str]) -> str:
    parts = [f"SELECT '{s}'::text AS union_schema, (SELECT union_name FROM {s}.union_profile LIMIT 1) AS union_name, "
             f"(SELECT COUNT(*) FROM {s}.members WHERE deleted_at IS NULL) AS members" for s in schemas]
    return f"CREATE VIEW {SCHEMA}.members_by_union AS " + " UNION ALL ".join(parts)


def _years_view(connection: Connection, schemas: list[str]) -> str:
    columns = ", ".join(f"y.{c}" for c in YEAR_COLUMNS)
    having = {row[0] for row in connection.execute(text(
        "SELECT table_schema FROM information_schema.tables WHERE table_name = 'union_year_figures'"))}
    parts = [f"SELECT '{s}'::text AS union_schema, (SELECT union_name FROM {s}.union_profile LIMIT 1) AS union_name, "
             f"y.as_of, {columns} FROM {s}.union_year_figures y" for s in schemas if s in having]
    if not parts:  # no union of this release yet: an empty view of the same shape
        nulls = ", ".join(f"NULL::integer AS {c}" for c in YEAR_COLUMNS)
        parts = [f"SELECT NULL::text AS union_schema, NULL::text AS union_name, NULL::date AS as_of, {nulls} "
                 "WHERE false"]
    return f"CREATE VIEW {SCHEMA}.year_figures AS " + " UNION ALL ".join(parts)


def _grant(connection: Connection, account: str, password: str | None) -> None:
    exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": account}).scalar()
    if not exists:
        connection.execute(text(f"CREATE ROLE {account} LOGIN"))
    if password:
        # the password as a literal (roles take no bind parameters); quotes doubled
        connection.execute(text(f"ALTER ROLE {account} PASSWORD '{password.replace(chr(39), chr(39) * 2)}'"))
    connection.execute(text(f"GRANT USAGE ON SCHEMA {SCHEMA} TO {account}"))
    connection.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA {SCHEMA} TO {account}"))


def read_figures(url: str) -> Figures:
    """What the federation sees, read through its views (as the federation's account, or any
    account that may read them)."""
    engine = plain_engine(url)
    try:
        with engine.connect() as connection:
            if not connection.execute(text("SELECT 1 FROM information_schema.schemata WHERE schema_name = :s"),
                                      {"s": SCHEMA}).scalar():
                raise StoreError(QT_TRANSLATE_NOOP(
                    "Federation", "This server database has no federation figures yet (or this account may "
                    "not read them). Whoever runs the server sets them up with: uniondesk federation setup."))
            members = [UnionMembers(*row) for row in connection.execute(text(
                f"SELECT union_schema, union_name, members FROM {SCHEMA}.members_by_union ORDER BY union_schema"))]
            columns = ", ".join(YEAR_COLUMNS)
            years = [UnionYear(row[0], row[1], row[2], dict(zip(YEAR_COLUMNS, row[3:])))
                     for row in connection.execute(text(
                         f"SELECT union_schema, union_name, as_of, {columns} FROM {SCHEMA}.year_figures "
                         "ORDER BY union_schema, as_of"))]
    finally:
        engine.dispose()
    return Figures(tuple(members), tuple(years))
