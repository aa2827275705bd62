"""foreign key indexes: every reference to another record is indexed (issue 24)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07

SQLite checks a foreign key from the parent's side too: writing or deleting a person while a
reference to some parent is still unresolved in the transaction (a pull page that brings a note
before its person, a case leaving the laptop's scope) looks up the rows that name that person.
Without an index on the referencing column that is a scan of the whole table per person. These
five references had none:

- appointments.interpreter_id, interviews.interpreter_id -> interpreters
- notes.person_id, qc_findings.person_id -> persons
- notices.result_id -> adjudication_results

Indexes only: nothing synced changes, HQ needs no migration.
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

INDEXES = (
    ("appointments", "interpreter_id"),
    ("interviews", "interpreter_id"),
    ("notes", "person_id"),
    ("qc_findings", "person_id"),
    ("notices", "result_id"),
)


def upgrade() -> None:
    for table, column in INDEXES:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def downgrade() -> None:
    for table, column in INDEXES:
        op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
