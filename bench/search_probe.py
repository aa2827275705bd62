"""Only the search parts of `make bench`, on a workspace built once and kept (a full `make bench`
takes far longer; run times in docs/benchmarks.md).

    python -m bench.search_probe build DIR     # 50,000 cases (BENCH_CASES) imported into DIR/ws
    python -m bench.search_probe measure DIR   # search p50/p95 (service) and the desktop keystroke

`measure` prints one JSON line: the service-level search figures over the same 1,000 varied
queries as `make bench`, the keystroke figures of bench/ui_probe.py over the same typed words and
queries, and the same again for typed spelling variants (names spelt otherwise than recorded).
A workspace built by an older version is upgraded by the first unlock (timed: `upgrade_s`).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

from app.services.workspaces import create_workspace
from bench.__main__ import CASES, PASSWORD, ROOT, SEED, VARIANT_WORDS, pct, queries, typed


def build(base: Path) -> None:
    from app.services.demo_data import generate
    from app.services.manifest import import_manifest
    from app.store.keyslots import TEST_KDF

    manifest = generate(CASES, SEED, photos=False).manifest
    rnd = random.Random(SEED)
    qs = queries(manifest, 1000, rnd)
    numbers = [c["case_number"] for c in manifest["cases"] if len(c["persons"]) >= 9][:1]
    (base / "queries.json").write_text(json.dumps({"queries": qs, "big_case": numbers[0]}))
    ws = create_workspace(base / "ws", "bench", PASSWORD, kdf=TEST_KDF)
    t = time.perf_counter()
    import_manifest(ws, manifest)
    ws.lock()
    print(json.dumps({"cases": CASES, "import_s": time.perf_counter() - t}))


def _keystrokes(base: Path, typed: list[str], big_case: str) -> dict[str, float]:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.ui_probe",
            str(base / "ws"),
            PASSWORD,
            repr(time.time()),
            json.dumps(typed),
            big_case,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    if out.returncode != 0:
        raise RuntimeError("desktop probe failed:\n" + out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(base: Path) -> None:
    from app.services.search import search
    from app.store.workspace import Workspace

    saved = json.loads((base / "queries.json").read_text())
    qs, big_case = saved["queries"], saved["big_case"]
    ws = Workspace(base / "ws")
    t = time.perf_counter()
    ws.unlock(PASSWORD)  # runs a pending schema upgrade
    upgrade_s = time.perf_counter() - t
    for q in qs[:50]:
        search(ws, q)
    times = []
    for q in qs:
        t = time.perf_counter()
        search(ws, q)
        times.append((time.perf_counter() - t) * 1000)
    variant_times = []
    for q in typed(VARIANT_WORDS):
        t = time.perf_counter()
        search(ws, q)
        variant_times.append((time.perf_counter() - t) * 1000)
    ws.lock()
    standard = _keystrokes(base, typed(("garcia", "ahmadi", "kovalenko", "tesfay", "1988")) + qs[:100], big_case)
    variants = _keystrokes(base, typed(VARIANT_WORDS), big_case)
    print(
        json.dumps(
            {
                "upgrade_s": round(upgrade_s, 2),
                "search_p50_ms": round(pct(times, 50), 2),
                "search_p95_ms": round(pct(times, 95), 2),
                "variant_search_p95_ms": round(pct(variant_times, 95), 2),
                "keystroke_p50_ms": round(standard["keystroke_p50_ms"], 1),
                "keystroke_p95_ms": round(standard["keystroke_p95_ms"], 1),
                "variant_keystroke_p50_ms": round(variants["keystroke_p50_ms"], 1),
                "variant_keystroke_p95_ms": round(variants["keystroke_p95_ms"], 1),
                "rows": standard["rows"],
            }
        )
    )


def main() -> int:
    from app import logsetup

    logsetup.configure()
    command, base = sys.argv[1], Path(sys.argv[2])
    base.mkdir(parents=True, exist_ok=True)
    if command == "build":
        build(base)
    elif command == "measure":
        measure(base)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
