"""file custody: who holds a case's paper file, since when, due back when, and its home (issue 22)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06

- cases.file_holder: who holds the paper file now (None: it is in its place);
- cases.file_held_since: since when (UTC);
- cases.file_due: the day it is due back (ISO date; None: no due date), indexed for the overdue list;
- cases.file_home: the location a check-in returns it to (the cabinet it was in when checked out);
- file_movements.kind (move, checkout or checkin; rows made before are moves), .holder (who took
  it, or who gave it back) and .due (the due date a checkout gave).

A laptop that does not know a column yet ignores it in what it pulls; HQ, which stores rows as
JSON, needs no migration.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch_op:
        batch_op.add_column(sa.Column("file_holder", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("file_held_since", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("file_due", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("file_home", sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f("ix_cases_file_due"), ["file_due"], unique=False)
    with op.batch_alter_table("file_movements") as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=16), nullable=False, server_default="move"))
        batch_op.add_column(sa.Column("holder", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("due", sa.String(length=10), nullable=True))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+): a batch would copy `cases` into a new table, which the rows
    # of every case table refer to, and the foreign keys refuse dropping the old one.
    op.drop_index(op.f("ix_cases_file_due"), table_name="cases")
    for table, columns in (
        ("file_movements", ("due", "holder", "kind")),
        ("cases", ("file_home", "file_due", "file_held_since", "file_holder")),
    ):
        for column in columns:
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
