"""Votes, second pass: tellers assigned per vote, the 差额 margin kept per round, and write-ins
that cannot be elected (not a member in good standing).

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('margin_percent', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('teller_1', sa.String(length=60), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('teller_2', sa.String(length=60), nullable=False, server_default=''))
    with op.batch_alter_table('vote_candidates', schema=None) as batch_op:
        batch_op.add_column(sa.Column('eligible', sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table('vote_candidates', schema=None) as batch_op:
        batch_op.drop_column('eligible')
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.drop_column('teller_2')
        batch_op.drop_column('teller_1')
        batch_op.drop_column('margin_percent')
