"""Unlocking through the real CLI: wrong passwords, the persisted back-off, HQ recovery, passwd.

Contract (architecture §4, §9): exit 3 for a wrong password or a lock-out, with a message a person
can act on and never a traceback; after the 5th wrong password an increasing delay that survives
restarts and `kill -9`; HQ's recovery key sets a new password without touching the data; a
password change rewrites only the key slot, never the database.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.errors import WrongPassword
from app.services.workspaces import create_workspace
from app.store.keyslots import TEST_KDF, KdfParams
from app.store.workspace import Workspace
from app.wire.crypto import generate_recovery_keypair
from tests.conftest import PASSWORD, ROOT, cli_env
from tests.integration.conftest import (
    backoff_state,
    set_backoff_state,
    unlocked,
    write_json,
)

WRONG = "not the right passphrase at all"
NEW_PASSWORD = "a brand new passphrase for the ride"
LIMA_CASE = {
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
            "sex": "F",
            "nationality": "VE",
            "languages": ["es"],
        }
    ],
}
# Slow enough that a process can be killed while it derives the key.
SLOW_KDF = KdfParams(iterations=3, memory_kib=64 * 1024, lanes=1)


def _no_traceback(*outputs: str) -> None:
    for out in outputs:
        assert "Traceback" not in out
        assert "unexpected problem" not in out


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return cli_env(tmp_path, **extra)


def _without_password(env: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in env.items() if k != "CIRCUITRIDE_PASSWORD"}


# ----- wrong password ---------------------------------------------------------------------------
def test_wrong_password_exits_3_with_a_clear_message_and_no_traceback(ws: Workspace, cli, tmp_path: Path) -> None:
    ws.lock()
    r = cli("search", "quispe", env=_env(tmp_path, CIRCUITRIDE_PASSWORD=WRONG))
    assert r.returncode == 3
    assert "Wrong password" in r.stderr
    assert r.stdout == ""
    _no_traceback(r.stdout, r.stderr)


def test_unknown_user_is_refused_like_a_wrong_password(ws: Workspace, cli) -> None:
    ws.lock()
    r = cli("--user", "nobody", "search", "quispe")
    assert r.returncode == 3
    assert "Wrong user name or password" in r.stderr
    _no_traceback(r.stdout, r.stderr)


def test_sixth_attempt_after_five_wrong_passwords_is_refused_even_with_the_right_one(
    ws: Workspace, ws_path: Path, cli, tmp_path: Path
) -> None:
    ws.lock()
    for attempt in range(1, 5):  # the first four in-process: the same unlock code, less start-up time
        with pytest.raises(WrongPassword):
            Workspace(ws_path).unlock(WRONG)
        assert backoff_state(ws_path)["failures"] == attempt
    r = cli("search", "x", env=_env(tmp_path, CIRCUITRIDE_PASSWORD=WRONG))
    assert r.returncode == 3, r.stderr
    assert "Wrong password" in r.stderr
    assert backoff_state(ws_path)["failures"] == 5
    r = cli("search", "x")  # the right password
    assert r.returncode == 3
    wait = re.search(r"[Ww]ait (\d+) seconds", r.stderr)
    assert wait, r.stderr
    assert 1 <= int(wait.group(1)) <= 31
    _no_traceback(r.stdout, r.stderr)
    # A refused attempt is not a tried one: the counter does not move.
    assert backoff_state(ws_path)["failures"] == 5


def test_right_password_after_the_delay_opens_and_resets_the_counter(ws: Workspace, ws_path: Path, cli) -> None:
    ws.lock()
    set_backoff_state(ws_path, 5, time.time() - 31)  # the 30 s delay has passed
    r = cli("search", "x")
    assert r.returncode == 0, r.stderr
    assert backoff_state(ws_path)["failures"] == 0


def test_delay_doubles_with_each_further_failure(ws: Workspace, ws_path: Path, cli) -> None:
    ws.lock()
    set_backoff_state(ws_path, 6, time.time() - 31)  # 6 failures: 60 s, only 31 have passed
    r = cli("search", "x")
    assert r.returncode == 3
    wait = re.search(r"[Ww]ait (\d+) seconds", r.stderr)
    assert wait and 25 <= int(wait.group(1)) <= 30, r.stderr
    assert backoff_state(ws_path)["failures"] == 6


def test_damaged_backoff_state_is_not_a_free_reset(ws: Workspace, ws_path: Path, cli) -> None:
    ws.lock()
    (ws_path / "state" / "unlock-attempts.json").write_text("{not json", "utf-8")
    r = cli("search", "x")
    assert r.returncode == 3
    assert "Wait" in r.stderr
    _no_traceback(r.stdout, r.stderr)


def _popen(ws_path: Path, env: dict[str, str], *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(ws_path), *args],
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.mark.slow
def test_wrong_password_attempt_is_counted_even_when_killed_during_the_check(
    ws: Workspace, ws_path: Path, cli, tmp_path: Path
) -> None:
    ws.set_password("lead", PASSWORD, kdf=SLOW_KDF)
    ws.lock()
    wrong = _env(tmp_path, CIRCUITRIDE_PASSWORD=WRONG)
    for _ in range(2):
        set_backoff_state(ws_path, 2, 0.0)
        proc = _popen(ws_path, wrong, "search", "x")
        deadline = time.monotonic() + 30
        # The attempt is on record before Argon2id starts: kill the process during the derivation.
        while backoff_state(ws_path)["failures"] == 2 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL, "the process ended before it could be killed mid-check"
        assert backoff_state(ws_path)["failures"] == 3
    # The killed attempt counts toward the lock-out like any other wrong password.
    for expected in (4, 5):
        r = cli("search", "x", env=wrong)
        assert r.returncode == 3
        assert backoff_state(ws_path)["failures"] == expected
    r = cli("search", "x")
    assert r.returncode == 3
    assert "Wait" in r.stderr


@pytest.mark.slow
def test_backoff_counter_never_goes_down_when_killed_at_random_moments(
    ws: Workspace, ws_path: Path, cli, tmp_path: Path
) -> None:
    ws.set_password("lead", PASSWORD, kdf=SLOW_KDF)
    ws.lock()
    wrong = _env(tmp_path, CIRCUITRIDE_PASSWORD=WRONG)
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    for delay in sorted(rng.uniform(0.3, 2.0) for _ in range(3)):
        set_backoff_state(ws_path, 3, 0.0)
        proc = _popen(ws_path, wrong, "search", "x")
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        raw = (ws_path / "state" / "unlock-attempts.json").read_text("utf-8")
        state = json.loads(raw)  # never torn: written atomically
        assert state["failures"] in (3, 4), f"seed {seed}, delay {delay:.2f}s: {state}"
        before = state["failures"]
        r = cli("search", "x", env=wrong)
        assert r.returncode == 3, f"seed {seed}: {r.stderr}"
        assert backoff_state(ws_path)["failures"] == before + 1, f"seed {seed}, delay {delay:.2f}s"


# ----- recovery ---------------------------------------------------------------------------------
@pytest.fixture
def hq_keys(cli, tmp_path: Path) -> tuple[Path, Path]:
    out = tmp_path / "hq"
    out.mkdir()
    r = cli("hq", "keygen", "--out", str(out))
    assert r.returncode == 0, r.stderr
    private, public = out / "hq-recovery-private.pem", out / "hq-recovery-public.pem"
    assert r.stdout.strip() == str(public)
    assert private.exists() and public.exists()
    assert private.stat().st_mode & 0o077 == 0, "the HQ private key must be readable by its owner only"
    return private, public


@pytest.fixture
def recoverable_ws(cli, ws_path: Path, tmp_path: Path, hq_keys: tuple[Path, Path]) -> Path:
    """A workspace made by `init` (production KDF) with HQ's recovery key, holding one case."""
    r = cli("--user", "lead", "init", "--role", "team_lead", "--recovery-public-key", str(hq_keys[1]))
    assert r.returncode == 0, r.stderr
    assert (ws_path / "keyslots" / "recovery.json").exists()
    r = cli("import", str(write_json(tmp_path / "m.json", {"cases": [LIMA_CASE]})))
    assert r.returncode == 0, r.stderr
    return ws_path


def test_recovery_key_sets_a_new_password_and_keeps_the_data(
    recoverable_ws: Path, hq_keys: tuple[Path, Path], cli, tmp_path: Path
) -> None:
    lost = _without_password(_env(tmp_path, CIRCUITRIDE_NEW_PASSWORD=NEW_PASSWORD))
    r = cli("recover", "--recovery-key", str(hq_keys[0]), env=lost)
    assert r.returncode == 0, r.stderr
    _no_traceback(r.stdout, r.stderr)
    r = cli("case", "show", "LIM-000123", "--json", env=_env(tmp_path, CIRCUITRIDE_PASSWORD=NEW_PASSWORD))
    assert r.returncode == 0, r.stderr
    case = json.loads(r.stdout)
    assert case["unhcr_id"] == "123-45C67890"
    assert [(p["given_names"], p["family_name"], p["dob"]) for p in case["persons"]] == [
        ("Ana Lucia", "Quispe", "1988-04-12")
    ]
    r = cli("search", "LIM-000123")
    assert r.returncode == 3, "the old password must no longer open the workspace"
    r = cli("check", env=_env(tmp_path, CIRCUITRIDE_PASSWORD=NEW_PASSWORD))
    assert r.returncode == 0, r.stderr


@pytest.fixture
def quick_recoverable_ws(ws_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Like recoverable_ws, made in-process with the cheap test KDF; returns (workspace, private key)."""
    private_pem, public_pem = generate_recovery_keypair()
    private = tmp_path / "hq-recovery-private.pem"
    private.write_bytes(private_pem)
    ws = create_workspace(ws_path, "lead", PASSWORD, kdf=TEST_KDF, recovery_public_key=public_pem)
    from app.services.manifest import import_manifest

    import_manifest(ws, {"cases": [LIMA_CASE]})
    ws.lock()
    return ws_path, private


def test_recovery_lifts_a_wrong_password_lockout(quick_recoverable_ws: tuple[Path, Path], cli, tmp_path: Path) -> None:
    path, private = quick_recoverable_ws
    set_backoff_state(path, 8, time.time())
    r = cli("recover", "--recovery-key", str(private), env=_env(tmp_path, CIRCUITRIDE_NEW_PASSWORD=NEW_PASSWORD))
    assert r.returncode == 0, r.stderr
    r = cli("search", "quispe", env=_env(tmp_path, CIRCUITRIDE_PASSWORD=NEW_PASSWORD))
    assert r.returncode == 0, r.stderr
    assert "LIM-000123" in r.stdout


def test_another_hq_key_cannot_recover_and_changes_nothing(
    quick_recoverable_ws: tuple[Path, Path], cli, tmp_path: Path
) -> None:
    recoverable_ws = quick_recoverable_ws[0]
    other = tmp_path / "other-hq"
    other.mkdir()
    assert cli("hq", "keygen", "--out", str(other)).returncode == 0
    slot = recoverable_ws / "keyslots" / "user-lead.json"
    before = slot.read_bytes()
    r = cli(
        "recover",
        "--recovery-key",
        str(other / "hq-recovery-private.pem"),
        env=_env(tmp_path, CIRCUITRIDE_NEW_PASSWORD=NEW_PASSWORD),
    )
    assert r.returncode == 3
    assert "recovery key" in r.stderr
    _no_traceback(r.stdout, r.stderr)
    assert slot.read_bytes() == before
    assert cli("search", "quispe").returncode == 0  # the old password still works


def test_recover_without_a_recovery_slot_explains_why(ws: Workspace, cli, tmp_path: Path) -> None:
    ws.lock()
    out = tmp_path / "hq"
    out.mkdir()
    assert cli("hq", "keygen", "--out", str(out)).returncode == 0
    r = cli(
        "recover",
        "--recovery-key",
        str(out / "hq-recovery-private.pem"),
        env=_env(tmp_path, CIRCUITRIDE_NEW_PASSWORD=NEW_PASSWORD),
    )
    assert r.returncode == 1
    assert "no HQ recovery slot" in r.stderr
    _no_traceback(r.stdout, r.stderr)


def test_keygen_refuses_to_overwrite_a_recovery_key(hq_keys: tuple[Path, Path], cli) -> None:
    before = hq_keys[0].read_bytes()
    r = cli("hq", "keygen", "--out", str(hq_keys[0].parent))
    assert r.returncode == 2
    assert "already exists" in r.stderr
    assert hq_keys[0].read_bytes() == before


# ----- passwd -----------------------------------------------------------------------------------
def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_passwd_rewrites_only_the_key_slot(ws: Workspace, ws_path: Path, cli, tmp_path: Path) -> None:
    from app.services.cases import create_case

    create_case(ws, {"case_number": "LIM-000001", "site": "Lima"}, [{"role": "principal_applicant"}])
    ws.lock()  # the last connection closes: the WAL is checkpointed into db.sqlite
    assert not (ws_path / "db.sqlite-wal").exists()
    db_before = _sha256(ws_path / "db.sqlite")
    slot_before = (ws_path / "keyslots" / "user-lead.json").read_bytes()

    r = cli("passwd", env=_env(tmp_path, CIRCUITRIDE_NEW_PASSWORD=NEW_PASSWORD))
    assert r.returncode == 0, r.stderr
    _no_traceback(r.stdout, r.stderr)

    assert _sha256(ws_path / "db.sqlite") == db_before
    assert (ws_path / "keyslots" / "user-lead.json").read_bytes() != slot_before
    r = cli("search", "LIM-000001")
    assert r.returncode == 3
    assert "Wrong password" in r.stderr
    r = cli("search", "LIM-000001", env=_env(tmp_path, CIRCUITRIDE_PASSWORD=NEW_PASSWORD))
    assert r.returncode == 0, r.stderr
    assert "LIM-000001" in r.stdout


def test_passwd_with_a_wrong_current_password_changes_nothing(
    ws: Workspace, ws_path: Path, cli, tmp_path: Path
) -> None:
    ws.lock()
    slot_before = (ws_path / "keyslots" / "user-lead.json").read_bytes()
    r = cli("passwd", env=_env(tmp_path, CIRCUITRIDE_PASSWORD=WRONG, CIRCUITRIDE_NEW_PASSWORD=NEW_PASSWORD))
    assert r.returncode == 3
    assert (ws_path / "keyslots" / "user-lead.json").read_bytes() == slot_before
    with unlocked(ws_path) as again:
        assert again.is_unlocked


def test_passwd_refuses_a_weak_new_password(ws: Workspace, ws_path: Path, cli, tmp_path: Path) -> None:
    ws.lock()
    slot_before = (ws_path / "keyslots" / "user-lead.json").read_bytes()
    r = cli("passwd", env=_env(tmp_path, CIRCUITRIDE_NEW_PASSWORD="short"))
    assert r.returncode == 2
    assert "too short" in r.stderr
    assert (ws_path / "keyslots" / "user-lead.json").read_bytes() == slot_before


def test_init_refuses_a_short_password_and_creates_nothing(cli, ws_path: Path, tmp_path: Path) -> None:
    r = cli("init", env=_env(tmp_path, CIRCUITRIDE_PASSWORD="tooshort"))
    assert r.returncode == 2
    assert "too short" in r.stderr
    assert not (ws_path / "workspace.json").exists()
    assert not os.path.exists(ws_path / "db.sqlite")


def test_the_lock_out_message_promises_hq_recovery_only_with_a_recovery_key(cli, ws_path, tmp_path) -> None:  # noqa: ANN001
    import time

    from tests.integration.conftest import set_backoff_state

    result = cli("--user", "lead", "init")
    assert result.returncode == 0, result.stderr
    set_backoff_state(ws_path, 9, time.time())
    env = cli_env(tmp_path, CIRCUITRIDE_PASSWORD="not the password at all")
    locked = cli("search", "x", env=env)
    assert locked.returncode == 3
    assert "Too many wrong passwords" in locked.stderr
    assert "recovery key" not in locked.stderr and "cannot be recovered" in locked.stderr


# ----- a restored backup ------------------------------------------------------------------------
def test_a_restored_workspace_passes_check_and_sync_says_to_enroll_it(ws: Workspace, cli, tmp_path: Path) -> None:
    """A restore makes a new device (app/services/workspaces.restore_backup): the command line opens
    it with the restorer's password, `check` finds it sound (its audit chain records the restore),
    and `sync` says in words that it must be enrolled, never a traceback or an HTTP code."""
    from app.services.manifest import import_manifest
    from app.services.workspaces import restore_backup, restore_note

    import_manifest(ws, {"sites": [{"name": "Lima", "country": "PE", "prefix": "LIM"}], "cases": [LIMA_CASE]})
    ws.backup(tmp_path / "backup")
    ws.lock()
    restored = restore_backup(tmp_path / "backup", tmp_path / "restored", "lead", PASSWORD)
    note = restore_note(restored)
    assert note is not None and note.others == []
    assert "new enrollment code" in note.sentence() and "circuitride sync enroll --code CODE" in note.sentence()
    restored.lock()

    r = cli("check", data_dir=tmp_path / "restored")
    assert r.returncode == 0, r.stderr
    r = cli("search", "quispe", "--json", data_dir=tmp_path / "restored")
    assert r.returncode == 0 and "LIM-000123" in r.stdout
    r = cli("sync", data_dir=tmp_path / "restored")
    assert r.returncode == 2
    assert "restored from a backup as a new device" in r.stderr and "new enrollment code" in r.stderr
    assert "sync enroll --code" in r.stderr and "Traceback" not in r.stderr
    _no_traceback(r.stdout, r.stderr)
