"""The command line behaves as a user expects (issue 19.11): global options after the command, a
closed pipe ends quietly, a person's field needs --person, installing what is installed says so,
a large demo shows progress. Each through the real command line as a process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from app.services.manifest import import_manifest
from app.store.workspace import Workspace
from tests.conftest import ROOT, cli_env
from tests.integration.test_sync import manifest


def test_global_options_work_after_the_command_too(cli: Any, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    result = cli("init", "--user", "ana.rojas", "--data-dir", str(target), data_dir=tmp_path / "unused")
    assert result.returncode == 0, result.stderr
    assert "for user ana.rojas" in result.stderr
    result = cli("search", "x", "--data-dir", str(target), "--user", "ana.rojas", data_dir=tmp_path / "unused")
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "unused").exists()


def test_a_closed_pipe_ends_the_command_quietly(ws: Workspace, tmp_path: Path) -> None:
    doc = manifest()  # enough cases that the export is far larger than a pipe's buffer (64 KB)
    doc["cases"] = [
        dict(doc["cases"][i % 3], case_number=f"LIM-{200000 + i:06d}", unhcr_id=f"100-00D{i:05d}") for i in range(600)
    ]
    import_manifest(ws, doc)
    ws.lock()
    cmd = [sys.executable, "-m", "app", "--data-dir", str(ws.path), "export", "-"]
    env = cli_env(tmp_path)
    with subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.read(10)
        proc.stdout.close()  # as `| head -c 10` does
        err = proc.stderr.read().decode()
        proc.wait(timeout=60)
    assert "Traceback" not in err and "unexpected" not in err and "BrokenPipe" not in err
    assert proc.returncode == 0


def test_a_persons_field_without_person_says_to_add_it(cli: Any, ws: Workspace) -> None:
    import_manifest(ws, manifest())
    ws.lock()
    result = cli("case", "set", "LIM-000100", "dob=1980")
    assert result.returncode == 2
    assert "a person's field" in result.stderr and "--person" in result.stderr


def test_installing_the_bundled_forms_twice_says_they_are_installed(cli: Any, ws: Workspace) -> None:
    ws.lock()
    first = cli("forms", "install", "--bundled")
    assert first.returncode == 0 and "already installed" not in first.stderr
    again = cli("forms", "install", "--bundled")
    assert again.returncode == 0 and again.stderr.count("already installed") == 3


def test_a_large_demo_shows_its_progress(cli: Any, tmp_path: Path) -> None:
    result = cli("demo", "--cases", "1100", "--no-photos", data_dir=tmp_path / "demo", timeout=600)
    assert result.returncode == 0, result.stderr
    assert "generating 1,100 synthetic cases" in result.stderr
    assert "imported 500 of 1,100 cases" in result.stderr
