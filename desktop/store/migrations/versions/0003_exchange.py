"""Spreadsheet exchange: import history (for undoing an import), remembered column mappings, and
what was last submitted to the parent union.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'import_batches',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('file_name', sa.String(length=260), nullable=False),
        sa.Column('sheet', sa.String(length=100), nullable=False),
        sa.Column('on_duplicate', sa.String(length=10), nullable=False),
        sa.Column('imported_at', sa.DateTime(), nullable=False),
        sa.Column('finished_at', sa.DateTime(), nullable=False),
        sa.Column('imported_by', sa.String(length=60), nullable=False),
        sa.Column('created_count', sa.Integer(), nullable=False),
        sa.Column('updated_count', sa.Integer(), nullable=False),
        sa.Column('skipped_count', sa.Integer(), nullable=False),
        sa.Column('rejected_count', sa.Integer(), nullable=False),
        sa.Column('rolled_back_at', sa.DateTime(), nullable=True),
        sa.Column('rolled_back_by', sa.String(length=60), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batches')),
    )
    op.create_table(
        'import_batch_items',
        sa.Column('batch_id', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('action', sa.String(length=10), nullable=False),
        sa.Column('before', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['batch_id'], ['import_batches.id'],
                                name=op.f('fk_import_batch_items_batch_id_import_batches'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['member_id'], ['members.id'],
                                name=op.f('fk_import_batch_items_member_id_members'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('batch_id', 'member_id', name=op.f('pk_import_batch_items')),
    )
    op.create_index(op.f('ix_import_batch_items_member_id'), 'import_batch_items', ['member_id'])
    op.create_table(
        'import_mappings',
        sa.Column('signature', sa.String(length=64), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('mapping', sa.Text(), nullable=False),
        sa.Column('used_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('signature', name=op.f('pk_import_mappings')),
    )
    op.create_table(
        'export_submissions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('profile', sa.String(length=60), nullable=False),
        sa.Column('exported_at', sa.DateTime(), nullable=False),
        sa.Column('exported_by', sa.String(length=60), nullable=False),
        sa.Column('file_name', sa.String(length=260), nullable=False),
        sa.Column('member_count', sa.Integer(), nullable=False),
        sa.Column('since_last', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_export_submissions')),
    )
    op.create_table(
        'export_fingerprints',
        sa.Column('profile', sa.String(length=60), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('fingerprint', sa.String(length=40), nullable=False),
        sa.Column('submission_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['member_id'], ['members.id'],
                                name=op.f('fk_export_fingerprints_member_id_members'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['submission_id'], ['export_submissions.id'],
                                name=op.f('fk_export_fingerprints_submission_id_export_submissions'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('profile', 'member_id', name=op.f('pk_export_fingerprints')),
    )
    op.create_index(op.f('ix_export_fingerprints_member_id'), 'export_fingerprints', ['member_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_export_fingerprints_member_id'), table_name='export_fingerprints')
    op.drop_table('export_fingerprints')
    op.drop_table('export_submissions')
    op.drop_table('import_mappings')
    op.drop_index(op.f('ix_import_batch_items_member_id'), table_name='import_batch_items')
    op.drop_table('import_batch_items')
    op.drop_table('import_batches')
