"""Votes and elections (选举与表决): setup, electorate, ballots, counting, results.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'votes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('meeting', sa.String(length=200), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('preset', sa.String(length=30), nullable=False),
        sa.Column('base', sa.String(length=10), nullable=False),
        sa.Column('threshold', sa.String(length=20), nullable=False),
        sa.Column('quorum', sa.String(length=20), nullable=False),
        sa.Column('secret', sa.Boolean(), nullable=False),
        sa.Column('seats', sa.Integer(), nullable=False),
        sa.Column('candidate_order', sa.String(length=10), nullable=False),
        sa.Column('electorate_kind', sa.String(length=20), nullable=False),
        sa.Column('electorate_department', sa.String(length=60), nullable=True),
        sa.Column('electorate_count', sa.Integer(), nullable=True),
        sa.Column('electorate_fingerprint', sa.String(length=16), nullable=True),
        sa.Column('present_count', sa.Integer(), nullable=True),
        sa.Column('ballots_printed', sa.Integer(), nullable=False),
        sa.Column('ballots_issued', sa.Integer(), nullable=True),
        sa.Column('ballots_returned', sa.Integer(), nullable=True),
        sa.Column('ballots_spoiled', sa.Integer(), nullable=False),
        sa.Column('ballots_destroyed', sa.Integer(), nullable=False),
        sa.Column('entry_mode', sa.String(length=10), nullable=False),
        sa.Column('double_entry', sa.Boolean(), nullable=False),
        sa.Column('hide_running', sa.Boolean(), nullable=False),
        sa.Column('totals_valid', sa.Integer(), nullable=True),
        sa.Column('totals_invalid', sa.Integer(), nullable=True),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('void_reason', sa.String(length=30), nullable=True),
        sa.Column('round_no', sa.Integer(), nullable=False),
        sa.Column('previous_id', sa.Integer(), nullable=True),
        sa.Column('round_reason', sa.String(length=20), nullable=True),
        sa.Column('held_on', sa.Date(), nullable=True),
        sa.Column('place', sa.String(length=100), nullable=False),
        sa.Column('chief_scrutineer', sa.String(length=100), nullable=False),
        sa.Column('scrutineers', sa.String(length=200), nullable=False),
        sa.Column('counters', sa.String(length=200), nullable=False),
        sa.Column('result', sa.Text(), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=60), nullable=False),
        sa.Column('opened_at', sa.DateTime(), nullable=True),
        sa.Column('closed_at', sa.DateTime(), nullable=True),
        sa.Column('published_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['previous_id'], ['votes.id'], name=op.f('fk_votes_previous_id_votes'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_votes')),
    )
    op.create_index('ix_votes_held_on', 'votes', ['held_on', 'id'])
    op.create_index('ix_votes_status', 'votes', ['status'])
    op.create_index('ix_votes_previous_id', 'votes', ['previous_id'])
    op.create_table(
        'vote_candidates',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('vote_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=True),
        sa.Column('detail', sa.String(length=300), nullable=False),
        sa.Column('write_in', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['vote_id'], ['votes.id'], name=op.f('fk_vote_candidates_vote_id_votes'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_vote_candidates_member_id_members'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_vote_candidates')),
    )
    op.create_index(op.f('ix_vote_candidates_vote_id'), 'vote_candidates', ['vote_id'])
    op.create_table(
        'vote_electors',
        sa.Column('vote_id', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['vote_id'], ['votes.id'], name=op.f('fk_vote_electors_vote_id_votes'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_vote_electors_member_id_members'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('vote_id', 'member_id', name=op.f('pk_vote_electors')),
    )
    op.create_index(op.f('ix_vote_electors_member_id'), 'vote_electors', ['member_id'])
    op.create_table(
        'vote_ballots',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('vote_id', sa.Integer(), nullable=False),
        sa.Column('pass_no', sa.Integer(), nullable=False),
        sa.Column('entry_no', sa.Integer(), nullable=False),
        sa.Column('spoiled', sa.String(length=20), nullable=True),
        sa.Column('marks', sa.Text(), nullable=False),
        sa.Column('write_ins', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['vote_id'], ['votes.id'], name=op.f('fk_vote_ballots_vote_id_votes'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_vote_ballots')),
        sa.UniqueConstraint('vote_id', 'pass_no', 'entry_no', name=op.f('uq_vote_ballots_vote_id')),
    )
    op.create_table(
        'vote_totals',
        sa.Column('vote_id', sa.Integer(), nullable=False),
        sa.Column('candidate_id', sa.Integer(), nullable=False),
        sa.Column('yes', sa.Integer(), nullable=False),
        sa.Column('no', sa.Integer(), nullable=False),
        sa.Column('abstain', sa.Integer(), nullable=False),
        sa.Column('write_in', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['vote_id'], ['votes.id'], name=op.f('fk_vote_totals_vote_id_votes'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['candidate_id'], ['vote_candidates.id'],
                                name=op.f('fk_vote_totals_candidate_id_vote_candidates'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('vote_id', 'candidate_id', name=op.f('pk_vote_totals')),
    )


def downgrade() -> None:
    op.drop_table('vote_totals')
    op.drop_table('vote_ballots')
    op.drop_index(op.f('ix_vote_electors_member_id'), table_name='vote_electors')
    op.drop_table('vote_electors')
    op.drop_index(op.f('ix_vote_candidates_vote_id'), table_name='vote_candidates')
    op.drop_table('vote_candidates')
    op.drop_index('ix_votes_previous_id', table_name='votes')
    op.drop_index('ix_votes_status', table_name='votes')
    op.drop_index('ix_votes_held_on', table_name='votes')
    op.drop_table('votes')
