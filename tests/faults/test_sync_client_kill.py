"""The laptop's `circuitride sync` killed with SIGKILL at random moments (during push, pull and file
transfer): after a clean sync, HQ and two laptops agree, with nothing lost and nothing duplicated,
exactly as after an uninterrupted sync."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.attachments import attach
from app.services.manifest import import_manifest
from app.store.workspace import Workspace
from app.sync.engine import sync
from tests.conftest import PASSWORD, ROOT, cli_env
from tests.faults.test_sync_faults import SEED, assert_converged, pdf_bytes
from tests.integration.test_sync import manifest
from tests.support.hq import HQServer, enrolled, running_hq

pytestmark = pytest.mark.slow


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq") as server:
        yield server


def big_manifest(n: int) -> dict:
    doc = manifest()
    template = doc["cases"][0]
    doc["cases"] = [
        {**template, "case_number": f"LIM-{i:06d}", "unhcr_id": f"200-00C{i:05d}", "persons": template["persons"]}
        for i in range(1, n + 1)
    ]
    return doc


def test_sync_killed_at_random_moments_then_resumed_matches_an_uninterrupted_sync(hq: HQServer, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(lead, big_manifest(1500))
    for i in range(3):
        attach(lead, f"LIM-{i + 1:06d}", pdf_bytes(1_500_000, rng), filename=f"scan-{i}.pdf", kind="scan")
    lead_dir = lead.path
    lead.lock()
    env = cli_env(tmp_path, CIRCUITRIDE_USER="lead")  # the laptop has its administrator's slot too
    kills = 0
    for attempt in range(4):
        proc = subprocess.Popen(
            [sys.executable, "-m", "app", "--data-dir", str(lead_dir), "sync"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        # Kill at a random point of the sync's own progress (after the k-th step it reports, plus a
        # random few milliseconds into the next), not at a wall-clock time a fast machine may outrun.
        target, steps = rng.randint(1, 3), 0
        assert proc.stderr is not None
        for line in proc.stderr:
            if line.startswith("sync: "):
                steps += 1
                if steps >= target:
                    time.sleep(rng.uniform(0, 0.05))
                    if proc.poll() is None:
                        proc.send_signal(signal.SIGKILL)
                        kills += 1
                    break
        proc.stderr.close()
        proc.wait(timeout=60)
        if attempt == 1:  # a second laptop syncs in between, so pulls interleave with half-done pushes
            other = enrolled(hq, tmp_path / "other", "other-laptop")
            sync(other)
    assert kills >= 1, f"seed {SEED}: the sync always finished before the kill; nothing was tested"
    lead = Workspace(lead_dir)
    lead.unlock(PASSWORD, "lead")
    sync(lead)
    sync(other)
    sync(lead)
    assert_converged(hq.hub, lead, other)
    assert len(lead.vault.get(_first_scan(lead))) > 1_000_000
    other.lock()
    lead.lock()


def _first_scan(ws: Workspace) -> str:
    from sqlalchemy import select

    from app.models import Attachment

    with ws.session() as s:
        return s.scalar(select(Attachment.content_hash).where(Attachment.kind == "scan").limit(1))
