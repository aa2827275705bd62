"""Each user's signing key (issue 19.14): in their key slot, wrapped like the data key; kept across
password changes; given to a slot made before it existed; made anew after a recovery, which HQ must
then be told again. Users enroll their key at HQ with a one-time code (`hq user add` / `hq user
code`, then `user enroll`), through the real command line against a real HQ on 127.0.0.1.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.services.cases import set_case_fields
from app.services.manifest import import_manifest
from app.services.workspaces import create_workspace
from app.store import keyslots
from app.store.workspace import Workspace
from app.sync.engine import sync, sync_state
from app.wire.crypto import generate_recovery_keypair
from app.wire.signing import public_key_text
from tests.conftest import PASSWORD, cli_env
from tests.integration.test_sync import manifest
from tests.support.hq import HQServer, admin_enroll, enrolled, new_device, running_hq

NEW_PASSWORD = "a brand new passphrase here"


def public(ws: Workspace) -> str:
    assert ws.user_key is not None
    return public_key_text(ws.user_key.public_key())


def slot_file(ws: Workspace, user: str = "lead") -> Path:
    return ws.path / "keyslots" / f"user-{user}.json"


def test_a_slot_made_before_user_keys_opens_and_is_given_one(ws: Workspace) -> None:
    dek = keyslots.open_password_slot(keyslots.read_slot(slot_file(ws)), PASSWORD, ws.meta.binding)
    old = keyslots.make_password_slot(dek, "lead", PASSWORD, ws.meta.binding, keyslots.TEST_KDF)  # no user key
    keyslots.write_slot(slot_file(ws), old)
    ws.lock()
    assert keyslots.open_password_slot(keyslots.read_slot(slot_file(ws)), PASSWORD, ws.meta.binding) == dek

    ws.unlock(PASSWORD)
    given = public(ws)
    stored = json.loads(slot_file(ws).read_text())
    assert stored["user_key"]["public"] == given and stored["salt"] == old["salt"]  # the same derivation
    # The rewritten slot opens as every slot did (older versions read it the same way), with the key.
    opened = keyslots.open_password_slot_keys(keyslots.read_slot(slot_file(ws)), PASSWORD, ws.meta.binding)
    assert opened.dek == dek and opened.user_key is not None
    ws.lock()
    assert ws.user_key is None  # forgotten at lock
    ws.unlock(PASSWORD)
    assert public(ws) == given


def test_a_changed_password_keeps_the_key_and_a_moved_key_does_not_open(ws: Workspace, ws_path: Path, cli) -> None:
    before = public(ws)
    ws.change_password("lead", PASSWORD, NEW_PASSWORD)
    ws.lock()
    ws.unlock(NEW_PASSWORD)
    assert public(ws) == before
    ws.lock()
    env = cli_env(ws_path.parent, CIRCUITRIDE_PASSWORD=NEW_PASSWORD, CIRCUITRIDE_NEW_PASSWORD=PASSWORD)
    r = cli("passwd", env=env)
    assert r.returncode == 0, r.stderr
    ws.unlock(PASSWORD)
    assert public(ws) == before

    # The wrapped key is bound to its slot: put another slot's key into this one and nothing opens.
    other = keyslots.make_password_slot(
        b"\0" * 32, "lead", PASSWORD, ws.meta.binding, keyslots.TEST_KDF, keyslots.new_user_key()
    )
    slot = json.loads(slot_file(ws).read_text())
    slot["user_key"] = other["user_key"]
    slot_file(ws).write_text(json.dumps(slot))
    ws.lock()
    with pytest.raises(Exception, match="Wrong password|damaged"):
        ws.unlock(PASSWORD)


def test_a_password_set_with_the_recovery_key_makes_a_new_key_hq_must_enroll(
    ws_path: Path, tmp_path: Path, cli
) -> None:
    private_pem, public_pem = generate_recovery_keypair()
    (tmp_path / "hq-private.pem").write_bytes(private_pem)
    ws = create_workspace(ws_path, "lead", PASSWORD, kdf=keyslots.TEST_KDF, recovery_public_key=public_pem)
    before = public(ws)
    ws.lock()
    ws.unlock_with_recovery(private_pem)
    assert ws.username == "@recovery" and ws.user_key is None  # nothing to sign with
    ws.lock()
    env = cli_env(tmp_path, CIRCUITRIDE_NEW_PASSWORD=NEW_PASSWORD)
    r = cli("recover", "--recovery-key", str(tmp_path / "hq-private.pem"), env=env)
    assert r.returncode == 0, r.stderr
    assert "new signing key" in r.stderr and "circuitride user enroll --code CODE" in r.stderr
    ws.unlock(NEW_PASSWORD)
    assert public(ws) != before
    ws.lock()


# ----- users at HQ through the command line --------------------------------------------------------
@pytest.fixture
def hq(tmp_path: Path) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq") as server:
        yield server


def test_hq_user_commands_and_user_enroll_through_the_command_line(hq: HQServer, tmp_path: Path, cli) -> None:
    home = ["--home", str(hq.hub.home)]
    hub = enrolled(hq, tmp_path / "hub", "hub-laptop")
    import_manifest(hub, manifest())
    sync(hub)
    hub.lock()
    ana = new_device(tmp_path / "ana", "ana", "team_lead")  # a team lead HQ does not know yet
    admin_enroll(ana, hq.code("ana-laptop"))
    sync(ana)
    set_case_fields(ana, "LIM-000100", {"stage": "approved"})
    assert sync_state(ana).user_enrolled is False
    assert sync(ana).rejected == [
        "user ana (not enrolled at HQ with this laptop's key, so with an interviewer's rights) may not record "
        "adjudication outcomes"
    ]
    ana.lock()

    def laptop(*args: str) -> Any:
        return cli("--user", "ana", *args, data_dir=tmp_path / "ana")

    r = laptop("sync", "status")
    assert "Your signing key is not enrolled at HQ" in r.stderr and "circuitride user enroll" in r.stderr

    r = cli("hq", "user", "add", "ana", "--role", "team_lead", *home)
    assert r.returncode == 0, r.stderr
    code = r.stdout.strip().splitlines()[-1]
    assert code.startswith("CRU1-") and "user enroll --code" in r.stderr
    again = cli("hq", "user", "add", "ana", "--role", "team_lead", *home)
    assert again.returncode == 0 and "exists already" in again.stderr and again.stdout == ""
    other_role = cli("hq", "user", "add", "ana", "--role", "interviewer", *home)
    assert other_role.returncode == 2 and "set-role" in other_role.stderr
    assert cli("hq", "user", "add", "Ana Person", "--role", "interviewer", *home).returncode == 2

    r = laptop("user", "enroll", "--code", code)
    assert r.returncode == 0, r.stderr
    assert "enrolled at HQ, which knows them as team lead" in r.stderr
    r = laptop("user", "enroll", "--code", code)  # the same laptop and key again: answered the same
    assert r.returncode == 0, r.stderr
    r = laptop("sync", "status")
    assert "Your signing key is not enrolled" not in r.stderr

    r = cli("hq", "user", "list", "--json", *home)
    users = {u["username"]: u for u in json.loads(r.stdout)["users"]}
    assert users["ana"]["role"] == "team_lead" and [k["device"] for k in users["ana"]["keys"]] == ["ana-laptop"]
    assert "ana-laptop" in cli("hq", "user", "list", *home).stdout

    # The team lead approves another case: taken now (the change refused before stays refused).
    ana = Workspace(tmp_path / "ana")
    ana.unlock(PASSWORD, "ana")
    set_case_fields(ana, "LIM-000101", {"stage": "approved"})
    assert sync(ana).rejected == []
    ana.lock()

    r = cli("hq", "user", "set-role", "ana", "interviewer", *home)
    assert r.returncode == 0 and "is now interviewer" in r.stderr
    r = cli("hq", "user", "revoke-key", "ana", "--device", "ana-laptop", *home)
    assert r.returncode == 0 and "Unbound 1 key" in r.stderr
    r = laptop("user", "enroll", "--code", code)  # a used code does not bind a revoked key again
    assert r.returncode != 0 and "not valid" in r.stderr
    r = cli("hq", "user", "code", "ana", *home)
    assert r.returncode == 0 and r.stdout.strip().startswith("CRU1-")
    r = laptop("user", "enroll", "--code", r.stdout.strip())
    assert r.returncode == 0, r.stderr
    assert "knows them as interviewer" in r.stderr and "This laptop now gives ana that role too" in r.stderr
    r = laptop("user", "list", "--json")
    assert {u["username"]: u["role"] for u in json.loads(r.stdout)["users"]}["ana"] == "interviewer"


def test_the_upgrade_to_signed_groups_forgets_which_files_hq_said_it_held(ws: Workspace) -> None:
    """Laptop migration 0007: the files HQ said it held are asked about again at the next sync (HQ
    now answers by which laptop showed it each file: issue 19.13)."""
    from alembic import command
    from sqlalchemy import text

    from app.store import migrate

    with ws.engine.begin() as conn:
        cfg = migrate._config()  # noqa: SLF001 - the laptop's own Alembic set-up
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
        conn.execute(
            text(
                'INSERT INTO transfer_state (content_hash, direction, "offset", updated_at) VALUES '
                "(:a, 'up', -1, CURRENT_TIMESTAMP), (:b, 'down', 4096, CURRENT_TIMESTAMP)"
            ),
            {"a": "a" * 64, "b": "b" * 64},
        )
    ws.lock()
    ws.unlock(PASSWORD)
    assert migrate.current_revision(ws.engine) == migrate.HEAD_REVISION
    with ws.engine.connect() as conn:
        assert conn.execute(text("SELECT content_hash, direction FROM transfer_state")).all() == [("b" * 64, "down")]
