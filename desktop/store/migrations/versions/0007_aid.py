"""Hardship aid (困难职工帮扶): cases, households, tiers, workflow, payments, privacy.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'aid_cases',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_no', sa.String(length=20), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('opened_on', sa.Date(), nullable=False),
        sa.Column('assessed_on', sa.Date(), nullable=False),
        sa.Column('stage', sa.String(length=20), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('outcome', sa.String(length=20), nullable=False),
        sa.Column('closed_on', sa.Date(), nullable=True),
        sa.Column('publicity_until', sa.Date(), nullable=True),
        sa.Column('household_size', sa.Integer(), nullable=False),
        sa.Column('yearly_income', sa.Integer(), nullable=False),
        sa.Column('rigid_spending', sa.Integer(), nullable=False),
        sa.Column('accident_costs', sa.Integer(), nullable=False),
        sa.Column('monthly_income', sa.Integer(), nullable=False),
        sa.Column('other_income', sa.Integer(), nullable=False),
        sa.Column('tier_computed', sa.String(length=20), nullable=False),
        sa.Column('tier', sa.String(length=20), nullable=False),
        sa.Column('tier_override_reason', sa.Text(), nullable=False),
        sa.Column('poverty_line', sa.Integer(), nullable=False),
        sa.Column('category', sa.String(length=20), nullable=False),
        sa.Column('health', sa.String(length=4), nullable=False),
        sa.Column('health_detail', sa.Text(), nullable=False),
        sa.Column('disability_type', sa.String(length=4), nullable=False),
        sa.Column('disability_grade', sa.String(length=4), nullable=False),
        sa.Column('work_status', sa.String(length=4), nullable=False),
        sa.Column('housing_type', sa.String(length=4), nullable=False),
        sa.Column('housing_area', sa.Integer(), nullable=True),
        sa.Column('marital_status', sa.String(length=4), nullable=False),
        sa.Column('household_type', sa.String(length=4), nullable=False),
        sa.Column('address', sa.String(length=200), nullable=False),
        sa.Column('main_cause', sa.String(length=4), nullable=False),
        sa.Column('secondary_cause', sa.String(length=4), nullable=False),
        sa.Column('bank_name', sa.String(length=60), nullable=False),
        sa.Column('bank_card_no', sa.String(length=40), nullable=False),
        sa.Column('aid_requested', sa.String(length=200), nullable=False),
        sa.Column('aid_granted', sa.String(length=200), nullable=False),
        sa.Column('situation', sa.Text(), nullable=False),
        sa.Column('consent_on', sa.Date(), nullable=True),
        sa.Column('consent_scope', sa.Text(), nullable=False),
        sa.Column('filed_by', sa.String(length=60), nullable=False),
        sa.Column('reviewed_by', sa.String(length=60), nullable=False),
        sa.Column('purged_on', sa.Date(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['member_id'], ['members.id'],
                                name=op.f('fk_aid_cases_member_id_members')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_cases')),
        sa.UniqueConstraint('case_no', name=op.f('uq_aid_cases_case_no')),
    )
    op.create_index(op.f('ix_aid_cases_member_id'), 'aid_cases', ['member_id'], unique=False)
    op.create_index(op.f('ix_aid_cases_status_opened'), 'aid_cases', ['status', 'opened_on'], unique=False)
    op.create_index(op.f('ix_aid_cases_tier'), 'aid_cases', ['tier'], unique=False)
    op.create_table(
        'aid_household_members',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=50), nullable=False),
        sa.Column('relation', sa.String(length=20), nullable=False),
        sa.Column('birth_date', sa.Date(), nullable=True),
        sa.Column('health', sa.String(length=4), nullable=False),
        sa.Column('work_or_school', sa.String(length=100), nullable=False),
        sa.Column('monthly_income', sa.Integer(), nullable=False),
        sa.Column('id_number', sa.String(length=40), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['member_id'], ['members.id'],
                                name=op.f('fk_aid_household_members_member_id_members')),
        sa.ForeignKeyConstraint(['case_id'], ['aid_cases.id'],
                                name=op.f('fk_aid_household_members_case_id_aid_cases'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_household_members')),
    )
    op.create_index(op.f('ix_aid_household_members_case_id'), 'aid_household_members', ['case_id'], unique=False)
    op.create_index(op.f('ix_aid_household_members_id_number'), 'aid_household_members', ['id_number'], unique=False)
    op.create_index(op.f('ix_aid_household_members_member_id'), 'aid_household_members', ['member_id'], unique=False)
    op.create_table(
        'aid_case_steps',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('step', sa.String(length=20), nullable=False),
        sa.Column('decision', sa.String(length=20), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('decided_on', sa.Date(), nullable=False),
        sa.Column('decided_by', sa.String(length=60), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['aid_cases.id'],
                                name=op.f('fk_aid_case_steps_case_id_aid_cases'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_case_steps')),
    )
    op.create_index(op.f('ix_aid_case_steps_case_id'), 'aid_case_steps', ['case_id'], unique=False)
    op.create_table(
        'aid_payment_batches',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=100), nullable=False),
        sa.Column('paid_on', sa.Date(), nullable=False),
        sa.Column('handler', sa.String(length=50), nullable=False),
        sa.Column('created_by', sa.String(length=60), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_payment_batches')),
    )
    op.create_table(
        'aid_payments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('amount', sa.Integer(), nullable=False),
        sa.Column('paid_on', sa.Date(), nullable=False),
        sa.Column('category_code', sa.String(length=8), nullable=False),
        sa.Column('form', sa.String(length=20), nullable=False),
        sa.Column('aid_type', sa.String(length=20), nullable=False),
        sa.Column('items', sa.Text(), nullable=False),
        sa.Column('recipient', sa.String(length=50), nullable=False),
        sa.Column('batch_id', sa.Integer(), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('created_by', sa.String(length=60), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['aid_cases.id'],
                                name=op.f('fk_aid_payments_case_id_aid_cases')),
        sa.ForeignKeyConstraint(['batch_id'], ['aid_payment_batches.id'],
                                name=op.f('fk_aid_payments_batch_id_aid_payment_batches')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_payments')),
    )
    op.create_index(op.f('ix_aid_payments_batch_id'), 'aid_payments', ['batch_id'], unique=False)
    op.create_index(op.f('ix_aid_payments_case_id'), 'aid_payments', ['case_id'], unique=False)
    op.create_index(op.f('ix_aid_payments_paid_on'), 'aid_payments', ['paid_on'], unique=False)
    op.create_table(
        'aid_poverty_lines',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('effective_from', sa.Date(), nullable=False),
        sa.Column('monthly_amount', sa.Integer(), nullable=False),
        sa.Column('note', sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_poverty_lines')),
        sa.UniqueConstraint('effective_from', name=op.f('uq_aid_poverty_lines_effective_from')),
    )
    op.create_table(
        'aid_settings',
        sa.Column('key', sa.String(length=40), nullable=False),
        sa.Column('value', sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_aid_settings')),
    )


def downgrade() -> None:
    op.drop_table('aid_settings')
    op.drop_table('aid_poverty_lines')
    op.drop_table('aid_payments')
    op.drop_table('aid_payment_batches')
    op.drop_table('aid_case_steps')
    op.drop_table('aid_household_members')
    op.drop_table('aid_cases')
