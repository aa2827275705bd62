"""The desktop bundle's figures (`make dist` first): its size, and how long the bundled program
takes to start, beside the same start from the source tree in this virtual environment.

"To the unlock screen" is measured as `--screenshot PATH --view unlock` offscreen: the process
starts, Qt and the main window come up, the unlock screen is drawn and saved, and the process exits.
That is a little more than a person waits for (the PNG is written, the process ends), and needs no
display. Each figure is the first run (cold for this process tree; the system's file cache is
not dropped, which needs root) and the median of the next runs (warm).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "circuitride"
EXE = BUNDLE / ("circuitride.exe" if sys.platform == "win32" else "circuitride")
RUNS = int(os.environ.get("BENCH_DIST_RUNS", "5"))


def line(name: str, value: str, target: str = "") -> None:
    print(f"  {name:<44} {value:>16}   {target}")


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def timed(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    t = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    elapsed = time.perf_counter() - t
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:3])}… exited {proc.returncode}: {proc.stderr.strip()[-300:]}")
    return elapsed


def first_and_median(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    first = timed(cmd, env, cwd)
    rest = [timed(cmd, env, cwd) for _ in range(max(1, RUNS - 1))]
    return first, statistics.median(rest)


def main() -> int:
    print("Desktop bundle (dist/circuitride, PyInstaller one-folder)")
    if not EXE.is_file():
        print("  skipped: no bundle in dist/circuitride/ (run `make dist` first)")
        return 0
    from app.services.workspaces import create_workspace
    from app.store.keyslots import TEST_KDF

    line("bundle folder", f"{folder_mb(BUNDLE):.0f} MB", "(installed size)")
    tarballs = sorted((ROOT / "dist").glob("circuitride-*-linux-*.tar.gz"))
    if tarballs:
        line("Linux tarball", f"{tarballs[-1].stat().st_size / 1e6:.0f} MB", "(download size)")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        (base / "home").mkdir()
        ws = create_workspace(base / "ws", "bench", "benchmark passphrase only", kdf=TEST_KDF, role="team_lead")
        ws.lock()
        clean = {"HOME": str(base / "home"), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
        first, warm = first_and_median([str(EXE), "--version"], clean, base)
        line("bundled --version: first / median", f"{first:.2f} / {warm:.2f} s")
        shot = ["--data-dir", str(base / "ws"), "--screenshot", str(base / "unlock.png"), "--view", "unlock"]
        b_first, b_warm = first_and_median([str(EXE), *shot], clean, base)
        line("bundled start to unlock screen: first / median", f"{b_first:.2f} / {b_warm:.2f} s")
        source_env = {**clean, "PYTHONPATH": str(ROOT)}
        s_first, s_warm = first_and_median([sys.executable, "-m", "app", *shot], source_env, base)
        line("source start to unlock screen: first / median", f"{s_first:.2f} / {s_warm:.2f} s", "(same machine)")
        line("bundle / source (median)", f"{b_warm / s_warm:.2f}x", "(one-folder: nothing is unpacked at start)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
