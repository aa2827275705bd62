"""An enrollment killed or cut off half-way never burns the one-time code with nothing saved.

The laptop keeps its new keys before asking HQ; HQ answers the same code again for the same
workspace and keys until the laptop has made its first signed request, and refuses everyone else.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.hq.models import Device
from app.sync import engine
from app.sync.client import SyncFailed
from app.sync.engine import enrollment, sync
from tests.conftest import ROOT, cli_env
from tests.support.hq import HQServer, admin_enroll, new_device, running_hq


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq") as server:
        yield server


def bound(hq: HQServer, name: str) -> Device:
    with hq.hub.store.session() as s:
        device = s.scalar(select(Device).where(Device.name == name))
        assert device is not None
        s.expunge(device)
        return device


def test_a_laptop_killed_after_hq_said_yes_finishes_with_the_same_code(
    hq: HQServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = new_device(tmp_path / "laptop")
    code = hq.code("field-laptop")

    def killed(_response: object) -> None:  # the process dies the moment HQ's answer arrives
        raise KeyboardInterrupt

    monkeypatch.setattr(engine, "check", killed)
    with pytest.raises(KeyboardInterrupt):
        admin_enroll(ws, code)
    monkeypatch.undo()
    assert enrollment(ws) is None
    assert bound(hq, "field-laptop").device_id == ws.meta.device_id  # HQ had taken it
    with pytest.raises(Exception, match="did not finish"):
        sync(ws)

    # someone else holding the code cannot take over the half-finished enrollment
    other = new_device(tmp_path / "other")
    with pytest.raises(SyncFailed) as refused:
        admin_enroll(other, code)
    assert refused.value.status == 403 and "not valid" in refused.value.message

    info = admin_enroll(ws, code)  # the same command again
    assert info.device_name == "field-laptop"
    assert bound(hq, "field-laptop").device_id == ws.meta.device_id
    report = sync(ws)
    assert report.rejected == []
    assert bound(hq, "field-laptop").token_hash is None  # used now: the code is spent for good
    with pytest.raises(SyncFailed) as spent:
        admin_enroll(other, code)
    assert spent.value.status == 403


def test_a_cut_connection_during_enrollment_is_retried_with_the_same_keys(
    hq: HQServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = new_device(tmp_path / "laptop")
    code = hq.code("field-laptop")
    real_post = engine.httpx.Client.post
    calls = []

    def post_then_cut(self: object, *args: object, **kwargs: object) -> object:
        response = real_post(self, *args, **kwargs)  # type: ignore[arg-type]
        calls.append(response.status_code)
        raise engine.httpx.ReadError("connection reset by peer")

    monkeypatch.setattr(engine.httpx.Client, "post", post_then_cut)
    with pytest.raises(SyncFailed, match="run the same enrollment again"):
        admin_enroll(ws, code)
    monkeypatch.undo()
    assert calls == [200]
    first_key = bound(hq, "field-laptop").public_key
    admin_enroll(ws, code)
    assert bound(hq, "field-laptop").public_key == first_key
    sync(ws)


def test_enrollment_killed_at_random_moments_by_kill_9_still_completes(hq: HQServer, tmp_path: Path) -> None:
    """The real command line, killed with SIGKILL at random points, then run once more."""
    ws_path = tmp_path / "laptop"
    new_device(ws_path, role="admin").lock()  # enrolling is the laptop administrator's act
    code = hq.code("field-laptop")
    env = cli_env(tmp_path)
    cmd = [sys.executable, "-m", "app", "--data-dir", str(ws_path), "sync", "enroll", "--code", code]
    rng = random.Random(18)
    for _ in range(6):
        proc = subprocess.Popen(
            cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.3, 2.5))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        if proc.returncode == 0:
            break
    final = subprocess.run(
        cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL
    )
    assert final.returncode == 0 or "enrolled already" in final.stderr, final.stderr
    sync_run = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(ws_path), "sync"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert sync_run.returncode == 0, sync_run.stderr
    with hq.hub.store.session() as s:
        devices = s.scalars(select(Device).where(Device.name == "field-laptop")).all()
        assert len(devices) == 1 and devices[0].device_id is not None and devices[0].token_hash is None
