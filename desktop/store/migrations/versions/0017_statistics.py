"""Yearly union figures the register does not hold (职工人数, sizes of union bodies), with their date.

Revision ID: 0017
Revises: 0015
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('union_year_figures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('workforce', sa.Integer(), nullable=False),
    sa.Column('women_workforce', sa.Integer(), nullable=True),
    sa.Column('migrant_workforce', sa.Integer(), nullable=True),
    sa.Column('committee', sa.Integer(), nullable=True),
    sa.Column('audit_committee', sa.Integer(), nullable=True),
    sa.Column('women_committee', sa.Integer(), nullable=True),
    sa.Column('member_representatives', sa.Integer(), nullable=True),
    sa.Column('congress_delegates', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=60), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_union_year_figures')),
    sa.UniqueConstraint('as_of', name=op.f('uq_union_year_figures_as_of'))
    )


def downgrade() -> None:
    op.drop_table('union_year_figures')
