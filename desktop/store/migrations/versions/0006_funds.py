"""Union funds (经费收支): the ledger, categories, budget, closed periods, the public summary.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'fund_entries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('entry_date', sa.Date(), nullable=False),
        sa.Column('category_code', sa.String(length=8), nullable=False),
        sa.Column('amount', sa.Integer(), nullable=False),
        sa.Column('counterparty', sa.String(length=100), nullable=False),
        sa.Column('voucher_no', sa.String(length=30), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('activity_id', sa.Integer(), nullable=True),
        sa.Column('aid_case_id', sa.Integer(), nullable=True),
        sa.Column('reverses_id', sa.Integer(), nullable=True),
        sa.Column('allocation_year', sa.Integer(), nullable=True),
        sa.Column('allocation_month', sa.Integer(), nullable=True),
        sa.Column('payroll_total', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=60), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['reverses_id'], ['fund_entries.id'],
                                name=op.f('fk_fund_entries_reverses_id_fund_entries')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_fund_entries')),
    )
    op.create_index('ix_fund_entries_entry_date', 'fund_entries', ['entry_date', 'id'])
    op.create_index('ix_fund_entries_reverses_id', 'fund_entries', ['reverses_id'])
    op.create_table(
        'fund_categories',
        sa.Column('code', sa.String(length=8), nullable=False),
        sa.Column('label_zh', sa.String(length=60), nullable=False),
        sa.Column('label_en', sa.String(length=60), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('code', name=op.f('pk_fund_categories')),
    )
    op.create_table(
        'fund_budgets',
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('category_code', sa.String(length=8), nullable=False),
        sa.Column('amount', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('year', 'category_code', name=op.f('pk_fund_budgets')),
    )
    op.create_table(
        'fund_openings',
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('amount', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('year', name=op.f('pk_fund_openings')),
    )
    op.create_table(
        'fund_closed_periods',
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('month', sa.Integer(), nullable=False),
        sa.Column('closed_at', sa.DateTime(), nullable=False),
        sa.Column('closed_by', sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint('year', 'month', name=op.f('pk_fund_closed_periods')),
    )


def downgrade() -> None:
    op.drop_table('fund_closed_periods')
    op.drop_table('fund_openings')
    op.drop_table('fund_budgets')
    op.drop_table('fund_categories')
    op.drop_index('ix_fund_entries_reverses_id', table_name='fund_entries')
    op.drop_index('ix_fund_entries_entry_date', table_name='fund_entries')
    op.drop_table('fund_entries')
