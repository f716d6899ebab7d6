"""Activities (活动): plans, participants, attendance, spending, competitions, condolence visits.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# The types of docs/domain.md "Activities", each with its default spending category; a union adds more.
ACTIVITY_TYPES = [
    ("training", "职工教育培训", "Staff education and training", "50101"),
    ("culture_sports", "文体活动", "Culture and sports", "50102"),
    ("publicity", "宣传活动", "Publicity", "50103"),
    ("recuperation", "劳模/先进职工疗休养", "Model-worker recuperation", "50104"),
    ("member", "会员活动", "Member activities", "50105"),
    ("condolence", "慰问", "Condolence visits", "50205"),
    ("competition", "劳动竞赛", "Labour competition", "50106"),
    ("suggestion", "合理化建议活动", "Rationalisation proposals", "50106"),
    ("meeting", "会议", "Meeting", "50302"),
    ("other", "其他", "Other", "50106"),
]
# Yearly ceilings per person (fen) of one province (docs/domain.md); editable in the pane.
CEILINGS = [("festival", 150000), ("birthday", 30000), ("hospital", 100000), ("wedding_birth", None),
            ("funeral", None), ("retirement", None)]


def upgrade() -> None:
    types = op.create_table(
        'activity_types',
        sa.Column('code', sa.String(length=20), nullable=False),
        sa.Column('zh', sa.String(length=60), nullable=False),
        sa.Column('en', sa.String(length=60), nullable=False),
        sa.Column('category_code', sa.String(length=8), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('builtin', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('code', name=op.f('pk_activity_types')),
    )
    op.create_table(
        'activities',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('type_code', sa.String(length=20), nullable=False),
        sa.Column('starts_on', sa.Date(), nullable=False),
        sa.Column('start_time', sa.Time(), nullable=True),
        sa.Column('ends_on', sa.Date(), nullable=True),
        sa.Column('end_time', sa.Time(), nullable=True),
        sa.Column('place', sa.String(length=200), nullable=False),
        sa.Column('organizer', sa.String(length=100), nullable=False),
        sa.Column('description', sa.Text(), nullable=False),
        sa.Column('budget', sa.Integer(), nullable=True),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('capacity', sa.Integer(), nullable=True),
        sa.Column('copied_from_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(['type_code'], ['activity_types.code'],
                                name=op.f('fk_activities_type_code_activity_types')),
        sa.ForeignKeyConstraint(['copied_from_id'], ['activities.id'],
                                name=op.f('fk_activities_copied_from_id_activities'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_activities')),
    )
    op.create_index('ix_activities_starts_on', 'activities', ['starts_on', 'id'])
    op.create_index('ix_activities_type_code', 'activities', ['type_code'])
    op.create_index('ix_activities_status', 'activities', ['status'])
    op.create_table(
        'activity_participants',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('activity_id', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('state', sa.String(length=12), nullable=False),
        sa.Column('signed_up_at', sa.DateTime(), nullable=False),
        sa.Column('cancelled_at', sa.DateTime(), nullable=True),
        sa.Column('present', sa.Boolean(), nullable=False),
        sa.Column('checked_in_at', sa.DateTime(), nullable=True),
        sa.Column('late', sa.Boolean(), nullable=False),
        sa.Column('walk_in', sa.Boolean(), nullable=False),
        sa.Column('attended_on', sa.Date(), nullable=True),
        sa.Column('team_name', sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(['activity_id'], ['activities.id'],
                                name=op.f('fk_activity_participants_activity_id_activities'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['member_id'], ['members.id'],
                                name=op.f('fk_activity_participants_member_id_members'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_participants')),
        sa.UniqueConstraint('activity_id', 'member_id', name=op.f('uq_activity_participants_activity_id')),
    )
    op.create_index('ix_activity_participants_member_attended', 'activity_participants',
                    ['member_id', 'attended_on'])
    op.create_table(
        'activity_expenses',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('activity_id', sa.Integer(), nullable=False),
        sa.Column('category_code', sa.String(length=8), nullable=False),
        sa.Column('amount', sa.Integer(), nullable=False),
        sa.Column('spent_on', sa.Date(), nullable=False),
        sa.Column('invoice_no', sa.String(length=60), server_default='', nullable=False),
        sa.Column('payee', sa.String(length=100), server_default='', nullable=False),
        sa.Column('note', sa.Text(), server_default='', nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(['activity_id'], ['activities.id'],
                                name=op.f('fk_activity_expenses_activity_id_activities')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_expenses')),
    )
    op.create_index(op.f('ix_activity_expenses_activity_id'), 'activity_expenses', ['activity_id'])
    op.create_index(op.f('ix_activity_expenses_spent_on'), 'activity_expenses', ['spent_on'])
    op.create_table(
        'activity_results',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('activity_id', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=True),
        sa.Column('team_name', sa.String(length=60), nullable=False),
        sa.Column('rank', sa.Integer(), nullable=True),
        sa.Column('score', sa.String(length=30), nullable=False),
        sa.Column('award', sa.String(length=60), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['activity_id'], ['activities.id'],
                                name=op.f('fk_activity_results_activity_id_activities'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['member_id'], ['members.id'],
                                name=op.f('fk_activity_results_member_id_members'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_results')),
    )
    op.create_index(op.f('ix_activity_results_activity_id'), 'activity_results', ['activity_id'])
    op.create_table(
        'condolence_visits',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('activity_id', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('reason', sa.String(length=20), nullable=False),
        sa.Column('visited_on', sa.Date(), nullable=False),
        sa.Column('amount', sa.Integer(), nullable=False),
        sa.Column('gift', sa.String(length=100), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('expense_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['activity_id'], ['activities.id'],
                                name=op.f('fk_condolence_visits_activity_id_activities')),
        sa.ForeignKeyConstraint(['member_id'], ['members.id'],
                                name=op.f('fk_condolence_visits_member_id_members')),
        sa.ForeignKeyConstraint(['expense_id'], ['activity_expenses.id'],
                                name=op.f('fk_condolence_visits_expense_id_activity_expenses'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_condolence_visits')),
    )
    op.create_index(op.f('ix_condolence_visits_activity_id'), 'condolence_visits', ['activity_id'])
    op.create_index('ix_condolence_visits_member_reason', 'condolence_visits', ['member_id', 'reason', 'visited_on'])
    ceilings = op.create_table(
        'condolence_ceilings',
        sa.Column('reason', sa.String(length=20), nullable=False),
        sa.Column('yearly_limit', sa.Integer(), nullable=True),
        sa.Column('updated_at', sa.DateTime(), nullable=True),
        sa.Column('updated_by', sa.String(length=60), nullable=True),
        sa.PrimaryKeyConstraint('reason', name=op.f('pk_condolence_ceilings')),
    )
    op.bulk_insert(types, [dict(code=c, zh=zh, en=en, category_code=cat, position=n, builtin=True)
                           for n, (c, zh, en, cat) in enumerate(ACTIVITY_TYPES)])
    op.bulk_insert(ceilings, [dict(reason=r, yearly_limit=fen) for r, fen in CEILINGS])


def downgrade() -> None:
    op.drop_table('condolence_ceilings')
    op.drop_index('ix_condolence_visits_member_reason', table_name='condolence_visits')
    op.drop_index(op.f('ix_condolence_visits_activity_id'), table_name='condolence_visits')
    op.drop_table('condolence_visits')
    op.drop_index(op.f('ix_activity_results_activity_id'), table_name='activity_results')
    op.drop_table('activity_results')
    op.drop_index(op.f('ix_activity_expenses_spent_on'), table_name='activity_expenses')
    op.drop_index(op.f('ix_activity_expenses_activity_id'), table_name='activity_expenses')
    op.drop_table('activity_expenses')
    op.drop_index('ix_activity_participants_member_attended', table_name='activity_participants')
    op.drop_table('activity_participants')
    op.drop_index('ix_activities_status', table_name='activities')
    op.drop_index('ix_activities_type_code', table_name='activities')
    op.drop_index('ix_activities_starts_on', table_name='activities')
    op.drop_table('activities')
    op.drop_table('activity_types')
