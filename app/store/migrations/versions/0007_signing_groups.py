"""signing_groups: who made each change, signed with that user's own key (issue 19.14)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-14

HQ trusted the editor a laptop named in a push. Each unit of work now signs its outbox entries with
the unlocked user's key (app/store/keyslots.py), in groups of at most 100: the user, the unit of
work's reason and each change's digest, one signature (app/services/authorship.py). A group covers a
range of device sequence numbers (one unit of work's entries are consecutive), so an outbox entry
finds its group by its number and the outbox itself is not rewritten. Entries written before this
revision have no group: they travel unsigned and HQ gives them an interviewer's rights.

The marks of files HQ said it held are forgotten, so the next sync asks HQ again: HQ now records
which laptop showed it which file (HQ migration 0005), could not know it for files uploaded before,
and serves a file only through a record named by a laptop that showed it. It answers "held" for
each file this laptop may know of, so only a file uploaded before HQ's upgrade and named after it
is sent again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signing_groups",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("first_seq", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("digests", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_groups")),
    )
    op.create_index("ix_signing_groups_last_seq", "signing_groups", ["last_seq"], unique=False)
    op.execute("DELETE FROM transfer_state WHERE direction = 'up' AND \"offset\" < 0")


def downgrade() -> None:
    op.drop_index("ix_signing_groups_last_seq", table_name="signing_groups")
    op.drop_table("signing_groups")
