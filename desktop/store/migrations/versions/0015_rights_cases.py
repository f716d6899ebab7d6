"""Rights cases (维权): legal-aid requests and labour-dispute mediation, with their steps.

Revision ID: 0015
Revises: 0008
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa

revision = '0015'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('rights_cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_no', sa.String(length=20), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('collective', sa.Boolean(), nullable=False),
    sa.Column('headcount', sa.Integer(), nullable=False),
    sa.Column('other_party', sa.String(length=100), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('request', sa.Text(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('urgency', sa.String(length=10), nullable=False),
    sa.Column('amount_claimed', sa.Integer(), nullable=False),
    sa.Column('injury_detail', sa.Text(), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('accepted_on', sa.Date(), nullable=True),
    sa.Column('mediation_due', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('amount_recovered', sa.Integer(), nullable=False),
    sa.Column('filed_by', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_rights_cases_member_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rights_cases')),
    sa.UniqueConstraint('case_no', name=op.f('uq_rights_cases_case_no'))
    )
    op.create_index(op.f('ix_rights_cases_category'), 'rights_cases', ['category'], unique=False)
    op.create_index(op.f('ix_rights_cases_member_id'), 'rights_cases', ['member_id'], unique=False)
    op.create_index(op.f('ix_rights_cases_received_on'), 'rights_cases', ['received_on'], unique=False)
    op.create_table('rights_case_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['rights_cases.id'], name=op.f('fk_rights_case_members_case_id_rights_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_rights_case_members_member_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rights_case_members'))
    )
    op.create_index(op.f('ix_rights_case_members_case_id'), 'rights_case_members', ['case_id'], unique=False)
    op.create_index(op.f('ix_rights_case_members_member_id'), 'rights_case_members', ['member_id'], unique=False)
    op.create_table('rights_case_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('step', sa.String(length=20), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=False),
    sa.Column('handler', sa.String(length=60), nullable=False),
    sa.Column('participants', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('referral', sa.String(length=20), nullable=False),
    sa.Column('terms', sa.Text(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('recorded_by', sa.String(length=60), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['rights_cases.id'], name=op.f('fk_rights_case_steps_case_id_rights_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rights_case_steps'))
    )
    op.create_index(op.f('ix_rights_case_steps_case_id'), 'rights_case_steps', ['case_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_rights_case_steps_case_id'), table_name='rights_case_steps')
    op.drop_table('rights_case_steps')
    op.drop_index(op.f('ix_rights_case_members_member_id'), table_name='rights_case_members')
    op.drop_index(op.f('ix_rights_case_members_case_id'), table_name='rights_case_members')
    op.drop_table('rights_case_members')
    op.drop_index(op.f('ix_rights_cases_received_on'), table_name='rights_cases')
    op.drop_index(op.f('ix_rights_cases_member_id'), table_name='rights_cases')
    op.drop_index(op.f('ix_rights_cases_category'), table_name='rights_cases')
    op.drop_table('rights_cases')
