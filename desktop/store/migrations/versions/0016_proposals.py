"""Proposals (职代会提案: congress sessions, proposals, seconders, steps) and rationalization
suggestions (合理化建议: suggestions, proposers, scores, steps); their shared settings.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05 18:45:44.007514
"""
from alembic import op
import sqlalchemy as sa


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('congress_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('seconders_required', sa.Integer(), nullable=False),
    sa.Column('answer_days', sa.Integer(), nullable=False),
    sa.Column('vote_id', sa.Integer(), nullable=True),
    sa.Column('vote_mode', sa.String(length=10), nullable=False),
    sa.Column('created_by', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_congress_sessions')),
    sa.UniqueConstraint('name', name=op.f('uq_congress_sessions_name'))
    )
    op.create_table('proposal_settings',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_proposal_settings'))
    )
    op.create_table('suggestions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('situation', sa.Text(), nullable=False),
    sa.Column('proposal', sa.Text(), nullable=False),
    sa.Column('expected_benefit', sa.Text(), nullable=False),
    sa.Column('team', sa.String(length=100), nullable=False),
    sa.Column('department', sa.String(length=60), nullable=False),
    sa.Column('submitted_on', sa.Date(), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('reviews', sa.Integer(), nullable=False),
    sa.Column('implemented_on', sa.Date(), nullable=True),
    sa.Column('actual_benefit', sa.Integer(), nullable=False),
    sa.Column('reward_grade', sa.String(length=10), nullable=False),
    sa.Column('reward_amount', sa.Integer(), nullable=False),
    sa.Column('reward_entry_id', sa.Integer(), nullable=True),
    sa.Column('rewarded_on', sa.Date(), nullable=True),
    sa.Column('filed_by', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_suggestions')),
    sa.UniqueConstraint('number', name=op.f('uq_suggestions_number'))
    )
    with op.batch_alter_table('suggestions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_suggestions_submitted_on'), ['submitted_on'], unique=False)

    op.create_table('proposals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('measures', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('submitted_on', sa.Date(), nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('merged_into_id', sa.Integer(), nullable=True),
    sa.Column('department', sa.String(length=60), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('answered_in_time', sa.Boolean(), nullable=True),
    sa.Column('satisfaction', sa.String(length=20), nullable=False),
    sa.Column('returned', sa.Boolean(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('vote_item_id', sa.Integer(), nullable=True),
    sa.Column('approved', sa.Boolean(), nullable=True),
    sa.Column('filed_by', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['lead_id'], ['members.id'], name=op.f('fk_proposals_lead_id_members')),
    sa.ForeignKeyConstraint(['session_id'], ['congress_sessions.id'], name=op.f('fk_proposals_session_id_congress_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposals')),
    sa.UniqueConstraint('session_id', 'number', name=op.f('uq_proposals_session_id'))
    )
    with op.batch_alter_table('proposals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposals_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposals_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposals_session_id'), ['session_id'], unique=False)

    op.create_table('suggestion_proposers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('suggestion_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_suggestion_proposers_member_id_members')),
    sa.ForeignKeyConstraint(['suggestion_id'], ['suggestions.id'], name=op.f('fk_suggestion_proposers_suggestion_id_suggestions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_suggestion_proposers'))
    )
    with op.batch_alter_table('suggestion_proposers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_suggestion_proposers_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_suggestion_proposers_suggestion_id'), ['suggestion_id'], unique=False)

    op.create_table('suggestion_scores',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('suggestion_id', sa.Integer(), nullable=False),
    sa.Column('reviewer', sa.String(length=60), nullable=False),
    sa.Column('scored_on', sa.Date(), nullable=False),
    sa.Column('sheet', sa.Text(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.String(length=60), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['suggestion_id'], ['suggestions.id'], name=op.f('fk_suggestion_scores_suggestion_id_suggestions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_suggestion_scores'))
    )
    with op.batch_alter_table('suggestion_scores', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_suggestion_scores_suggestion_id'), ['suggestion_id'], unique=False)

    op.create_table('suggestion_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('suggestion_id', sa.Integer(), nullable=False),
    sa.Column('step', sa.String(length=20), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=False),
    sa.Column('handler', sa.String(length=60), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('department', sa.String(length=60), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('recorded_by', sa.String(length=60), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['suggestion_id'], ['suggestions.id'], name=op.f('fk_suggestion_steps_suggestion_id_suggestions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_suggestion_steps'))
    )
    with op.batch_alter_table('suggestion_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_suggestion_steps_suggestion_id'), ['suggestion_id'], unique=False)

    op.create_table('proposal_seconders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_proposal_seconders_member_id_members')),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposals.id'], name=op.f('fk_proposal_seconders_proposal_id_proposals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal_seconders'))
    )
    with op.batch_alter_table('proposal_seconders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposal_seconders_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposal_seconders_proposal_id'), ['proposal_id'], unique=False)

    op.create_table('proposal_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('step', sa.String(length=20), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=False),
    sa.Column('handler', sa.String(length=60), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('department', sa.String(length=60), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('merged_into_id', sa.Integer(), nullable=True),
    sa.Column('recorded_by', sa.String(length=60), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposals.id'], name=op.f('fk_proposal_steps_proposal_id_proposals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal_steps'))
    )
    with op.batch_alter_table('proposal_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposal_steps_proposal_id'), ['proposal_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('proposal_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposal_steps_proposal_id'))

    op.drop_table('proposal_steps')
    with op.batch_alter_table('proposal_seconders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposal_seconders_proposal_id'))
        batch_op.drop_index(batch_op.f('ix_proposal_seconders_member_id'))

    op.drop_table('proposal_seconders')
    with op.batch_alter_table('suggestion_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_suggestion_steps_suggestion_id'))

    op.drop_table('suggestion_steps')
    with op.batch_alter_table('suggestion_scores', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_suggestion_scores_suggestion_id'))

    op.drop_table('suggestion_scores')
    with op.batch_alter_table('suggestion_proposers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_suggestion_proposers_suggestion_id'))
        batch_op.drop_index(batch_op.f('ix_suggestion_proposers_member_id'))

    op.drop_table('suggestion_proposers')
    with op.batch_alter_table('proposals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposals_session_id'))
        batch_op.drop_index(batch_op.f('ix_proposals_lead_id'))
        batch_op.drop_index(batch_op.f('ix_proposals_category'))

    op.drop_table('proposals')
    with op.batch_alter_table('suggestions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_suggestions_submitted_on'))

    op.drop_table('suggestions')
    op.drop_table('proposal_settings')
    op.drop_table('congress_sessions')

