"""A full disk: the workspace lives on a real, small tmpfs filled to the last block, and the real
command line must still unlock, read, export and back up to another drive, count wrong passwords
(without letting a full disk become a way to guess without delay), and refuse a change with a
clear "the disk is full" message that leaves nothing half-stored.

Mounting needs root (CI runs as root); elsewhere these tests skip and say why.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.services.manifest import import_manifest
from app.services.workspaces import create_workspace
from app.store.keyslots import TEST_KDF
from tests.conftest import PASSWORD, cli_env
from tests.integration.conftest import write_json
from tests.integration.test_sync import manifest

DISK_BYTES = 8 * 1024 * 1024
WRONG = "not the password at all"
FULL = "The disk is full: free some space"


@dataclass
class FullDisk:
    mount: Path
    ws_path: Path
    filler: Path

    def free_bytes(self) -> int:
        return shutil.disk_usage(self.mount).free

    def make_room(self, nbytes: int) -> None:
        """Shrink the filler so that about `nbytes` are free."""
        size = self.filler.stat().st_size
        os.truncate(self.filler, max(0, size - nbytes))

    def fill(self) -> None:
        """Take every free block again (into a second filler file)."""
        _fill(self.filler.with_name(self.filler.name + f".{os.urandom(4).hex()}"))


def _fill(path: Path) -> None:
    """Append zeros until the file system refuses (unbuffered: a short write takes the last bytes)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for step in (1 << 20, 4096, 1):
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * step):
                    pass
    finally:
        os.close(fd)


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[FullDisk]:
    """A workspace with three synthetic cases on an 8 MiB tmpfs whose free space is then filled."""
    mount = tmp_path / "small-disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs (a real full disk) needs root; CI runs these tests as root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_BYTES // 1024}k,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.strip()}")
    try:
        ws_path = mount / "workspace"
        ws = create_workspace(ws_path, "lead", PASSWORD, kdf=TEST_KDF, role="team_lead")
        try:
            import_manifest(ws, manifest())
        finally:
            ws.lock()
        disk = FullDisk(mount, ws_path, mount / "filler")
        _fill(disk.filler)
        assert disk.free_bytes() == 0
        yield disk
    finally:
        # Always unmount, even when the test failed; lazily if a process still holds a file there.
        if subprocess.run(["umount", str(mount)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _no_traceback(r: Any) -> None:
    assert "Traceback" not in r.stderr and "unexpected problem" not in r.stderr, r.stderr


def _counter(disk: FullDisk) -> dict[str, Any]:
    return json.loads((disk.ws_path / "state" / "unlock-attempts.json").read_text("utf-8"))


def _set_counter_in_place(disk: FullDisk, failures: int, at: float) -> None:
    """Rewrite the counter without needing a free block (a truncating write might not get it back)."""
    path = disk.ws_path / "state" / "unlock-attempts.json"
    data = json.dumps({"failures": failures, "last_failure_at": at}).encode().ljust(127) + b"\n"
    with open(path, "r+b") as fh:
        fh.write(data)


def test_search_and_case_show_work_on_a_full_disk(full_disk: FullDisk, cli) -> None:
    r = cli("search", "Synthetic1", "--json", data_dir=full_disk.ws_path)
    assert r.returncode == 0, r.stderr
    assert [hit["case_number"] for hit in json.loads(r.stdout)["results"]] == ["LIM-000101"]
    r = cli("case", "show", "LIM-000100", "--json", data_dir=full_disk.ws_path)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["case_number"] == "LIM-000100"
    _no_traceback(r)
    assert full_disk.free_bytes() == 0


def test_export_to_another_drive_works_on_a_full_disk(full_disk: FullDisk, cli, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    r = cli("export", str(out), data_dir=full_disk.ws_path)
    assert r.returncode == 0, r.stderr
    assert "could not be recorded in the audit trail: the disk is full" in r.stderr
    assert sorted(c["case_number"] for c in json.loads(out.read_text("utf-8"))["cases"]) == [
        "LIM-000100",
        "LIM-000101",
        "LIM-000102",
    ]


def test_backup_to_another_drive_works_on_a_full_disk_and_opens(full_disk: FullDisk, cli, tmp_path: Path) -> None:
    dest = tmp_path / "backup"
    r = cli("backup", str(dest), data_dir=full_disk.ws_path)
    assert r.returncode == 0, r.stderr
    assert "Encrypted backup written" in r.stderr
    _no_traceback(r)
    r = cli("search", "LIM-000102", "--json", data_dir=dest)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["count"] == 1


def test_wrong_passwords_on_a_full_disk_are_counted_and_lead_to_the_delay(full_disk: FullDisk, cli, tmp_path) -> None:
    wrong = cli_env(tmp_path, CIRCUITRIDE_PASSWORD=WRONG)
    for expected in (1, 2):
        r = cli("search", "x", env=wrong, data_dir=full_disk.ws_path)
        assert r.returncode == 3, r.stderr
        assert "Wrong password" in r.stderr
        _no_traceback(r)
        assert _counter(full_disk)["failures"] == expected  # recorded although no block was free
    _set_counter_in_place(full_disk, 5, _counter(full_disk)["last_failure_at"])
    r = cli("search", "x", data_dir=full_disk.ws_path)  # the right password, inside the delay
    assert r.returncode == 3
    assert "Wait" in r.stderr
    assert _counter(full_disk)["failures"] == 5


def test_an_attempt_that_cannot_be_counted_is_not_tried(full_disk: FullDisk, cli, tmp_path) -> None:
    # A counter file that does not exist cannot be rewritten in place; once its block has gone to
    # the filler too, nothing can record an attempt. Guessing must then stop, not go on undelayed.
    (full_disk.ws_path / "state" / "unlock-attempts.json").unlink(missing_ok=True)
    full_disk.fill()
    for env in (cli_env(tmp_path, CIRCUITRIDE_PASSWORD=WRONG), None):
        r = cli("search", "x", env=env, data_dir=full_disk.ws_path)
        assert r.returncode == 1, r.stderr
        assert "cannot be counted and the password was not tried" in r.stderr
        assert "Free some space" in r.stderr
        _no_traceback(r)
    assert not (full_disk.ws_path / "state" / "unlock-attempts.json").exists()


def _big_manifest(cases: int) -> dict[str, Any]:
    doc = manifest()
    template = doc["cases"][0]
    for i in range(cases):
        person = dict(template["persons"][0], family_name=f"Filler{i:05d}", given_names="Synthetic Person")
        child = dict(person, role="child", given_names="Synthetic Child", dob="2015-01-01")
        doc["cases"].append(
            dict(template, case_number=f"LIM-9{i:05d}", unhcr_id=f"900-00F{i:05d}", persons=[person, child])
        )
    return doc


def test_an_import_that_fills_the_disk_says_so_and_stores_nothing(full_disk: FullDisk, cli, tmp_path: Path) -> None:
    full_disk.make_room(256 * 1024)  # room to open normally, not for 800 cases
    source = write_json(tmp_path / "big.json", _big_manifest(800))
    r = cli("import", str(source), data_dir=full_disk.ws_path)
    assert r.returncode == 1, r.stderr
    assert FULL in r.stderr and "nothing was changed" in r.stderr
    _no_traceback(r)
    r = cli("search", "LIM-900001", "--json", data_dir=full_disk.ws_path)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["count"] == 0
    # Rolled back cleanly: with space again the workspace checks sound.
    full_disk.make_room(2 * 1024 * 1024)
    r = cli("check", data_dir=full_disk.ws_path)
    assert r.returncode == 0, r.stderr
