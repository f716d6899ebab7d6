"""A member's join date may be unknown: rosters imported without 入会时间 (the parent-union template
has no such column) bring the member in with the date to be filled in later, so the first history
entry's date may be empty too.

Revision ID: 0012
Revises: 0008
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('membership_events', schema=None) as batch_op:
        batch_op.alter_column('event_date', existing_type=sa.Date(), nullable=True)


def downgrade() -> None:
    with op.batch_alter_table('membership_events', schema=None) as batch_op:
        batch_op.alter_column('event_date', existing_type=sa.Date(), nullable=False)
