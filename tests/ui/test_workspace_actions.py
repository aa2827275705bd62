"""Workspace menu: import, export and backup run in the background and report like a user expects."""

from __future__ import annotations

import json
from pathlib import Path

from app.services.case_list import case_rows
from app.store.workspace import Workspace
from app.ui.shell import MainWindow

MANIFEST = {
    "cases": [
        {
            "case_number": "LIM-000123",
            "unhcr_id": "123-45C67890",
            "priority": "P-2",
            "site": "Lima",
            "stage": "pre-screening",
            "persons": [
                {
                    "role": "principal_applicant",
                    "family_name": "Quispe",
                    "given_names": "Ana Lucia",
                    "dob": "1988-04-12",
                }
            ],
        }
    ]
}


def _window(qtbot, ws: Workspace) -> MainWindow:  # noqa: ANN001
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.unlocked()
    return window


def test_import_from_the_menu_adds_cases_and_refreshes_the_list(qtbot, ws: Workspace, tmp_path: Path) -> None:
    window = _window(qtbot, ws)
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(MANIFEST), "utf-8")
    window.workspace_actions.import_cases(str(path))
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 1, timeout=10_000)
    assert [r.case_number for r in case_rows(ws)] == ["LIM-000123"]


def test_a_bad_manifest_shows_its_reason_and_imports_nothing(qtbot, ws: Workspace, tmp_path: Path) -> None:
    window = _window(qtbot, ws)
    errors: list[str] = []
    window.ctx.show_error = errors.append
    bad = json.loads(json.dumps(MANIFEST))
    bad["cases"][0]["persons"][0]["dob"] = "1988-13-01"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), "utf-8")
    window.workspace_actions.import_cases(str(path))
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "cases[0]" in errors[0] and "dob" in errors[0]
    assert case_rows(ws) == []


def test_export_and_backup_write_their_files(qtbot, ws: Workspace, tmp_path: Path) -> None:
    window = _window(qtbot, ws)
    source = tmp_path / "cases.json"
    source.write_text(json.dumps(MANIFEST), "utf-8")
    window.workspace_actions.import_cases(str(source))
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 1, timeout=10_000)
    out = tmp_path / "out.csv"
    window.workspace_actions.export_cases(str(out))
    qtbot.waitUntil(out.exists, timeout=10_000)
    assert "LIM-000123" in out.read_text("utf-8-sig")
    backup = tmp_path / "backup"
    window.workspace_actions.backup(str(backup))
    qtbot.waitUntil(lambda: (backup / "workspace.json").exists(), timeout=10_000)
    assert (backup / "db.sqlite").read_bytes()[:16] != b"SQLite format 3\x00"
    window.tasks.wait()
