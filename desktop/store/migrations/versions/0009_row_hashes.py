"""Row seals: a hash of each audited row's state, written with the audit record of every change;
and the roles besides the chair that may make a backup (union_profile.backup_roles).

Existing rows are sealed here under one audit record ("seal", written by "uniondesk"), so that
`verify` has a state to compare them with; what was changed before this revision cannot be told.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""
import datetime as dt
import json

from alembic import op
import sqlalchemy as sa

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

SEAL_BATCH = 5000


def upgrade() -> None:
    op.add_column('audit_records', sa.Column('rows_hash', sa.String(length=64), nullable=False,
                                             server_default=''))
    op.create_table(
        'row_seals',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('record_id', sa.Integer(), nullable=False),
        sa.Column('tbl', sa.String(length=40), nullable=False),
        sa.Column('row_key', sa.String(length=60), nullable=False),
        sa.Column('hash', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_row_seals')),
    )
    op.add_column('union_profile', sa.Column('backup_roles', sa.String(length=100), nullable=False,
                                             server_default=''))
    seal_existing_rows()


def seal_existing_rows() -> None:
    """One audit record carrying the seals of every row already there (nothing on a new file)."""
    from desktop.store.audit_chain import GENESIS, record_hash
    from desktop.store.row_seals import seal_all, seals_digest

    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    seals = seal_all(connection)
    if not seals:
        return
    last = connection.execute(sa.text("SELECT id, hash FROM audit_records ORDER BY id DESC LIMIT 1")).first()
    record_id, prev_hash = (last.id + 1, last.hash) if last else (1, GENESIS)
    at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None).isoformat(" ", timespec="microseconds")
    changes = json.dumps({"rows": [None, len(seals)]})
    rows_hash = seals_digest(seals)
    digest = record_hash(prev_hash, record_id, at, "uniondesk", "seal", "database", None, changes, rows_hash)
    connection.execute(sa.text(
        "INSERT INTO audit_records (id, at, actor, action, entity, entity_id, changes, prev_hash, hash, "
        "rows_hash) VALUES (:id, :at, 'uniondesk', 'seal', 'database', NULL, :changes, :prev, :hash, :rows)"),
        {"id": record_id, "at": at, "changes": changes, "prev": prev_hash, "hash": digest, "rows": rows_hash})
    insert = sa.text("INSERT INTO row_seals (record_id, tbl, row_key, hash) VALUES (:r, :t, :k, :h)")
    values = [{"r": record_id, "t": t, "k": k, "h": h} for t, k, h in seals]
    for start in range(0, len(values), SEAL_BATCH):
        connection.execute(insert, values[start:start + SEAL_BATCH])


def downgrade() -> None:
    op.drop_table('row_seals')
    with op.batch_alter_table('union_profile', schema=None) as batch_op:
        batch_op.drop_column('backup_roles')
    with op.batch_alter_table('audit_records', schema=None) as batch_op:
        batch_op.drop_column('rows_hash')
