"""Accounts, the union profile, and the hash chain of the audit trail.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'users',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('username', sa.String(length=60), nullable=False),
        sa.Column('display_name', sa.String(length=60), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('password_hash', sa.String(length=200), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('failed_attempts', sa.Integer(), nullable=False),
        sa.Column('locked_until', sa.DateTime(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('password_changed_at', sa.DateTime(), nullable=True),
        sa.Column('last_login_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
        sa.UniqueConstraint('username', name=op.f('uq_users_username')),
    )
    op.create_table(
        'union_profile',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('union_name', sa.String(length=120), nullable=False),
        sa.Column('unit_name', sa.String(length=120), nullable=False),
        sa.Column('credit_code', sa.String(length=18), nullable=False),
        sa.Column('address', sa.String(length=200), nullable=False),
        sa.Column('chair', sa.String(length=60), nullable=False),
        sa.Column('is_demo', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_union_profile')),
    )
    with op.batch_alter_table('audit_records', schema=None) as batch_op:
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=False, server_default=''))
    # Records written before the chain existed are chained now, in id order.
    # (backfill: see chain_existing_records below)
    chain_existing_records()


BACKFILL_BATCH = 1000


def chain_existing_records() -> None:
    """Give records written before this revision their place in the chain, in id order.

    Raw SQL and the frozen hash function only (never the entity classes, which follow the newest
    schema): a migration must do the same thing in every later release. The ids are kept as they
    are; if some were missing before the chain existed, `verify` reports that gap."""
    from desktop.store.audit_chain import GENESIS, chain_hash

    connection = op.get_bind()
    rows = connection.execute(sa.text(
        "SELECT id, at, actor, action, entity, entity_id, changes FROM audit_records ORDER BY id")).all()
    prev_hash = GENESIS
    updates = []
    for row in rows:
        digest = chain_hash(prev_hash, row.id, row.at, row.actor, row.action, row.entity, row.entity_id,
                            row.changes)
        updates.append({"id": row.id, "prev_hash": prev_hash, "hash": digest})
        prev_hash = digest
    update = sa.text("UPDATE audit_records SET prev_hash = :prev_hash, hash = :hash WHERE id = :id")
    for start in range(0, len(updates), BACKFILL_BATCH):
        connection.execute(update, updates[start:start + BACKFILL_BATCH])


def downgrade() -> None:
    with op.batch_alter_table('audit_records', schema=None) as batch_op:
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')
    op.drop_table('union_profile')
    op.drop_table('users')
