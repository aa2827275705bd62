"""form files: the photos, recordings and files of a form submission are attachments (issue 23)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07

- attachments.submission_id: the form submission whose media question the file answers (None for a
  case's own photos and scans), indexed to list a submission's files. Such attachments have the
  kind `form_file` and their title is the answer's file name.

A laptop that does not know the column yet ignores it in what it pulls; HQ, which stores rows as
JSON, needs no migration.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attachments") as batch_op:
        batch_op.add_column(sa.Column("submission_id", sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f("ix_attachments_submission_id"), ["submission_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_attachments_submission_id"), table_name="attachments")
    op.execute("ALTER TABLE attachments DROP COLUMN submission_id")
