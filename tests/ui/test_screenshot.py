"""`circuitride --screenshot`: a real process renders a view of a real workspace into a PNG."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from app.services.cases import create_case
from app.store.workspace import Workspace
from tests.conftest import cli_env


def _seed(ws: Workspace) -> None:
    create_case(
        ws,
        {"case_number": "KIV-000001", "site": "Kyiv", "file_location": "Desk 2"},
        [
            {
                "role": "principal_applicant",
                "given_names": "Olha",
                "family_name": "Probna",
                "native_given_names": "Ольга",
                "native_family_name": "Пробна",
                "dob": "1984-03-02",
            }
        ],
    )


def test_screenshots_of_the_list_and_a_case_at_both_sizes(cli, ws: Workspace, tmp_path: Path) -> None:
    _seed(ws)
    ws.lock()
    env = cli_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    cases, case = tmp_path / "cases.png", tmp_path / "case.png"
    result = cli("--screenshot", str(cases), "--view", "cases", "--size", "1366x768", env=env)
    assert result.returncode == 0, result.stderr
    result = cli("--screenshot", str(case), "--view", "case:KIV-000001", "--lang", "es", env=env)
    assert result.returncode == 0, result.stderr
    with Image.open(cases) as image:
        assert image.size == (1366, 768)
        assert len(image.convert("RGB").getcolors(1 << 24) or []) > 50  # drawn, not a blank window
    with Image.open(case) as image:
        assert image.size == (1440, 900)


def test_a_bad_size_or_a_missing_password_is_a_clear_message(cli, ws: Workspace, tmp_path: Path) -> None:
    ws.lock()
    env = cli_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    out = tmp_path / "x.png"
    result = cli("--screenshot", str(out), "--size", "big", env=env)
    assert result.returncode != 0 and "WIDTHxHEIGHT" in result.stderr and "Traceback" not in result.stderr
    env.pop("CIRCUITRIDE_PASSWORD")
    result = cli("--screenshot", str(out), "--view", "cases", env=env)
    assert result.returncode != 0 and "CIRCUITRIDE_PASSWORD" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()
    result = cli("--screenshot", str(out), "--view", "unlock", env=env)  # needs no password
    assert result.returncode == 0, result.stderr
    assert out.exists()


def test_starting_the_app_without_a_display_is_one_sentence_and_exit_2(cli, ws: Workspace, tmp_path: Path) -> None:
    ws.lock()
    env = {k: v for k, v in cli_env(tmp_path).items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = cli(env=env)
    assert result.returncode == 2, result.stderr
    assert "No display found" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    out = tmp_path / "unlock.png"  # a screenshot needs no display: it draws offscreen
    result = cli("--screenshot", str(out), "--view", "unlock", env=env)
    assert result.returncode == 0, result.stderr
    assert out.exists()


def test_screenshots_of_my_work_and_reports_fit_a_small_laptop_screen(cli, ws: Workspace, tmp_path: Path) -> None:
    """The team lead's pages render through `--view work|reports` and, in the longest of the
    interface languages, need no more than 1366 x 768 (a wider page would grow the window)."""
    _seed(ws)
    ws.lock()
    env = cli_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    for view in ("work", "reports"):
        out = tmp_path / f"{view}.png"
        result = cli("--screenshot", str(out), "--view", view, "--size", "1366x768", "--lang", "uk", env=env)
        assert result.returncode == 0, result.stderr
        with Image.open(out) as image:
            assert image.size == (1366, 768)
            assert len(image.convert("RGB").getcolors(1 << 24) or []) > 50
