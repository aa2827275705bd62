"""Shared fixtures: real encrypted workspaces in tmp_path and a runner for the real CLI.

Workspaces made here use keyslots.TEST_KDF (cheap Argon2id), passed explicitly to
create_workspace(); production code has no switch that selects it. Workspaces made through the CLI
(`circuitride init` / `demo`) use the calibrated production parameters.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Every test converts its spreadsheets afresh (tests that replace pyxform must reach it); the
# conversion cache has its own tests (tests/forms/test_form_cache.py).
os.environ["CIRCUITRIDE_FORM_CACHE"] = "off"

from app.services.workspaces import create_workspace
from app.store.keyslots import TEST_KDF  # noqa: E402
from app.store.workspace import Workspace  # noqa: E402

PASSWORD = "correct horse battery staple"
pytest_plugins = ["tests.support.fixtures"]
ROOT = Path(__file__).resolve().parents[1]
LAST_TEST = ROOT / ".last-test"  # the Makefile names it when a native crash kills pytest itself


def pytest_runtest_logstart(nodeid: str, location: object) -> None:
    try:
        LAST_TEST.write_text(nodeid + "\n", encoding="utf-8")
    except OSError:
        pass


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    return tmp_path / "workspace"


@pytest.fixture
def ws(ws_path: Path) -> Iterator[Workspace]:
    workspace = create_workspace(ws_path, "lead", PASSWORD, kdf=TEST_KDF, role="team_lead")
    yield workspace
    workspace.lock()


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def cli_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CIRCUITRIDE_")}
    env.update({"CIRCUITRIDE_PASSWORD": PASSWORD, "TMPDIR": str(tmp_path / "tmp"), "PYTHONPATH": str(ROOT)})
    (tmp_path / "tmp").mkdir(exist_ok=True)
    env.update(extra)
    return env


@pytest.fixture
def cli(tmp_path: Path, ws_path: Path):  # noqa: ANN201 - returns a callable
    """Run `python -m app --data-dir <ws_path> ARGS...` as a real process."""

    def run(
        *args: str, env: dict[str, str] | None = None, timeout: float = 120, data_dir: Path | None = None
    ) -> Result:
        cmd = [sys.executable, "-m", "app", "--data-dir", str(data_dir or ws_path), *args]
        proc = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env or cli_env(tmp_path),
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
        )
        return Result(proc.returncode, proc.stdout, proc.stderr)

    return run
