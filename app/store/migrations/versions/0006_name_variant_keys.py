"""search: spelling-variant keys of every word of a person's names

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08

"Fiseha" found nothing for Fisseha, nor "Romanyuk" for Romaniuk, nor "Fisseha" for ፍስሃ: the
trigram index matches only what is written. Each word of a person's names (Latin, native script,
aliases) now has phonetic keys that its spelling variants and transliterations share
(app/util/text.py `name_keys`), stored under the person's FTS rowid. The table is WITHOUT ROWID
with the key first, so a look-up by key reads the index alone; a second index on the rowid lets
one person's keys be replaced. Existing persons are given their keys here.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_BATCH_ROWS = 20_000


def upgrade() -> None:
    from app.util.text import names_keys

    op.execute(
        "CREATE TABLE person_name_keys (key VARCHAR NOT NULL, fts_rowid INTEGER NOT NULL, "
        "PRIMARY KEY (key, fts_rowid)) WITHOUT ROWID"
    )
    op.create_index("ix_person_name_keys_fts_rowid", "person_name_keys", ["fts_rowid"])
    conn = op.get_bind()
    persons = conn.execute(
        sa.text(
            "SELECT k.fts_rowid, p.given_names, p.family_name, p.native_given_names, p.native_family_name, p.aliases "
            "FROM persons p JOIN person_search_keys k ON k.person_id = p.id WHERE p.deleted = 0"
        )
    ).all()
    insert = sa.text("INSERT INTO person_name_keys (key, fts_rowid) VALUES (:k, :r)")
    rows: list[dict[str, object]] = []
    for rowid, given, family, native_given, native_family, aliases in persons:
        names = [given, family, native_given, native_family, *_aliases(aliases)]
        rows.extend({"k": key, "r": rowid} for key in names_keys(names))
        if len(rows) >= _BATCH_ROWS:
            conn.execute(insert, rows)
            rows = []
    if rows:
        conn.execute(insert, rows)


def _aliases(value: object) -> list[str]:
    if isinstance(value, str):
        text = value
        try:
            value = json.loads(text)
        except ValueError:
            return [text]
    return [a for a in value if isinstance(a, str)] if isinstance(value, list) else []


def downgrade() -> None:
    op.drop_index("ix_person_name_keys_fts_rowid", table_name="person_name_keys")
    op.drop_table("person_name_keys")
