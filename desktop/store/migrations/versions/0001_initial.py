"""initial schema: members, membership history, search terms, audit

Revision ID: 0001
Revises: 
Create Date: 2026-11-21
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=60), nullable=False),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_records'))
    )
    with op.batch_alter_table('audit_records', schema=None) as batch_op:
        batch_op.create_index('ix_audit_records_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('gender', sa.String(length=1), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('ethnicity', sa.String(length=2), nullable=True),
    sa.Column('employment_status', sa.String(length=1), nullable=True),
    sa.Column('id_type', sa.String(length=1), nullable=False),
    sa.Column('id_number', sa.String(length=40), nullable=False),
    sa.Column('education', sa.String(length=2), nullable=True),
    sa.Column('skill_level', sa.String(length=1), nullable=True),
    sa.Column('mobile', sa.String(length=30), nullable=True),
    sa.Column('household_type', sa.String(length=1), nullable=True),
    sa.Column('household_place', sa.String(length=100), nullable=True),
    sa.Column('political_status', sa.String(length=2), nullable=True),
    sa.Column('work_unit', sa.String(length=100), nullable=True),
    sa.Column('native_place', sa.String(length=100), nullable=True),
    sa.Column('is_migrant_worker', sa.Boolean(), nullable=False),
    sa.Column('department', sa.String(length=60), nullable=True),
    sa.Column('team', sa.String(length=60), nullable=True),
    sa.Column('post', sa.String(length=60), nullable=True),
    sa.Column('hire_date', sa.Date(), nullable=True),
    sa.Column('join_date', sa.Date(), nullable=True),
    sa.Column('card_no', sa.String(length=40), nullable=True),
    sa.Column('member_no', sa.String(length=40), nullable=True),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('remarks', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('name_sort', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('deleted_by', sa.String(length=60), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_members')),
    sa.UniqueConstraint('id_number', name=op.f('uq_members_id_number'))
    )
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.create_index('ix_members_birth_date', ['birth_date'], unique=False)
        batch_op.create_index('ix_members_card_no', ['card_no'], unique=False)
        batch_op.create_index('ix_members_department', ['department', 'name_sort'], unique=False)
        batch_op.create_index('ix_members_join_date', ['join_date', 'id', 'deleted_at', 'status'], unique=False)
        batch_op.create_index('ix_members_name_sort', ['name_sort', 'id', 'deleted_at', 'status'], unique=False)

    op.create_table('member_search_terms',
    sa.Column('term', sa.String(length=120), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_member_search_terms_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('term', 'member_id', name=op.f('pk_member_search_terms'))
    )
    with op.batch_alter_table('member_search_terms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_search_terms_member_id'), ['member_id'], unique=False)

    op.create_table('membership_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('event_type', sa.String(length=20), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=2), nullable=True),
    sa.Column('approver', sa.String(length=60), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_membership_events_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership_events'))
    )
    with op.batch_alter_table('membership_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_events_member_id'), ['member_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('membership_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_events_member_id'))

    op.drop_table('membership_events')
    with op.batch_alter_table('member_search_terms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_search_terms_member_id'))

    op.drop_table('member_search_terms')
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_index('ix_members_name_sort')
        batch_op.drop_index('ix_members_join_date')
        batch_op.drop_index('ix_members_department')
        batch_op.drop_index('ix_members_card_no')
        batch_op.drop_index('ix_members_birth_date')

    op.drop_table('members')
    with op.batch_alter_table('audit_records', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_records_entity')

    op.drop_table('audit_records')
