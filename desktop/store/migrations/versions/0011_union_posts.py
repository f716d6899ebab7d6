"""工会职务: a member's union posts with from/to dates.

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'member_posts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('post', sa.String(length=4), nullable=False),
        sa.Column('started_on', sa.Date(), nullable=False),
        sa.Column('ended_on', sa.Date(), nullable=True),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.Column('recorded_by', sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_member_posts_member_id_members'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_member_posts')),
    )
    op.create_index(op.f('ix_member_posts_member_id'), 'member_posts', ['member_id'], unique=False)
    op.create_index('ix_member_posts_post', 'member_posts', ['post', 'ended_on'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_member_posts_post', table_name='member_posts')
    op.drop_index(op.f('ix_member_posts_member_id'), table_name='member_posts')
    op.drop_table('member_posts')
