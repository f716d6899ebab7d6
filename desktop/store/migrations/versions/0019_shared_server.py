"""Several PCs on one server: a version on every editable record (optimistic locking), and the
board of connected sessions.

Revision ID: 0019
Revises: 0017
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa

revision = '0019'
down_revision = '0017'
branch_labels = None
depends_on = None

# The tables of desktop.domain.base.Versioned entities. Existing rows start at version 1; their
# seals still hold (row_seals.UNSEALED_COLUMNS leaves the column out of the row hash).
VERSIONED_TABLES = ('members', 'activities', 'condolence_visits', 'aid_cases', 'votes', 'rights_cases',
                    'congress_sessions', 'proposals', 'suggestions', 'users', 'fund_entries')


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        op.add_column(table, sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    op.create_table('user_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('display_name', sa.String(length=60), nullable=False),
    sa.Column('pc_name', sa.String(length=100), nullable=False),
    sa.Column('pid', sa.Integer(), nullable=False),
    sa.Column('since', sa.DateTime(), nullable=False),
    sa.Column('last_seen', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_sessions'))
    )


def downgrade() -> None:
    op.drop_table('user_sessions')
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column('version')
