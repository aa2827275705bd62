"""The first start after an upgrade: the workspace of the last released version (tests/fixtures)
is backed up, migrated and passes `check`; a workspace from a newer version is refused untouched.

Always on a copy of the fixture: opening migrates it.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from app.errors import CircuitRideError
from app.store import keyslots, migrate
from app.store.check import check_workspace
from app.store.db import make_engine
from app.store.workspace import Workspace
from tests.conftest import PASSWORD

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "workspace-0010"
OLD = "0010"


def old_workspace(tmp_path: Path, name: str = "workspace") -> Path:
    path = tmp_path / name
    shutil.copytree(FIXTURE, path)
    return path


def revision_of(path: Path) -> str | None:
    """The schema revision of a workspace folder, read without opening it the app's way (which migrates)."""
    ws = Workspace(path)
    slot = keyslots.read_slot(path / "keyslots" / "user-lead.json")
    dek = keyslots.open_password_slot_keys(slot, PASSWORD, ws.meta.binding).dek
    engine = make_engine(path / "db.sqlite", dek)
    try:
        return migrate.current_revision(engine)
    finally:
        engine.dispose()


def cases(ws: Workspace) -> list[str]:
    with ws.session() as s:
        return sorted(s.execute(text("SELECT case_number FROM cases")).scalars())


def fingerprint(path: Path) -> dict[str, str]:
    return {
        str(p.relative_to(path)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(path.rglob("*"))
        if p.is_file()
    }


def test_the_fixture_is_at_the_previous_revision() -> None:
    assert revision_of(FIXTURE) == OLD != migrate.HEAD_REVISION


def test_the_last_released_workspace_is_backed_up_migrated_and_passes_check(tmp_path: Path) -> None:
    path = old_workspace(tmp_path)
    ws = Workspace(path)
    ws.unlock(PASSWORD)
    try:
        assert ws.upgraded is not None
        assert (ws.upgraded.old, ws.upgraded.new) == (OLD, migrate.head_revision())
        assert migrate.current_revision(ws.engine) == migrate.head_revision()
        assert cases(ws) == ["FIX-000001", "FIX-000002", "FIX-000003"]
        report = check_workspace(ws)
        assert report.ok, report.problems
        assert report.blobs_checked >= 1
        backup = ws.upgraded.backup
        assert (
            f"format 0010 to {migrate.head_revision()}" in ws.upgraded.sentence()
            and str(backup) in ws.upgraded.sentence()
        )
    finally:
        ws.lock()
    assert backup.parent == path / "backups" and backup.name.endswith("-format-0010")
    assert revision_of(backup) == OLD  # the workspace as it was, not the migrated one
    assert not (backup / "db.sqlite").read_bytes().startswith(b"SQLite format 3")  # encrypted

    # the backup opens on its own with the same password, wherever it is restored to
    restored = tmp_path / "restored"
    shutil.copytree(backup, restored)
    copy = Workspace(restored)
    copy.unlock(PASSWORD)
    try:
        assert cases(copy) == ["FIX-000001", "FIX-000002", "FIX-000003"]
        assert check_workspace(copy).ok
    finally:
        copy.lock()

    again = Workspace(path)  # the next start: nothing to upgrade, no new backup
    again.unlock(PASSWORD)
    again.lock()
    assert again.upgraded is None
    assert migrate.kept_backups(path / "db.sqlite") == [backup]


def test_only_the_last_three_upgrade_backups_are_kept(tmp_path: Path) -> None:
    from alembic import command

    path = old_workspace(tmp_path)
    made = []
    for _ in range(4):
        ws = Workspace(path)
        ws.unlock(PASSWORD)
        assert ws.upgraded is not None
        made.append(ws.upgraded.backup)
        cfg = migrate._config()  # noqa: SLF001 - back to the old release for the next round
        with ws.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, OLD)
        ws.lock()
    assert migrate.kept_backups(path / "db.sqlite") == made[1:]
    assert not made[0].exists()


def newer(tmp_path: Path) -> Path:
    """A workspace whose schema a later version made: a revision this app's scripts do not know."""
    path = old_workspace(tmp_path)
    ws = Workspace(path)
    ws.unlock(PASSWORD)
    with ws.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    ws.lock()
    shutil.rmtree(path / "backups")
    return path


def test_a_workspace_from_a_newer_version_is_refused_and_left_byte_identical(tmp_path: Path) -> None:
    path = newer(tmp_path)
    before = fingerprint(path)
    ws = Workspace(path)
    with pytest.raises(migrate.NewerWorkspace) as refused:
        ws.unlock(PASSWORD)
    assert refused.value.exit_code == 2
    assert "made by a newer version of Circuit Ride (format 0099" in refused.value.message
    assert "install that version or newer; nothing was changed" in refused.value.message
    assert not ws.is_unlocked
    after = fingerprint(path)
    attempts = "state/unlock-attempts.json"  # the back-off counter: counted and reset, by design
    assert {k: v for k, v in after.items() if k != attempts} == {k: v for k, v in before.items() if k != attempts}
    assert not (path / "backups").exists()


def test_a_folder_of_a_newer_format_is_refused_before_the_password(tmp_path: Path) -> None:
    import json

    path = old_workspace(tmp_path)
    meta = json.loads((path / "workspace.json").read_text("utf-8"))
    (path / "workspace.json").write_text(json.dumps({**meta, "format_version": 9}), "utf-8")
    before = fingerprint(path)
    with pytest.raises(CircuitRideError) as refused:
        Workspace(path)
    assert refused.value.exit_code == 2 and "newer version of Circuit Ride" in refused.value.message
    assert fingerprint(path) == before


def test_the_cli_says_it_upgraded_and_refuses_a_newer_workspace_with_exit_2(tmp_path: Path, cli) -> None:  # noqa: ANN001
    path = old_workspace(tmp_path, "old")
    done = cli("check", data_dir=path)
    assert done.returncode == 0, done.stderr
    assert f"circuitride: Workspace upgraded from format 0010 to {migrate.head_revision()}" in done.stderr
    assert "WARNING" not in done.stderr  # a sentence for the person, not a log line
    assert len(migrate.kept_backups(path / "db.sqlite")) == 1

    path = newer(tmp_path / "n")
    before = hashlib.sha256((path / "db.sqlite").read_bytes()).hexdigest()
    refused = cli("check", data_dir=path)
    assert refused.returncode == 2
    assert "made by a newer version of Circuit Ride" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert hashlib.sha256((path / "db.sqlite").read_bytes()).hexdigest() == before


def test_a_kept_backup_restores_into_a_new_data_folder_and_is_upgraded_there(tmp_path: Path) -> None:
    from app.errors import WrongPassword
    from app.services.workspaces import restore_backup

    path = old_workspace(tmp_path)
    ws = Workspace(path)
    ws.unlock(PASSWORD)
    assert ws.upgraded is not None
    backup = ws.upgraded.backup
    ws.lock()
    before = fingerprint(backup)

    with pytest.raises(WrongPassword):
        restore_backup(backup, tmp_path / "new-laptop", "lead", "not the password at all")
    assert not (tmp_path / "new-laptop").exists()
    restored = restore_backup(backup, tmp_path / "new-laptop", "", PASSWORD)
    try:
        assert restored.upgraded is not None and restored.upgraded.old == OLD
        assert cases(restored) == ["FIX-000001", "FIX-000002", "FIX-000003"]
        assert check_workspace(restored).ok
    finally:
        restored.lock()
    assert fingerprint(backup) == before  # the backup itself is never written to
