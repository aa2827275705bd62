"""interpreters.away: the periods an interpreter is away (issue 21)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06

A maintained list of interpreters says when each is away (leave, another assignment), so the
schedule can refuse booking one on those days. Each period is {"from", "to", "reason"}, both days
included. A laptop that does not know the column yet ignores it in what it pulls; HQ, upgraded
first, accepts it from the laptops that send it.
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


def downgrade() -> None:
    with op.batch_alter_table("interpreters") as batch_op:
        batch_op.drop_column("away")
