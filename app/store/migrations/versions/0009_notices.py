"""notices: each notice given to a family, in their language (issue 21)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06

A notice is its own synced case record (kind appointment, result or briefing; the language it was
written in; channel document or sms; the appointment or result it is about; who issued it and
when), so two laptops notifying the same family add two records and never conflict. The schedule
shows a family as notified from these.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notices",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("appointment_id", sa.String(length=36), nullable=True),
        sa.Column("result_id", sa.String(length=36), nullable=True),
        sa.Column("issued_by", sa.String(length=64), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["result_id"],
            ["adjudication_results.id"],
            name=op.f("fk_notices_result_id_adjudication_results"),
        ),
        sa.ForeignKeyConstraint(
            ["appointment_id"], ["appointments.id"], name=op.f("fk_notices_appointment_id_appointments")
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_notices_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notices")),
    )
    with op.batch_alter_table("notices") as batch_op:
        batch_op.create_index(batch_op.f("ix_notices_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notices_appointment_id"), ["appointment_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("notices") as batch_op:
        batch_op.drop_index(batch_op.f("ix_notices_appointment_id"))
        batch_op.drop_index(batch_op.f("ix_notices_case_id"))
    op.drop_table("notices")
