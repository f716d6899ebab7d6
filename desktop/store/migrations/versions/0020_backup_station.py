"""The server's backup station: the PC (by its network name) that makes the daily backup of a
database on a PostgreSQL server. Every PC of a union shares the server database, so a daily backup on
each of them would make many copies of one state; the chair names one PC instead. Empty: none named
(the backups pane says so). Unused for an SQLite file, which each PC backs up beside itself.

Revision ID: 0020
Revises: 0017
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('union_profile', sa.Column('backup_station', sa.String(length=100), nullable=False,
                                             server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('union_profile') as batch:
        batch.drop_column('backup_station')
