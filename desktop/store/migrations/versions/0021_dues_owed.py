"""Dues owed kept per member at the months where something changes (dues_owed, with the stamp of
the facts it was built from; filled by 0022); covering indexes for the lists that
scanned (docs/design.md, "Dues owed, kept").

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'dues_owed',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('month', sa.Integer(), nullable=False),
        sa.Column('active', sa.Integer(), nullable=False),
        sa.Column('monthly_fen', sa.Integer(), nullable=True),
        sa.Column('wage_fen', sa.Integer(), nullable=True),
        sa.Column('paid_fen', sa.Integer(), nullable=False),
        sa.Column('cum_owed_fen', sa.Integer(), nullable=False),
        sa.Column('cum_owed_months', sa.Integer(), nullable=False),
        sa.Column('cum_active_months', sa.Integer(), nullable=False),
        sa.Column('cum_paid_fen', sa.Integer(), nullable=False),
        sa.Column('cum_settled_months', sa.Integer(), nullable=False),
        sa.Column('cum_lines', sa.Integer(), nullable=False),
        sa.Column('last_paid', sa.Integer(), nullable=False),
        sa.Column('owed_months_at_last_paid', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['member_id'], ['members.id'],
                                name=op.f('fk_dues_owed_member_id_members'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_owed')),
        sa.UniqueConstraint('member_id', 'month', name=op.f('uq_dues_owed_member_id')),
    )
    op.create_table(
        'dues_owed_stamp',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('stamp', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_owed_stamp')),
    )
    # The table is filled by 0022, the newest migration that changes it (the program's own code
    # fills it and writes every column it has today).
    # Covering indexes where EXPLAIN QUERY PLAN showed the funds ledger and the audit log reading rows.
    op.drop_index('ix_dues_payments_paid_on', table_name='dues_payments')
    op.create_index('ix_dues_payments_paid_on', 'dues_payments', ['paid_on', 'member_id', 'amount'])
    op.create_index('ix_audit_records_actor', 'audit_records', ['actor'])
    op.create_index('ix_audit_records_action', 'audit_records', ['action'])
    op.create_index('ix_audit_records_at', 'audit_records', ['at'])


def downgrade() -> None:
    for name in ('ix_audit_records_at', 'ix_audit_records_action', 'ix_audit_records_actor'):
        op.drop_index(name, table_name='audit_records')
    op.drop_index('ix_dues_payments_paid_on', table_name='dues_payments')
    op.create_index('ix_dues_payments_paid_on', 'dues_payments', ['paid_on'])
    op.drop_table('dues_owed_stamp')
    op.drop_table('dues_owed')
