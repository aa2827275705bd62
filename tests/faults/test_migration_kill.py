"""A schema migration killed half-way (kill -9) leaves the old workspace as it was, and the next
start upgrades it.

The migration runs in a real child process opening a copy of the last release's workspace
(tests/fixtures/workspace-0010). A SQLAlchemy statement hook in the child, not in the app, writes a
marker and sleeps when the migration reaches a chosen statement: the schema is then changed but
not committed, and the parent kills the child with SIGKILL. SQLite's journal must undo it all.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from app.store import migrate
from app.store.check import check_workspace
from app.store.db import make_engine
from app.store.workspace import Workspace
from tests.conftest import PASSWORD, ROOT, cli_env
from tests.integration.test_upgrade import OLD, cases, old_workspace

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from sqlalchemy import Engine, event

    path, marker, kind, nth = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    seen = 0

    def pause(conn, cursor, statement, params, context, executemany):
        global seen
        head = statement.lstrip().upper()
        hit = head.startswith(("CREATE", "ALTER", "DROP")) if kind == "ddl" else head.startswith("UPDATE ALEMBIC_VERSION")
        if hit:
            seen += 1
            if seen == nth:
                marker.write_text(head[:40])
                time.sleep(600)

    event.listen(Engine, "before_cursor_execute", pause)
    from app.store.workspace import Workspace

    ws = Workspace(path)
    ws.unlock(sys.argv[5])
    print("finished without pausing", flush=True)
    """
)


def as_it_was(path: Path) -> tuple[str | None, list[str]]:
    """The revision and case numbers, read the way the old release reads its workspace: no migration."""
    from app.store import keyslots

    ws = Workspace(path)
    slot = keyslots.read_slot(path / "keyslots" / "user-lead.json")
    dek = keyslots.open_password_slot_keys(slot, PASSWORD, ws.meta.binding).dek
    engine = make_engine(path / "db.sqlite", dek)
    try:
        with engine.connect() as conn:
            numbers = sorted(conn.execute(text("SELECT case_number FROM cases")).scalars())
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        return migrate.current_revision(engine), numbers
    finally:
        engine.dispose()


@pytest.mark.parametrize(("kind", "nth"), [("ddl", 1), ("ddl", 3), ("version", 1)])
def test_a_migration_killed_midway_leaves_the_old_workspace_usable(tmp_path: Path, kind: str, nth: int) -> None:
    path = old_workspace(tmp_path)
    marker = tmp_path / "paused"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(marker), kind, str(nth), PASSWORD],
        cwd=ROOT,
        env=cli_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline, "the migration never reached the chosen statement"
            time.sleep(0.02)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.communicate()
    assert child.returncode == -signal.SIGKILL

    # the old release would open it as it was: revision, cases, an intact file
    assert as_it_was(path) == (OLD, ["FIX-000001", "FIX-000002", "FIX-000003"])
    assert len(migrate.kept_backups(path / "db.sqlite")) == 1  # made before the migration started

    ws = Workspace(path)  # the next start upgrades it
    ws.unlock(PASSWORD)
    try:
        assert ws.upgraded is not None and ws.upgraded.old == OLD
        assert migrate.current_revision(ws.engine) == migrate.head_revision()
        assert cases(ws) == ["FIX-000001", "FIX-000002", "FIX-000003"]
        report = check_workspace(ws)
        assert report.ok, report.problems
    finally:
        ws.lock()
