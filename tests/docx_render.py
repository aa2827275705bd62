"""Word documents as a reader sees them: LibreOffice lays them out into a PDF, pdftoppm draws the
pages. The tests that look at pages (page count, text direction, blank pages) use these.

Each conversion runs soffice with a profile of its own (-env:UserInstallation) so that parallel
test runs, or a LibreOffice the developer has open, do not collide on one profile's lock. Without
soffice or pdftoppm the tests that need them skip, saying how to install them.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pytest

INSTALL = "apt-get install libreoffice-writer-nogui poppler-utils (installers/sysdeps.sh installs them)"
TIMEOUT_SECONDS = 180


class RenderError(RuntimeError):
    """soffice or pdftoppm failed; the message holds what it printed."""


def require_tools() -> None:
    """Skip the calling test when LibreOffice or poppler is missing."""
    for tool in ("soffice", "pdftoppm"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed: {INSTALL}")


def _run(command: list[str], what: str) -> None:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired as exc:
        raise RenderError(f"{what} did not finish within {TIMEOUT_SECONDS} s: {' '.join(command)}") from exc
    if done.returncode != 0:
        raise RenderError(
            f"{what} failed (exit {done.returncode}): {' '.join(command)}\n"
            f"stdout: {done.stdout.strip()}\nstderr: {done.stderr.strip()}"
        )


def render_pdfs(docx_paths: Sequence[Path], out_dir: Path) -> list[Path]:
    """Every document converted to a PDF in `out_dir` by one soffice run (starting LibreOffice is
    most of the cost), in the order given."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="soffice-profile-") as profile:
        command = [
            "soffice",
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            *(str(path) for path in docx_paths),
        ]
        _run(command, "soffice")
    pdfs = [out_dir / (Path(path).stem + ".pdf") for path in docx_paths]
    missing = [pdf.name for pdf in pdfs if not pdf.is_file()]
    if missing:
        raise RenderError(f"soffice wrote no {', '.join(missing)} in {out_dir}")
    return pdfs


def render_pdf(docx_path: Path, out_dir: Path) -> Path:
    """One document converted to PDF."""
    return render_pdfs([docx_path], out_dir)[0]


def render_pngs(pdf: Path, out_dir: Path, dpi: int = 60) -> list[Path]:
    """The PDF's pages as PNG images, in page order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    prefix = out_dir / pdf.stem
    _run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], "pdftoppm")
    pages = sorted(out_dir.glob(f"{pdf.stem}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    if not pages:
        raise RenderError(f"pdftoppm drew no page of {pdf}")
    return pages
