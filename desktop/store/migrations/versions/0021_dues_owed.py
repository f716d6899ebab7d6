"""Dues owed kept per member at the months where something changes (dues_owed, with the stamp of
the facts it was built from), filled for the existing members; covering indexes for the lists that
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
    _fill()
    # Covering indexes where EXPLAIN QUERY PLAN showed the funds ledger and the audit log reading rows.
    op.drop_index('ix_dues_payments_paid_on', table_name='dues_payments')
    op.create_index('ix_dues_payments_paid_on', 'dues_payments', ['paid_on', 'member_id', 'amount'])
    op.create_index('ix_audit_records_actor', 'audit_records', ['actor'])
    op.create_index('ix_audit_records_action', 'audit_records', ['action'])
    op.create_index('ix_audit_records_at', 'audit_records', ['at'])


def _fill() -> None:
    """The rows of every member, by the program's own rule (the table is derived: the same code
    that keeps it fills it). It reads only columns every revision since 0005 has; a reader that
    finds the table empty or stale would rebuild it as well (kept.ensure_current)."""
    from sqlalchemy.orm import Session

    from desktop.domain.dues import kept

    with Session(bind=op.get_bind()) as session:
        kept.rebuild(session)
        session.flush()


def downgrade() -> None:
    for name in ('ix_audit_records_at', 'ix_audit_records_action', 'ix_audit_records_actor'):
        op.drop_index(name, table_name='audit_records')
    op.drop_index('ix_dues_payments_paid_on', table_name='dues_payments')
    op.create_index('ix_dues_payments_paid_on', 'dues_payments', ['paid_on'])
    op.drop_table('dues_owed_stamp')
    op.drop_table('dues_owed')
