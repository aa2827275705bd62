"""search: date of birth beside each person's name-index key

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

A query of a name and a year ("andr 1981") intersected the name index with the date of birth by
reading every name match's person row: thousands of random page reads in the encrypted
workspace. With the date of birth in `person_search_keys` and an index on
(dob, fts_rowid), both sides are index-only reads of FTS rowids and the intersection is done
before any person row is read.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("person_search_keys", sa.Column("dob", sa.String(length=10), nullable=True))
    op.execute(
        "UPDATE person_search_keys SET dob = (SELECT p.dob FROM persons p WHERE p.id = person_search_keys.person_id)"
    )
    op.create_index("ix_person_search_keys_dob", "person_search_keys", ["dob", "fts_rowid"])


def downgrade() -> None:
    op.drop_index("ix_person_search_keys_dob", table_name="person_search_keys")
    with op.batch_alter_table("person_search_keys") as batch_op:
        batch_op.drop_column("dob")
