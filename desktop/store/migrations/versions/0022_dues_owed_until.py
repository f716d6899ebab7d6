"""Each dues_owed row knows the month of the member's next row (`next_month`), with an index, so the
figures of every member at one month — the home pane's dues of the month, the members six months
behind — are one range of that index instead of one look-up per member (docs/design.md, "Dues
owed, kept"); and a partial index of the members with another document than a resident ID card. The table is filled here, not in 0021: the program's own dues code fills it, and that
code writes the newest columns, so the fill belongs to the newest migration that changes the table.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-05
"""
from alembic import op
import sqlalchemy as sa

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None

FOREVER = 9999 * 12 + 11   # rules.FOREVER, written out: a migration does not change with the code
SEALED_ROWS_UNCHANGED = True   # dues_owed is not sealed; an index changes no row (migrations_runner)


def upgrade() -> None:
    op.add_column('dues_owed', sa.Column('next_month', sa.Integer(), nullable=False,
                                         server_default=str(FOREVER)))
    op.create_index('ix_dues_owed_until', 'dues_owed', ['next_month', 'month'])
    # The home pane's reminder of members with another document than a resident ID card read the
    # whole register to find the few; a partial index holds just them.
    other_document = sa.text("id_type != '1'")
    op.create_index('ix_members_other_documents', 'members', ['name_sort'], sqlite_where=other_document,
                    postgresql_where=other_document)
    _fill()


def _fill() -> None:
    """A table already built from today's facts (a database at 0021) only needs the new column: one
    statement. Otherwise (a database from before 0021: the table is empty) every member's rows are
    built by the program's own rule; a reader that finds the table stale would rebuild it as well
    (kept.ensure_current)."""
    from sqlalchemy.orm import Session

    from desktop.domain.dues import kept

    with Session(bind=op.get_bind()) as session:
        if kept.is_current(session):
            session.execute(sa.text(
                "UPDATE dues_owed SET next_month = coalesce((SELECT min(later.month) FROM dues_owed later "
                "WHERE later.member_id = dues_owed.member_id AND later.month > dues_owed.month), :forever)"),
                {"forever": FOREVER})
        else:
            kept.rebuild(session)
        session.flush()


def downgrade() -> None:
    op.drop_index('ix_members_other_documents', table_name='members')
    op.drop_index('ix_dues_owed_until', table_name='dues_owed')
    with op.batch_alter_table('dues_owed') as batch:
        batch.drop_column('next_month')
