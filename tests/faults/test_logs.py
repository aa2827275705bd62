"""Logs never carry personal data or secrets, even at DEBUG (STYLE.md "Logging").

The CLI runs every data command with -vv on a workspace holding the canary person; stderr (where
logs and human messages go) must not contain the canary's names in either script, the dates of
birth involved, the password or any key in hex. The same commands run in-process with every
logger at DEBUG and every record captured, and must print nothing on stderr.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from app.errors import WrongPassword
from app.services.attachments import attach
from app.services.case_view import show_case
from app.services.cases import set_person_fields
from app.services.manifest import export_manifest, import_manifest
from app.services.records import add_note
from app.services.search import search
from app.store import keyslots
from app.store.check import check_workspace
from app.store.workspace import Workspace
from tests.conftest import PASSWORD
from tests.integration.conftest import (
    CANARY_CASE,
    CANARY_DOB,
    CANARY_FAMILY,
    CANARY_GIVEN,
    CANARY_NAMES,
    CANARY_NATIVE_FAMILY,
    canary_manifest,
    jpeg_bytes,
    write_json,
)

NEW_DOB = "1987-03-20"


def _secrets(ws: Workspace) -> list[str]:
    dek = bytes(ws._dek or b"")  # noqa: SLF001 - the test needs the key to look for it
    assert len(dek) == 32
    vault_key = keyslots.subkey(dek, keyslots.SUBKEY_INFO_VAULT)
    words = [*CANARY_NAMES, CANARY_DOB, NEW_DOB, PASSWORD]
    for key in (dek, vault_key):
        words += [key.hex(), key.hex().upper()]
    return words


def _leaks(text: str, secrets: list[str]) -> list[str]:
    folded = text.casefold()
    return [s for s in secrets if s.casefold() in folded]


def test_cli_at_debug_level_writes_no_personal_data_or_secret_to_stderr(
    ws: Workspace, ws_path: Path, cli, tmp_path: Path
) -> None:
    secrets = _secrets(ws)
    ws.lock()
    manifest = write_json(tmp_path / "in" / "canary.json", canary_manifest())
    photo = tmp_path / "in" / "photo.jpg"
    photo.write_bytes(jpeg_bytes(640, 480, exif_gps=True, artist=CANARY_FAMILY, comment=CANARY_GIVEN.encode()))

    runs = [("import", str(manifest)), ("search", CANARY_FAMILY), ("search", CANARY_NATIVE_FAMILY)]
    runs += [("search", CANARY_DOB), ("case", "show", CANARY_CASE, "--json")]
    outputs = []
    for args in runs:
        r = cli("-vv", *args)
        assert r.returncode == 0, r.stderr
        outputs.append((args, r))
    person_id = json.loads(outputs[-1][1].stdout)["persons"][0]["id"]
    runs = [
        ("case", "set", CANARY_CASE, "--person", person_id, f"dob={NEW_DOB}"),
        ("attach", CANARY_CASE, str(photo), "--kind", "photo", "--person", person_id),
        ("note", CANARY_CASE, f"{CANARY_GIVEN} brought her passport"),
        ("check",),
        ("export", str(tmp_path / "out" / "export.json")),
        ("files", "move", CANARY_CASE, "Lima office"),
    ]
    for args in runs:
        r = cli("-vv", *args)
        assert r.returncode == 0, r.stderr
        outputs.append((args, r))
    assert any("DEBUG" in r.stderr for _, r in outputs), "-vv should have produced debug output"
    for args, r in outputs:
        assert _leaks(r.stderr, secrets) == [], f"{args}: {r.stderr}"
        assert "Traceback" not in r.stderr
    # The canary did reach the outputs meant for it (stdout, the export file): the check is real.
    assert CANARY_FAMILY in outputs[1][1].stdout
    assert CANARY_NATIVE_FAMILY in (tmp_path / "out" / "export.json").read_text("utf-8")


def test_cli_errors_at_debug_level_leak_nothing(ws: Workspace, cli, tmp_path: Path) -> None:
    secrets = _secrets(ws)
    ws.lock()
    assert cli("import", str(write_json(tmp_path / "c.json", canary_manifest()))).returncode == 0
    bad = canary_manifest()
    bad["cases"][0]["persons"][0]["sex"] = "unknown"
    bad["cases"][0]["priority"] = "P-7"
    for args in (
        ("import", str(write_json(tmp_path / "bad.json", bad))),
        ("attach", CANARY_CASE, str(tmp_path / "c.json"), "--kind", "photo"),
        ("case", "set", CANARY_CASE, "priority=P-9"),
        ("case", "show", "NOPE-000001"),
    ):
        r = cli("-vv", *args)
        assert r.returncode == 1, r.stderr
        assert _leaks(r.stderr, secrets) == [], f"{args}: {r.stderr}"
        assert "Traceback" not in r.stderr
    wrong = cli(
        "-vv", "search", CANARY_FAMILY, env={**_cli_env(tmp_path), "CIRCUITRIDE_PASSWORD": "wrong password, twelve+"}
    )
    assert wrong.returncode == 3
    assert _leaks(wrong.stderr, secrets) == []


def _cli_env(tmp_path: Path) -> dict[str, str]:
    from tests.conftest import cli_env

    return cli_env(tmp_path)


def _run_everything_in_process(ws: Workspace, ws_path: Path) -> None:
    import_manifest(ws, canary_manifest())
    assert [h.case_number for h in search(ws, CANARY_NATIVE_FAMILY)] == [CANARY_CASE]
    search(ws, f"{CANARY_GIVEN.lower()} {CANARY_DOB}")
    person_id = show_case(ws, CANARY_CASE)["persons"][0]["id"]
    set_person_fields(ws, CANARY_CASE, person_id, {"dob": NEW_DOB})
    photo = jpeg_bytes(320, 240, comment=CANARY_FAMILY.encode())
    attach(ws, CANARY_CASE, photo, filename="p.jpg", kind="photo", person_id=person_id)
    add_note(ws, CANARY_CASE, f"{CANARY_NATIVE_FAMILY} said so")
    assert check_workspace(ws).ok
    assert export_manifest(ws)["cases"][0]["persons"][0]["family_name"] == CANARY_FAMILY
    ws.lock()
    with pytest.raises(WrongPassword):
        Workspace(ws_path).unlock("wrong password, twelve+")
    again = Workspace(ws_path)
    again.unlock(PASSWORD)
    again.lock()


def _leaking_records(records: list[logging.LogRecord], secrets: list[str]) -> list[str]:
    leaks = []
    for record in records:
        text = f"{record.name} {record.getMessage()} {record.exc_text or ''}"
        if _leaks(text, secrets):
            leaks.append(text[:300])
    return leaks


def test_in_process_debug_logging_carries_no_personal_data_or_secret(
    ws: Workspace, ws_path: Path, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    secrets = _secrets(ws)
    caplog.set_level(logging.DEBUG)  # the root logger: every record that propagates reaches caplog
    caplog.set_level(logging.DEBUG, logger="app")
    _run_everything_in_process(ws, ws_path)
    assert any(r.name.startswith("app.") and r.levelno == logging.DEBUG for r in caplog.records)
    assert _leaking_records(caplog.records, secrets) == []
    out, err = capfd.readouterr()
    assert err == ""  # services print nothing; SQLCipher's own stderr logging is off
    assert _leaks(out, secrets) == []


def test_sql_echo_turned_on_for_debugging_still_hides_personal_data(
    ws: Workspace, ws_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Someone chasing a bug turns SQLAlchemy's engine log on (it logs at INFO). The statements may
    show; the bound values (names, dates of birth) must not — SQLAlchemy's `hide_parameters`."""
    secrets = _secrets(ws)
    caplog.set_level(logging.INFO, logger="sqlalchemy.engine")
    _run_everything_in_process(ws, ws_path)
    assert any(r.name.startswith("sqlalchemy.engine") for r in caplog.records)
    assert _leaking_records(caplog.records, secrets) == []
