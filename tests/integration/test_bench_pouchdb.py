"""`python -m bench.sync_vs_pouchdb` on 200 cases: both sides run the four measures for real, PouchDB
really replicates (its document counts equal the manifest's everywhere), and the four ratios come
out as positive numbers. Without Node or the npm packages the benchmark must still exit 0 with one
line saying how to install, because `make bench` runs it among the others."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.sync_vs_pouchdb import INSTALL, MEASURES, make_changes, make_manifest, missing_node

ROOT = Path(__file__).resolve().parents[2]
CASES = 200


def bench(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bench.sync_vs_pouchdb", "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.mark.slow
def test_both_sides_sync_the_same_manifest_and_the_four_ratios_are_printed() -> None:
    reason = missing_node()
    if reason:
        pytest.skip(f"PouchDB benchmark not installed ({reason})")
    manifest = make_manifest(CASES)
    expected_docs = sum(len(manifest[k]) for k in ("sites", "rides", "interpreters", "cases"))
    expected_changes = len(make_changes(manifest, CASES))

    run = bench({**os.environ, "BENCH_SYNC_CASES": str(CASES), "BENCH_SYNC_CHANGES": str(CASES)})

    assert run.returncode == 0, run.stderr[-3000:]
    lines = run.stdout.strip().splitlines()
    result = json.loads(lines[-1])
    assert result["cases"] == CASES and result["changes"] == expected_changes == CASES
    for key, name in MEASURES:
        ratio = result["ratios"][key]
        assert math.isfinite(ratio) and ratio > 0, (key, ratio)
        assert result["ours"][key] > 0 and result["pouchdb"][key] > 0
        printed = next(x for x in lines if name in x)
        assert f"{ratio:.2f}x" in printed and "<= 1.0x" in printed

    pouch = result["pouchdb"]
    # PouchDB replicated every document both ways, and every changed record reached the new laptop.
    assert pouch["docs"] == expected_docs
    assert pouch["first_push_written"] == pouch["hq_docs_after_push"] == expected_docs
    assert pouch["first_pull_written"] == pouch["field_docs"] == expected_docs
    assert pouch["hq_docs"] == pouch["lead_docs"] == pouch["field_docs_final"] == expected_docs
    assert pouch["incr_push_written"] == pouch["incr_pull_written"] == CASES
    assert pouch["changes_arrived"] == CASES
    # Ours carried the same: every case, and the same records changed, to the new laptop.
    ours = result["ours"]
    assert ours["field_cases"] == CASES
    assert ours["incr_changed"] == ours["changes_arrived"] == CASES
    assert ours["incr_pull_rows"] >= CASES
    assert result["versions"]["pouchdb"].startswith("9.") and result["versions"]["node"].startswith("v")
    assert result["manifest_bytes"] > 100_000


@pytest.mark.slow
def test_pouchdb_behind_https_replicates_the_same() -> None:
    """BENCH_POUCHDB_TLS=1: PouchDB's server on HTTPS with a certificate made by our HQ's code, its
    client trusting that CA; everything still replicates."""
    reason = missing_node()
    if reason:
        pytest.skip(f"PouchDB benchmark not installed ({reason})")
    cases = 40
    manifest = make_manifest(cases)
    expected_docs = sum(len(manifest[k]) for k in ("sites", "rides", "interpreters", "cases"))

    run = bench({**os.environ, "BENCH_SYNC_CASES": str(cases), "BENCH_POUCHDB_TLS": "1"})

    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert "HTTPS" in result["versions"]["adapter"]
    pouch = result["pouchdb"]
    assert pouch["hq_docs"] == pouch["field_docs_final"] == expected_docs
    assert pouch["changes_arrived"] == cases
    assert all(result["ratios"][key] > 0 for key, _ in MEASURES)


def test_without_node_it_says_how_to_install_and_exits_0(tmp_path: Path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    run = bench({**os.environ, "PATH": str(empty), "BENCH_SYNC_CASES": "10"})

    assert run.returncode == 0, run.stderr[-3000:]
    printed = [x for x in run.stdout.splitlines() if x.strip()]
    assert len(printed) == 1, printed
    assert "not run" in printed[0] and "Node.js" in printed[0] and INSTALL in printed[0]
    assert "Traceback" not in run.stderr
