"""circuit-ride operations: interpreters' periods away, the schedule's officer, cancellation and
override reasons, and each site's working hours (issue 21)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06

- interpreters.away: the periods an interpreter is away ({"from", "to", "reason"}, both days
  included), so the schedule refuses booking them on those days;
- appointments.officer: the visiting officer an appointment is with (not a user of the laptop);
- appointments.cancel_reason: why an appointment was cancelled;
- appointments.override_reason: why a team lead booked it despite a schedule conflict (the
  booking stays flagged);
- sites.hours: the site's working hours, "08:00-17:00"; empty means the default day;
- adjudication_results.kind (interview, fingerprints or medical; `decision` holds that kind's
  outcome) and .reason (why, as the officer gave it).

A laptop that does not know a column yet ignores it in what it pulls; HQ, upgraded first, accepts it
from the laptops that send it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("interpreters") as batch_op:
        batch_op.add_column(sa.Column("away", sa.JSON(), nullable=False, server_default="[]"))
    with op.batch_alter_table("appointments") as batch_op:
        batch_op.add_column(sa.Column("officer", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("cancel_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("override_reason", sa.Text(), nullable=True))
    with op.batch_alter_table("sites") as batch_op:
        batch_op.add_column(sa.Column("hours", sa.String(length=11), nullable=True))
    with op.batch_alter_table("adjudication_results") as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=16), nullable=False, server_default="interview"))
        batch_op.add_column(sa.Column("reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("adjudication_results") as batch_op:
        batch_op.drop_column("reason")
        batch_op.drop_column("kind")
    with op.batch_alter_table("sites") as batch_op:
        batch_op.drop_column("hours")
    with op.batch_alter_table("appointments") as batch_op:
        batch_op.drop_column("override_reason")
        batch_op.drop_column("cancel_reason")
        batch_op.drop_column("officer")
    with op.batch_alter_table("interpreters") as batch_op:
        batch_op.drop_column("away")
