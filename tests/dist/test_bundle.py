"""Smoke test of the self-contained bundle (`make dist`; the release workflow on each system).

The bundled program is started the way a field laptop starts it: a clean environment (HOME, a
system PATH, nothing of this virtual environment or source tree), a temporary working directory.
It prints its version, sets up a laptop as field IT would (an administrator, a team lead, the demo
cases), draws the case list offscreen, checks an XLSForm, and syncs with an HQ started from the same
bundle. Skipped unless the bundle exists: `make dist` builds it (CIRCUITRIDE_BUNDLE_EXE names
another executable, e.g. the one inside a macOS .app).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXE_NAME = "circuitride.exe" if sys.platform == "win32" else "circuitride"
ADMIN_PASSWORD = "smoke-admin-pass-2026"  # synthetic: protects a throwaway workspace
LEAD_PASSWORD = "smoke-lead-pass-2026"


def bundle_exe() -> Path | None:
    named = os.environ.get("CIRCUITRIDE_BUNDLE_EXE")
    candidates = [Path(named)] if named else []
    candidates += [
        ROOT / "dist" / "circuitride" / EXE_NAME,
        ROOT / "dist" / "Circuit Ride.app" / "Contents" / "MacOS" / "circuitride",
    ]
    return next((c for c in candidates if c.is_file()), None)


EXE = bundle_exe()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(EXE is None, reason="no bundle in dist/circuitride/: run `make dist` to build and test it"),
]


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a desktop session gives a program, and nothing of ours: no PYTHONPATH, no VIRTUAL_ENV."""
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    if sys.platform == "win32":  # Windows cannot start a process without these
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env.update(
            SYSTEMROOT=system_root,
            PATH=rf"{system_root}\System32;{system_root}",
            USERPROFILE=str(home),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
            TEMP=str(home / "Temp"),
            TMP=str(home / "Temp"),
        )
        (home / "Temp").mkdir(parents=True, exist_ok=True)
    env.update(extra)
    return env


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


@dataclass
class Laptop:
    exe: Path
    home: Path
    cwd: Path
    data: Path

    def run(self, *args: str, password: str | None = None, timeout: float = 180, **env: str) -> Run:
        return self.execute(list(args), password, timeout, env)

    def execute(self, args: list[str], password: str | None, timeout: float, env: dict[str, str]) -> Run:
        if password:
            env["CIRCUITRIDE_PASSWORD"] = password
        proc = subprocess.run(
            [str(self.exe), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            env=clean_env(self.home, **env),
            cwd=self.cwd,
            stdin=subprocess.DEVNULL,
        )
        assert "Traceback" not in proc.stderr, proc.stderr
        return Run(proc.returncode, proc.stdout, proc.stderr)

    def laptop(self, *args: str, user: str, password: str, timeout: float = 180, **env: str) -> Run:
        return self.execute(["--data-dir", str(self.data), "--user", user, *args], password, timeout, env)


@pytest.fixture(scope="module")
def laptop(tmp_path_factory: pytest.TempPathFactory) -> Laptop:
    """A laptop as field IT sets one up: an administrator, a team lead, the demo cases."""
    assert EXE is not None
    base = tmp_path_factory.mktemp("bundle")
    (base / "home").mkdir()
    (base / "cwd").mkdir()
    lap = Laptop(EXE, base / "home", base / "cwd", base / "laptop")
    r = lap.laptop("init", "--name", "Smoke laptop", user="it.admin", password=ADMIN_PASSWORD)
    assert r.returncode == 0, r.stderr
    r = lap.laptop(
        "user",
        "add",
        "team.lead",
        "--role",
        "team_lead",
        user="it.admin",
        password=ADMIN_PASSWORD,
        CIRCUITRIDE_NEW_PASSWORD=LEAD_PASSWORD,
    )
    assert r.returncode == 0, r.stderr
    r = lap.laptop("demo", "--cases", "20", "--seed", "1", user="team.lead", password=LEAD_PASSWORD, timeout=600)
    assert r.returncode == 0, r.stderr
    assert "20 cases created" in r.stderr
    return lap


def test_prints_its_version(laptop: Laptop) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    r = laptop.run("--version")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"circuitride {version}"


def test_screenshot_of_the_case_list(laptop: Laptop) -> None:
    from PIL import Image

    shot = laptop.cwd / "cases.png"
    r = laptop.laptop(
        "--screenshot",
        str(shot),
        "--view",
        "cases",
        user="team.lead",
        password=LEAD_PASSWORD,
        QT_QPA_PLATFORM="offscreen",
    )
    assert r.returncode == 0, r.stderr
    with Image.open(shot) as img:
        assert img.size == (1440, 900)
        colours = img.convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 200, "the screenshot is (nearly) blank"
    assert "untranslated" not in r.stderr  # the compiled translations are in the bundle


@pytest.mark.parametrize("view", ["work", "schedule", "adjudication", "files", "reports", "sync"])
def test_every_page_renders_without_a_failed_task(laptop: Laptop, view: str) -> None:
    """Each page's data is read in the background: a module the bundle lacks shows up only as a
    failed task in the log (the Files page lost ReportLab's barcode modules that way)."""
    from PIL import Image

    shot = laptop.cwd / f"{view}.png"
    r = laptop.laptop(
        "--screenshot", str(shot), "--view", view, user="team.lead", password=LEAD_PASSWORD, QT_QPA_PLATFORM="offscreen"
    )
    assert r.returncode == 0, r.stderr
    assert "ERROR" not in r.stderr and "task failed" not in r.stderr, r.stderr
    with Image.open(shot) as img:
        colours = img.convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 50, "the screenshot is (nearly) blank"


def test_documents_with_charts_headers_and_barcodes(laptop: Laptop) -> None:
    """The documents whose parts the freezer cannot see: matplotlib's charts and python-docx's header
    template (team statistics, case summary), ReportLab's barcodes (file labels)."""
    import zipfile

    r = laptop.laptop("export", "-", user="team.lead", password=LEAD_PASSWORD)
    assert r.returncode == 0, r.stderr
    manifest = json.loads(r.stdout)
    case, ride = next((c["case_number"], c["ride"]) for c in manifest["cases"] if c.get("ride"))

    stats = laptop.cwd / "team-stats.docx"
    r = laptop.laptop("report", "team-stats", "--out", str(stats), user="team.lead", password=LEAD_PASSWORD)
    assert r.returncode == 0, r.stderr
    with zipfile.ZipFile(stats) as docx:
        charts = [n for n in docx.namelist() if n.startswith("word/media/") and n.endswith(".png")]
    assert len(charts) >= 2, charts

    summary = laptop.cwd / "case-summary.docx"
    r = laptop.laptop("report", "case-summary", case, "--out", str(summary), user="team.lead", password=LEAD_PASSWORD)
    assert r.returncode == 0, r.stderr
    assert zipfile.is_zipfile(summary)

    labels = laptop.cwd / "labels.pdf"
    r = laptop.laptop("files", "labels", "--ride", ride, "--out", str(labels), user="team.lead", password=LEAD_PASSWORD)
    assert r.returncode == 0, r.stderr
    assert labels.read_bytes().startswith(b"%PDF")


def test_forms_check_on_an_xlsform(laptop: Laptop) -> None:
    import openpyxl

    path = laptop.cwd / "household_visit.xlsx"
    wb = openpyxl.Workbook()
    survey = wb.active
    assert survey is not None
    survey.title = "survey"
    for row in (
        ["type", "name", "label"],
        ["text", "household_name", "Household name"],
        ["integer", "members", "How many people live here?"],
        ["select_one yes_no", "has_documents", "Does everyone have travel documents?"],
    ):
        survey.append(row)
    choices = wb.create_sheet("choices")
    for row in (["list_name", "name", "label"], ["yes_no", "yes", "Yes"], ["yes_no", "no", "No"]):
        choices.append(row)
    settings = wb.create_sheet("settings")
    settings.append(["form_id", "version"])
    settings.append(["household_visit", "1"])
    wb.save(path)
    r = laptop.run("forms", "check", str(path), "--json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["ok"] is True and doc["form_id"] == "household_visit" and doc["questions"] == 3


def test_syncs_with_an_hq_from_the_same_bundle(laptop: Laptop) -> None:
    hq_home = laptop.home / "hq"
    port_file = laptop.cwd / "hq.port"
    server = subprocess.Popen(
        [str(laptop.exe), "hq", "serve", "--home", str(hq_home), "--host", "127.0.0.1", "--port", "0"]
        + ["--port-file", str(port_file)],
        env=clean_env(laptop.home),
        cwd=laptop.cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not (port_file.exists() and port_file.read_text().strip()):
            assert server.poll() is None, server.stderr.read() if server.stderr else "HQ stopped"
            assert time.monotonic() < deadline, "HQ did not start within 2 minutes"
            time.sleep(0.2)
        url = f"https://127.0.0.1:{port_file.read_text().strip()}"
        r = laptop.run("hq", "enroll-device", "--home", str(hq_home), "--name", "smoke-laptop", "--url", url)
        assert r.returncode == 0, r.stderr
        device_code = r.stdout.strip()
        r = laptop.laptop("sync", "enroll", "--code", device_code, user="it.admin", password=ADMIN_PASSWORD)
        assert r.returncode == 0, r.stderr
        r = laptop.run("hq", "user", "add", "team.lead", "--home", str(hq_home), "--role", "team_lead")
        assert r.returncode == 0, r.stderr
        r = laptop.laptop("user", "enroll", "--code", r.stdout.strip(), user="team.lead", password=LEAD_PASSWORD)
        assert r.returncode == 0, r.stderr
        r = laptop.laptop("sync", user="team.lead", password=LEAD_PASSWORD, timeout=600)
        assert r.returncode == 0, r.stderr
        assert "Synced:" in r.stderr and "0 new conflicts" in r.stderr
        r = laptop.run("hq", "devices", "--home", str(hq_home), "--json")
        assert r.returncode == 0, r.stderr
        assert '"fully_synced": true' in r.stdout
        r = laptop.run("hq", "check", "--home", str(hq_home))
        assert r.returncode == 0, r.stderr
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the X11 library check is Linux's")
def test_missing_system_library_is_one_sentence(laptop: Laptop) -> None:
    r = laptop.laptop(
        user="team.lead",
        password=LEAD_PASSWORD,
        DISPLAY=":99",
        CIRCUITRIDE_PREFLIGHT_REQUIRE="libcircuitride-absent.so.7=libcircuitride-absent7",
    )
    assert r.returncode == 2
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, r.stderr
    assert "libcircuitride-absent.so.7" in lines[0] and "sudo apt-get install libcircuitride-absent7" in lines[0]
