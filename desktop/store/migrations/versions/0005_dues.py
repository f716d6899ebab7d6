"""Dues (会费): wage bases, monthly dues owed and paid, arrears, receipts.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'dues_wage_bases',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('effective_from', sa.Date(), nullable=False),
        sa.Column('wage', sa.Integer(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.Column('recorded_by', sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(['member_id'], ['members.id'],
                                name=op.f('fk_dues_wage_bases_member_id_members'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_wage_bases')),
        sa.UniqueConstraint('member_id', 'effective_from', name=op.f('uq_dues_wage_bases_member_id')),
    )
    op.create_index('ix_dues_wage_bases_member', 'dues_wage_bases', ['member_id', 'effective_from'])
    op.create_table(
        'dues_rates',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('effective_from', sa.Date(), nullable=False),
        sa.Column('rate_ppm', sa.Integer(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.Column('recorded_by', sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_rates')),
        sa.UniqueConstraint('effective_from', name=op.f('uq_dues_rates_effective_from')),
    )
    op.create_table(
        'dues_batches',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('month', sa.Integer(), nullable=False),
        sa.Column('paid_on', sa.Date(), nullable=False),
        sa.Column('method', sa.String(length=20), nullable=False),
        sa.Column('description', sa.Text(), nullable=False),
        sa.Column('file_name', sa.String(length=260), nullable=False),
        sa.Column('payment_count', sa.Integer(), nullable=False),
        sa.Column('total', sa.Integer(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.Column('recorded_by', sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_batches')),
    )
    op.create_table(
        'dues_payments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('month', sa.Integer(), nullable=False),
        sa.Column('amount', sa.Integer(), nullable=False),
        sa.Column('paid_on', sa.Date(), nullable=False),
        sa.Column('method', sa.String(length=20), nullable=False),
        sa.Column('receipt_no', sa.String(length=30), nullable=True),
        sa.Column('reverses_id', sa.Integer(), nullable=True),
        sa.Column('batch_id', sa.Integer(), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.Column('recorded_by', sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(['member_id'], ['members.id'],
                                name=op.f('fk_dues_payments_member_id_members')),
        sa.ForeignKeyConstraint(['reverses_id'], ['dues_payments.id'],
                                name=op.f('fk_dues_payments_reverses_id_dues_payments')),
        sa.ForeignKeyConstraint(['batch_id'], ['dues_batches.id'],
                                name=op.f('fk_dues_payments_batch_id_dues_batches')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_payments')),
    )
    op.create_index('ix_dues_payments_member_period', 'dues_payments', ['member_id', 'year', 'month'])
    op.create_index('ix_dues_payments_period', 'dues_payments', ['year', 'month', 'member_id', 'amount'])
    op.create_index('ix_dues_payments_paid_on', 'dues_payments', ['paid_on'])
    op.create_index('ix_dues_payments_receipt_no', 'dues_payments', ['receipt_no'])
    op.create_index('ix_dues_payments_reverses_id', 'dues_payments', ['reverses_id'])
    op.create_table(
        'dues_receipts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('number', sa.String(length=30), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('payer_name', sa.String(length=50), nullable=False),
        sa.Column('amount', sa.Integer(), nullable=False),
        sa.Column('issued_on', sa.Date(), nullable=False),
        sa.Column('method', sa.String(length=20), nullable=False),
        sa.Column('periods', sa.String(length=200), nullable=False),
        sa.Column('void', sa.Boolean(), nullable=False),
        sa.Column('voided_at', sa.DateTime(), nullable=True),
        sa.Column('voided_by', sa.String(length=60), nullable=True),
        sa.Column('void_reason', sa.Text(), nullable=False),
        sa.Column('issued_by', sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(['member_id'], ['members.id'],
                                name=op.f('fk_dues_receipts_member_id_members')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_receipts')),
        sa.UniqueConstraint('number', name=op.f('uq_dues_receipts_number')),
        sa.UniqueConstraint('year', 'seq', name=op.f('uq_dues_receipts_year')),
    )
    op.create_index(op.f('ix_dues_receipts_member_id'), 'dues_receipts', ['member_id'])
    op.create_table(
        'dues_counters',
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('value', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_dues_counters')),
    )


def downgrade() -> None:
    op.drop_table('dues_counters')
    op.drop_index(op.f('ix_dues_receipts_member_id'), table_name='dues_receipts')
    op.drop_table('dues_receipts')
    for name in ('ix_dues_payments_reverses_id', 'ix_dues_payments_receipt_no', 'ix_dues_payments_paid_on',
                 'ix_dues_payments_period', 'ix_dues_payments_member_period'):
        op.drop_index(name, table_name='dues_payments')
    op.drop_table('dues_payments')
    op.drop_table('dues_batches')
    op.drop_table('dues_rates')
    op.drop_index('ix_dues_wage_bases_member', table_name='dues_wage_bases')
    op.drop_table('dues_wage_bases')
