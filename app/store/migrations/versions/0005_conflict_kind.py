"""conflicts: what kind of conflict (two edits of a field, or two records with one natural key)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

HQ now also raises a conflict when two records hold one case number, UNHCR id or reference-data
name (two laptops registered the same case offline): both records are kept and a team lead gives
one of them another value. The laptop needs to tell that kind apart to explain it and to check the
value a team lead types.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conflicts") as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=16), nullable=False, server_default="concurrent"))


def downgrade() -> None:
    with op.batch_alter_table("conflicts") as batch_op:
        batch_op.drop_column("kind")
