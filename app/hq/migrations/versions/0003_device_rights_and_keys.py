"""devices' right to reference data; natural keys of cases and reference rows

- hq_devices.reference_data: whether a device may add and change sites, rides, interpreters and
  forms. Devices enrolled before this revision keep what they could do in practice where it is safe:
  those without a ride (a team lead's or hub laptop) may, ride laptops may not.
- hq_keys: the natural keys (case number, UNHCR id, the name of a site, ride or interpreter) of live
  rows, so a second row with the same key is noticed when it arrives (a conflict for a team lead,
  never a silent duplicate). Filled from the rows HQ holds.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hq_devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reference_data", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.execute("UPDATE hq_devices SET reference_data = (ride_id IS NULL)")
    op.create_table(
        "hq_keys",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("kind", "key", "row_id", name=op.f("pk_hq_keys")),
    )
    with op.batch_alter_table("hq_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hq_keys_row_id"), ["row_id"], unique=False)

    from app.models.natural_keys import natural_keys  # the one definition of a key, as the merge uses it

    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            'SELECT table_name, row_id, "values" FROM hq_rows WHERE deleted = :no AND table_name IN '
            "('cases', 'sites', 'circuit_rides', 'interpreters')"
        ),
        {"no": False},
    )
    keys: list[dict[str, Any]] = []
    for table, row_id, values in rows:
        if isinstance(values, str):
            values = json.loads(values)
        for kind, key in natural_keys(table, values or {}):
            keys.append({"kind": kind, "key": key, "row_id": row_id})
    if keys:
        op.bulk_insert(sa.table("hq_keys", sa.column("kind"), sa.column("key"), sa.column("row_id")), keys)


def downgrade() -> None:
    op.drop_table("hq_keys")
    with op.batch_alter_table("hq_devices", schema=None) as batch_op:
        batch_op.drop_column("reference_data")
