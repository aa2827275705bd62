"""index attachment rows by the files they name

A device may download a file only when an attachment row in its scope names it (content or
thumbnail hash). These two partial expression indexes answer "which attachment rows name this
hash" from the index on both engines, at any size; rows of other tables are not in them, so a push
of cases or persons does no more index work than before. The queries that use them
(app/hq/api.py `blob_in_scope`) write the same expressions, with the key as a literal.

They are defined here only, not in app/hq/models.py: an expression on the JSON values is written
differently on SQLite and PostgreSQL.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-12
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

FIELDS = ("content_hash", "thumbnail_hash")


def _expression(dialect: str, field: str) -> str:
    if dialect == "postgresql":
        return f"(\"values\" ->> '{field}')"
    return f"json_extract(\"values\", '$.{field}')"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for field in FIELDS:
        op.execute(
            f"CREATE INDEX ix_hq_rows_attachment_{field} ON hq_rows ({_expression(dialect, field)}) "
            "WHERE table_name = 'attachments'"
        )


def downgrade() -> None:
    for field in FIELDS:
        op.execute(f"DROP INDEX ix_hq_rows_attachment_{field}")
