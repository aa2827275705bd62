"""the team lead's desk: assignees, dated stage changes, quality findings, form reviews (issue 22)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06

- cases.assignee (the team member a case is assigned to; indexed for "my work") and
  cases.stage_since (when the case entered its current stage);
- appointments.assignee;
- stage_changes: one record per move of a case's stage (from, to, when, by whom), never edited;
- qc_findings: quality-control findings (rule, case, person, severity, status, detail, the other
  case and person of a possible duplicate and their likeness, assignee, note, found and closed);
- form_submissions.review_status (approved, has_issues, rejected), review_note, reviewed_by,
  reviewed_at: a team lead's review of a submitted form.

A laptop that does not know a column or table yet ignores it in what it pulls; HQ, which stores
rows as JSON, needs no migration.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

SYNCED_COLUMNS = (
    ("id", sa.String(length=36)),
    ("rev", sa.Integer()),
    ("hlc", sa.String(length=64)),
    ("origin_device", sa.String(length=36)),
    ("updated_by", sa.String(length=64)),
    ("updated_at", sa.DateTime()),
    ("deleted", sa.Boolean()),
)


def _synced() -> list[sa.Column[object]]:
    return [sa.Column(name, kind, nullable=False) for name, kind in SYNCED_COLUMNS]


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch_op:
        batch_op.add_column(sa.Column("assignee", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("stage_since", sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f("ix_cases_assignee"), ["assignee"], unique=False)
    with op.batch_alter_table("appointments") as batch_op:
        batch_op.add_column(sa.Column("assignee", sa.String(length=64), nullable=True))
    with op.batch_alter_table("form_submissions") as batch_op:
        batch_op.add_column(sa.Column("review_status", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("review_note", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("reviewed_by", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("reviewed_at", sa.DateTime(), nullable=True))
    op.create_table(
        "stage_changes",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("from_stage", sa.String(length=32), nullable=True),
        sa.Column("to_stage", sa.String(length=32), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=64), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_stage_changes_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_changes")),
    )
    with op.batch_alter_table("stage_changes") as batch_op:
        batch_op.create_index(batch_op.f("ix_stage_changes_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stage_changes_changed_at"), ["changed_at"], unique=False)
    op.create_table(
        "qc_findings",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("rule", sa.String(length=40), nullable=False),
        sa.Column("severity", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("other_case_id", sa.String(length=36), nullable=True),
        sa.Column("other_person_id", sa.String(length=36), nullable=True),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("assignee", sa.String(length=64), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_qc_findings_case_id_cases")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_qc_findings_person_id_persons")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qc_findings")),
    )
    with op.batch_alter_table("qc_findings") as batch_op:
        batch_op.create_index(batch_op.f("ix_qc_findings_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_qc_findings_rule"), ["rule"], unique=False)
        batch_op.create_index(batch_op.f("ix_qc_findings_status"), ["status"], unique=False)


def downgrade() -> None:
    op.drop_table("qc_findings")
    op.drop_table("stage_changes")
    # SQLite's own DROP COLUMN (3.35+): a batch would copy `cases`, which every case table refers to.
    op.drop_index(op.f("ix_cases_assignee"), table_name="cases")
    for table, columns in (
        ("form_submissions", ("reviewed_at", "reviewed_by", "review_note", "review_status")),
        ("appointments", ("assignee",)),
        ("cases", ("stage_since", "assignee")),
    ):
        for column in columns:
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
