"""drop hq_rows' single-column case_id index

ix_hq_rows_case_seq (case_id, seq) answers every look-up by case_id the single-column index did;
keeping both cost every pushed row one more index insert, a measurable part of PostgreSQL's work on a
push (docs/benchmarks.md).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hq_rows", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hq_rows_case_id"))


def downgrade() -> None:
    with op.batch_alter_table("hq_rows", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hq_rows_case_id"), ["case_id"], unique=False)
