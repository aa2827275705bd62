"""The migration shortcut: HEAD_REVISION must name the newest Alembic script."""

from app.store import migrate


def test_head_revision_constant_matches_the_migration_scripts() -> None:
    assert migrate.head_revision() == migrate.HEAD_REVISION


def test_a_new_workspace_is_at_the_head_revision(ws) -> None:  # noqa: ANN001 - fixture
    assert migrate.current_revision(ws.engine) == migrate.HEAD_REVISION


def test_the_migrations_make_every_index_the_models_declare(ws) -> None:  # noqa: ANN001 - fixture
    """The models and the migration scripts agree on indexes, and every foreign key is indexed
    (SQLite looks up the referencing rows when a parent is written or deleted: without an index,
    a scan of the whole table per parent)."""
    from sqlalchemy import text

    from app.models import Base

    declared = {i.name for t in Base.metadata.sorted_tables for i in t.indexes}
    with ws.engine.connect() as conn:
        made = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'")).scalars())
    assert declared - made == set()
    assert {"ix_notes_person_id", "ix_qc_findings_person_id", "ix_notices_result_id"} <= made
    for table in Base.metadata.sorted_tables:
        leading = {next(iter(i.columns)).name for i in table.indexes} | {c.name for c in table.primary_key.columns}
        leading |= {
            next(iter(c.columns)).name
            for c in table.constraints
            if type(c).__name__ == "UniqueConstraint" and len(c.columns)
        }
        unindexed = sorted(fk.parent.name for fk in table.foreign_keys if fk.parent.name not in leading)
        assert unindexed == [], f"{table.name}: {unindexed}"
