"""Row seals: a hash of each audited row's state, written with the audit record of every change;
and the roles besides the chair that may make a backup (union_profile.backup_roles).

Existing rows are sealed here under one audit record ("seal", written by "uniondesk"), so that
`verify` has a state to compare them with; what was changed before this revision cannot be told.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


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
    from desktop.store.row_seals import append_seal_record, seal_all

    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    seals = seal_all(connection)
    if seals:
        append_seal_record(connection, seals, "uniondesk", {"rows": [None, len(seals)]})


def downgrade() -> None:
    op.drop_table('row_seals')
    with op.batch_alter_table('union_profile', schema=None) as batch_op:
        batch_op.drop_column('backup_roles')
    with op.batch_alter_table('audit_records', schema=None) as batch_op:
        batch_op.drop_column('rows_hash')
