"""`circuitride restore BACKUP` as a real process (issue 25): the data directory gets the backup's
workspace as a new device; the person is told what to do next on stderr and `--json` gives the
path, the new device id and the other users on stdout. Wrong password, a folder that is no backup
and a data directory already in use are one sentence each, with the documented exit codes
(architecture §9: 1 problem, 2 usage, 3 wrong password), and change nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services.workspaces import create_workspace
from app.store.keyslots import TEST_KDF
from app.store.workspace import Workspace
from tests.conftest import PASSWORD, cli_env
from tests.support.staff import STAFF_PASSWORD, add_staff


@pytest.fixture
def backup(tmp_path: Path) -> Path:
    ws = create_workspace(tmp_path / "laptop", "lead", PASSWORD, kdf=TEST_KDF, role="team_lead", name="Lima ride")
    add_staff(ws, "ana.rojas", "interviewer")
    ws.backup(tmp_path / "backup")
    ws.lock()
    return tmp_path / "backup"


def _one_sentence(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_restore_makes_a_new_device_says_what_to_do_and_reports_json(cli, backup: Path, tmp_path: Path) -> None:  # noqa: ANN001
    dest = tmp_path / "restored"
    r = cli("restore", str(backup), "--user", "lead", "--json", data_dir=dest)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    restored = Workspace(dest)
    assert doc == {"path": str(dest), "device_id": restored.meta.device_id, "others": ["ana.rojas"]}
    assert doc["device_id"] != Workspace(backup).meta.device_id
    assert "restored from a backup as a new device" in r.stderr and "circuitride sync enroll" in r.stderr
    assert "ana.rojas" in r.stderr and "own passwords" in r.stderr
    # the workspace was locked and left whole: another process opens and checks it
    r = cli("--user", "lead", "check", data_dir=dest)
    assert r.returncode == 0, r.stderr
    # the other user opens it with her old password
    r = cli(
        "--user",
        "ana.rojas",
        "search",
        "nobody",
        "--json",
        data_dir=dest,
        env=cli_env(tmp_path, CIRCUITRIDE_PASSWORD=STAFF_PASSWORD),
    )
    assert r.returncode == 0, r.stderr
    assert not (dest / "keyslots" / "before-restore" / "user-ana.rojas.json").exists()


def test_restore_into_an_absent_folder_without_json_prints_nothing_on_stdout(cli, backup: Path, tmp_path: Path) -> None:  # noqa: ANN001
    dest = tmp_path / "new" / "workspace"
    r = cli(
        "--user",
        "ana.rojas",
        "restore",
        str(backup),
        data_dir=dest,
        env=cli_env(tmp_path, CIRCUITRIDE_PASSWORD=STAFF_PASSWORD),
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout == ""
    assert "Backup restored to" in r.stderr and "(lead)" in r.stderr
    assert Workspace(dest).users() == ["ana.rojas", "lead"]


def test_a_wrong_password_exits_3_and_restores_nothing(cli, backup: Path, tmp_path: Path) -> None:  # noqa: ANN001
    dest = tmp_path / "restored"
    env = cli_env(tmp_path, CIRCUITRIDE_PASSWORD="not the right passphrase")
    r = cli("restore", str(backup), "--user", "lead", data_dir=dest, env=env)
    assert r.returncode == 3
    assert "Wrong password" in _one_sentence(r.stderr)
    assert not dest.exists() and not (tmp_path / "restored.restoring").exists()


def test_a_folder_that_is_no_backup_is_one_sentence(cli, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / "holiday-photos").mkdir()
    r = cli("restore", str(tmp_path / "holiday-photos"), data_dir=tmp_path / "restored")
    assert r.returncode == 1
    assert "is not a Circuit Ride backup" in _one_sentence(r.stderr)
    assert not (tmp_path / "restored").exists()


def test_an_existing_workspace_is_never_overwritten(cli, backup: Path, tmp_path: Path) -> None:  # noqa: ANN001
    laptop = tmp_path / "laptop"
    before = sorted(p.name for p in laptop.rglob("*"))
    r = cli("restore", str(backup), "--user", "lead", data_dir=laptop)
    assert r.returncode == 2
    assert "A workspace already exists" in _one_sentence(r.stderr)
    assert sorted(p.name for p in laptop.rglob("*")) == before
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("not ours")
    r = cli("restore", str(backup), "--user", "lead", data_dir=tmp_path / "busy")
    assert r.returncode == 2
    assert "is not empty" in _one_sentence(r.stderr)


def test_a_backup_with_several_users_asks_which_one(cli, backup: Path, tmp_path: Path) -> None:  # noqa: ANN001
    r = cli("restore", str(backup), data_dir=tmp_path / "restored")
    assert r.returncode != 0
    assert "--user NAME" in _one_sentence(r.stderr)
    assert not (tmp_path / "restored").exists()
