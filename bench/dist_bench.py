"""The desktop bundle's figures (`make dist` first): its size, total and the ten largest parts, and
how long the bundled program takes to start to its unlock screen, cold and warm, beside the same
start from the source tree in this virtual environment.

"To the unlock screen" is measured as `--screenshot PATH --view unlock` offscreen: the process
starts, Qt and the main window come up, the unlock screen is drawn and saved, and the process exits.
That is a little more than a person waits for (the PNG is written, the process ends), and needs no
display. "Cold" evicts the bundle's own files from the page cache before each run
(posix_fadvise DONTNEED, no root needed, nothing else on the machine is touched): the first start
after installing or after a reboot reads them from disk. The system's libraries (libc, X11) stay
cached, as they are on a running desktop. "Warm" is the same start with everything cached.

BENCH_DIST_RUNS (default 5) sets the runs per figure (the median is printed); BENCH_DIST_BUNDLE
measures another bundle folder (e.g. a copy of an older build) instead of dist/circuitride.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = Path(os.environ.get("BENCH_DIST_BUNDLE") or ROOT / "dist" / "circuitride")
EXE = BUNDLE / ("circuitride.exe" if sys.platform == "win32" else "circuitride")
RUNS = max(1, int(os.environ.get("BENCH_DIST_RUNS", "5")))
TOP_PARTS = 10


def line(name: str, value: str, target: str = "") -> None:
    print(f"  {name:<44} {value:>16}   {target}")


def files(path: Path) -> list[Path]:
    return [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]


def part_of(rel: Path) -> str:
    """The part a file belongs to: its top folder; Qt split into its libraries, plugins and
    translations; the shared libraries lying loose at the top counted together."""
    parts = rel.parts
    if parts[0] != "_internal" or len(parts) == 1:
        return "the executable" if rel.name.startswith("circuitride") else rel.name
    inner = parts[1:]
    if len(inner) == 1:
        return "shared libraries at the top (system, Python)" if ".so" in inner[0] else inner[0]
    if inner[0] == "PySide6":
        return "/".join(inner[:3]) if inner[1] == "Qt" and len(inner) > 3 else "PySide6 (Python bindings)"
    return inner[0]


def sizes(bundle: Path) -> tuple[int, list[tuple[str, int]]]:
    by_part: Counter[str] = Counter()
    for p in files(bundle):
        by_part[part_of(p.relative_to(bundle))] += p.stat().st_size
    return sum(by_part.values()), by_part.most_common(TOP_PARTS)


def evict(bundle: Path) -> None:
    """Drop the bundle's files from the page cache (Linux); elsewhere the figure is warm."""
    if not hasattr(os, "posix_fadvise"):
        return
    for p in files(bundle):
        fd = os.open(p, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def timed(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    t = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    elapsed = time.perf_counter() - t
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:3])}… exited {proc.returncode}: {proc.stderr.strip()[-300:]}")
    return elapsed


def median_of(cmd: list[str], env: dict[str, str], cwd: Path, cold: bool) -> float:
    runs = []
    for _ in range(RUNS):
        if cold:
            evict(BUNDLE)
        runs.append(timed(cmd, env, cwd))
    return statistics.median(runs)


def main() -> int:
    print(
        f"Desktop bundle ({BUNDLE.relative_to(ROOT) if BUNDLE.is_relative_to(ROOT) else BUNDLE}, PyInstaller one-folder)"
    )
    if not EXE.is_file():
        print("  skipped: no bundle in dist/circuitride/ (run `make dist` first)")
        return 0
    from app.services.workspaces import create_workspace
    from app.store.keyslots import TEST_KDF

    total, top = sizes(BUNDLE)
    line("bundle folder", f"{total / 1e6:.0f} MB", "(installed size)")
    for name, size in top:
        line(f"  {name}", f"{size / 1e6:.1f} MB")
    tarballs = sorted(BUNDLE.parent.glob("circuitride-*-linux-*.tar.gz"))
    if tarballs and BUNDLE == ROOT / "dist" / "circuitride":
        line("Linux tarball", f"{tarballs[-1].stat().st_size / 1e6:.0f} MB", "(download size)")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        (base / "home").mkdir()
        ws = create_workspace(base / "ws", "bench", "benchmark passphrase only", kdf=TEST_KDF, role="team_lead")
        ws.lock()
        clean = {"HOME": str(base / "home"), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
        version = median_of([str(EXE), "--version"], clean, base, cold=False)
        line(f"bundled --version (median of {RUNS})", f"{version:.2f} s")
        shot = ["--data-dir", str(base / "ws"), "--screenshot", str(base / "unlock.png"), "--view", "unlock"]
        cold = median_of([str(EXE), *shot], clean, base, cold=True)
        line(f"bundled start to unlock screen, cold ({RUNS})", f"{cold:.2f} s", "(bundle not in the page cache)")
        warm = median_of([str(EXE), *shot], clean, base, cold=False)
        line(f"bundled start to unlock screen, warm ({RUNS})", f"{warm:.2f} s")
        source_env = {**clean, "PYTHONPATH": str(ROOT)}
        source = median_of([sys.executable, "-m", "app", *shot], source_env, base, cold=False)
        line(f"source start to unlock screen, warm ({RUNS})", f"{source:.2f} s", "(same machine, this venv)")
        line("bundle / source (warm)", f"{warm / source:.2f}x", "(one-folder: nothing is unpacked at start)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
