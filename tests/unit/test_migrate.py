"""The migration shortcut: HEAD_REVISION must name the newest Alembic script."""

from app.store import migrate


def test_head_revision_constant_matches_the_migration_scripts() -> None:
    assert migrate.head_revision() == migrate.HEAD_REVISION


def test_a_new_workspace_is_at_the_head_revision(ws) -> None:  # noqa: ANN001 - fixture
    assert migrate.current_revision(ws.engine) == migrate.HEAD_REVISION
