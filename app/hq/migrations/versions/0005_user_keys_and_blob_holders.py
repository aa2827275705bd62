"""users' signing keys and one-time user codes; which devices hold which files (issue 19.13-14)

- hq_user_keys: the Ed25519 keys users bound from their laptops (`circuitride user enroll`); HQ
  judges a signed change by the role of the user whose key signed it, else as an interviewer's.
- hq_user_codes: one-time codes (hashed) an administrator gives a user to bind a key.
- hq_blob_holders: devices that showed HQ they hold a file (uploaded it whole, hash checked). A
  file is served only through an attachment record whose naming came from such a device, so
  naming a hash learned elsewhere in one's own record no longer reads the file. Filled here from
  the attachment records HQ holds: each record's naming device is taken to hold its files (HQ
  cannot tell now who uploaded what before this revision).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-14
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

HASH_FIELDS = ("content_hash", "thumbnail_hash")


def upgrade() -> None:
    op.create_table(
        "hq_user_keys",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("bound_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("username", "public_key", name=op.f("pk_hq_user_keys")),
    )
    op.create_table(
        "hq_user_codes",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("used_by_device", sa.String(length=36), nullable=True),
        sa.Column("used_key", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("code_hash", name=op.f("pk_hq_user_codes")),
    )
    with op.batch_alter_table("hq_user_codes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hq_user_codes_username"), ["username"], unique=False)
    op.create_table(
        "hq_blob_holders",
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("hash", "device_id", name=op.f("pk_hq_blob_holders")),
    )

    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT \"values\", meta FROM hq_rows WHERE table_name = 'attachments'"))
    holders: set[tuple[str, str]] = set()
    for values, meta in rows:
        values = json.loads(values) if isinstance(values, str) else values or {}
        meta = json.loads(meta) if isinstance(meta, str) else meta or {}
        for field in HASH_FIELDS:
            sha, stamp = values.get(field), meta.get(field)
            if isinstance(sha, str) and isinstance(stamp, list) and len(stamp) > 2 and stamp[2]:
                holders.add((sha[:64], str(stamp[2])[:36]))
    if holders:
        table = sa.table("hq_blob_holders", sa.column("hash"), sa.column("device_id"))
        ordered = sorted(holders)
        for start in range(0, len(ordered), 5000):
            op.bulk_insert(table, [{"hash": h, "device_id": d} for h, d in ordered[start : start + 5000]])


def downgrade() -> None:
    op.drop_table("hq_blob_holders")
    with op.batch_alter_table("hq_user_codes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hq_user_codes_username"))
    op.drop_table("hq_user_codes")
    op.drop_table("hq_user_keys")
